#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Netloom::Net::Test {

class ScriptedConnection;

/// A tiny TCP server on 127.0.0.1 (POSIX sockets, no QtNetwork) that runs @p handler for every
/// accepted connection on a thread of its own. Test peers: upstreams behind nginx that stream, stall
/// or reset, and a CONNECT proxy. The destructor stops and joins everything it started.
class ScriptedServer final
{
public:
    using Handler = std::function<void(ScriptedConnection&)>;

    /// Listens on a free loopback port. With @p accept false, connections are never accepted: the
    /// kernel completes the handshake (backlog) and the peer then waits forever: a stalled server.
    explicit ScriptedServer(Handler handler, bool accept = true);
    ~ScriptedServer();
    ScriptedServer(const ScriptedServer&) = delete;
    ScriptedServer& operator=(const ScriptedServer&) = delete;

    quint16 port() const { return m_port; }
    /// Connections accepted so far.
    int connections() const { return m_connections.load(); }

    /// A loopback port nothing listens on at the time of the call.
    static quint16 freePort();

private:
    void acceptLoop();

    Handler m_handler;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping { false };
    std::atomic<int> m_connections { 0 };
    std::thread m_acceptThread;
    std::mutex m_mutex;
    std::vector<std::thread> m_workers;
};

} // namespace Netloom::Net::Test
