// End-to-end: `netloom inventory` against netloom-lab, checked with kubectl.

#include "tests/support/LabProcess.h"
#include "tests/support/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Netloom::TestSupport;

namespace {

const char* const NamespaceYaml = "apiVersion: v1\n"
                                  "kind: Namespace\n"
                                  "metadata:\n"
                                  "  name: e2e-team\n"
                                  "  labels:\n"
                                  "    team: e2e\n";

const char* const IngressYaml = "apiVersion: networking.k8s.io/v1\n"
                                "kind: Ingress\n"
                                "metadata:\n"
                                "  name: e2e-web\n"
                                "  namespace: e2e-team\n"
                                "  annotations:\n"
                                "    cert-manager.io/cluster-issuer: letsencrypt-prod\n"
                                "spec:\n"
                                "  ingressClassName: nginx\n"
                                "  tls:\n"
                                "  - hosts: [web.e2e.example.com]\n"
                                "    secretName: web-e2e-tls\n"
                                "  rules:\n"
                                "  - host: web.e2e.example.com\n"
                                "    http:\n"
                                "      paths:\n"
                                "      - path: /\n"
                                "        pathType: Prefix\n"
                                "        backend:\n"
                                "          service:\n"
                                "            name: web\n"
                                "            port:\n"
                                "              number: 80\n";

QString machineKind(const QString& kubeKind)
{
    if (kubeKind == QLatin1String("Namespace"))
        return QStringLiteral("namespace");
    if (kubeKind == QLatin1String("Service"))
        return QStringLiteral("service");
    if (kubeKind == QLatin1String("Ingress"))
        return QStringLiteral("ingress");
    if (kubeKind == QLatin1String("IngressClass"))
        return QStringLiteral("ingressClass");
    return kubeKind;
}

} // namespace

class TestInventoryCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return f.fileName();
    }

    ProcessResult kubectl(const QStringList& args) const
    {
        return runProcess(QStringLiteral("kubectl"),
                          QStringList{QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(), QStringLiteral("--cache-dir"),
                                      path(QStringLiteral("kubectl-cache")), QStringLiteral("--request-timeout=20s")}
                              + args,
                          60000);
    }

    ProcessResult netloom(const QStringList& args, const QProcessEnvironment& env = childEnvironment()) const
    {
        return runProcess(executable(QStringLiteral("netloom")), args, 60000, env);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_lab = std::make_unique<LabProcess>(m_dir->path());
    }

    void cleanup()
    {
        m_lab.reset(); // stops the lab, also when the test failed
        m_dir.reset();
    }

    void helpAndVersion()
    {
        const ProcessResult help = netloom({QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        QVERIFY(help.out.contains("inventory"));
        QVERIFY(help.out.contains("--kubeconfig"));
        QVERIFY(help.out.contains("--format"));
        const ProcessResult version = netloom({QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QVERIFY(version.out.startsWith("netloom "));
        const ProcessResult badFormat = netloom({QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains("unknown format"));
    }

    void inventoryHoldsExactlyTheServersObjects()
    {
        const QString started = m_lab->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const ProcessResult ns = kubectl({QStringLiteral("create"), QStringLiteral("-f"),
                                          writeFile(QStringLiteral("ns.yaml"), NamespaceYaml)});
        QVERIFY2(ns.exitCode == 0, qPrintable(ns.describe()));
        const ProcessResult ing = kubectl({QStringLiteral("create"), QStringLiteral("-f"),
                                           writeFile(QStringLiteral("ingress.yaml"), IngressYaml)});
        QVERIFY2(ing.exitCode == 0, qPrintable(ing.describe()));

        QElapsedTimer clock;
        clock.start();
        const ProcessResult inv = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"),
                                           m_lab->kubeconfigPath(), QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--timeout"), QStringLiteral("30")});
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(inv.exitCode == 0, qPrintable(inv.describe()));

        const ProcessResult got = kubectl({QStringLiteral("get"), QStringLiteral("ns,svc,ingress,ingressclass"),
                                           QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(got.exitCode == 0, qPrintable(got.describe()));

        QJsonParseError error;
        const QJsonObject inventory = QJsonDocument::fromJson(inv.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(inventory.value(QStringLiteral("formatVersion")).toInt(), 1);
        const QJsonArray items = QJsonDocument::fromJson(got.out).object().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() > 10);

        // uid -> "kind namespace/name@resourceVersion", on both sides.
        QMap<QString, QString> expected;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
            expected.insert(meta.value(QStringLiteral("uid")).toString(),
                            QStringLiteral("%1 %2/%3@%4")
                                .arg(machineKind(o.value(QStringLiteral("kind")).toString()),
                                     meta.value(QStringLiteral("namespace")).toString(),
                                     meta.value(QStringLiteral("name")).toString(),
                                     meta.value(QStringLiteral("resourceVersion")).toString()));
        }
        QMap<QString, QString> actual;
        QSet<QString> syntheticKinds;
        const QJsonArray resources = inventory.value(QStringLiteral("resources")).toArray();
        for (const QJsonValue& v : resources) {
            const QJsonObject r = v.toObject();
            for (const char* key : {"kind", "id", "name", "namespace", "uid", "resourceVersion", "parent", "relations"})
                QVERIFY2(r.contains(QLatin1String(key)), key);
            const QString uid = r.value(QStringLiteral("uid")).toString();
            if (uid.isEmpty()) {
                syntheticKinds.insert(r.value(QStringLiteral("kind")).toString());
                continue;
            }
            QVERIFY2(!actual.contains(uid), qPrintable(QStringLiteral("uid %1 twice").arg(uid)));
            actual.insert(uid, QStringLiteral("%1 %2/%3@%4")
                                   .arg(r.value(QStringLiteral("kind")).toString(),
                                        r.value(QStringLiteral("namespace")).toString(),
                                        r.value(QStringLiteral("name")).toString(),
                                        r.value(QStringLiteral("resourceVersion")).toString()));
        }
        QCOMPARE(actual, expected);
        // Only synthetic resources have no uid: the cluster and derived ingress controllers.
        QVERIFY(syntheticKinds.contains(QStringLiteral("cluster")));
        QVERIFY(syntheticKinds.subtract({QStringLiteral("cluster"), QStringLiteral("ingressController")}).isEmpty());

        // The new Ingress is mapped with its relations and fields.
        bool found = false;
        for (const QJsonValue& v : resources) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("id")).toString() != QLatin1String("kube:netloom-lab/ingress/e2e-team/e2e-web"))
                continue;
            found = true;
            QCOMPARE(r.value(QStringLiteral("parent")).toString(), QStringLiteral("kube:netloom-lab/namespace//e2e-team"));
            const QByteArray relations = QJsonDocument(r.value(QStringLiteral("relations")).toArray()).toJson();
            // Relations join resources of the inventory: its backend Service "web" does not exist, and
            // the class routes to the Ingress, not the reverse (see the class below).
            QVERIFY2(!relations.contains("kube:netloom-lab/service/e2e-team/web"), relations.constData());
            QVERIFY2(!relations.contains("kube:netloom-lab/ingressClass//nginx"), relations.constData());
            const QJsonObject details = r.value(QStringLiteral("details")).toObject();
            QCOMPARE(details.value(QStringLiteral("issuer")).toString(), QStringLiteral("letsencrypt-prod"));
        }
        QVERIFY(found);
        bool classFound = false;
        for (const QJsonValue& v : resources) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("id")).toString() != QLatin1String("kube:netloom-lab/ingressClass//nginx"))
                continue;
            classFound = true;
            const QJsonArray relations = r.value(QStringLiteral("relations")).toArray();
            const QJsonObject route { { QStringLiteral("type"), QStringLiteral("routesTo") },
                { QStringLiteral("target"), QStringLiteral("kube:netloom-lab/ingress/e2e-team/e2e-web") } };
            QVERIFY2(relations.contains(route), QJsonDocument(relations).toJson().constData());
        }
        QVERIFY(classFound);
        // An Ingress of the seed routes to its backend Services.
        for (const QJsonValue& v : resources) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("id")).toString() != QLatin1String("kube:netloom-lab/ingress/shop/storefront"))
                continue;
            const QJsonArray relations = r.value(QStringLiteral("relations")).toArray();
            const QJsonObject route { { QStringLiteral("type"), QStringLiteral("routesTo") },
                { QStringLiteral("target"), QStringLiteral("kube:netloom-lab/service/shop/storefront") } };
            QVERIFY2(relations.contains(route), QJsonDocument(relations).toJson().constData());
        }
        qInfo("netloom inventory synced %lld resources (%lld Kubernetes objects) in %lld ms (process included)",
              static_cast<long long>(resources.size()), static_cast<long long>(expected.size()),
              static_cast<long long>(elapsed));

        // Small pages give the same result (pagination with continue).
        const ProcessResult paged = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"),
                                             m_lab->kubeconfigPath(), QStringLiteral("--format"), QStringLiteral("json"),
                                             QStringLiteral("--page-size"), QStringLiteral("3")});
        QVERIFY2(paged.exitCode == 0, qPrintable(paged.describe()));
        QCOMPARE(QJsonDocument::fromJson(paged.out).object(), inventory);

        // The other formats carry the same resources.
        const ProcessResult yaml = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"),
                                            m_lab->kubeconfigPath(), QStringLiteral("--format"), QStringLiteral("yaml")});
        QVERIFY2(yaml.exitCode == 0, qPrintable(yaml.describe()));
        QVERIFY(yaml.out.startsWith("formatVersion: 1\n"));
        const ProcessResult table = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"),
                                             m_lab->kubeconfigPath()});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY(table.out.startsWith("KIND "));
        for (const QString& uid : expected.keys()) {
            QVERIFY2(yaml.out.contains(uid.toUtf8()), qPrintable(uid));
            QVERIFY2(table.out.contains(uid.toUtf8()), qPrintable(uid));
        }
        QCOMPARE(table.out.count('\n'), resources.size() + 1);
    }

    void closedPortFailsWithClearMessage()
    {
        // Port 1 on loopback: nothing listens there (privileged, unused).
        const QString kubeconfig = writeFile(QStringLiteral("closed.yaml"),
                                             "apiVersion: v1\nkind: Config\ncurrent-context: closed\n"
                                             "clusters:\n- name: closed\n  cluster:\n    server: https://127.0.0.1:1\n"
                                             "    insecure-skip-tls-verify: true\n"
                                             "users:\n- name: u\n  user:\n    token: not-a-real-token\n"
                                             "contexts:\n- name: closed\n  context: {cluster: closed, user: u}\n");
        const ProcessResult r = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"), kubeconfig,
                                         QStringLiteral("--timeout"), QStringLiteral("20")});
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY2(r.err.contains("https://127.0.0.1:1"), r.err.constData());
        QVERIFY2(r.err.contains("cannot reach"), r.err.constData());
        QVERIFY(!r.err.contains("not-a-real-token"));
    }

    void brokenKubeconfigAndMissingContext()
    {
        const QString broken = writeFile(QStringLiteral("broken.yaml"), "clusters: [\n  - name: x\n");
        const ProcessResult r = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"), broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QByteArray(QByteArray("netloom inventory: ") + broken.toUtf8() + QByteArray(":"))), r.err.constData());
        QVERIFY(r.err.contains("YAML syntax error"));

        const QString ok = writeFile(QStringLiteral("ok.yaml"),
                                     "current-context: a\nclusters:\n- name: c\n  cluster: {server: https://127.0.0.1:1}\n"
                                     "contexts:\n- name: a\n  context: {cluster: c}\n");
        const ProcessResult missing = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"), ok,
                                               QStringLiteral("--context"), QStringLiteral("ghost")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(QString::fromUtf8(missing.err),
                 QStringLiteral("netloom inventory: context \"ghost\" not found in %1\n").arg(ok));

        const ProcessResult absent = netloom({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"),
                                              path(QStringLiteral("does-not-exist"))});
        QCOMPARE(absent.exitCode, 1);
        QVERIFY(absent.err.contains("kubeconfig not found"));
    }

    void verboseLogsNeverShowTheToken()
    {
        const QString started = m_lab->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QByteArray token = m_lab->token();
        QVERIFY(token.size() >= 16);
        QProcessEnvironment env = childEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const ProcessResult r = netloom({QStringLiteral("inventory"), QStringLiteral("--verbose"),
                                         QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
                                         QStringLiteral("--format"), QStringLiteral("json")},
                                        env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("netloom.net") && r.err.contains("netloom.kube"), r.err.left(2000).constData());
        QVERIFY(r.err.contains("Authorization"));
        QVERIFY2(!r.err.contains(token), "the bearer token appears in the log output");
        QVERIFY(!r.out.contains(token));
    }
};

QTEST_GUILESS_MAIN(TestInventoryCommand)
#include "tst_inventorycommand.moc"
