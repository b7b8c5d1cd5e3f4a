#include "models/cloud/CloudEnvFile.h"
#include "models/cloud/IonosConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Cloud;

class TestCloudEnvFile final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsQuotes()
    {
        const QString tricky = QStringLiteral("it's a \"token\" with $HOME and `backticks`");
        const QByteArray text = "# comment\n\n" + CloudEnvFile::assignment(QStringLiteral("IONOS_TOKEN"), tricky) + "\n"
            + CloudEnvFile::assignment(QStringLiteral("IONOS_API_URL"), QStringLiteral("https://127.0.0.1:1/cloudapi/v6"));
        const Expected<QProcessEnvironment> env = CloudEnvFile::parse(text, QStringLiteral("test.env"));
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        QCOMPARE(env->value(QStringLiteral("IONOS_TOKEN")), tricky);
        QCOMPARE(env->keys().size(), 2);
    }

    void rejectsOtherLines()
    {
        const Expected<QProcessEnvironment> env
            = CloudEnvFile::parse("IONOS_TOKEN='a'\nPATH=/tmp\n", QStringLiteral("x.env"));
        QVERIFY(!env);
        QCOMPARE(env.error().message, QStringLiteral("x.env, line 2: expected IONOS_NAME='value'"));
    }

    void configFromEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("IONOS_API_URL"), QStringLiteral("https://127.0.0.1:8443/cloudapi/v6/"));
        env.insert(QStringLiteral("IONOS_USERNAME"), QStringLiteral("ops@example.com"));
        env.insert(QStringLiteral("IONOS_PASSWORD"), QStringLiteral("s3cret-pass"));
        env.insert(QStringLiteral("IONOS_CONTRACT_NUMBER"), QStringLiteral("31415926"));
        const Expected<IonosConfig> config = IonosConfig::fromEnvironment(env);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->urlFor(QStringLiteral("/datacenters")).toString(),
            QStringLiteral("https://127.0.0.1:8443/cloudapi/v6/datacenters"));
        QCOMPARE(config->contractNumber, QStringLiteral("31415926"));
        QVERIFY(!config->describe().contains(QStringLiteral("s3cret")));
        QVERIFY(config->describe().contains(QStringLiteral("ops@example.com")));

        env.insert(QStringLiteral("IONOS_CA_BUNDLE"), dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY(!IonosConfig::fromEnvironment(env));
        env.remove(QStringLiteral("IONOS_CA_BUNDLE"));
        env.remove(QStringLiteral("IONOS_PASSWORD"));
        const Expected<IonosConfig> none = IonosConfig::fromEnvironment(env);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("IONOS_TOKEN")));
    }
};

QTEST_GUILESS_MAIN(TestCloudEnvFile)
#include "tst_cloudenvfile.moc"
