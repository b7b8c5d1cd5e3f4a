#include "NginxServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Netloom::Net::Test {

namespace {

bool accepts(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

} // namespace

NginxServer::NginxServer(QString dir)
    : m_dir(std::move(dir))
{
}

NginxServer::~NginxServer()
{
    stop();
}

bool NginxServer::start(const QString& serverBlocks, const QList<quint16>& ports, QString* error)
{
    QDir(m_dir).mkpath(QStringLiteral("logs"));
    const QString config = QStringLiteral(R"(pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 1024; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    default_type text/plain;
    keepalive_requests 10000;
%2
}
)")
                               .arg(m_dir, serverBlocks);
    QFile file(m_dir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    file.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/nginx"),
        { QStringLiteral("-p"), m_dir, QStringLiteral("-c"), file.fileName(), QStringLiteral("-e"),
            m_dir + QStringLiteral("/error.log"), QStringLiteral("-g"),
            QStringLiteral("daemon off; master_process off;") });
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    for (quint16 port : ports) {
        while (!accepts(port)) {
            if (m_process.state() == QProcess::NotRunning || timer.elapsed() > 10000) {
                *error = QStringLiteral("nginx is not listening on %1: %2 %3")
                             .arg(port)
                             .arg(QString::fromLocal8Bit(m_process.readAll()), errorLog());
                stop();
                return false;
            }
            QThread::msleep(10);
        }
    }
    return true;
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString NginxServer::errorLog() const
{
    QFile f(m_dir + QStringLiteral("/error.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace Netloom::Net::Test
