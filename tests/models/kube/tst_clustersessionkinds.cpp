// ClusterSession's kinds against a scripted API server that serves some add-ons, refuses some
// kinds (403), fails one group's discovery (503) and lacks others: every kind shows its own state,
// the session syncs what it may read, and a refused kind is tried again at its pace, not in a loop.

#include "models/domain/Inventory.h"
#include "models/kube/ClusterSession.h"
#include "tests/models/net/ScriptedConnection.h"
#include "tests/models/net/ScriptedServer.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Kube;
using Netloom::Net::Test::ScriptedConnection;
using Netloom::Net::Test::ScriptedServer;

namespace {

QByteArray json(const QByteArray& status, const QByteArray& body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray list(const QByteArray& kind, const QByteArray& items)
{
    return json("200 OK",
        "{\"kind\":\"" + kind + "List\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"10\"},\"items\":["
            + items + "]}");
}

QByteArray forbidden(const QByteArray& resource, const QByteArray& group)
{
    return json("403 Forbidden",
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
        "\"message\":\""
            + resource + (group.isEmpty() ? QByteArray() : "." + group) + " is forbidden: User \\\"dev\\\" cannot list resource \\\""
            + resource + "\\\" in API group \\\"" + group + "\\\" at the cluster scope\"}");
}

QByteArray resources(const QList<QByteArray>& names)
{
    QByteArray out;
    for (const QByteArray& n : names) {
        if (!out.isEmpty())
            out += ',';
        out += "{\"name\":\"" + n + "\",\"namespaced\":true,\"kind\":\"X\",\"verbs\":[\"list\",\"watch\"]}";
    }
    return json("200 OK", "{\"kind\":\"APIResourceList\",\"resources\":[" + out + "]}");
}

QByteArray pod(const char* name, const char* phase, bool ready)
{
    return QByteArray("{\"metadata\":{\"name\":\"") + name + "\",\"namespace\":\"shop\",\"uid\":\"p-" + name
           + "\",\"resourceVersion\":\"3\"},\"status\":{\"phase\":\"" + phase
           + "\",\"podIP\":\"10.244.0.9\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"" + (ready ? "True" : "False")
           + "\"}]}}";
}

struct FakeCluster
{
    std::atomic<int> policyLists { 0 };
    std::atomic<int> issuerLists { 0 };
    std::atomic<bool> secretsHadSelector { false };
    QMutex mutex;
    QList<QByteArray> paths;

    void handle(ScriptedConnection& c)
    {
        for (QByteArray head = c.readRequest(); !head.isEmpty(); head = c.readRequest()) {
            const QByteArray target = head.split(' ').value(1);
            const QByteArray path = target.split('?').value(0);
            {
                const QMutexLocker lock(&mutex);
                paths.append(target);
            }
            if (target.contains("watch=1")) {
                // An open stream with nothing to say.
                c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                c.waitForPeerClose(30000);
                return;
            }
            if (path == "/version")
                c.write(json("200 OK", "{\"gitVersion\":\"v1.32.0\",\"platform\":\"linux/amd64\"}"));
            else if (path == "/api")
                c.write(json("200 OK", "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}"));
            else if (path == "/apis")
                c.write(json("200 OK",
                    "{\"kind\":\"APIGroupList\",\"groups\":["
                    "{\"name\":\"networking.k8s.io\",\"versions\":[{\"groupVersion\":\"networking.k8s.io/v1\"}]},"
                    "{\"name\":\"discovery.k8s.io\",\"versions\":[{\"groupVersion\":\"discovery.k8s.io/v1\"}]},"
                    "{\"name\":\"cert-manager.io\",\"versions\":[{\"groupVersion\":\"cert-manager.io/v1\"}]}]}"));
            else if (path == "/api/v1")
                c.write(resources({ "namespaces", "services", "pods", "secrets" }));
            else if (path == "/apis/networking.k8s.io/v1")
                c.write(resources({ "ingresses", "ingressclasses", "networkpolicies" }));
            else if (path == "/apis/discovery.k8s.io/v1")
                c.write(json("503 Service Unavailable",
                    "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":503,"
                    "\"message\":\"the server is currently unable to handle the request\"}"));
            else if (path == "/apis/cert-manager.io/v1")
                c.write(resources({ "certificates", "issuers", "clusterissuers" }));
            else if (path == "/api/v1/namespaces")
                c.write(list("Namespace", "{\"metadata\":{\"name\":\"shop\",\"uid\":\"n1\",\"resourceVersion\":\"2\"}}"));
            else if (path == "/api/v1/services")
                c.write(list("Service",
                    "{\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\",\"uid\":\"s1\",\"resourceVersion\":\"2\"}}"));
            else if (path == "/api/v1/pods")
                c.write(list("Pod", pod("web-1", "Running", true) + "," + pod("web-2", "Running", false) + ","
                                        + pod("web-3", "Pending", false)));
            else if (path == "/api/v1/secrets") {
                secretsHadSelector = target.contains("fieldSelector=type%3Dkubernetes.io%2Ftls");
                c.write(list("Secret", ""));
            } else if (path == "/apis/networking.k8s.io/v1/ingresses" || path == "/apis/networking.k8s.io/v1/ingressclasses")
                c.write(list("X", ""));
            else if (path == "/apis/networking.k8s.io/v1/networkpolicies") {
                ++policyLists;
                c.write(forbidden("networkpolicies", "networking.k8s.io"));
            } else if (path == "/apis/cert-manager.io/v1/certificates")
                c.write(list("Certificate",
                    "{\"metadata\":{\"name\":\"shop-tls\",\"namespace\":\"shop\",\"uid\":\"c1\",\"resourceVersion\":\"4\"},"
                    "\"spec\":{\"secretName\":\"shop-tls\",\"dnsNames\":[\"shop.example.com\"],"
                    "\"issuerRef\":{\"name\":\"le\",\"kind\":\"ClusterIssuer\"}}}"));
            else if (path == "/apis/cert-manager.io/v1/issuers") {
                ++issuerLists;
                c.write(forbidden("issuers", "cert-manager.io"));
            } else if (path == "/apis/cert-manager.io/v1/clusterissuers")
                c.write(list("ClusterIssuer", ""));
            else
                c.write(json("404 Not Found", "{\"kind\":\"Status\",\"code\":404,\"message\":\"not found\"}"));
        }
    }
};

ClusterSession::KindStatus statusOf(const ClusterSession& session, const ApiResource& resource)
{
    for (const ClusterSession::KindStatus& s : session.kindStatuses())
        if (s.resource == resource)
            return s;
    return {};
}

} // namespace

class TestClusterSessionKinds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindShowsItsOwnState()
    {
        FakeCluster api;
        ScriptedServer server([&](ScriptedConnection& c) { api.handle(c); });
        ConnectionConfig config;
        config.contextName = QStringLiteral("fake");
        config.userName = QStringLiteral("dev");
        config.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        Inventory inventory;
        ClusterSession session(config, &inventory);
        session.setOptionalRetryMs(700);
        QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
        QSignalSpy failed(&session, &ClusterSession::failed);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 15000);
        QVERIFY(failed.isEmpty()); // refused add-on kinds are no failure of the session
        QCOMPARE(session.state(), ClusterSession::State::Synced);

        using K = ClusterSession::KindState;
        QCOMPARE(statusOf(session, ApiResource::namespaces()).state, K::Live);
        QCOMPARE(statusOf(session, ApiResource::services()).state, K::Live);
        QCOMPARE(statusOf(session, ApiResource::pods()).state, K::Live);
        QCOMPARE(statusOf(session, ApiResource::pods()).objects, 3);
        QCOMPARE(statusOf(session, ApiResource::tlsSecrets()).state, K::Live);
        QVERIFY(api.secretsHadSelector.load()); // only kubernetes.io/tls secrets are asked for
        QCOMPARE(statusOf(session, ApiResource::certificates()).state, K::Live);
        QCOMPARE(statusOf(session, ApiResource::clusterIssuers()).state, K::Live);
        const auto policies = statusOf(session, ApiResource::networkPolicies());
        QCOMPARE(policies.state, K::Forbidden);
        QVERIFY2(policies.message.contains(QStringLiteral("cannot list resource \"networkpolicies\"")), qPrintable(policies.message));
        QCOMPARE(statusOf(session, ApiResource::issuers()).state, K::Forbidden);
        const auto slices = statusOf(session, ApiResource::endpointSlices());
        QCOMPARE(slices.state, K::Error);
        QVERIFY2(slices.message.contains(QStringLiteral("503")) || slices.message.contains(QStringLiteral("unable to handle")),
            qPrintable(slices.message));
        for (const ApiResource& absent : { ApiResource::gateways(), ApiResource::httpRoutes(), ApiResource::calicoIpPools(),
                 ApiResource::calicoNetworkPolicies(), ApiResource::calicoGlobalNetworkPolicies(), ApiResource::dnsEndpoints() })
            QCOMPARE(statusOf(session, absent).state, K::NotInstalled);
        QCOMPARE(ClusterSession::kindStateName(K::NotInstalled), QStringLiteral("not installed"));

        // What it may read is in the Inventory: the pods as one summary, the certificate.
        inventory.flush();
        const ResourcePtr pods = inventory.get(
            ResourceId::kube(QStringLiteral("fake"), ResourceKind::PodSummary, QStringLiteral("shop"), QStringLiteral("pods")));
        QVERIFY(pods);
        QCOMPARE(pods->as<PodSummaryDetails>()->total, 3);
        QCOMPARE(pods->as<PodSummaryDetails>()->ready, 1);
        QCOMPARE(pods->as<PodSummaryDetails>()->pending, 1);
        QVERIFY(inventory.get(ResourceId::kube(
            QStringLiteral("fake"), ResourceKind::Certificate, QStringLiteral("shop"), QStringLiteral("shop-tls"))));
        QCOMPARE(inventory.byKind(ResourceKind::PodSummary).size(), 1);

        // A refused kind is asked again at its pace (700 ms here, a minute by default), not in a loop.
        const int before = api.policyLists.load();
        QTest::qWait(2500);
        const int after = api.policyLists.load();
        QVERIFY2(after - before >= 2 && after - before <= 4, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(statusOf(session, ApiResource::networkPolicies()).state, K::Forbidden);
        QCOMPARE(session.state(), ClusterSession::State::Synced);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestClusterSessionKinds)
#include "tst_clustersessionkinds.moc"
