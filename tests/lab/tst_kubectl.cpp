// The real kubectl 1.32 against netloom-lab (started as a process): discovery, get -A -o json,
// create with default (strict, server-side) validation, and get -w.
#include "tests/lab/LabProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Netloom::Lab::Test;

namespace {

struct KubectlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKubectl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getListsTheSeededObjects();
    void createNamespaceAndIngressWithDefaultValidation();
    void unknownFieldIsRejectedByTheServer();
    void watchSeesNewNamespace();
    void deleteNamespaceWaitsUntilGone();
    void secondServiceWithTheSameNodePortFails();

private:
    KubectlResult kubectl(const QStringList& arguments, int timeoutMs = 30000);
    QString writeFile(const QString& name, const QByteArray& content);

    QString m_kubectl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    QString m_kubeconfig;
};

void TestKubectl::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (m_kubectl.isEmpty())
        m_kubectl = QStringLiteral("/usr/bin/kubectl");
    QVERIFY2(QFile::exists(m_kubectl), "kubectl is not installed (expected /usr/bin/kubectl)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_kubeconfig = m_dir->filePath(QStringLiteral("kubeconfig"));
    m_lab = std::make_unique<LabProcess>();
    QVERIFY2(m_lab->start(m_kubeconfig), qPrintable(m_lab->error()));
}

void TestKubectl::cleanupTestCase()
{
    if (m_lab)
        QCOMPARE(m_lab->terminate(), 0);
    m_lab.reset();
}

KubectlResult TestKubectl::kubectl(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(m_kubectl,
        QStringList { QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"),
            m_dir->filePath(QStringLiteral("kube-cache")), QStringLiteral("--request-timeout=20s") }
            + arguments);
    KubectlResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "kubectl timed out: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestKubectl::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestKubectl::getListsTheSeededObjects()
{
    const KubectlResult result = kubectl({ QStringLiteral("get"), QStringLiteral("ns,svc,ingress,ingressclass"),
        QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError error;
    const QJsonObject list = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(list.value(QStringLiteral("kind")).toString(), QStringLiteral("List"));
    QSet<QString> seen;
    for (const QJsonValue& item : list.value(QStringLiteral("items")).toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        seen.insert(object.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
            + metadata.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
            + metadata.value(QStringLiteral("name")).toString());
    }
    for (const char* expected : { "Namespace /shop", "Namespace /ingress-nginx", "Namespace /kube-system",
             "Service ingress-nginx/ingress-nginx-controller", "Service shop/storefront", "Service default/kubernetes",
             "Ingress shop/storefront", "Ingress payments/payments-api", "IngressClass /nginx" })
        QVERIFY2(seen.contains(QString::fromLatin1(expected)), expected);

    const KubectlResult wide = kubectl(
        { QStringLiteral("get"), QStringLiteral("svc"), QStringLiteral("-n"), QStringLiteral("ingress-nginx") });
    QVERIFY2(wide.exitCode == 0, wide.err.constData());
    QVERIFY(wide.out.contains("ingress-nginx-controller"));
}

void TestKubectl::createNamespaceAndIngressWithDefaultValidation()
{
    const QString ns = writeFile(QStringLiteral("ns.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kubectl-made\n"
        "  labels:\n    team: e2e\n");
    const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), ns });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(created.out.trimmed(), QByteArray("namespace/kubectl-made created"));

    const QString ingress = writeFile(QStringLiteral("ingress.yaml"), R"(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: kubectl-made
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
spec:
  ingressClassName: nginx
  tls:
  - hosts: [web.example.com]
    secretName: web-example-com-tls
  rules:
  - host: web.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
)");
    const KubectlResult createdIngress = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), ingress });
    QVERIFY2(createdIngress.exitCode == 0, createdIngress.err.constData());
    QCOMPARE(createdIngress.out.trimmed(), QByteArray("ingress.networking.k8s.io/web created"));

    const KubectlResult got = kubectl({ QStringLiteral("get"), QStringLiteral("ingress"), QStringLiteral("web"),
        QStringLiteral("-n"), QStringLiteral("kubectl-made"), QStringLiteral("-o"),
        QStringLiteral("jsonpath={.spec.tls[0].secretName}") });
    QVERIFY2(got.exitCode == 0, got.err.constData());
    QCOMPARE(got.out, QByteArray("web-example-com-tls"));

    const KubectlResult again = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), ns });
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("AlreadyExists"), again.err.constData());
}

void TestKubectl::unknownFieldIsRejectedByTheServer()
{
    const QString bad = writeFile(QStringLiteral("bad.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: flavoured\n"
        "spec:\n  flavour: vanilla\n");
    const KubectlResult result = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), bad });
    QVERIFY(result.exitCode != 0);
    QVERIFY2(
        result.err.contains(
            R"(Namespace in version "v1" cannot be handled as a Namespace: strict decoding error: unknown field "spec.flavour")"),
        result.err.constData());
    const KubectlResult absent = kubectl({ QStringLiteral("get"), QStringLiteral("ns"), QStringLiteral("flavoured") });
    QVERIFY(absent.exitCode != 0);
    QVERIFY(absent.err.contains("NotFound"));
}

void TestKubectl::watchSeesNewNamespace()
{
    QProcess watcher;
    watcher.start(m_kubectl,
        { QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"),
            m_dir->filePath(QStringLiteral("kube-cache")), QStringLiteral("get"), QStringLiteral("ns"),
            QStringLiteral("-w"), QStringLiteral("--output-watch-events") });
    QVERIFY(watcher.waitForStarted(10000));
    auto stopWatcher = qScopeGuard([&watcher] {
        watcher.kill();
        watcher.waitForFinished(5000);
    });
    QByteArray out;
    // The initial listing first, so the watch is established before the change.
    QDeadlineTimer listed(20000);
    while (!out.contains("shop") && !listed.hasExpired() && watcher.state() == QProcess::Running) {
        watcher.waitForReadyRead(200);
        out += watcher.readAllStandardOutput();
    }
    QVERIFY2(out.contains("shop"), QByteArray(out + watcher.readAllStandardError()).constData());
    QTest::qWait(500);

    const QString ns = writeFile(
        QStringLiteral("watched.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: watched-arrival\n");
    const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), ns });
    QVERIFY2(created.exitCode == 0, created.err.constData());

    QDeadlineTimer seen(20000);
    while (!out.contains("watched-arrival") && !seen.hasExpired() && watcher.state() == QProcess::Running) {
        watcher.waitForReadyRead(200);
        out += watcher.readAllStandardOutput();
    }
    QVERIFY2(out.contains("watched-arrival"), QByteArray(out + watcher.readAllStandardError()).constData());
    const QList<QByteArray> lines = out.split('\n');
    bool addedLine = false;
    for (const QByteArray& line : lines)
        addedLine = addedLine || (line.startsWith("ADDED") && line.contains("watched-arrival"));
    QVERIFY2(addedLine, out.constData());
}

void TestKubectl::deleteNamespaceWaitsUntilGone()
{
    const QString ns
        = writeFile(QStringLiteral("doomed.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: doomed\n");
    QVERIFY(kubectl({ QStringLiteral("create"), QStringLiteral("-f"), ns }).exitCode == 0);
    const KubectlResult deleted = kubectl(
        { QStringLiteral("delete"), QStringLiteral("ns"), QStringLiteral("doomed"), QStringLiteral("--timeout=20s") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const KubectlResult absent = kubectl({ QStringLiteral("get"), QStringLiteral("ns"), QStringLiteral("doomed") });
    QVERIFY(absent.exitCode != 0);
    QVERIFY(absent.err.contains("NotFound"));
}

void TestKubectl::secondServiceWithTheSameNodePortFails()
{
    auto manifest = [](const QByteArray& name) -> QByteArray {
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name
            + "\n  namespace: default\nspec:\n  type: NodePort\n  selector:\n    app: " + name
            + "\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n    nodePort: 30080\n";
    };
    const KubectlResult first = kubectl({ QStringLiteral("create"), QStringLiteral("-f"),
        writeFile(QStringLiteral("np-first.yaml"), manifest("np-first")) });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const KubectlResult second = kubectl({ QStringLiteral("create"), QStringLiteral("-f"),
        writeFile(QStringLiteral("np-second.yaml"), manifest("np-second")) });
    QVERIFY2(second.exitCode != 0, second.out.constData());
    QVERIFY2(second.err.contains("The Service \"np-second\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: "
                                 "provided port is already allocated"),
        second.err.constData());
    const KubectlResult get
        = kubectl({ QStringLiteral("get"), QStringLiteral("svc"), QStringLiteral("-n"), QStringLiteral("default"),
            QStringLiteral("np-first"), QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.ports[0].nodePort}") });
    QVERIFY2(get.exitCode == 0, get.err.constData());
    QCOMPARE(get.out, QByteArray("30080"));
    const KubectlResult missing = kubectl({ QStringLiteral("get"), QStringLiteral("svc"), QStringLiteral("-n"),
        QStringLiteral("default"), QStringLiteral("np-second") });
    QVERIFY(missing.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestKubectl)
#include "tst_kubectl.moc"
