#include "models/kube/Kubeconfig.h"
#include "tests/support/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Kube;

// Plain literals: moc mis-lexes raw string literals holding "//".
namespace Fixture {
const char* const yaml0 =     "\n"
    "apiVersion: v1\n"
    "kind: Config\n"
    "clusters:\n"
    "- name: shared\n"
    "  cluster: {server: \"https://a.example:6443\"}\n"
    "contexts:\n"
    "- name: ctx-a\n"
    "  context: {cluster: shared}\n";
const char* const yaml1 =     "\n"
    "apiVersion: v1\n"
    "kind: Config\n"
    "current-context: ctx-b\n"
    "clusters:\n"
    "- name: shared\n"
    "  cluster: {server: \"https://b.example:6443\"}\n"
    "- name: only-b\n"
    "  cluster: {server: \"https://only-b.example\"}\n"
    "contexts:\n"
    "- name: ctx-b\n"
    "  context: {cluster: only-b, namespace: team}\n"
    "- name: ctx-a\n"
    "  context: {cluster: only-b}\n";
const char* const yaml2 =     "\n"
    "apiVersion: v1\n"
    "kind: Config\n"
    "current-context: c\n"
    "clusters:\n"
    "- name: k\n"
    "  cluster:\n"
    "    server: https://10.0.0.1:6443/\n"
    "    certificate-authority: certs/ca.pem\n"
    "    tls-server-name: kubernetes.default\n"
    "    proxy-url: http://proxy.example:3128\n"
    "users:\n"
    "- name: u\n"
    "  user:\n"
    "    tokenFile: token\n"
    "contexts:\n"
    "- name: c\n"
    "  context: {cluster: k, user: u}\n";
const char* const yaml3 =     "\n"
    "current-context: t\n"
    "clusters:\n"
    "- name: k\n"
    "  cluster: {server: \"https://k.example\", insecure-skip-tls-verify: true}\n"
    "users:\n"
    "- name: tok\n"
    "  user: {token: abc.def}\n"
    "- name: basic\n"
    "  user: {username: admin, password: hunter2}\n"
    "contexts:\n"
    "- name: t\n"
    "  context: {cluster: k, user: tok}\n"
    "- name: b\n"
    "  context: {cluster: k, user: basic}\n";
const char* const yaml4 =     "\n"
    "current-context: nope\n"
    "clusters:\n"
    "- name: k\n"
    "  cluster: {server: \"https://k.example\"}\n"
    "contexts:\n"
    "- name: no-cluster\n"
    "  context: {cluster: gone}\n"
    "- name: no-user\n"
    "  context: {cluster: k, user: ghost}\n";
const char* const yaml5 =     "\n"
    "current-context: c\n"
    "clusters:\n"
    "- name: k\n"
    "  cluster: {server: \"https://k.example\", certificate-authority: /nonexistent/ca.crt}\n"
    "contexts:\n"
    "- name: c\n"
    "  context: {cluster: k}\n";
const char* const yaml6 =     "\n"
    "users:\n"
    "- name: u\n"
    "  user:\n"
    "    client-key-data: \"SECRETKEY!!notbase64$$\"\n";
const char* const yaml7 =     "\n"
    "current-context: e\n"
    "clusters:\n"
    "- name: k\n"
    "  cluster: {server: \"https://k.example\"}\n"
    "users:\n"
    "- name: eks\n"
    "  user:\n"
    "    exec:\n"
    "      apiVersion: client.authentication.k8s.io/v1beta1\n"
    "      command: aws\n"
    "      args: [eks, get-token]\n"
    "- name: gcp\n"
    "  user:\n"
    "    auth-provider:\n"
    "      name: gcp\n"
    "      config: {access-token: ya29.SECRET}\n"
    "contexts:\n"
    "- name: e\n"
    "  context: {cluster: k, user: eks}\n"
    "- name: g\n"
    "  context: {cluster: k, user: gcp}\n";
const char* const yaml8 =     "\n"
    "current-context: c\n"
    "clusters:\n"
    "- name: k\n"
    "  cluster: {server: \"not a url\"}\n"
    "users:\n"
    "- name: u\n"
    "  user: {token: TOPSECRETTOKEN}\n"
    "contexts:\n"
    "- name: c\n"
    "  context: {cluster: k, user: u}\n";
} // namespace Fixture

class TestKubeconfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void referenceCalicoClientCertFiles()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/kubeconfig/kubeconfig"));
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->currentContext(), QStringLiteral("admin"));
        QCOMPARE(config->contextNames(), QStringList{QStringLiteral("admin")});
        const auto* cluster = config->cluster(QStringLiteral("test-apiserver"));
        QVERIFY(cluster);
        QCOMPARE(cluster->server, QStringLiteral("https://127.0.0.1:6443"));
        QVERIFY(cluster->insecureSkipTlsVerify);
        const auto* user = config->user(QStringLiteral("admin"));
        QVERIFY(user);
        QCOMPARE(user->clientCertificate, QStringLiteral("/home/user/certs/admin.pem"));
        QCOMPARE(user->clientKey, QStringLiteral("/home/user/certs/admin-key.pem"));
        // The certificate files do not exist here: resolving names the file.
        const auto resolved = config->resolve();
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().message.contains(QStringLiteral("/home/user/certs/admin.pem")),
                 qPrintable(resolved.error().message));
        QVERIFY(resolved.error().message.contains(QStringLiteral("client-certificate")));
    }

    void referenceCalicoNullUsers()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/kubeconfig/kubeconfig.yaml"));
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->currentContext(), QStringLiteral("main"));
        QVERIFY(config->users().isEmpty());
        // The context's user "default" is not declared: that is reported, naming the file.
        const auto resolved = config->resolve();
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().message,
                 QStringLiteral("user \"default\" of context \"main\" not found in %1").arg(path));
    }

    void referenceHeadlampBase64AndExtensions()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/kubeconfig/kubeconfig_metadata"));
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->currentContext(), QStringLiteral("random-cluster-y"));
        QCOMPARE(config->contexts().size(), 2);
        const auto resolved = config->resolve();
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().toString()));
        QCOMPARE(resolved->server.toString(), QStringLiteral("https://127.0.0.1:60279"));
        QCOMPARE(resolved->namespaceName, QStringLiteral("default"));
        QCOMPARE(resolved->tls.caPem, QByteArray("test"));
        QCOMPARE(resolved->tls.clientCertPem, QByteArray("test"));
        QCOMPARE(resolved->tls.clientKeyPem, QByteArray("test"));
        QVERIFY(resolved->tls.verifyPeer);
        const auto x = config->resolve(QStringLiteral("random-cluster-x"));
        QVERIFY(x);
        QCOMPARE(x->server.toString(), QStringLiteral("https://kubernetes.docker.internal:6443"));
    }

    void referenceMultiContextMerge()
    {
        NETLOOM_REQUIRE_REFERENCE(first, QStringLiteral("kubernetes/kubeconfig/kubectl-config.yaml"));
        NETLOOM_REQUIRE_REFERENCE(second, QStringLiteral("kubernetes/kubeconfig/kubectl-config-second.yaml"));
        const auto config = Kubeconfig::loadFiles({first, m_dir.filePath(QStringLiteral("absent.yaml")), second});
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->contextNames(), (QStringList{QStringLiteral("main"), QStringLiteral("second")}));
        QVERIFY(config->currentContext().isEmpty());
        const auto none = config->resolve();
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("no current-context")));
        QVERIFY(none.error().message.contains(first));
        QVERIFY(config->cluster(QStringLiteral("secondary-cluster")));
        QCOMPARE(config->cluster(QStringLiteral("secondary-cluster"))->server, QStringLiteral("https://127.0.0.1:6444"));
    }

    void mergeFirstWinsAndCurrentContextFromFirstSetting()
    {
        const QString a = write(QStringLiteral("merge/a.yaml"), Fixture::yaml0);
        const QString b = write(QStringLiteral("merge/b.yaml"), Fixture::yaml1);
        qputenv("KUBECONFIG", (a + QLatin1Char(':') + b).toLocal8Bit());
        const auto config = Kubeconfig::loadDefault();
        qunsetenv("KUBECONFIG");
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->files(), (QStringList{a, b}));
        QCOMPARE(config->currentContext(), QStringLiteral("ctx-b"));
        QCOMPARE(config->cluster(QStringLiteral("shared"))->server, QStringLiteral("https://a.example:6443"));
        QCOMPARE(config->context(QStringLiteral("ctx-a"))->cluster, QStringLiteral("shared"));
        const auto current = config->resolve();
        QVERIFY(current);
        QCOMPARE(current->server.toString(), QStringLiteral("https://only-b.example"));
        QCOMPARE(current->namespaceName, QStringLiteral("team"));
        QVERIFY(current->bearerToken.isEmpty()); // no user: anonymous
    }

    void relativeCaFileAndTokenFile()
    {
        write(QStringLiteral("rel/certs/ca.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        write(QStringLiteral("rel/token"), "s3cr3t-token\n");
        const QString path = write(QStringLiteral("rel/config"), Fixture::yaml2);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const auto resolved = config->resolve();
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().toString()));
        QVERIFY(resolved->tls.caPem.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(resolved->tls.serverName, QStringLiteral("kubernetes.default"));
        QCOMPARE(resolved->proxyUrl, QStringLiteral("http://proxy.example:3128"));
        QCOMPARE(resolved->bearerToken, QByteArray("s3cr3t-token"));
        QCOMPARE(resolved->server.toString(), QStringLiteral("https://10.0.0.1:6443"));
    }

    void tokenAndBasicAuth()
    {
        const QString path = write(QStringLiteral("auth.yaml"), Fixture::yaml3);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(config);
        const auto t = config->resolve();
        QVERIFY(t);
        QCOMPARE(t->bearerToken, QByteArray("abc.def"));
        QVERIFY(!t->tls.verifyPeer);
        const auto b = config->resolve(QStringLiteral("b"));
        QVERIFY(b);
        QCOMPARE(b->username, QStringLiteral("admin"));
        QCOMPARE(b->password, QStringLiteral("hunter2"));
    }

    void yamlSyntaxErrorHasLineAndColumn()
    {
        const QString path = write(QStringLiteral("broken.yaml"), "apiVersion: v1\nclusters:\n- name: [unclosed\n");
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(!config);
        QVERIFY2(config.error().message.startsWith(path + QStringLiteral(":")), qPrintable(config.error().message));
        QVERIFY2(config.error().message.contains(QStringLiteral("YAML syntax error")), qPrintable(config.error().message));
        QVERIFY(QRegularExpression(QStringLiteral(":\\d+:\\d+: ")).match(config.error().message).hasMatch());
    }

    void wrongStructure()
    {
        const QString path = write(QStringLiteral("struct.yaml"), "clusters:\n  name: x\n");
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(!config);
        QCOMPARE(config.error().message, QStringLiteral("%1:2:3: \"clusters\" must be a list").arg(path));
    }

    void missingContextClusterUser()
    {
        const QString path = write(QStringLiteral("missing.yaml"), Fixture::yaml4);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(config);
        QCOMPARE(config->resolve().error().message, QStringLiteral("context \"nope\" not found in %1").arg(path));
        QCOMPARE(config->resolve(QStringLiteral("no-cluster")).error().message,
                 QStringLiteral("cluster \"gone\" of context \"no-cluster\" not found in %1").arg(path));
        QCOMPARE(config->resolve(QStringLiteral("no-user")).error().message,
                 QStringLiteral("user \"ghost\" of context \"no-user\" not found in %1").arg(path));
    }

    void unreadableCaFile()
    {
        const QString path = write(QStringLiteral("ca.yaml"), Fixture::yaml5);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(config);
        const auto resolved = config->resolve();
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().message.startsWith(
                     QStringLiteral("cannot read certificate-authority file of cluster \"k\" /nonexistent/ca.crt: ")),
                 qPrintable(resolved.error().message));
    }

    void badBase64NeverShowsTheSecret()
    {
        const QString path = write(QStringLiteral("b64.yaml"), Fixture::yaml6);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(QStringLiteral("client-key-data of user \"u\" is not valid base64")),
                 qPrintable(config.error().message));
        QVERIFY(!config.error().toString().contains(QStringLiteral("SECRETKEY")));
    }

    void execResolvesToItsPluginAndAuthProviderIsReportedNotSupported()
    {
        const QString path = write(QStringLiteral("exec.yaml"), Fixture::yaml7);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(config);
        // The exec plugin is resolved for ClusterSession to run (tests/models/kube/tst_execplugin).
        const auto e = config->resolve();
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QVERIFY(e->exec);
        QCOMPARE(e->exec->command, QStringLiteral("aws"));
        QCOMPARE(e->exec->args, (QStringList { QStringLiteral("eks"), QStringLiteral("get-token") }));
        QCOMPARE(e->exec->kubeconfigFile, path);
        const auto g = config->resolve(QStringLiteral("g"));
        QVERIFY(!g);
        QVERIFY(g.error().message.contains(QStringLiteral("auth-provider \"gcp\"")));
        QVERIFY(!g.error().toString().contains(QStringLiteral("SECRET")));
    }

    void tokenNeverInErrors()
    {
        const QString path = write(QStringLiteral("tokerr.yaml"), Fixture::yaml8);
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(config);
        const auto resolved = config->resolve();
        QVERIFY(!resolved);
        QVERIFY(resolved.error().message.contains(QStringLiteral("invalid server URL")));
        QVERIFY(!resolved.error().toString().contains(QStringLiteral("TOPSECRETTOKEN")));
    }

    void invalidProxyUrlIsReportedWithoutItsPassword()
    {
        const QString path = write(QStringLiteral("badproxy.yaml"),
                                   "current-context: a\nclusters:\n- name: c\n  cluster:\n    server: https://10.0.0.1\n"
                                   "    proxy-url: ftp://user:proxy-pass@proxy.example:21\n"
                                   "contexts:\n- name: a\n  context: {cluster: c}\n");
        const auto config = Kubeconfig::loadFile(path);
        QVERIFY(config);
        const auto resolved = config->resolve();
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().message.contains(QStringLiteral("cluster \"c\" in %1 has an invalid proxy-url").arg(path)),
                 qPrintable(resolved.error().message));
        QVERIFY(resolved.error().message.contains(QStringLiteral("ftp://proxy.example:21")));
        QVERIFY(!resolved.error().toString().contains(QStringLiteral("proxy-pass")));
    }

    void missingFiles()
    {
        const auto none = Kubeconfig::load(m_dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(!none);
        QVERIFY(none.error().message.startsWith(QStringLiteral("kubeconfig not found: ")));
        qputenv("KUBECONFIG", m_dir.filePath(QStringLiteral("x1")).toLocal8Bit() + ':'
                                  + m_dir.filePath(QStringLiteral("x2")).toLocal8Bit());
        const auto env = Kubeconfig::loadDefault();
        qunsetenv("KUBECONFIG");
        QVERIFY(!env);
        QVERIFY(env.error().message.contains(QStringLiteral("x2")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
