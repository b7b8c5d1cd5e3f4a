#pragma once

#include <QByteArray>

#include <atomic>

namespace Netloom::Net::Test {

/// One accepted TCP connection of a ScriptedServer, used from that connection's own thread.
/// Every wait is bounded and gives up early when the server is stopping.
class ScriptedConnection final
{
public:
    ScriptedConnection(int fd, const std::atomic<bool>& stopping);
    ~ScriptedConnection();
    ScriptedConnection(const ScriptedConnection&) = delete;
    ScriptedConnection& operator=(const ScriptedConnection&) = delete;

    int fd() const { return m_fd; }
    /// Reads one HTTP request head (and its Content-Length body). Empty on EOF, error or timeout.
    QByteArray readRequest(int timeoutMs = 5000);
    /// The body of the last readRequest().
    QByteArray body() const { return m_body; }
    /// Reads whatever arrives within @p timeoutMs (at most one read). Empty on timeout; sets closed() on EOF.
    QByteArray readSome(int timeoutMs);
    bool write(const QByteArray& data);
    /// Sleeps up to @p ms, returning early (false) when the server is stopping.
    bool pause(int ms);
    /// Waits until the peer closes (true) or the server stops / @p timeoutMs passes (false).
    bool waitForPeerClose(int timeoutMs);
    /// Closes with a TCP RST (SO_LINGER 0).
    void reset();
    bool closed() const { return m_closed; }
    bool stopping() const { return m_stopping.load(); }

private:
    int m_fd;
    const std::atomic<bool>& m_stopping;
    QByteArray m_buffer;
    QByteArray m_body;
    bool m_closed = false;
};

} // namespace Netloom::Net::Test
