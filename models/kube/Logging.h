#pragma once

#include <QLoggingCategory>

namespace Netloom::Kube {

/// "netloom.kube": connection state, lists, watch (re)starts. Never a token, key or request body.
Q_DECLARE_LOGGING_CATEGORY(lcKube)

} // namespace Netloom::Kube
