// The lab serves everything on one thread: 50 open TLS watches must not slow lists and creates.
#include "tests/lab/LabFixture.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

class TestWatchLoad final : public QObject
{
    Q_OBJECT

private slots:
    void fiftyWatchesWhileListsAndCreatesStayPrompt();
};

void TestWatchLoad::fiftyWatchesWhileListsAndCreatesStayPrompt()
{
    LabFixture lab;
    QVERIFY2(lab.start(), qPrintable(lab.error()));
    lab.server().setBookmarkIntervalMs(200);
    const qint64 startVersion = lab.server().store().currentResourceVersion();

    constexpr int kWatches = 50;
    const QByteArray paths[] = { "/api/v1/namespaces", "/api/v1/services", "/apis/networking.k8s.io/v1/ingresses",
        "/api/v1/namespaces/shop/services", "/apis/networking.k8s.io/v1/ingressclasses" };
    std::vector<std::unique_ptr<TestHttpClient>> watchers;
    for (int i = 0; i < kWatches; ++i) {
        auto client = lab.connect();
        QVERIFY2(client, "TLS connection for a watch failed");
        client->sendRequest("GET",
            paths[i % 5] + "?watch=1&allowWatchBookmarks=true&resourceVersion=" + QByteArray::number(startVersion));
        watchers.push_back(std::move(client));
    }
    for (auto& watcher : watchers) {
        const auto head = watcher->waitForStreamHead();
        QVERIFY(head);
        QCOMPARE(head->status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(lab.server().openWatchCount(), kWatches, 5000);

    auto client = lab.connect();
    QVERIFY(client);
    std::vector<double> latencies;
    QElapsedTimer clock;
    for (int i = 0; i < 40; ++i) {
        QByteArray target;
        QByteArray body;
        QByteArray method = "GET";
        switch (i % 4) {
        case 0:
            target = "/api/v1/services";
            break;
        case 1:
            target = "/apis/networking.k8s.io/v1/ingresses?limit=3";
            break;
        case 2:
            method = "POST";
            target = "/api/v1/namespaces";
            body = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"load-)" + QByteArray::number(i)
                + R"("}})";
            break;
        default:
            method = "POST";
            target = "/api/v1/namespaces/shop/services";
            body = R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"load-)" + QByteArray::number(i)
                + R"("},"spec":{"ports":[{"port":80}]}})";
            break;
        }
        clock.restart();
        const auto response = client->request(method, target, body);
        latencies.push_back(clock.nsecsElapsed() / 1e6);
        QVERIFY2(response, qPrintable(QStringLiteral("request %1 unanswered").arg(i)));
        QVERIFY2(response->status == 200 || response->status == 201, response->body.constData());
    }
    std::sort(latencies.begin(), latencies.end());
    const double p50 = latencies[latencies.size() / 2];
    const double max = latencies.back();
    qInfo("50 open watches: %zu requests, latency p50 %.2f ms, max %.2f ms", latencies.size(), p50, max);
    QVERIFY2(max < 1000.0, qPrintable(QStringLiteral("max latency %1 ms").arg(max)));

    // Every change reached the watchers of its kind: 10 new namespaces for each namespace watcher.
    for (int i = 0; i < kWatches; i += 5) {
        int added = 0;
        const bool all = watchers[i]->waitFor(
            [&] {
                for (const QJsonObject& event : watchers[i]->takeEvents())
                    added += event.value(QStringLiteral("type")).toString() == QLatin1String("ADDED") ? 1 : 0;
                return added >= 10;
            },
            5000);
        QVERIFY2(all, qPrintable(QStringLiteral("namespace watcher %1 saw %2 of 10 ADDED events").arg(i).arg(added)));
        QCOMPARE(added, 10);
    }
    // ... and all of them are still open.
    QCOMPARE(lab.server().openWatchCount(), kWatches);
}

QTEST_GUILESS_MAIN(TestWatchLoad)
#include "tst_watchload.moc"
