#include "models/net/Redactor.h"

#include <QTest>

using Netloom::Net::Redactor;

class TestRedactor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlLosesUserInfo()
    {
        const QString u = Redactor::url(QUrl(QStringLiteral("https://admin:s3cret@api.example:6443/api/v1#frag")));
        QCOMPARE(u, QStringLiteral("https://api.example:6443/api/v1"));
    }

    void urlQuerySecretsAreReplaced_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token") << QStringLiteral("https://h/p?token=abc&watch=1")
                               << QStringLiteral("https://h/p?token=REDACTED&watch=1");
        QTest::newRow("access_token, case")
            << QStringLiteral("https://h/p?Access_Token=abc") << QStringLiteral("https://h/p?Access_Token=REDACTED");
        QTest::newRow("password and secret") << QStringLiteral("http://h/?password=p%20w&secret=x&limit=5")
                                             << QStringLiteral("http://h/?password=REDACTED&secret=REDACTED&limit=5");
        QTest::newRow("harmless") << QStringLiteral("https://h/api?labelSelector=app%3Dweb&limit=500")
                                  << QStringLiteral("https://h/api?labelSelector=app%3Dweb&limit=500");
        QTest::newRow("not a prefix match")
            << QStringLiteral("https://h/?tokens=1") << QStringLiteral("https://h/?tokens=1");
    }

    void urlQuerySecretsAreReplaced()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::url(QUrl(input)), expected);
    }

    void sensitiveHeaders()
    {
        for (const char* name : { "Authorization", "authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
                 "X-Auth-Token", "X-Api-Key", "X-Client-Secret" })
            QVERIFY2(Redactor::isSensitiveHeader(name), name);
        for (const char* name : { "Accept", "Content-Type", "User-Agent", "Host" })
            QVERIFY2(!Redactor::isSensitiveHeader(name), name);
    }

    void headerLineKeepsNameOnly()
    {
        QCOMPARE(Redactor::headerLine("Authorization", "Bearer abc"), QByteArray("Authorization: <redacted>"));
        QCOMPARE(Redactor::headerLine("Accept", "application/json"), QByteArray("Accept: application/json"));
    }

    void freeTextCredentials()
    {
        QCOMPARE(Redactor::text(QStringLiteral("sent Authorization: Bearer eyJhbGciOi.x.y to host")),
            QStringLiteral("sent Authorization: Bearer <redacted> to host"));
        QCOMPARE(Redactor::text(QStringLiteral("basic dXNlcjpwYXNz")), QStringLiteral("basic <redacted>"));
        QCOMPARE(Redactor::text(QStringLiteral("Failed to connect to 10.0.0.1 port 6443")),
            QStringLiteral("Failed to connect to 10.0.0.1 port 6443"));
    }

    void freeTextUrlUserInfo()
    {
        QCOMPARE(Redactor::text(QStringLiteral("invalid server URL \"https://user:secret@host:6443/x\"")),
            QStringLiteral("invalid server URL \"https://host:6443/x\""));
        QCOMPARE(Redactor::text(QStringLiteral("proxy socks5h://u:p%40ss@proxy:1080 and http://plain/")),
            QStringLiteral("proxy socks5h://proxy:1080 and http://plain/"));
        QCOMPARE(Redactor::text(QStringLiteral("mail admin@example.com")), QStringLiteral("mail admin@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
