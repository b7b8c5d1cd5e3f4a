#include "ConnectProxy.h"

#include "ScriptedConnection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Netloom::Net::Test {

namespace {

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

void connectProxyHandler(ScriptedConnection& c, ProxyLog& log)
{
    const QByteArray head = c.readRequest();
    if (head.isEmpty())
        return;
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    {
        const std::lock_guard lock(log.mutex);
        log.requestLines.append(requestLine);
    }
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray target = parts.value(1);
    const qsizetype colon = target.lastIndexOf(':');
    const QByteArray host = target.left(colon);
    if (parts.size() < 2 || parts.at(0) != "CONNECT" || colon < 0 || (host != "127.0.0.1" && host != "localhost")) {
        c.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    const int upstream = connectLoopback(target.mid(colon + 1).toUShort());
    if (upstream < 0) {
        c.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    c.write("HTTP/1.1 200 Connection established\r\n\r\n");
    pollfd fds[2] = { { c.fd(), POLLIN, 0 }, { upstream, POLLIN, 0 } };
    char buffer[16384];
    while (!c.stopping()) {
        if (::poll(fds, 2, 50) <= 0)
            continue;
        bool closed = false;
        for (int i = 0; i < 2 && !closed; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, 0);
            closed = n <= 0 || ::send(fds[1 - i].fd, buffer, static_cast<size_t>(n), MSG_NOSIGNAL) != n;
        }
        if (closed)
            break;
    }
    ::close(upstream);
}

} // namespace Netloom::Net::Test
