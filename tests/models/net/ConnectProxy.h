#pragma once

#include <QByteArray>
#include <QList>

#include <mutex>

namespace Netloom::Net::Test {

class ScriptedConnection;

/// What a ConnectProxy was asked: its request lines ("CONNECT 127.0.0.1:6443 HTTP/1.1"), in order.
struct ProxyLog
{
    std::mutex mutex;
    QList<QByteArray> requestLines;

    QList<QByteArray> lines()
    {
        const std::lock_guard lock(mutex);
        return requestLines;
    }
};

/// A ScriptedServer handler: an HTTP CONNECT proxy that records each request line in @p log and
/// tunnels to loopback only (127.0.0.1:PORT or localhost:PORT); anything else gets 403.
void connectProxyHandler(ScriptedConnection& c, ProxyLog& log);

} // namespace Netloom::Net::Test
