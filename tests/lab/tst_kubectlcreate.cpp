// kubectl's own generator commands (`kubectl create namespace|service|ingress|configmap|secret`) against
// netloom-lab started as a process: kubectl sends these bodies as application/vnd.kubernetes.protobuf.
// The results are read back with `kubectl get -o json` and with `netloom inventory --format json`.
#include "tests/support/LabProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Netloom::TestSupport;

class TestKubectlCreate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createNamespace();
    void createServices();
    void createIngress();
    void createConfigMap();
    void createSecrets();
    void inventoryReadsWhatKubectlCreated();

private:
    ProcessResult kubectl(const QStringList& args) const;
    QJsonObject getJson(const QStringList& args);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
};

void TestKubectlCreate::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lab = std::make_unique<LabProcess>(m_dir->path());
    const QString started = m_lab->start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestKubectlCreate::cleanupTestCase()
{
    m_lab.reset();
    m_dir.reset();
}

ProcessResult TestKubectlCreate::kubectl(const QStringList& args) const
{
    return runProcess(QStringLiteral("kubectl"),
        QStringList { QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(), QStringLiteral("--cache-dir"),
            m_dir->filePath(QStringLiteral("kubectl-cache")), QStringLiteral("--request-timeout=20s") }
            + args,
        60000);
}

QJsonObject TestKubectlCreate::getJson(const QStringList& args)
{
    const ProcessResult got = kubectl(
        QStringList { QStringLiteral("get") } + args + QStringList { QStringLiteral("-o"), QStringLiteral("json") });
    if (got.exitCode != 0) {
        qWarning("%s", qPrintable(got.describe()));
        return {};
    }
    return QJsonDocument::fromJson(got.out).object();
}

void TestKubectlCreate::createNamespace()
{
    const ProcessResult created
        = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("proto-ns") });
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    QCOMPARE(created.out.trimmed(), QByteArray("namespace/proto-ns created"));

    const QJsonObject ns = getJson({ QStringLiteral("namespace"), QStringLiteral("proto-ns") });
    const QJsonObject meta = ns.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(meta.value(QStringLiteral("name")).toString(), QStringLiteral("proto-ns"));
    QCOMPARE(
        meta.value(QStringLiteral("labels")).toObject().value(QStringLiteral("kubernetes.io/metadata.name")).toString(),
        QStringLiteral("proto-ns"));
    QVERIFY(!meta.value(QStringLiteral("creationTimestamp")).toString().isEmpty());
    QCOMPARE(ns.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
        QStringLiteral("Active"));

    // --dry-run=server: the same protobuf body with dryRun=All, validated and answered, not stored.
    const ProcessResult dry = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"),
        QStringLiteral("proto-dry"), QStringLiteral("--dry-run=server") });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QCOMPARE(dry.out.trimmed(), QByteArray("namespace/proto-dry created (server dry run)"));
    const ProcessResult absent
        = kubectl({ QStringLiteral("get"), QStringLiteral("namespace"), QStringLiteral("proto-dry") });
    QVERIFY2(absent.exitCode != 0 && absent.err.contains("NotFound"), qPrintable(absent.describe()));

    const ProcessResult again
        = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("proto-ns") });
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("AlreadyExists"), qPrintable(again.describe()));
}

void TestKubectlCreate::createServices()
{
    const ProcessResult created
        = kubectl({ QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("clusterip"),
            QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--tcp=80:8080") });
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    QCOMPARE(created.out.trimmed(), QByteArray("service/web created"));
    const QJsonObject web = getJson(
        { QStringLiteral("service"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    const QJsonObject spec = web.value(QStringLiteral("spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("type")).toString(), QStringLiteral("ClusterIP"));
    QVERIFY(spec.value(QStringLiteral("clusterIP")).toString().startsWith(QStringLiteral("10.")));
    QCOMPARE(spec.value(QStringLiteral("selector")).toObject(),
        QJsonObject({ { QStringLiteral("app"), QStringLiteral("web") } }));
    QCOMPARE(spec.value(QStringLiteral("ports")).toArray(),
        QJsonArray({ QJsonObject({ { QStringLiteral("name"), QStringLiteral("80-8080") },
            { QStringLiteral("protocol"), QStringLiteral("TCP") }, { QStringLiteral("port"), 80 },
            { QStringLiteral("targetPort"), 8080 } }) }));

    // A named target port (IntOrString as a string) and an ExternalName service.
    const ProcessResult named = kubectl(
        { QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("clusterip"), QStringLiteral("api"),
            QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--tcp=443:https") });
    QVERIFY2(named.exitCode == 0, qPrintable(named.describe()));
    const QJsonObject api = getJson(
        { QStringLiteral("service"), QStringLiteral("api"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QCOMPARE(api.value(QStringLiteral("spec"))
                 .toObject()
                 .value(QStringLiteral("ports"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("targetPort"))
                 .toString(),
        QStringLiteral("https"));
    const ProcessResult external = kubectl(
        { QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("externalname"), QStringLiteral("db"),
            QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--external-name=db.example.com") });
    QVERIFY2(external.exitCode == 0, qPrintable(external.describe()));
    const QJsonObject db = getJson(
        { QStringLiteral("service"), QStringLiteral("db"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QCOMPARE(db.value(QStringLiteral("spec")).toObject().value(QStringLiteral("externalName")).toString(),
        QStringLiteral("db.example.com"));
    QCOMPARE(db.value(QStringLiteral("spec")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("ExternalName"));
}

void TestKubectlCreate::createIngress()
{
    const ProcessResult created = kubectl({ QStringLiteral("create"), QStringLiteral("ingress"), QStringLiteral("web"),
        QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--class=nginx"),
        QStringLiteral("--rule=web.example.com/=web:80"),
        QStringLiteral("--rule=web.example.com/api*=api:https,tls=web-tls"), QStringLiteral("--default-backend=web:80"),
        QStringLiteral("--annotation=cert-manager.io/cluster-issuer=letsencrypt-prod") });
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    QCOMPARE(created.out.trimmed(), QByteArray("ingress.networking.k8s.io/web created"));

    const QJsonObject ingress = getJson(
        { QStringLiteral("ingress"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QCOMPARE(ingress.value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("annotations"))
                 .toObject()
                 .value(QStringLiteral("cert-manager.io/cluster-issuer"))
                 .toString(),
        QStringLiteral("letsencrypt-prod"));
    const QJsonObject spec = ingress.value(QStringLiteral("spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("ingressClassName")).toString(), QStringLiteral("nginx"));
    const auto parse = [](const char* json) { return QJsonDocument::fromJson(json).object(); };
    QCOMPARE(spec.value(QStringLiteral("defaultBackend")).toObject(),
        parse(R"({"service":{"name":"web","port":{"number":80}}})"));
    QCOMPARE(spec.value(QStringLiteral("tls")).toArray(),
        QJsonArray({ parse(R"({"hosts":["web.example.com"],"secretName":"web-tls"})") }));
    const QJsonArray rules = spec.value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().toObject(), parse(R"({"host":"web.example.com","http":{"paths":[
            {"path":"/","pathType":"Exact","backend":{"service":{"name":"web","port":{"number":80}}}},
            {"path":"/api","pathType":"Prefix","backend":{"service":{"name":"api","port":{"name":"https"}}}}]}})"));
}

void TestKubectlCreate::createConfigMap()
{
    const QString binary = m_dir->filePath(QStringLiteral("logo.bin"));
    const QByteArray bytes("\x89PNG\r\n\x1a\n\x00\xff\xfe", 11);
    {
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const ProcessResult created
        = kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("settings"),
            QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--from-literal=mode=blue"),
            QStringLiteral("--from-literal=greeting=grüß dich"), QStringLiteral("--from-file=") + binary });
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    QCOMPARE(created.out.trimmed(), QByteArray("configmap/settings created"));
    const QJsonObject settings = getJson(
        { QStringLiteral("configmap"), QStringLiteral("settings"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QCOMPARE(settings.value(QStringLiteral("data")).toObject(),
        QJsonObject({ { QStringLiteral("mode"), QStringLiteral("blue") },
            { QStringLiteral("greeting"), QStringLiteral("grüß dich") } }));
    QCOMPARE(
        settings.value(QStringLiteral("binaryData")).toObject().value(QStringLiteral("logo.bin")).toString().toLatin1(),
        bytes.toBase64());
    const ProcessResult listed
        = kubectl({ QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QVERIFY2(listed.exitCode == 0 && listed.out.contains("settings"), qPrintable(listed.describe()));
}

void TestKubectlCreate::createSecrets()
{
    const QString cert = m_dir->filePath(QStringLiteral("tls.crt"));
    const QString key = m_dir->filePath(QStringLiteral("tls.key"));
    const ProcessResult made = runProcess(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-subj"),
            QStringLiteral("/CN=web.example.com"), QStringLiteral("-days"), QStringLiteral("1") });
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    const ProcessResult tls = kubectl({ QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("tls"),
        QStringLiteral("web-tls"), QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--cert=") + cert,
        QStringLiteral("--key=") + key });
    QVERIFY2(tls.exitCode == 0, qPrintable(tls.describe()));
    QCOMPARE(tls.out.trimmed(), QByteArray("secret/web-tls created"));
    const QJsonObject secret = getJson(
        { QStringLiteral("secret"), QStringLiteral("web-tls"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QCOMPARE(secret.value(QStringLiteral("type")).toString(), QStringLiteral("kubernetes.io/tls"));
    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QJsonObject data = secret.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("tls.crt")).toString().toLatin1(), certFile.readAll().toBase64());
    QVERIFY(data.value(QStringLiteral("tls.key")).toString().size() > 100);

    const ProcessResult generic = kubectl(
        { QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), QStringLiteral("creds"),
            QStringLiteral("-n"), QStringLiteral("proto-ns"), QStringLiteral("--from-literal=user=admin") });
    QVERIFY2(generic.exitCode == 0, qPrintable(generic.describe()));
    const QJsonObject creds = getJson(
        { QStringLiteral("secret"), QStringLiteral("creds"), QStringLiteral("-n"), QStringLiteral("proto-ns") });
    QCOMPARE(creds.value(QStringLiteral("type")).toString(), QStringLiteral("Opaque"));
    QCOMPARE(creds.value(QStringLiteral("data")).toObject().value(QStringLiteral("user")).toString(),
        QStringLiteral("YWRtaW4="));
}

void TestKubectlCreate::inventoryReadsWhatKubectlCreated()
{
    const QString netloom = executable(QStringLiteral("netloom"));
    // netloom's headless commands are built in every configuration (NETLOOM_GUI=0 too).
    QVERIFY2(QFile::exists(netloom), qPrintable(netloom + QStringLiteral(" is missing: build the netloom target")));
    const ProcessResult inventory = runProcess(netloom,
        { QStringLiteral("inventory"), QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("30") });
    QVERIFY2(inventory.exitCode == 0, qPrintable(inventory.describe()));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& value :
        QJsonDocument::fromJson(inventory.out).object().value(QStringLiteral("resources")).toArray())
        byId.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());

    // Each object kubectl created is there, with kubectl's uid and resourceVersion.
    const QList<QPair<QString, QStringList>> created {
        { QStringLiteral("kube:netloom-lab/namespace//proto-ns"),
            { QStringLiteral("namespace"), QStringLiteral("proto-ns") } },
        { QStringLiteral("kube:netloom-lab/service/proto-ns/web"),
            { QStringLiteral("service"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("proto-ns") } },
        { QStringLiteral("kube:netloom-lab/service/proto-ns/api"),
            { QStringLiteral("service"), QStringLiteral("api"), QStringLiteral("-n"), QStringLiteral("proto-ns") } },
        { QStringLiteral("kube:netloom-lab/ingress/proto-ns/web"),
            { QStringLiteral("ingress"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("proto-ns") } },
    };
    for (const auto& [id, getArgs] : created) {
        QVERIFY2(byId.contains(id), qPrintable(id));
        const QJsonObject meta = getJson(getArgs).value(QStringLiteral("metadata")).toObject();
        QCOMPARE(byId.value(id).value(QStringLiteral("uid")).toString(), meta.value(QStringLiteral("uid")).toString());
        QCOMPARE(byId.value(id).value(QStringLiteral("resourceVersion")).toString(),
            meta.value(QStringLiteral("resourceVersion")).toString());
    }
    const QByteArray relations = QJsonDocument(byId.value(QStringLiteral("kube:netloom-lab/ingress/proto-ns/web"))
                                                   .value(QStringLiteral("relations"))
                                                   .toArray())
                                     .toJson(QJsonDocument::Compact);
    QVERIFY2(relations.contains("kube:netloom-lab/service/proto-ns/web"), relations.constData());
    QVERIFY2(relations.contains("kube:netloom-lab/service/proto-ns/api"), relations.constData());
    // Traffic flows class -> Ingress: the class holds that relation (the RelationResolver's rule table).
    const QByteArray classRelations = QJsonDocument(
        byId.value(QStringLiteral("kube:netloom-lab/ingressClass//nginx")).value(QStringLiteral("relations")).toArray())
                                          .toJson(QJsonDocument::Compact);
    QVERIFY2(classRelations.contains("kube:netloom-lab/ingress/proto-ns/web"), classRelations.constData());
    QVERIFY2(!relations.contains("ingressClass"), relations.constData());
    QCOMPARE(
        byId.value(QStringLiteral("kube:netloom-lab/service/proto-ns/web")).value(QStringLiteral("parent")).toString(),
        QStringLiteral("kube:netloom-lab/namespace//proto-ns"));
}

QTEST_GUILESS_MAIN(TestKubectlCreate)
#include "tst_kubectlcreate.moc"
