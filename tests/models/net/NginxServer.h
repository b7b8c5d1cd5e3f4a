#pragma once

#include <QList>
#include <QProcess>
#include <QString>

namespace Netloom::Net::Test {

/// A private nginx (/usr/sbin/nginx) for one test: prefix, configuration, temp paths, pid file and
/// error log in @p dir; foreground, single process; 127.0.0.1 only. Stopped (and waited for) by
/// stop() or the destructor.
class NginxServer final
{
public:
    explicit NginxServer(QString dir);
    ~NginxServer();
    NginxServer(const NginxServer&) = delete;
    NginxServer& operator=(const NginxServer&) = delete;

    /// Writes nginx.conf with @p serverBlocks inside http {}, starts nginx and waits until every port
    /// of @p ports accepts connections. false with @p error (including the error log) otherwise.
    bool start(const QString& serverBlocks, const QList<quint16>& ports, QString* error);
    void stop();
    QString errorLog() const;

private:
    QString m_dir;
    QProcess m_process;
};

} // namespace Netloom::Net::Test
