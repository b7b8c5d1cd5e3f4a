#include "models/kube/ApiResource.h"
#include "models/kube/KubeClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Kube;

namespace {

ConnectionConfig config()
{
    ConnectionConfig c;
    c.contextName = QStringLiteral("prod");
    c.userName = QStringLiteral("admin");
    c.server = QUrl(QStringLiteral("https://10.0.0.1:6443"));
    c.bearerToken = "SECRET-TOKEN";
    c.tls.caPem = "PEM";
    c.tls.serverName = QStringLiteral("kubernetes.default");
    return c;
}

QByteArray header(const Net::HttpRequest& r, const QByteArray& name)
{
    for (const auto& [key, value] : r.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

class TestKubeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiResourcePaths()
    {
        QCOMPARE(ApiResource::namespaces().collectionPath(), QStringLiteral("/api/v1/namespaces"));
        QCOMPARE(ApiResource::namespaces().objectPath(QStringLiteral("ignored"), QStringLiteral("shop")),
            QStringLiteral("/api/v1/namespaces/shop"));
        QCOMPARE(ApiResource::services().collectionPath(QStringLiteral("shop")),
            QStringLiteral("/api/v1/namespaces/shop/services"));
        QCOMPARE(ApiResource::ingresses().collectionPath(), QStringLiteral("/apis/networking.k8s.io/v1/ingresses"));
        QCOMPARE(ApiResource::ingresses().objectPath(QStringLiteral("shop"), QStringLiteral("web")),
            QStringLiteral("/apis/networking.k8s.io/v1/namespaces/shop/ingresses/web"));
        QCOMPARE(ApiResource::ingressClasses().collectionPath(QStringLiteral("x")),
            QStringLiteral("/apis/networking.k8s.io/v1/ingressclasses"));
        QCOMPARE(ApiResource::ingresses().qualifiedName(), QStringLiteral("ingresses.networking.k8s.io"));
        QCOMPARE(ApiResource::services().qualifiedName(), QStringLiteral("services"));
        QCOMPARE(ApiResource::watched().first(), ApiResource::namespaces());
    }

    void requestCarriesCredentialsAndTls()
    {
        KubeClient client(config());
        const Net::HttpRequest r = client.request("GET", QStringLiteral("/api/v1/services?limit=500&continue=abc%3D"));
        QCOMPARE(r.url.toString(QUrl::FullyEncoded),
            QStringLiteral("https://10.0.0.1:6443/api/v1/services?limit=500&continue=abc%3D"));
        QCOMPARE(r.bearerToken, QByteArray("SECRET-TOKEN"));
        QCOMPARE(r.tls.caPem, QByteArray("PEM"));
        QCOMPARE(r.tls.serverName, QStringLiteral("kubernetes.default"));
        QCOMPARE(header(r, "Accept"), QByteArray("application/json"));
        QVERIFY(header(r, "Authorization").isEmpty()); // the bearer token goes through HttpRequest::bearerToken

        ConnectionConfig basic = config();
        basic.bearerToken.clear();
        basic.username = QStringLiteral("admin");
        basic.password = QStringLiteral("pw");
        KubeClient basicClient(basic);
        QCOMPARE(header(basicClient.request("GET", QStringLiteral("/version")), "Authorization"),
            QByteArray("Basic ") + QByteArray("admin:pw").toBase64());
    }

    void serverPathPrefixIsKept()
    {
        ConnectionConfig c = config();
        c.server = QUrl(QStringLiteral("https://rancher.example.com/k8s/clusters/c-1"));
        KubeClient client(c);
        QCOMPARE(client.request("GET", QStringLiteral("/api")).url.toString(),
            QStringLiteral("https://rancher.example.com/k8s/clusters/c-1/api"));
    }

    void serverTextHasNoPassword()
    {
        ConnectionConfig c = config();
        c.server = QUrl(QStringLiteral("https://user:hunter2-secret@10.0.0.1:6443"));
        QCOMPARE(c.serverText(), QStringLiteral("https://10.0.0.1:6443"));
        const Error e = KubeClient::errorFor(
            c, 0, Error(QStringLiteral("Connection refused by 10.0.0.1:6443.")), {}, QStringLiteral("GET /version"));
        QVERIFY2(!e.toString().contains(QStringLiteral("hunter2-secret")), qPrintable(e.toString()));
        QVERIFY(e.message.contains(QStringLiteral("https://10.0.0.1:6443")));
        // The request itself keeps the URL's credentials (basic auth from the URL, as written).
        KubeClient client(c);
        QCOMPARE(client.request("GET", QStringLiteral("/api")).url.password(), QStringLiteral("hunter2-secret"));
    }

    void proxyIsPerContext()
    {
        ConnectionConfig remote = config();
        QCOMPARE(KubeClient::proxyFor(remote), std::optional<QUrl>()); // the environment decides
        ConnectionConfig proxied = remote;
        proxied.proxyUrl = QStringLiteral("http://proxy.example:3128");
        QCOMPARE(KubeClient::proxyFor(proxied), std::optional<QUrl>(QUrl(QStringLiteral("http://proxy.example:3128"))));
        for (const char* loopback :
            { "https://127.0.0.1:6443", "https://127.10.0.3", "https://localhost:1", "https://[::1]:6443" }) {
            ConnectionConfig local = remote;
            local.server = QUrl(QString::fromLatin1(loopback));
            QCOMPARE(KubeClient::proxyFor(local), std::optional<QUrl>(QUrl())); // direct, like kubectl
            local.proxyUrl = proxied.proxyUrl;
            QCOMPARE(KubeClient::proxyFor(local), KubeClient::proxyFor(proxied)); // proxy-url wins
        }
        KubeClient client(proxied);
        QCOMPARE(client.request("GET", QStringLiteral("/api")).proxy, KubeClient::proxyFor(proxied));
        QCOMPARE(client.request("GET", QStringLiteral("/api")).maxBodyBytes, qint64(64) * 1024 * 1024);
    }

    void objectsNoServerCanSend_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("namespaced");
        QTest::addColumn<QString>("problem");
        QTest::newRow("good") << QByteArray(
            R"({"metadata":{"name":"web","namespace":"shop","uid":"u","resourceVersion":"1"}})")
                              << true << QString();
        QTest::newRow("good cluster-scoped") << QByteArray(R"({"metadata":{"name":"shop"}})") << false << QString();
        QTest::newRow("empty") << QByteArray("{}") << false << QStringLiteral("metadata is missing");
        QTest::newRow("not an object") << QByteArray("[1]") << false << QStringLiteral("it is not an object");
        QTest::newRow("metadata a string")
            << QByteArray(R"({"metadata":"x"})") << false << QStringLiteral("metadata is not an object");
        QTest::newRow("no name") << QByteArray(R"({"metadata":{"uid":"u"}})") << false
                                 << QStringLiteral("metadata.name is missing");
        QTest::newRow("empty name") << QByteArray(R"({"metadata":{"name":""}})") << false
                                    << QStringLiteral("metadata.name is not a non-empty string");
        QTest::newRow("no namespace") << QByteArray(R"({"metadata":{"name":"web"}})") << true
                                      << QStringLiteral(
                                             "metadata.namespace of a namespaced object is missing or empty");
        QTest::newRow("namespace on cluster-scoped")
            << QByteArray(R"({"metadata":{"name":"n","namespace":"x"}})") << false
            << QStringLiteral("a cluster-scoped object has metadata.namespace");
        QTest::newRow("numeric resourceVersion") << QByteArray(R"({"metadata":{"name":"n","resourceVersion":5}})")
                                                 << false << QStringLiteral("metadata.resourceVersion is not a string");
    }

    void objectsNoServerCanSend()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, namespaced);
        QFETCH(QString, problem);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        QCOMPARE(KubeClient::objectProblem(value, namespaced), problem);
    }

    void errorsUseTheStatusMessage()
    {
        const QByteArray notFound
            = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\", "
              "\"message\":\"ingresses.networking.k8s.io \\\"x\\\" not found\",\"reason\":\"NotFound\", "
              "\"details\":{\"name\":\"x\",\"group\":\"networking.k8s.io\",\"kind\":\"ingresses\"},\"code\":404}";
        const Error e = KubeClient::errorFor(
            config(), 404, std::nullopt, notFound, QStringLiteral("get ingresses.networking.k8s.io \"x\""));
        QCOMPARE(e.message, QStringLiteral("ingresses.networking.k8s.io \"x\" not found"));
        QVERIFY(e.detail.contains(QStringLiteral("HTTP 404 NotFound")));

        const Error unauthorized = KubeClient::errorFor(config(), 401, std::nullopt,
            "{\"kind\":\"Status\",\"message\":\"Unauthorized\",\"code\":401}", QStringLiteral("list namespaces"));
        QVERIFY(unauthorized.message.contains(
            QStringLiteral("https://10.0.0.1:6443 rejected the credentials of user \"admin\"")));
        QVERIFY(unauthorized.message.contains(QStringLiteral("401")));

        const QByteArray forbidden
            = "{\"kind\":\"Status\",\"message\":\"namespaces is forbidden: User \\\"dev\\\" cannot list resource "
              "\\\"namespaces\\\" in API group \\\"\\\" at the cluster scope\",\"reason\":\"Forbidden\",\"code\":403}";
        const Error denied
            = KubeClient::errorFor(config(), 403, std::nullopt, forbidden, QStringLiteral("list namespaces"));
        QVERIFY2(
            denied.message.startsWith(QStringLiteral("forbidden: list namespaces: https://10.0.0.1:6443 denied access "
                                                     "(403 Forbidden): namespaces is forbidden")),
            qPrintable(denied.message));
        // Which verb and resource a refusal was for; the status a caller (the Informer) acts on.
        QVERIFY2(unauthorized.message.startsWith(QStringLiteral("credentials rejected: ")),
            qPrintable(unauthorized.message));
        QVERIFY(unauthorized.message.contains(QStringLiteral("for list namespaces")));
        QCOMPARE(KubeClient::httpStatusOf(unauthorized), 401);
        QCOMPARE(KubeClient::httpStatusOf(denied), 403);
        QCOMPARE(KubeClient::httpStatusOf(e), 404);

        const Error refused = KubeClient::errorFor(config(), 0,
            Error(QStringLiteral("Connection refused by 10.0.0.1:6443.")), {}, QStringLiteral("GET /version"));
        QCOMPARE(refused.message,
            QStringLiteral("cannot reach the Kubernetes API server at https://10.0.0.1:6443: "
                           "Connection refused by 10.0.0.1:6443."));

        const Error plain = KubeClient::errorFor(
            config(), 502, std::nullopt, "<html>bad gateway</html>", QStringLiteral("list services"));
        QCOMPARE(plain.message, QStringLiteral("list services: the server at https://10.0.0.1:6443 answered HTTP 502"));

        for (const Error& any : { e, unauthorized, denied, refused, plain })
            QVERIFY(!any.toString().contains(QStringLiteral("SECRET-TOKEN")));
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
