#include "models/cloud/CloudProvider.h"

namespace Netloom::Cloud {

CloudProvider::CloudProvider(QObject* parent)
    : QObject(parent)
{
}

CloudProvider::~CloudProvider() = default;

} // namespace Netloom::Cloud
