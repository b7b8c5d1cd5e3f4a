#pragma once

#include <QLoggingCategory>

namespace Netloom::Net {

/// "netloom.net": requests (method, redacted URL, status, timings, attempt). Internal to models/net.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace Netloom::Net
