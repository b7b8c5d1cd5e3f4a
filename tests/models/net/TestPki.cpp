#include "TestPki.h"

#include <QFile>
#include <QProcess>

namespace Netloom::Net::Test {

bool TestPki::generate(const QString& dir, QString* error)
{
    m_dir = dir;
    const QString server = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    const QString named = QStringLiteral("subjectAltName=DNS:api.netloom.test\nextendedKeyUsage=serverAuth\n");
    const QString client = QStringLiteral("extendedKeyUsage=clientAuth\n");
    return makeCa(QStringLiteral("ca1"), error) && makeCa(QStringLiteral("ca2"), error)
        && makeLeaf(QStringLiteral("server"), QStringLiteral("ca1"), QStringLiteral("/CN=127.0.0.1"), server, error)
        && makeLeaf(
            QStringLiteral("named"), QStringLiteral("ca1"), QStringLiteral("/CN=api.netloom.test"), named, error)
        && makeLeaf(
            QStringLiteral("client"), QStringLiteral("ca1"), QStringLiteral("/CN=netloom-test-user"), client, error)
        && run(
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                file(QStringLiteral("self.key")), QStringLiteral("-out"), file(QStringLiteral("self.crt")) },
            error);
}

QString TestPki::file(const QString& name) const
{
    return m_dir + u'/' + name;
}

QByteArray TestPki::pem(const QString& name) const
{
    QFile f(file(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestPki::run(const QStringList& arguments, QString* error) const
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        if (openssl.state() != QProcess::NotRunning) {
            openssl.kill();
            openssl.waitForFinished(2000);
        }
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(u' '), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestPki::makeCa(const QString& name, QString* error) const
{
    return run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Netloom test authority %1").arg(name), QStringLiteral("-addext"),
                   QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                   file(name + QStringLiteral(".key")), QStringLiteral("-out"), file(name + QStringLiteral(".crt")) },
        error);
}

bool TestPki::makeLeaf(
    const QString& name, const QString& ca, const QString& subject, const QString& extensions, QString* error) const
{
    QFile ext(file(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return false;
    }
    ext.close();
    return run({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), subject, QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                   QStringLiteral("-out"), file(name + QStringLiteral(".csr")) },
               error)
        && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                   file(name + QStringLiteral(".csr")), QStringLiteral("-CA"), file(ca + QStringLiteral(".crt")),
                   QStringLiteral("-CAkey"), file(ca + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext.fileName(),
                   QStringLiteral("-out"), file(name + QStringLiteral(".crt")) },
            error);
}

} // namespace Netloom::Net::Test
