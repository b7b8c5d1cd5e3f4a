// ObjectStore's ordered index and list pages: key order across and within namespaces, remaining
// counts from ranks, and a cost in proportion to what a page reads (counted through the filter,
// which sees every object the page reads).
#include "app/lab/kube/ObjectStore.h"
#include "app/lab/kube/ResourceCatalog.h"

#include <QJsonArray>
#include <QtTest>

using namespace Netloom::Lab;

namespace {

const ResourceKind& services()
{
    return *ResourceCatalog::instance().find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
}

QJsonObject service(const QString& nameSpace, const QString& name, const QString& tier = QStringLiteral("web"))
{
    return { { QStringLiteral("metadata"),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), nameSpace },
            { QStringLiteral("labels"), QJsonObject { { QStringLiteral("tier"), tier } } } } } };
}

QString keyOf(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    return metadata.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
        + metadata.value(QStringLiteral("name")).toString();
}

QStringList keysOf(const QList<QJsonObject>& objects)
{
    QStringList keys;
    for (const QJsonObject& object : objects)
        keys.append(keyOf(object));
    return keys;
}

} // namespace

class TestObjectStore final : public QObject
{
    Q_OBJECT

private slots:
    void pagesWalkEveryObjectOnceWithRemainingCounts_data();
    void pagesWalkEveryObjectOnceWithRemainingCounts();
    void namespaceRangeExcludesSimilarNames();
    void pageReadsOnlyThePage();
    void filteredPageReadsUntilItIsFull();
    void continuesAfterADeletedKey();
    void replaceAndRemoveKeepTheIndex();
    void stateRoundTripKeepsOrder();
};

void TestObjectStore::pagesWalkEveryObjectOnceWithRemainingCounts_data()
{
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<int>("limit");
    QTest::newRow("all, 1") << QString() << 1;
    QTest::newRow("all, 7") << QString() << 7;
    QTest::newRow("all, exactly all") << QString() << 60;
    QTest::newRow("one namespace, 4") << QStringLiteral("team-b") << 4;
    QTest::newRow("one namespace, 20") << QStringLiteral("team-b") << 20;
}

void TestObjectStore::pagesWalkEveryObjectOnceWithRemainingCounts()
{
    QFETCH(QString, nameSpace);
    QFETCH(int, limit);
    ObjectStore store;
    QStringList expected;
    // Added out of order: the index sorts.
    for (const QString& ns : { QStringLiteral("team-c"), QStringLiteral("team-a"), QStringLiteral("team-b") }) {
        for (int i = 19; i >= 0; --i) {
            const QString name = QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'));
            store.add(services(), service(ns, name));
            if (nameSpace.isEmpty() || ns == nameSpace)
                expected.append(ns + QLatin1Char('/') + name);
        }
    }
    std::sort(expected.begin(), expected.end());
    QStringList walked;
    QString after;
    for (int pages = 0; pages <= expected.size(); ++pages) {
        const ObjectStore::Page page = store.page(services(), nameSpace, after, limit);
        walked += keysOf(page.items);
        QVERIFY(page.items.size() <= limit);
        if (!page.more) {
            QVERIFY(!page.remaining || *page.remaining == 0);
            break;
        }
        QVERIFY(page.remaining);
        QCOMPARE(*page.remaining, qint64(expected.size() - walked.size()));
        QCOMPARE(page.lastKey, walked.last());
        after = page.lastKey;
    }
    QCOMPARE(walked, expected);
    QCOMPARE(keysOf(store.list(services(), nameSpace)), expected);
}

void TestObjectStore::namespaceRangeExcludesSimilarNames()
{
    ObjectStore store;
    // '-' sorts before '/', '0' right after it, 'b' far after: none of them is in namespace "a".
    for (const QString& ns : { QStringLiteral("a-b"), QStringLiteral("a"), QStringLiteral("a0"), QStringLiteral("ab") })
        store.add(services(), service(ns, QStringLiteral("x")));
    QCOMPARE(keysOf(store.list(services(), QStringLiteral("a"))), QStringList { QStringLiteral("a/x") });
    QCOMPARE(keysOf(store.list(services(), QStringLiteral("a0"))), QStringList { QStringLiteral("a0/x") });
    const ObjectStore::Page page = store.page(services(), QStringLiteral("a"), QString(), 1);
    QVERIFY(!page.more);
    QCOMPARE(keysOf(store.list(services())),
        (QStringList {
            QStringLiteral("a-b/x"), QStringLiteral("a/x"), QStringLiteral("a0/x"), QStringLiteral("ab/x") }));
}

void TestObjectStore::pageReadsOnlyThePage()
{
    ObjectStore store;
    for (int i = 0; i < 20000; ++i)
        store.add(services(), service(QStringLiteral("ns"), QStringLiteral("svc-%1").arg(i, 5, 10, QLatin1Char('0'))));
    int reads = 0;
    const auto counting = [&reads](const QJsonObject&) {
        ++reads;
        return true;
    };
    const ObjectStore::Page page = store.page(services(), QString(), QStringLiteral("ns/svc-10000"), 500, counting);
    QCOMPARE(page.items.size(), 500);
    QCOMPARE(keyOf(page.items.first()), QStringLiteral("ns/svc-10001"));
    QCOMPARE(page.lastKey, QStringLiteral("ns/svc-10500"));
    QVERIFY(page.more);
    // The page only: not the 10,000 objects before it, nor the 9,499 after it.
    QCOMPARE(reads, 500);
    const ObjectStore::Page plain = store.page(services(), QString(), QStringLiteral("ns/svc-10000"), 500);
    QCOMPARE(plain.remaining, std::optional<qint64>(9499));
}

void TestObjectStore::filteredPageReadsUntilItIsFull()
{
    ObjectStore store;
    for (int i = 0; i < 4000; ++i)
        store.add(services(),
            service(QStringLiteral("ns"), QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0')),
                i % 4 == 3 ? QStringLiteral("cache") : QStringLiteral("web")));
    int reads = 0;
    const auto cacheOnly = [&reads](const QJsonObject& object) {
        ++reads;
        return object.value(QStringLiteral("metadata"))
                   .toObject()
                   .value(QStringLiteral("labels"))
                   .toObject()
                   .value(QStringLiteral("tier"))
            == QLatin1String("cache");
    };
    const ObjectStore::Page page = store.page(services(), QString(), QString(), 100, cacheOnly);
    QCOMPARE(page.items.size(), 100);
    QCOMPARE(page.lastKey, QStringLiteral("ns/svc-0399"));
    QCOMPARE(reads, 400);
    QVERIFY(page.more);
    QVERIFY(!page.remaining);
    // The last match is the last object: nothing follows, however it would match.
    reads = 0;
    const ObjectStore::Page last = store.page(services(), QString(), QStringLiteral("ns/svc-3899"), 25, cacheOnly);
    QCOMPARE(last.items.size(), 25);
    QCOMPARE(last.lastKey, QStringLiteral("ns/svc-3999"));
    QVERIFY(!last.more);
    QCOMPARE(reads, 100);
}

void TestObjectStore::continuesAfterADeletedKey()
{
    ObjectStore store;
    for (const char* name : { "a", "b", "c", "d" })
        store.add(services(), service(QStringLiteral("ns"), QString::fromLatin1(name)));
    const ObjectStore::Page first = store.page(services(), QString(), QString(), 2);
    QCOMPARE(first.lastKey, QStringLiteral("ns/b"));
    QVERIFY(store.remove(services(), QStringLiteral("ns"), QStringLiteral("b")));
    const ObjectStore::Page second = store.page(services(), QString(), first.lastKey, 2);
    QCOMPARE(keysOf(second.items), (QStringList { QStringLiteral("ns/c"), QStringLiteral("ns/d") }));
    QVERIFY(!second.more);
}

void TestObjectStore::replaceAndRemoveKeepTheIndex()
{
    ObjectStore store;
    for (int i = 0; i < 10; ++i)
        store.add(services(), service(QStringLiteral("ns"), QStringLiteral("s%1").arg(i)));
    QJsonObject changed = service(QStringLiteral("ns"), QStringLiteral("s5"), QStringLiteral("cache"));
    store.replace(services(), changed);
    QVERIFY(store.remove(services(), QStringLiteral("ns"), QStringLiteral("s0")));
    QVERIFY(!store.remove(services(), QStringLiteral("ns"), QStringLiteral("s0")));
    QVERIFY(!store.contains(services(), QStringLiteral("ns"), QStringLiteral("s0")));
    QCOMPARE(store.list(services()).size(), 9);
    QCOMPARE(store.get(services(), QStringLiteral("ns"), QStringLiteral("s5"))
                 ->value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("labels"))
                 .toObject()
                 .value(QStringLiteral("tier"))
                 .toString(),
        QStringLiteral("cache"));
    const ObjectStore::Page page = store.page(services(), QString(), QString(), 3);
    QCOMPARE(page.remaining, std::optional<qint64>(6));
}

void TestObjectStore::stateRoundTripKeepsOrder()
{
    ObjectStore store;
    for (const char* name : { "z", "m", "a" })
        store.add(services(), service(QStringLiteral("ns"), QString::fromLatin1(name)));
    ObjectStore loaded;
    loaded.loadJson(store.toJson());
    QCOMPARE(keysOf(loaded.list(services())),
        (QStringList { QStringLiteral("ns/a"), QStringLiteral("ns/m"), QStringLiteral("ns/z") }));
    QCOMPARE(loaded.currentResourceVersion(), store.currentResourceVersion());
}

QTEST_GUILESS_MAIN(TestObjectStore)
#include "tst_objectstore.moc"
