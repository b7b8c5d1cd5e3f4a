#pragma once

#include <QLoggingCategory>

namespace Netloom::Cloud {

/// "netloom.cloud": cloud API calls (method, redacted URL, status, pages, request polling). Never
/// bodies, never credentials.
Q_DECLARE_LOGGING_CATEGORY(lcCloud)

} // namespace Netloom::Cloud
