#include "models/kube/WatchEvent.h"

#include <QTest>

using namespace Netloom::Kube;

// Lines as a Kubernetes API server streams them (recorded from a watch of ingresses).
class TestWatchEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void added()
    {
        const auto e = WatchEvent::parse(
            "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Ingress\",\"apiVersion\":\"networking.k8s.io/v1\","
            "\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\",\"uid\":\"u-1\",\"resourceVersion\":\"1042\"},"
            "\"spec\":{\"ingressClassName\":\"nginx\"}}}");
        QVERIFY(e);
        QCOMPARE(e->type, WatchEvent::Type::Added);
        QCOMPARE(e->resourceVersion, QStringLiteral("1042"));
        QCOMPARE(e->object.value(QStringLiteral("kind")).toString(), QStringLiteral("Ingress"));
    }

    void modifiedAndDeleted()
    {
        const auto m = WatchEvent::parse(
            "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"name\":\"web\",\"resourceVersion\":\"1043\"}}}");
        QVERIFY(m);
        QCOMPARE(m->type, WatchEvent::Type::Modified);
        const auto d = WatchEvent::parse(
            "{\"type\":\"DELETED\",\"object\":{\"metadata\":{\"name\":\"web\",\"resourceVersion\":\"1044\"}}}");
        QVERIFY(d);
        QCOMPARE(d->type, WatchEvent::Type::Deleted);
        QCOMPARE(d->resourceVersion, QStringLiteral("1044"));
    }

    void bookmark()
    {
        const auto b = WatchEvent::parse("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Ingress\",\"apiVersion\":"
                                         "\"networking.k8s.io/v1\",\"metadata\":{\"resourceVersion\":\"2001\","
                                         "\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}}}}");
        QVERIFY(b);
        QCOMPARE(b->type, WatchEvent::Type::Bookmark);
        QCOMPARE(b->resourceVersion, QStringLiteral("2001"));
    }

    void expiredError()
    {
        const auto e = WatchEvent::parse(
            "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
            "\"status\":\"Failure\",\"message\":\"too old resource version: 5 (1042)\",\"reason\":\"Expired\",\"code\":410}}");
        QVERIFY(e);
        QCOMPARE(e->type, WatchEvent::Type::Error);
        QCOMPARE(e->errorCode, 410);
        QCOMPARE(e->errorMessage, QStringLiteral("too old resource version: 5 (1042)"));
        QVERIFY(e->resourceVersion.isEmpty());
    }

    void malformed()
    {
        const auto bad = WatchEvent::parse("{\"type\":\"ADDED\",\"object\":{");
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("malformed watch event"));
        const auto unknown = WatchEvent::parse("{\"type\":\"SYNC\",\"object\":{}}");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("SYNC")));
        QCOMPARE(WatchEvent::typeName(WatchEvent::Type::Bookmark), QStringLiteral("BOOKMARK"));
    }
};

QTEST_GUILESS_MAIN(TestWatchEvent)
#include "tst_watchevent.moc"
