#include "ScriptedConnection.h"

#include <QElapsedTimer>
#include <QList>

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Netloom::Net::Test {

ScriptedConnection::ScriptedConnection(int fd, const std::atomic<bool>& stopping)
    : m_fd(fd)
    , m_stopping(stopping)
{
}

ScriptedConnection::~ScriptedConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray ScriptedConnection::readSome(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!stopping() && !m_closed && m_fd >= 0) {
        const int left = timeoutMs - static_cast<int>(timer.elapsed());
        if (left <= 0)
            return {};
        pollfd p { m_fd, POLLIN, 0 };
        const int rc = ::poll(&p, 1, std::min(left, 50));
        if (rc < 0 && errno != EINTR)
            return {};
        if (rc <= 0)
            continue;
        char buffer[16384];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            m_closed = true;
            return {};
        }
        return QByteArray(buffer, static_cast<qsizetype>(n));
    }
    return {};
}

QByteArray ScriptedConnection::readRequest(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        const int left = timeoutMs - static_cast<int>(timer.elapsed());
        if (left <= 0 || m_closed || stopping())
            return {};
        m_buffer += readSome(left);
    }
    const QByteArray head = m_buffer.left(headEnd + 4);
    qsizetype length = 0;
    for (const QByteArray& line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    while (m_buffer.size() < head.size() + length) {
        const int left = timeoutMs - static_cast<int>(timer.elapsed());
        if (left <= 0 || m_closed || stopping())
            return {};
        m_buffer += readSome(left);
    }
    m_body = m_buffer.mid(head.size(), length);
    m_buffer.remove(0, head.size() + length);
    return head;
}

bool ScriptedConnection::write(const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(m_fd, data.constData() + done, static_cast<size_t>(data.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool ScriptedConnection::pause(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (stopping())
            return false;
        ::usleep(5000);
    }
    return !stopping();
}

bool ScriptedConnection::waitForPeerClose(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_closed && !stopping() && timer.elapsed() < timeoutMs)
        readSome(50);
    return m_closed;
}

void ScriptedConnection::reset()
{
    if (m_fd < 0)
        return;
    linger l { 1, 0 };
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(m_fd);
    m_fd = -1;
    m_closed = true;
}

} // namespace Netloom::Net::Test
