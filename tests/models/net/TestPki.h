#pragma once

#include <QByteArray>
#include <QString>

namespace Netloom::Net::Test {

/// Test certificates made at test start with the openssl CLI (EC P-256, valid 2 days) in a folder:
///  ca1.crt/.key, ca2.crt/.key      two unrelated authorities
///  server.crt/.key                 signed by ca1, SAN IP:127.0.0.1, DNS:localhost
///  named.crt/.key                  signed by ca1, SAN DNS:api.netloom.test only
///  self.crt/.key                   self-signed, SAN IP:127.0.0.1
///  client.crt/.key                 signed by ca1, clientAuth, CN=netloom-test-user
class TestPki final
{
public:
    /// Generates everything in @p dir; false with @p error set when openssl failed.
    bool generate(const QString& dir, QString* error);
    QString file(const QString& name) const;
    QByteArray pem(const QString& name) const;

private:
    bool run(const QStringList& arguments, QString* error) const;
    bool makeCa(const QString& name, QString* error) const;
    bool makeLeaf(const QString& name, const QString& ca, const QString& subject, const QString& extensions,
        QString* error) const;

    QString m_dir;
};

} // namespace Netloom::Net::Test
