// The Informer against a scripted API server (plain HTTP on loopback): what a real server does
// after the first sync that is not a lost connection (403 on a re-watch), and watch events that
// no server can send.

#include "models/kube/Informer.h"
#include "models/kube/KubeClient.h"
#include "tests/models/net/ScriptedConnection.h"
#include "tests/models/net/ScriptedServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace Netloom;
using namespace Netloom::Kube;
using Netloom::Net::Test::ScriptedConnection;
using Netloom::Net::Test::ScriptedServer;

namespace {

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

/// Services: a list of one; the first watch sends a malformed ADDED ({} as object), one without a
/// namespace, one good ADDED, and ends; every later watch is refused with 403, as a real server
/// does once RBAC took "watch services" away.
struct FakeApi
{
    std::atomic<int> watches { 0 };
    std::atomic<int> lists { 0 };
    std::atomic<bool> forbid { true }; // later watches: 403 while set, else an open stream

    void handle(ScriptedConnection& c)
    {
        for (QByteArray head = c.readRequest(); !head.isEmpty(); head = c.readRequest()) {
            const QByteArray target = head.split(' ').value(1);
            if (!target.startsWith("/api/v1/services")) {
                c.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                continue;
            }
            if (!target.contains("watch=1")) {
                ++lists;
                const QByteArray body
                    = "{\"kind\":\"ServiceList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"5\"},"
                      "\"items\":[{\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\",\"uid\":\"u1\","
                      "\"resourceVersion\":\"5\"}}]}";
                c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                continue;
            }
            if (++watches == 1) {
                c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                c.write(chunk("{\"type\":\"ADDED\",\"object\":{}}"
                              "\n"));
                c.write(
                    chunk("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"nons\",\"resourceVersion\":\"6\"}}}"
                          "\n"));
                c.write(chunk("{\"type\":\"ADDED\",\"object\":{\"kind\":\"Service\",\"apiVersion\":\"v1\",\"metadata\":"
                              "{\"name\":\"api\",\"namespace\":\"shop\",\"uid\":\"u2\",\"resourceVersion\":\"7\"}}}"
                              "\n"));
                c.write("0\r\n\r\n");
                continue;
            }
            if (!forbid) {
                c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                c.write(chunk("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Service\",\"metadata\":{"
                              "\"resourceVersion\":\"9\"}}}\n"));
                c.waitForPeerClose(20000);
                return;
            }
            const QByteArray status = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":"
                                      "\"Forbidden\",\"code\":403,"
                                      "\"message\":\"services is forbidden: User \\\"dev\\\" cannot watch resource "
                                      "\\\"services\\\" in API group \\\"\\\" at the cluster scope\"}";
            c.write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(status.size()) + "\r\n\r\n" + status);
        }
    }
};

} // namespace

class TestInformer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forbiddenAfterSyncIsDeniedNotALoop()
    {
        FakeApi api;
        ScriptedServer server([&](ScriptedConnection& c) { api.handle(c); });
        ConnectionConfig config;
        config.contextName = QStringLiteral("fake");
        config.userName = QStringLiteral("dev");
        config.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        KubeClient client(config);
        Informer informer(&client, ApiResource::services());
        QSignalSpy denied(&informer, &Informer::denied);
        QSignalSpy failed(&informer, &Informer::failed);
        informer.start();

        QTRY_VERIFY_WITH_TIMEOUT(informer.isDenied(), 10000);
        QVERIFY(failed.isEmpty()); // not the first sync: no failed()
        QCOMPARE(denied.count(), 1);
        const QString message = informer.deniedError().message;
        QVERIFY2(
            message.startsWith(QStringLiteral("forbidden: watch services: http://127.0.0.1:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot watch resource \"services\"")), qPrintable(message));
        QCOMPARE(KubeClient::httpStatusOf(informer.deniedError()), 403);
        QVERIFY(informer.isResuming());

        // The malformed events were skipped; the good one is in the cache.
        QStringList names;
        for (auto it = informer.objects().cbegin(); it != informer.objects().cend(); ++it)
            names << it.key().section(QLatin1Char('/'), 1);
        names.sort();
        QCOMPARE(names, QStringList({ QStringLiteral("api"), QStringLiteral("web") }));

        // No retry loop: the next try is a minute away.
        const int watches = api.watches.load();
        QCOMPARE(watches, 2);
        QTest::qWait(3000);
        QCOMPARE(api.watches.load(), watches);
        QCOMPARE(api.lists.load(), 1);
        QCOMPARE(denied.count(), 1);
        informer.stop();
    }

    void acceptedAgainResumes()
    {
        // RBAC repaired: the next try (a minute later; 700 ms here) is accepted and the informer resumes.
        FakeApi api;
        ScriptedServer server([&](ScriptedConnection& c) { api.handle(c); });
        ConnectionConfig config;
        config.contextName = QStringLiteral("fake");
        config.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        KubeClient client(config);
        Informer informer(&client, ApiResource::services());
        informer.setDeniedRetryMs(700);
        QSignalSpy resumed(&informer, &Informer::resumed);
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(informer.isDenied(), 10000);
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(400);
        QCOMPARE(api.watches.load(), 2); // not before the interval
        api.forbid = false;
        QTRY_VERIFY_WITH_TIMEOUT(!informer.isDenied() && !informer.isResuming(), 10000);
        QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(api.watches.load(), 3);
        QCOMPARE(resumed.count(), 1);
        QVERIFY(informer.deniedError().message.isEmpty());
        informer.stop();
    }
};

QTEST_GUILESS_MAIN(TestInformer)
#include "tst_informer.moc"
