// netloom-lab --cloud-env-out: the file of shell assignments (read by CloudEnvFile and by a POSIX
// shell), the cloud API it names, and the kubeconfig that API hands out for the managed cluster,
// which points at the same lab's Kubernetes API.
#include "models/cloud/CloudEnvFile.h"
#include "models/cloud/CloudJob.h"
#include "models/cloud/IonosConfig.h"
#include "models/cloud/IonosProvider.h"
#include "tests/support/LabProcess.h"

#include "app/lab/cloud/CloudDemoSeed.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Cloud;

class TestCloudLabProcess final : public QObject
{
    Q_OBJECT

private slots:
    void writesAnEnvironmentThatReachesTheCloud()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString envPath = dir.filePath(QStringLiteral("cloud/lab.env"));
        TestSupport::LabProcess lab(dir.path());
        const QString started = lab.start({ QStringLiteral("--cloud-env-out"), envPath });
        QVERIFY2(started.isEmpty(), qPrintable(started));

        QFile file(envPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QByteArray text = file.readAll();
        const Expected<QProcessEnvironment> env = CloudEnvFile::parse(text, envPath);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        QVERIFY(env->value(QStringLiteral("IONOS_API_URL")).startsWith(QStringLiteral("https://127.0.0.1:")));
        QVERIFY(env->value(QStringLiteral("IONOS_API_URL")).endsWith(QStringLiteral("/cloudapi/v6")));
        QCOMPARE(env->value(QStringLiteral("IONOS_TOKEN")).size(), 64);

        // A POSIX shell reads the same values.
        const TestSupport::ProcessResult shell = TestSupport::runProcess(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral(". \"$1\" && printf '%s|%s' \"$IONOS_API_URL\" \"$IONOS_CA_BUNDLE\""),
                QStringLiteral("sh"), envPath },
            10000);
        QVERIFY2(shell.finished && shell.exitCode == 0, qPrintable(shell.describe()));
        QCOMPARE(QString::fromUtf8(shell.out),
            env->value(QStringLiteral("IONOS_API_URL")) + QLatin1Char('|') + env->value(QStringLiteral("IONOS_CA_BUNDLE")));

        Expected<IonosConfig> config = IonosConfig::fromEnvironment(*env);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        config->proxy = QUrl();
        IonosProvider provider(*config);
        std::unique_ptr<CloudJob> job(provider.readAll());
        QSignalSpy finished(job.get(), &CloudJob::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(!job->error(), qPrintable(job->error() ? job->error()->toString() : QString()));
        QCOMPARE(job->resources().size(), 1 + 3 + 1 + 4 + 1 + 1 + 1 + 2);

        std::unique_ptr<CloudJob> kubeconfig(
            provider.fetchKubeconfig(provider.mapper().clusterId(QLatin1String(Lab::CloudDemoSeed::ClusterId))));
        QSignalSpy downloaded(kubeconfig.get(), &CloudJob::finished);
        QVERIFY(downloaded.wait(20000));
        QVERIFY(!kubeconfig->error());
        QFile labKubeconfig(lab.kubeconfigPath());
        QVERIFY(labKubeconfig.open(QIODevice::ReadOnly));
        QCOMPARE(kubeconfig->content(), labKubeconfig.readAll());
        lab.stop();
    }

    void publicUrlNeedsTheEnvironmentFile()
    {
        const TestSupport::ProcessResult result = TestSupport::runProcess(TestSupport::executable(QStringLiteral("netloom-lab")),
            { QStringLiteral("--kubeconfig-out"), QStringLiteral("/nonexistent/kc"), QStringLiteral("--cloud-public-url"),
                QStringLiteral("http://127.0.0.1:1/cloudapi/v6") },
            10000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("--cloud-public-url needs --cloud-env-out"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCloudLabProcess)
#include "tst_cloudlabprocess.moc"
