#pragma once

#include <QtGlobal>

namespace Netloom::Widgets {

/// What the status bar shows about the link to the cluster / cloud (set by the app).
enum class ConnectionState : quint8 {
    Disconnected,
    Connecting,
    Connected,
    Error,
};

} // namespace Netloom::Widgets
