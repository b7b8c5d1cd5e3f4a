#include "models/core/Error.h"

#include <utility>

namespace Netloom {

Error::Error(QString message, QString detail)
    : message(std::move(message))
    , detail(std::move(detail))
{
}

QString Error::toString() const
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace Netloom
