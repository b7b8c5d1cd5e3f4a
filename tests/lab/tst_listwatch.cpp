// List (pagination, selectors) and watch (replay, bookmarks, timeouts, expiry) semantics, plus the
// write verbs that feed them.
#include "tests/lab/LabFixture.h"

#include "app/lab/kube/ResourceCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <ctime>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

QString nameOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

QString keyOf(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    return metadata.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
        + metadata.value(QStringLiteral("name")).toString();
}

QString typeOf(const QJsonObject& event)
{
    return event.value(QStringLiteral("type")).toString();
}

QByteArray serviceJson(const QByteArray& name, const QByteArray& labels = "{}")
{
    return R"({"apiVersion":"v1","kind":"Service","metadata":{"name":")" + name + R"(","labels":)" + labels
        + R"(},"spec":{"selector":{"app":")" + name + R"("},"ports":[{"name":"http","port":80,"targetPort":8080}]}})";
}

QByteArray namespaceJson(const QByteArray& name, const QByteArray& labels = "{}")
{
    return R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":")" + name + R"(","labels":)" + labels + "}}";
}

// CPU time of this thread: the in-process server and the client share it, and unlike wall time it
// does not count the time other processes on a busy machine take.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QJsonObject bulkService(int index)
{
    const QString name = QStringLiteral("bulk-%1").arg(index, 6, 10, QLatin1Char('0'));
    return {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("kind"), QStringLiteral("Service") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), QStringLiteral("bulk") },
                { QStringLiteral("labels"), QJsonObject { { QStringLiteral("bulk"), QStringLiteral("yes") } } } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("ports"), QJsonArray { QJsonObject { { QStringLiteral("port"), 80 } } } } } }
    };
}

} // namespace

class TestListWatch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listHasKubernetesShape();
    void paginationWalksAllObjectsExactlyOnce_data();
    void paginationWalksAllObjectsExactlyOnce();
    void staleContinueTokenIsGone();
    void malformedContinueTokenIsBadRequest();
    void pageCostDoesNotGrowWithTheCollection();
    void selectorsFilterLists();
    void watchWithoutVersionStartsWithCurrentState();
    void watchFromVersionReplaysExactlyTheLaterEvents();
    void watchFromCompactedVersionGetsExpiredError();
    void bookmarksOnlyWhenAskedFor();
    void timeoutSecondsEndsStreamWithBookmark();
    void watchSelectorsTurnTransitionsIntoAddedAndDeleted();
    void createFillsServerFieldsAndAllocatesClusterIps();
    void createErrorsHaveKubernetesShapes();
    void dryRunDoesNotStore();
    void replaceChecksResourceVersionAndPatchMerges();
    void namespaceDeletionTerminatesThenRemovesContent();
    void dropWatchesHookCutsStreams();

private:
    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<TestHttpClient> m_client;
};

void TestListWatch::init()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
    m_client = m_lab->connect();
    QVERIFY(m_client);
}

void TestListWatch::cleanup()
{
    m_client.reset();
    m_lab.reset();
}

void TestListWatch::listHasKubernetesShape()
{
    const auto response = m_client->request("GET", "/api/v1/services");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const QJsonObject list = response->json();
    QCOMPARE(list.value(QStringLiteral("kind")).toString(), QStringLiteral("ServiceList"));
    QCOMPARE(list.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
    QCOMPARE(list.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString(),
        QString::number(m_lab->server().store().currentResourceVersion()));
    const QJsonArray items = list.value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() > 15);
    bool sawController = false;
    for (const QJsonValue& item : items) {
        if (nameOf(item.toObject()) != QLatin1String("ingress-nginx-controller"))
            continue;
        sawController = true;
        const QJsonObject service = item.toObject();
        QCOMPARE(service.value(QStringLiteral("spec")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("LoadBalancer"));
        QCOMPARE(service.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("loadBalancer"))
                     .toObject()
                     .value(QStringLiteral("ingress"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ip"))
                     .toString(),
            QStringLiteral("203.0.113.10"));
    }
    QVERIFY(sawController);
}

void TestListWatch::paginationWalksAllObjectsExactlyOnce_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("limit");
    QTest::newRow("services across namespaces, 1") << QByteArray("/api/v1/services") << 1;
    QTest::newRow("services across namespaces, 4") << QByteArray("/api/v1/services") << 4;
    QTest::newRow("namespaces, 3") << QByteArray("/api/v1/namespaces") << 3;
    QTest::newRow("ingresses, 2") << QByteArray("/apis/networking.k8s.io/v1/ingresses") << 2;
    QTest::newRow("services in shop, 2") << QByteArray("/api/v1/namespaces/shop/services") << 2;
    QTest::newRow("selector, 1") << QByteArray("/api/v1/services?labelSelector=tier%20in%20(backend,cache)") << 1;
}

void TestListWatch::paginationWalksAllObjectsExactlyOnce()
{
    QFETCH(QByteArray, path);
    QFETCH(int, limit);
    const auto full = m_client->request("GET", path);
    QVERIFY(full);
    QStringList expected;
    for (const QJsonValue& item : full->json().value(QStringLiteral("items")).toArray())
        expected.append(keyOf(item.toObject()));
    QVERIFY(!expected.isEmpty());

    QStringList walked;
    QString token;
    int pages = 0;
    const QByteArray separator = path.contains('?') ? "&" : "?";
    do {
        QByteArray target = path + separator + "limit=" + QByteArray::number(limit);
        if (!token.isEmpty())
            target += "&continue=" + QUrl::toPercentEncoding(token);
        const auto page = m_client->request("GET", target);
        QVERIFY(page);
        QCOMPARE(page->status, 200);
        const QJsonObject list = page->json();
        const QJsonArray items = list.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= limit);
        for (const QJsonValue& item : items)
            walked.append(keyOf(item.toObject()));
        token = list.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
        QVERIFY(++pages <= expected.size() + 1);
    } while (!token.isEmpty());
    QCOMPARE(walked, expected);
    QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size());
}

void TestListWatch::staleContinueTokenIsGone()
{
    m_lab->server().store().setHistoryLimit(5);
    const auto page = m_client->request("GET", "/api/v1/namespaces?limit=2");
    QVERIFY(page);
    const QString token
        = page->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
    QVERIFY(!token.isEmpty());
    // Fresh token still works.
    const auto next = m_client->request("GET", "/api/v1/namespaces?limit=2&continue=" + QUrl::toPercentEncoding(token));
    QVERIFY(next);
    QCOMPARE(next->status, 200);
    for (int i = 0; i < 8; ++i) {
        const auto created
            = m_client->request("POST", "/api/v1/namespaces", namespaceJson("churn-" + QByteArray::number(i)));
        QVERIFY(created);
        QCOMPARE(created->status, 201);
    }
    const auto stale
        = m_client->request("GET", "/api/v1/namespaces?limit=2&continue=" + QUrl::toPercentEncoding(token));
    QVERIFY(stale);
    QCOMPARE(stale->status, 410);
    const QJsonObject status = stale->json();
    QCOMPARE(status.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("Expired"));
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), 410);
    QVERIFY(
        status.value(QStringLiteral("message")).toString().contains(QStringLiteral("continue parameter is too old")));
}

void TestListWatch::malformedContinueTokenIsBadRequest()
{
    const auto response = m_client->request("GET", "/api/v1/namespaces?limit=2&continue=not-a-token");
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->json().value(QStringLiteral("reason")).toString(), QStringLiteral("BadRequest"));
}

void TestListWatch::pageCostDoesNotGrowWithTheCollection()
{
    // The cost of one page from the middle of the collection, plain and with a selector that most
    // objects match, at 400 and at 40,000 services. Serving must cost in proportion to the page (and
    // the log of the collection), so 100 times the objects may not cost several times as much.
    // Ratios of the best of several runs, so the figure does not depend on the machine's speed.
    ObjectStore& store = m_lab->server().store();
    const ResourceKind& services
        = *ResourceCatalog::instance().find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
    int added = 0;
    auto grow = [&](int total) {
        for (; added < total; ++added)
            store.add(services, bulkService(added));
    };
    auto bestPageNs = [this, &added](const QByteArray& query) {
        // The continue token after the first half of the bulk services: the page starts in the middle.
        const auto half = m_client->request(
            "GET", "/api/v1/namespaces/bulk/services?limit=" + QByteArray::number(added / 2), {}, {}, 60000);
        const QString token = half
            ? half->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString()
            : QString();
        const QByteArray target = "/api/v1/services?limit=50" + query + "&continue=" + QUrl::toPercentEncoding(token);
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 15; ++run) {
            const qint64 start = threadCpuNs();
            const auto page = m_client->request("GET", target, {}, {}, 60000);
            const qint64 spent = threadCpuNs() - start;
            if (!page || page->status != 200 || page->json().value(QStringLiteral("items")).toArray().size() != 50)
                return qint64(-1);
            best = qMin(best, spent);
        }
        return best;
    };
    grow(400);
    const qint64 smallPlain = bestPageNs({});
    const qint64 smallSelected = bestPageNs("&labelSelector=bulk");
    grow(40000);
    const qint64 largePlain = bestPageNs({});
    const qint64 largeSelected = bestPageNs("&labelSelector=bulk");
    QVERIFY(smallPlain > 0 && smallSelected > 0 && largePlain > 0 && largeSelected > 0);
    const QString figures = QStringLiteral("page of 50: %1 us at 400, %2 us at 40,000; selected: %3 us, %4 us")
                                .arg(smallPlain / 1000)
                                .arg(largePlain / 1000)
                                .arg(smallSelected / 1000)
                                .arg(largeSelected / 1000);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(largePlain < 4 * smallPlain, qPrintable(figures));
    QVERIFY2(largeSelected < 4 * smallSelected, qPrintable(figures));
}

void TestListWatch::selectorsFilterLists()
{
    auto names = [this](const QByteArray& target) {
        QStringList result;
        const auto response = m_client->request("GET", target);
        for (const QJsonValue& item :
            response ? response->json().value(QStringLiteral("items")).toArray() : QJsonArray())
            result.append(nameOf(item.toObject()));
        return result;
    };
    QCOMPARE(names("/api/v1/namespaces?labelSelector=team%3Dpayments"), QStringList { QStringLiteral("payments") });
    QCOMPARE(names("/api/v1/namespaces?labelSelector=team==payments"), QStringList { QStringLiteral("payments") });
    QCOMPARE(names("/api/v1/namespaces?fieldSelector=metadata.name%3Dshop"), QStringList { QStringLiteral("shop") });
    QCOMPARE(names("/api/v1/services?fieldSelector=metadata.namespace%3Dpayments,metadata.name!%3Dpsp-gateway"),
        (QStringList { QStringLiteral("fraud-check"), QStringLiteral("payments-api") }));
    QCOMPARE(names("/api/v1/namespaces/shop/services?labelSelector=tier%3Dbackend,app!%3Dcart"),
        (QStringList { QStringLiteral("catalog"), QStringLiteral("checkout") }));
    QVERIFY(names("/api/v1/namespaces?labelSelector=!team").contains(QStringLiteral("default")));
    QVERIFY(!names("/api/v1/namespaces?labelSelector=!team").contains(QStringLiteral("shop")));
    const auto bad = m_client->request("GET", "/api/v1/namespaces?fieldSelector=spec.flavour%3Dx");
    QVERIFY(bad);
    QCOMPARE(bad->status, 400);
    QCOMPARE(bad->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("field label not supported: spec.flavour"));

    // A kind's own field selectors: a Secret's type (how the console lists TLS secrets).
    const auto plain = m_client->request("POST", "/api/v1/namespaces/identity/secrets",
        R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"plain"},"stringData":{"password":"s3cret"}})");
    QVERIFY(plain && plain->status == 201);
    const auto tls = m_client->request("POST", "/api/v1/namespaces/identity/secrets",
        R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"web-tls"},"type":"kubernetes.io/tls",)"
        R"("data":{"tls.crt":"Y2VydA==","tls.key":"a2V5"}})");
    QVERIFY(tls && tls->status == 201);
    QCOMPARE(names("/api/v1/namespaces/identity/secrets?fieldSelector=type%3Dkubernetes.io/tls"),
        QStringList { QStringLiteral("web-tls") });
    QCOMPARE(names("/api/v1/namespaces/identity/secrets?fieldSelector=type!%3Dkubernetes.io/tls"),
        QStringList { QStringLiteral("plain") });
    QVERIFY(names("/api/v1/secrets?fieldSelector=type%3Dkubernetes.io/tls").contains(QStringLiteral("web-tls")));
    QVERIFY(!names("/api/v1/secrets?fieldSelector=type%3Dkubernetes.io/tls").contains(QStringLiteral("plain")));
    QCOMPARE(names("/api/v1/namespaces?fieldSelector=status.phase%3DActive,metadata.name%3Dshop"),
        QStringList { QStringLiteral("shop") });
    // ...which other kinds do not have.
    const auto notForServices = m_client->request("GET", "/api/v1/services?fieldSelector=type%3DClusterIP");
    QVERIFY(notForServices);
    QCOMPARE(notForServices->status, 400);
}

void TestListWatch::watchWithoutVersionStartsWithCurrentState()
{
    auto watcher = m_lab->connect();
    QVERIFY(watcher);
    watcher->sendRequest("GET", "/api/v1/namespaces/shop/services?watch=true");
    const int existing = static_cast<int>(
        m_lab->server()
            .store()
            .list(*ResourceCatalog::instance().find(QString(), QStringLiteral("v1"), QStringLiteral("services")),
                QStringLiteral("shop"))
            .size());
    QVERIFY(watcher->waitForEvents(existing));
    const QList<QJsonObject> initial = watcher->takeEvents();
    QCOMPARE(initial.size(), existing);
    for (const QJsonObject& event : initial)
        QCOMPARE(typeOf(event), QStringLiteral("ADDED"));
    const auto created = m_client->request("POST", "/api/v1/namespaces/shop/services", serviceJson("live"));
    QVERIFY(created);
    QVERIFY(watcher->waitForEvents(1));
    const QList<QJsonObject> live = watcher->takeEvents();
    QCOMPARE(live.size(), 1);
    QCOMPARE(typeOf(live[0]), QStringLiteral("ADDED"));
    QCOMPARE(nameOf(live[0].value(QStringLiteral("object")).toObject()), QStringLiteral("live"));
    // A service in another namespace does not reach a namespaced watch.
    QVERIFY(m_client->request("POST", "/api/v1/namespaces/payments/services", serviceJson("elsewhere")));
    QVERIFY(!watcher->waitForEvents(1, 300));
}

void TestListWatch::watchFromVersionReplaysExactlyTheLaterEvents()
{
    const qint64 before = m_lab->server().store().currentResourceVersion();
    QVERIFY(m_client->request("POST", "/api/v1/namespaces/shop/services", serviceJson("first")));
    const qint64 middle = m_lab->server().store().currentResourceVersion();
    QVERIFY(m_client->request("POST", "/api/v1/namespaces/shop/services", serviceJson("second")));
    QVERIFY(m_client->request("POST", "/api/v1/namespaces", namespaceJson("unrelated")));
    const auto deleted = m_client->request("DELETE", "/api/v1/namespaces/shop/services/first");
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 200);

    auto replay = [this](qint64 from) {
        auto watcher = m_lab->connect();
        watcher->sendRequest("GET", "/api/v1/services?watch=1&resourceVersion=" + QByteArray::number(from));
        watcher->waitForEvents(100, 500); // collect whatever arrives in half a second
        QStringList seen;
        qint64 last = from;
        for (const QJsonObject& event : watcher->takeEvents()) {
            const QJsonObject object = event.value(QStringLiteral("object")).toObject();
            const qint64 version = object.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("resourceVersion"))
                                       .toString()
                                       .toLongLong();
            if (version <= last)
                seen.append(QStringLiteral("out of order"));
            last = version;
            seen.append(typeOf(event) + QLatin1Char(' ') + nameOf(object));
        }
        return seen;
    };
    QCOMPARE(replay(before),
        (QStringList {
            QStringLiteral("ADDED first"), QStringLiteral("ADDED second"), QStringLiteral("DELETED first") }));
    QCOMPARE(replay(middle), (QStringList { QStringLiteral("ADDED second"), QStringLiteral("DELETED first") }));
    QCOMPARE(replay(m_lab->server().store().currentResourceVersion()), QStringList());
}

void TestListWatch::watchFromCompactedVersionGetsExpiredError()
{
    const qint64 old = m_lab->server().store().currentResourceVersion();
    m_lab->server().store().setHistoryLimit(3);
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_client->request("POST", "/api/v1/namespaces", namespaceJson("compact-" + QByteArray::number(i))));
    auto watcher = m_lab->connect();
    watcher->sendRequest("GET", "/api/v1/namespaces?watch=true&resourceVersion=" + QByteArray::number(old));
    const auto head = watcher->waitForStreamHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(watcher->waitForStreamEnd());
    const QList<QJsonObject> events = watcher->takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(typeOf(events[0]), QStringLiteral("ERROR"));
    const QJsonObject status = events[0].value(QStringLiteral("object")).toObject();
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), 410);
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("Expired"));
    QVERIFY(
        status.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("too old resource version: ")));
}

void TestListWatch::bookmarksOnlyWhenAskedFor()
{
    m_lab->server().setBookmarkIntervalMs(100);
    const QByteArray from = QByteArray::number(m_lab->server().store().currentResourceVersion());
    auto plain = m_lab->connect();
    auto bookmarked = m_lab->connect();
    plain->sendRequest("GET", "/api/v1/namespaces?watch=true&resourceVersion=" + from);
    bookmarked->sendRequest("GET", "/api/v1/namespaces?watch=true&allowWatchBookmarks=true&resourceVersion=" + from);
    QVERIFY(bookmarked->waitForEvents(3, 3000));
    QVERIFY(m_client->request("POST", "/api/v1/namespaces", namespaceJson("marked")));
    const QString expectedVersion = QString::number(m_lab->server().store().currentResourceVersion());
    bool sawNewVersion = false;
    QVERIFY(bookmarked->waitFor(
        [&] {
            for (const QJsonObject& event : bookmarked->takeEvents()) {
                if (typeOf(event) != QLatin1String("BOOKMARK"))
                    continue;
                const QJsonObject object = event.value(QStringLiteral("object")).toObject();
                if (object.value(QStringLiteral("kind")).toString() != QLatin1String("Namespace"))
                    return false;
                sawNewVersion = sawNewVersion
                    || object.value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("resourceVersion"))
                            .toString()
                        == expectedVersion;
            }
            return sawNewVersion;
        },
        3000));
    const QList<QJsonObject> plainEvents = plain->takeEvents();
    QCOMPARE(plainEvents.size(), 1);
    QCOMPARE(typeOf(plainEvents[0]), QStringLiteral("ADDED"));
}

void TestListWatch::timeoutSecondsEndsStreamWithBookmark()
{
    auto watcher = m_lab->connect();
    QElapsedTimer clock;
    clock.start();
    watcher->sendRequest("GET",
        "/apis/networking.k8s.io/v1/ingresses?watch=true&allowWatchBookmarks=true&timeoutSeconds=1&resourceVersion="
            + QByteArray::number(m_lab->server().store().currentResourceVersion()));
    QVERIFY(watcher->waitForStreamEnd(5000));
    QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    const QList<QJsonObject> events = watcher->takeEvents();
    QVERIFY(!events.isEmpty());
    QCOMPARE(typeOf(events.last()), QStringLiteral("BOOKMARK"));
    QCOMPARE(events.last().value(QStringLiteral("object")).toObject().value(QStringLiteral("apiVersion")).toString(),
        QStringLiteral("networking.k8s.io/v1"));
    QCOMPARE(m_lab->server().openWatchCount(), 0);
}

void TestListWatch::watchSelectorsTurnTransitionsIntoAddedAndDeleted()
{
    auto watcher = m_lab->connect();
    watcher->sendRequest("GET",
        "/api/v1/namespaces?watch=true&labelSelector=stage%3Dlive&resourceVersion="
            + QByteArray::number(m_lab->server().store().currentResourceVersion()));
    QVERIFY(watcher->waitForStreamHead());
    QVERIFY(m_client->request("POST", "/api/v1/namespaces", namespaceJson("quiet")));
    QVERIFY(m_client->request("POST", "/api/v1/namespaces", namespaceJson("loud", R"({"stage":"live"})")));
    const QList<QPair<QByteArray, QByteArray>> merge { { "Content-Type", "application/merge-patch+json" } };
    const auto promoted
        = m_client->request("PATCH", "/api/v1/namespaces/quiet", R"({"metadata":{"labels":{"stage":"live"}}})", merge);
    QVERIFY(promoted);
    QCOMPARE(promoted->status, 200);
    QVERIFY(m_client->request("PATCH", "/api/v1/namespaces/loud", R"({"metadata":{"labels":{"stage":null}}})", merge));
    QVERIFY(watcher->waitForEvents(3));
    QStringList seen;
    for (const QJsonObject& event : watcher->takeEvents())
        seen.append(typeOf(event) + QLatin1Char(' ') + nameOf(event.value(QStringLiteral("object")).toObject()));
    QCOMPARE(seen,
        (QStringList { QStringLiteral("ADDED loud"), QStringLiteral("ADDED quiet"), QStringLiteral("DELETED loud") }));
}

void TestListWatch::createFillsServerFieldsAndAllocatesClusterIps()
{
    const auto first = m_client->request("POST", "/api/v1/namespaces/shop/services", serviceJson("alpha"));
    const auto second = m_client->request("POST", "/api/v1/namespaces/shop/services", serviceJson("beta"));
    QVERIFY(first && second);
    QCOMPARE(first->status, 201);
    const QJsonObject service = first->json();
    const QJsonObject metadata = service.value(QStringLiteral("metadata")).toObject();
    QVERIFY(!metadata.value(QStringLiteral("uid")).toString().isEmpty());
    QVERIFY(metadata.value(QStringLiteral("creationTimestamp")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(metadata.value(QStringLiteral("namespace")).toString(), QStringLiteral("shop"));
    QCOMPARE(metadata.value(QStringLiteral("resourceVersion")).toString().toLongLong() + 1,
        second->json()
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("resourceVersion"))
            .toString()
            .toLongLong());
    const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
    const QString ip = spec.value(QStringLiteral("clusterIP")).toString();
    const QStringList octets = ip.split(QLatin1Char('.'));
    QCOMPARE(octets.size(), 4);
    QCOMPARE(octets[0], QStringLiteral("10"));
    QVERIFY(octets[1].toInt() >= 96 && octets[1].toInt() <= 111);
    QCOMPARE(spec.value(QStringLiteral("clusterIPs")).toArray().at(0).toString(), ip);
    QCOMPARE(spec.value(QStringLiteral("type")).toString(), QStringLiteral("ClusterIP"));
    QCOMPARE(
        spec.value(QStringLiteral("ports")).toArray().at(0).toObject().value(QStringLiteral("protocol")).toString(),
        QStringLiteral("TCP"));
    QVERIFY(
        ip != second->json().value(QStringLiteral("spec")).toObject().value(QStringLiteral("clusterIP")).toString());

    const auto clash = m_client->request("POST", "/api/v1/namespaces/shop/services",
        R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"clash"},"spec":{"clusterIP":")" + ip.toUtf8()
            + R"(","ports":[{"port":80}]}})");
    QVERIFY(clash);
    QCOMPARE(clash->status, 422);
    QCOMPARE(clash->json().value(QStringLiteral("reason")).toString(), QStringLiteral("Invalid"));

    const auto ingress = m_client->request("GET", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses/storefront");
    QVERIFY(ingress);
    QCOMPARE(
        ingress->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 1);
}

void TestListWatch::createErrorsHaveKubernetesShapes()
{
    const auto duplicate = m_client->request("POST", "/api/v1/namespaces", namespaceJson("shop"));
    QVERIFY(duplicate);
    QCOMPARE(duplicate->status, 409);
    QCOMPARE(duplicate->json().value(QStringLiteral("reason")).toString(), QStringLiteral("AlreadyExists"));
    QCOMPARE(duplicate->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("namespaces \"shop\" already exists"));

    const auto noNamespace = m_client->request("POST", "/api/v1/namespaces/nowhere/services", serviceJson("lost"));
    QVERIFY(noNamespace);
    QCOMPARE(noNamespace->status, 404);
    QCOMPARE(noNamespace->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("namespaces \"nowhere\" not found"));

    const auto missing = m_client->request("GET", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses/nothing");
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    const QJsonObject status = missing->json();
    QCOMPARE(status.value(QStringLiteral("message")).toString(),
        QStringLiteral("ingresses.networking.k8s.io \"nothing\" not found"));
    QCOMPARE(status.value(QStringLiteral("details")).toObject().value(QStringLiteral("group")).toString(),
        QStringLiteral("networking.k8s.io"));
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failure"));

    const auto wrongMethod = m_client->request("POST", "/api/v1/services", serviceJson("x"));
    QVERIFY(wrongMethod);
    QCOMPARE(wrongMethod->status, 405);
    QCOMPARE(wrongMethod->json().value(QStringLiteral("reason")).toString(), QStringLiteral("MethodNotAllowed"));

    const auto badName = m_client->request("POST", "/api/v1/namespaces", namespaceJson("Not_Valid"));
    QVERIFY(badName);
    QCOMPARE(badName->status, 422);

    const auto notJson = m_client->request("POST", "/api/v1/namespaces", "{not json");
    QVERIFY(notJson);
    QCOMPARE(notJson->status, 400);
    QCOMPARE(notJson->json().value(QStringLiteral("reason")).toString(), QStringLiteral("BadRequest"));
}

void TestListWatch::dryRunDoesNotStore()
{
    const qint64 before = m_lab->server().store().currentResourceVersion();
    const auto created = m_client->request("POST", "/api/v1/namespaces?dryRun=All", namespaceJson("phantom"));
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    QCOMPARE(nameOf(created->json()), QStringLiteral("phantom"));
    QCOMPARE(m_lab->server().store().currentResourceVersion(), before);
    const auto get = m_client->request("GET", "/api/v1/namespaces/phantom");
    QVERIFY(get);
    QCOMPARE(get->status, 404);
    const auto deleted = m_client->request("DELETE", "/api/v1/namespaces/shop/services/cart?dryRun=All");
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 200);
    QVERIFY(m_client->request("GET", "/api/v1/namespaces/shop/services/cart")->status == 200);
}

void TestListWatch::replaceChecksResourceVersionAndPatchMerges()
{
    const auto current = m_client->request("GET", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses/storefront");
    QVERIFY(current);
    QJsonObject ingress = current->json();
    QJsonObject metadata = ingress.value(QStringLiteral("metadata")).toObject();
    const QString version = metadata.value(QStringLiteral("resourceVersion")).toString();
    metadata.insert(QStringLiteral("resourceVersion"), QStringLiteral("1"));
    ingress.insert(QStringLiteral("metadata"), metadata);
    const auto conflict = m_client->request("PUT", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses/storefront",
        QJsonDocument(ingress).toJson(QJsonDocument::Compact));
    QVERIFY(conflict);
    QCOMPARE(conflict->status, 409);
    QCOMPARE(conflict->json().value(QStringLiteral("reason")).toString(), QStringLiteral("Conflict"));

    metadata.insert(QStringLiteral("resourceVersion"), version);
    ingress.insert(QStringLiteral("metadata"), metadata);
    QJsonObject spec = ingress.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("ingressClassName"), QStringLiteral("nginx-internal"));
    ingress.insert(QStringLiteral("spec"), spec);
    const auto replaced = m_client->request("PUT", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses/storefront",
        QJsonDocument(ingress).toJson(QJsonDocument::Compact));
    QVERIFY(replaced);
    QCOMPARE(replaced->status, 200);
    QCOMPARE(
        replaced->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 2);

    const auto patched = m_client->request("PATCH", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses/storefront",
        R"({"metadata":{"annotations":{"netloom.io/reviewed":"yes"}}})",
        { { "Content-Type", "application/merge-patch+json" } });
    QVERIFY(patched);
    QCOMPARE(patched->status, 200);
    const QJsonObject annotations
        = patched->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
    QCOMPARE(annotations.value(QStringLiteral("netloom.io/reviewed")).toString(), QStringLiteral("yes"));
    QCOMPARE(annotations.value(QStringLiteral("cert-manager.io/cluster-issuer")).toString(),
        QStringLiteral("letsencrypt-prod"));
    const auto jsonPatch = m_client->request(
        "PATCH", "/api/v1/namespaces/shop", "[]", { { "Content-Type", "application/json-patch+json" } });
    QVERIFY(jsonPatch);
    QCOMPARE(jsonPatch->status, 415);
}

void TestListWatch::namespaceDeletionTerminatesThenRemovesContent()
{
    m_lab->server().setNamespaceTerminationDelayMs(100);
    auto watcher = m_lab->connect();
    watcher->sendRequest("GET",
        "/api/v1/services?watch=true&resourceVersion="
            + QByteArray::number(m_lab->server().store().currentResourceVersion()));
    QVERIFY(watcher->waitForStreamHead());
    const auto deleted = m_client->request("DELETE", "/api/v1/namespaces/payments");
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 200);
    QCOMPARE(deleted->json().value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
        QStringLiteral("Terminating"));
    const auto blocked = m_client->request("POST", "/api/v1/namespaces/payments/services", serviceJson("late"));
    QVERIFY(blocked);
    QCOMPARE(blocked->status, 403);
    QVERIFY(watcher->waitForEvents(3, 3000));
    for (const QJsonObject& event : watcher->takeEvents())
        QCOMPARE(typeOf(event), QStringLiteral("DELETED"));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->request("GET", "/api/v1/namespaces/payments")->status, 404, 3000);
    const auto forbidden = m_client->request("DELETE", "/api/v1/namespaces/kube-system");
    QVERIFY(forbidden);
    QCOMPARE(forbidden->status, 403);
}

void TestListWatch::dropWatchesHookCutsStreams()
{
    auto first = m_lab->connect();
    auto second = m_lab->connect();
    first->sendRequest("GET", "/api/v1/namespaces?watch=true");
    second->sendRequest("GET", "/api/v1/services?watch=true");
    QVERIFY(first->waitForStreamHead() && second->waitForStreamHead());
    QTRY_COMPARE_WITH_TIMEOUT(m_lab->server().openWatchCount(), 2, 3000);
    const auto dropped = m_client->request("POST", "/lab/v1/drop-watches");
    QVERIFY(dropped);
    QCOMPARE(dropped->status, 200);
    QCOMPARE(dropped->json().value(QStringLiteral("dropped")).toInt(), 2);
    QVERIFY(first->waitForDisconnected());
    QVERIFY(second->waitForDisconnected());
    QVERIFY(!first->streamEnded()); // cut abruptly, no zero-length chunk
    QCOMPARE(m_lab->server().openWatchCount(), 0);
}

QTEST_GUILESS_MAIN(TestListWatch)
#include "tst_listwatch.moc"
