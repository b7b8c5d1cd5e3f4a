#include "models/kube/Logging.h"

namespace Netloom::Kube {

Q_LOGGING_CATEGORY(lcKube, "netloom.kube", QtInfoMsg)

} // namespace Netloom::Kube
