// `netloom inventory` with the cloud side, as a script runs it: the real netloom executable against
// a real netloom-lab serving the Kubernetes API and the IONOS Cloud API (--cloud-env-out). The JSON
// holds both sides in the documented format, linked: the load balancer to the ingress controller's
// Service, the managed cluster to the Kubernetes cluster. Errors are one line naming the account.

#include "tests/support/LabProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Netloom::TestSupport;

namespace {

const QString kService = QStringLiteral("kube:netloom-lab/service/ingress-nginx/ingress-nginx-controller");
const QString kKubeCluster = QStringLiteral("kube:netloom-lab/cluster//netloom-lab");

QJsonObject byName(const QJsonArray& resources, const QString& kind, const QString& name)
{
    for (const QJsonValue& value : resources) {
        const QJsonObject r = value.toObject();
        if (r.value(QStringLiteral("kind")).toString() == kind && r.value(QStringLiteral("name")).toString() == name)
            return r;
    }
    return {};
}

bool relates(const QJsonObject& resource, const QString& type, const QString& target)
{
    for (const QJsonValue& value : resource.value(QStringLiteral("relations")).toArray()) {
        const QJsonObject relation = value.toObject();
        if (relation.value(QStringLiteral("type")).toString() == type
            && relation.value(QStringLiteral("target")).toString() == target)
            return true;
    }
    return false;
}

} // namespace

class TestCloudInventory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    QString m_cloudEnv;

    ProcessResult netloom(const QStringList& args, QProcessEnvironment env = childEnvironment()) const
    {
        return runProcess(executable(QStringLiteral("netloom")), QStringList { QStringLiteral("inventory") } + args,
            60000, env);
    }

    QString writeEnv(const QString& name, const QString& from, const QString& to) const
    {
        QFile in(m_cloudEnv);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(from), to);
        QFile out(m_dir->filePath(name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(text.toUtf8());
        return out.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cloudEnv = m_dir->filePath(QStringLiteral("cloud.env"));
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start(
            { QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--cloud-env-out"), m_cloudEnv });
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanupTestCase()
    {
        m_lab.reset();
        m_dir.reset();
    }

    void jsonHoldsBothSidesLinked()
    {
        const ProcessResult run = netloom({ QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--cloud-env"), m_cloudEnv, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonObject document = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(document.value(QStringLiteral("formatVersion")).toInt(), 1);
        const QJsonArray resources = document.value(QStringLiteral("resources")).toArray();

        // Sorted by id: the cloud's before the cluster's.
        QStringList ids;
        for (const QJsonValue& value : resources)
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QVERIFY(ids.contains(kService));
        QVERIFY(ids.contains(kKubeCluster));

        const QJsonObject vdc = byName(resources, QStringLiteral("vdc"), QStringLiteral("netloom-demo"));
        QCOMPARE(vdc.value(QStringLiteral("origin")).toString(), QStringLiteral("cloud:ionos"));
        QVERIFY(!vdc.value(QStringLiteral("uid")).toString().isEmpty());
        for (const char* lan : { "internet", "k8s-nodes", "data" }) {
            const QJsonObject subnet = byName(resources, QStringLiteral("subnet"), QLatin1String(lan));
            QVERIFY2(!subnet.isEmpty(), lan);
            QVERIFY2(relates(vdc, QStringLiteral("contains"), subnet.value(QStringLiteral("id")).toString()), lan);
        }
        const QJsonObject nlb = byName(resources, QStringLiteral("loadBalancer"), QStringLiteral("nlb-ingress"));
        QVERIFY(!nlb.isEmpty());
        QVERIFY2(relates(nlb, QStringLiteral("routesTo"), kService), QJsonDocument(nlb).toJson().constData());
        const QJsonObject internet = byName(resources, QStringLiteral("subnet"), QStringLiteral("internet"));
        QVERIFY(relates(internet, QStringLiteral("routesTo"), nlb.value(QStringLiteral("id")).toString()));

        QJsonObject managed;
        for (const QJsonValue& value : resources) {
            const QJsonObject r = value.toObject();
            if (r.value(QStringLiteral("kind")).toString() == QLatin1String("cluster")
                && r.value(QStringLiteral("origin")).toString() == QLatin1String("cloud:ionos"))
                managed = r;
        }
        QCOMPARE(managed.value(QStringLiteral("name")).toString(), QStringLiteral("netloom-demo"));
        QVERIFY2(relates(managed, QStringLiteral("exposes"), kKubeCluster), QJsonDocument(managed).toJson().constData());
        // No credential of either side in the output.
        QFile env(m_cloudEnv);
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QString token = QRegularExpression(QStringLiteral("IONOS_TOKEN='([^']+)'"))
                                  .match(QString::fromUtf8(env.readAll()))
                                  .captured(1);
        QVERIFY(token.size() > 16);
        QVERIFY(!run.out.contains(token.toUtf8()));
        QVERIFY(!run.out.contains(m_lab->token()));
    }

    void theTableListsTheCloudResources()
    {
        const ProcessResult run = netloom({ QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--cloud-env"), m_cloudEnv, QStringLiteral("--format"), QStringLiteral("table") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\nloadBalancer +- +nlb-ingress "))));
        QVERIFY(text.contains(QStringLiteral("routesTo ") + kService));
    }

    void theEnvironmentConfiguresTheCloudToo()
    {
        QFile file(m_cloudEnv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QProcessEnvironment env = childEnvironment();
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^(IONOS_[A-Z_]+)='(.*)'$")).match(QString::fromUtf8(line));
            if (m.hasMatch())
                env.insert(m.captured(1), m.captured(2));
        }
        // No kubeconfig anywhere (an empty HOME): the cloud's inventory alone.
        QTemporaryDir home;
        env.insert(QStringLiteral("HOME"), home.path());
        const ProcessResult run = netloom({ QStringLiteral("--format"), QStringLiteral("json") }, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray resources = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("resources")).toArray();
        QVERIFY(resources.size() > 10);
        for (const QJsonValue& value : resources)
            QCOMPARE(value.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("cloud:ionos"));
        QVERIFY(!byName(resources, QStringLiteral("loadBalancer"), QStringLiteral("nlb-ingress")).isEmpty());
    }

    void aRejectedTokenIsOneLine()
    {
        const QString env = writeEnv(QStringLiteral("bad.env"), QStringLiteral("IONOS_TOKEN='[^']*'"),
            QStringLiteral("IONOS_TOKEN='wrong-token'"));
        const ProcessResult run = netloom({ QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--cloud-env"), env, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.startsWith(QStringLiteral("netloom inventory: cloud account cloud:ionos (")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("401")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("wrong-token")));
    }

    void aBrokenFileStopsBeforeAnythingIsSent()
    {
        const QString env = writeEnv(QStringLiteral("broken.env"), QStringLiteral("IONOS_TOKEN="), QStringLiteral("X="));
        const ProcessResult run = netloom({ QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--cloud-env"), env });
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(env) && err.contains(QStringLiteral(", line ")), qPrintable(err));

        const ProcessResult missing = netloom({ QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--cloud-env"), m_dir->filePath(QStringLiteral("nothing.env")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nothing.env"), missing.err.constData());
    }

    void aPlainHttpUrlIsWarnedAbout()
    {
        const QString env = writeEnv(QStringLiteral("http.env"), QStringLiteral("IONOS_API_URL='https://"),
            QStringLiteral("IONOS_API_URL='http://"));
        const ProcessResult run = netloom({ QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--cloud-env"), env, QStringLiteral("--timeout"), QStringLiteral("10") });
        // The lab speaks TLS only: the read fails, after the warning.
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QStringLiteral("netloom inventory: warning: The IONOS Cloud API URL http://")),
            qPrintable(lines.first()));
    }
};

QTEST_GUILESS_MAIN(TestCloudInventory)
#include "tst_cloudinventory.moc"
