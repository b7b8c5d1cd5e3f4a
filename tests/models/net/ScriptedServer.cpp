#include "ScriptedServer.h"

#include "ScriptedConnection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Netloom::Net::Test {

namespace {

int listenOnLoopback(quint16& port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 256) != 0) {
        ::close(fd);
        return -1;
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    port = ntohs(address.sin_port);
    return fd;
}

} // namespace

ScriptedServer::ScriptedServer(Handler handler, bool accept)
    : m_handler(std::move(handler))
{
    m_listenFd = listenOnLoopback(m_port);
    if (accept && m_listenFd >= 0)
        m_acceptThread = std::thread([this] { acceptLoop(); });
}

ScriptedServer::~ScriptedServer()
{
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    std::vector<std::thread> workers;
    {
        const std::lock_guard lock(m_mutex);
        workers.swap(m_workers);
    }
    for (std::thread& worker : workers)
        worker.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

quint16 ScriptedServer::freePort()
{
    quint16 port = 0;
    const int fd = listenOnLoopback(port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

void ScriptedServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd p { m_listenFd, POLLIN, 0 };
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ++m_connections;
        const std::lock_guard lock(m_mutex);
        m_workers.emplace_back([this, fd] {
            ScriptedConnection connection(fd, m_stopping);
            m_handler(connection);
        });
    }
}

} // namespace Netloom::Net::Test
