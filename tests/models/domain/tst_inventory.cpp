#include "models/domain/Inventory.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Netloom::Domain;

namespace {

const QString kOrigin = QStringLiteral("kube:prod");

ResourceId idOf(const QString& name, ResourceKind kind = ResourceKind::Service, const QString& ns = QStringLiteral("web"))
{
    return ResourceId::kube(QStringLiteral("prod"), kind, ns, name);
}

// A resource with everything the indexes look at.
struct Spec
{
    QString name;
    ResourceKind kind = ResourceKind::Service;
    QString ns = QStringLiteral("web");
    QString origin = kOrigin;
    ResourceId parent;
    QMap<QString, QString> labels;
    QList<Relation> relations;
    QString version = QStringLiteral("1");
};

ResourcePtr make(const Spec& s)
{
    auto r = std::make_shared<Resource>();
    r->kind = s.kind;
    r->name = s.name;
    r->namespaceName = s.ns;
    r->origin = s.origin;
    r->id = ResourceId::kube(s.origin, s.kind, s.ns, s.name);
    r->parent = s.parent;
    r->labels = s.labels;
    r->relations = s.relations;
    r->resourceVersion = s.version;
    return r;
}

ResourcePtr make(const QString& name, const QString& version = QStringLiteral("1"))
{
    Spec s;
    s.name = name;
    s.origin = QStringLiteral("prod");
    s.version = version;
    return make(s);
}

QStringList ids(const QList<ResourcePtr>& list)
{
    QStringList out;
    for (const ResourcePtr& r : list)
        out.append(r ? r->id.toString() : QStringLiteral("<null>"));
    out.sort();
    return out;
}

QStringList bruteForce(const Inventory& inv, const std::function<bool(const Resource&)>& pred)
{
    QList<ResourcePtr> matching;
    for (const ResourcePtr& r : inv.all()) {
        if (pred(*r))
            matching.append(r);
    }
    return ids(matching);
}

ChangeBatch batchOf(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<ChangeBatch>();
}

} // namespace

class TestInventory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- store basics --------------------------------------------------------------------------

    void upsertThenGet()
    {
        Inventory inv;
        const ResourcePtr a = make(QStringLiteral("a"));
        QVERIFY(inv.upsert(a));
        QCOMPARE(inv.size(), 1);
        QVERIFY(inv.contains(a->id));
        QCOMPARE(inv.get(a->id), a);
        QCOMPARE(inv.get(idOf(QStringLiteral("missing"))), nullptr);
        const ResourcePtr a2 = make(QStringLiteral("a"), QStringLiteral("2"));
        QVERIFY(inv.upsert(a2));
        QCOMPARE(inv.size(), 1);
        QCOMPARE(inv.get(a->id), a2);
    }

    void invalidUpsertsAreIgnored()
    {
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        QTest::ignoreMessage(QtWarningMsg, "upsert ignored: null resource or null id");
        QVERIFY(!inv.upsert(ResourcePtr()));
        auto noId = std::make_shared<Resource>();
        QTest::ignoreMessage(QtWarningMsg, "upsert ignored: null resource or null id");
        QVERIFY(!inv.upsert(noId));
        auto mismatch = std::make_shared<Resource>(*make(QStringLiteral("m")));
        mismatch->details = VdcDetails {}; // a Service with VDC details
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has details of another kind")));
        QVERIFY(!inv.upsert(mismatch));
        QCOMPARE(inv.size(), 0);
        QVERIFY(!inv.hasPendingChanges());
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }

    void equalValueIsNoChange()
    {
        Inventory inv;
        inv.upsert(make(QStringLiteral("a")));
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        QVERIFY(!inv.upsert(make(QStringLiteral("a")))); // a new pointer, same value
        QVERIFY(!inv.hasPendingChanges());
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }

    void listUpsertCountsChanges()
    {
        Inventory inv;
        inv.upsert(make(QStringLiteral("a")));
        QCOMPARE(inv.upsert(QList<ResourcePtr> { make(QStringLiteral("a")), make(QStringLiteral("b")),
                                                 make(QStringLiteral("c")) }),
                 2);
        QCOMPARE(inv.size(), 3);
    }

    // --- batching ------------------------------------------------------------------------------

    void tenThousandUpsertsInOneTurnGiveOneBatch()
    {
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        for (int i = 0; i < 10000; ++i)
            inv.upsert(make(QString::number(i)));
        QCOMPARE(inv.size(), 10000); // reads are consistent before the batch is out
        QCOMPARE(spy.count(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(b.added.size(), 10000);
        QCOMPARE(b.updated.size(), 0);
        QCOMPARE(b.removed.size(), 0);
        QCOMPARE(b.mutationCount, 10000);
        QCOMPARE(b.added.first()->name, QStringLiteral("0")); // first-touch order
        QCOMPARE(b.added.last()->name, QStringLiteral("9999"));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
    }

    void tenThousandUpdatesInOneTurnGiveOneBatch()
    {
        Inventory inv;
        for (int i = 0; i < 10000; ++i)
            inv.upsert(make(QString::number(i)));
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        for (int i = 0; i < 10000; ++i)
            inv.upsert(make(QString::number(i), QStringLiteral("2")));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(b.updated.size(), 10000);
        QCOMPARE(b.updatedBefore.size(), 10000);
        QCOMPARE(b.added.size(), 0);
        QCOMPARE(b.removed.size(), 0);
        QCOMPARE(b.mutationCount, 10000);
        for (qsizetype i = 0; i < b.updated.size(); ++i) {
            QCOMPARE(b.updated.at(i)->resourceVersion, QStringLiteral("2"));
            QCOMPARE(b.updatedBefore.at(i)->resourceVersion, QStringLiteral("1"));
            QCOMPARE(b.updatedBefore.at(i)->id, b.updated.at(i)->id);
        }
    }

    void repeatedUpdatesOfOneIdCoalesce()
    {
        Inventory inv;
        inv.upsert(make(QStringLiteral("a")));
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        for (int v = 2; v <= 101; ++v)
            inv.upsert(make(QStringLiteral("a"), QString::number(v)));
        inv.flush();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(b.updated.size(), 1);
        QCOMPARE(b.updated.first()->resourceVersion, QStringLiteral("101"));
        QCOMPARE(b.updatedBefore.first()->resourceVersion, QStringLiteral("1"));
        QCOMPARE(b.mutationCount, 100);
    }

    void addThenUpdateIsAdded()
    {
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.upsert(make(QStringLiteral("a")));
        inv.upsert(make(QStringLiteral("a"), QStringLiteral("2")));
        inv.flush();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(b.added.size(), 1);
        QCOMPARE(b.added.first()->resourceVersion, QStringLiteral("2"));
        QVERIFY(b.updated.isEmpty());
        QVERIFY(b.removed.isEmpty());
        QCOMPARE(b.mutationCount, 2);
    }

    void addThenRemoveIsNothing()
    {
        Inventory inv;
        inv.upsert(make(QStringLiteral("keep")));
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.upsert(make(QStringLiteral("a")));
        QVERIFY(inv.remove(idOf(QStringLiteral("a"))));
        QVERIFY(!inv.contains(idOf(QStringLiteral("a"))));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0); // nothing net changed: no empty batch either

        inv.upsert(make(QStringLiteral("b")));
        inv.upsert(make(QStringLiteral("c")));
        inv.remove(idOf(QStringLiteral("b")));
        inv.flush();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(ids(b.added), QStringList { idOf(QStringLiteral("c")).toString() });
        QVERIFY(b.removed.isEmpty());
        QCOMPARE(b.mutationCount, 3);
    }

    void updateThenRemoveIsRemovedWithLastValue()
    {
        Inventory inv;
        inv.upsert(make(QStringLiteral("a")));
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.upsert(make(QStringLiteral("a"), QStringLiteral("2")));
        inv.remove(idOf(QStringLiteral("a")));
        inv.flush();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(b.removed.size(), 1);
        QCOMPARE(b.removed.first()->resourceVersion, QStringLiteral("2"));
        QVERIFY(b.added.isEmpty());
        QVERIFY(b.updated.isEmpty());
    }

    void removeThenAddIsUpdated()
    {
        Inventory inv;
        inv.upsert(make(QStringLiteral("a")));
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.remove(idOf(QStringLiteral("a")));
        inv.upsert(make(QStringLiteral("a"), QStringLiteral("7")));
        inv.flush();
        QCOMPARE(spy.count(), 1);
        const ChangeBatch b = batchOf(spy, 0);
        QCOMPARE(b.updated.size(), 1);
        QCOMPARE(b.updated.first()->resourceVersion, QStringLiteral("7"));
        QCOMPARE(b.updatedBefore.first()->resourceVersion, QStringLiteral("1"));
        QVERIFY(b.added.isEmpty());
        QVERIFY(b.removed.isEmpty());
    }

    void removeThenAddOfSameValueIsNothing()
    {
        Inventory inv;
        const ResourcePtr a = make(QStringLiteral("a"));
        inv.upsert(a);
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.remove(a->id);
        inv.upsert(a);
        inv.flush();
        QCOMPARE(spy.count(), 0);
    }

    void secondTurnGivesSecondBatch()
    {
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.upsert(make(QStringLiteral("a")));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        inv.upsert(make(QStringLiteral("b")));
        inv.remove(idOf(QStringLiteral("a")));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 2);
        const ChangeBatch second = batchOf(spy, 1);
        QCOMPARE(ids(second.added), QStringList { idOf(QStringLiteral("b")).toString() });
        QCOMPARE(ids(second.removed), QStringList { idOf(QStringLiteral("a")).toString() });
        QCOMPARE(second.mutationCount, 2);
    }

    void flushEmitsNowAndOnlyOnce()
    {
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.upsert(make(QStringLiteral("a")));
        QVERIFY(inv.hasPendingChanges());
        inv.flush();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!inv.hasPendingChanges());
        inv.flush();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        // a change after a manual flush is still delivered by the event loop
        inv.upsert(make(QStringLiteral("b")));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 2);
    }

    void mutationFromSlotGoesToNextBatch()
    {
        Inventory inv;
        QList<ChangeBatch> seen;
        connect(&inv, &Inventory::changed, this, [&](const ChangeBatch& b) {
            seen.append(b);
            if (seen.size() == 1)
                inv.upsert(make(QStringLiteral("from-slot")));
        });
        inv.upsert(make(QStringLiteral("a")));
        QCoreApplication::processEvents();
        QCOMPARE(seen.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(ids(seen.at(1).added), QStringList { idOf(QStringLiteral("from-slot")).toString() });
    }

    void queuedConnectionDeliversBatch()
    {
        Inventory inv;
        QList<ChangeBatch> seen;
        connect(&inv, &Inventory::changed, this, [&](const ChangeBatch& b) { seen.append(b); },
                Qt::QueuedConnection);
        inv.upsert(make(QStringLiteral("a")));
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.first().added.size(), 1);
    }

    void clearAndRemoveWhereAreBatchedRemovals()
    {
        Inventory inv;
        for (int i = 0; i < 10; ++i) {
            Spec s;
            s.name = QString::number(i);
            s.origin = i < 4 ? QStringLiteral("kube:a") : QStringLiteral("kube:b");
            inv.upsert(make(s));
        }
        inv.flush();
        QSignalSpy spy(&inv, &Inventory::changed);
        QCOMPARE(inv.removeWhere(QStringLiteral("kube:a")), 4);
        QCOMPARE(inv.removeWhere(QStringLiteral("kube:none")), 0);
        QCOMPARE(inv.size(), 6);
        QVERIFY(inv.byOrigin(QStringLiteral("kube:a")).isEmpty());
        QCOMPARE(inv.byOrigin(QStringLiteral("kube:b")).size(), 6);
        inv.clear();
        QCOMPARE(inv.size(), 0);
        QVERIFY(inv.byKind(ResourceKind::Service).isEmpty());
        QVERIFY(inv.byOrigin(QStringLiteral("kube:b")).isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(batchOf(spy, 0).removed.size(), 10);
        QCOMPARE(batchOf(spy, 0).mutationCount, 10);
    }

    void deletingInventoryWithPendingChangesIsSafe()
    {
        auto* inv = new Inventory;
        inv->upsert(make(QStringLiteral("a")));
        delete inv; // the posted flush must not run on a deleted object
        QCoreApplication::processEvents();
        QVERIFY(true);
    }

    // --- indexes -------------------------------------------------------------------------------

    void byKindFollowsAddAndRemove()
    {
        Inventory inv;
        Spec svc;
        svc.name = QStringLiteral("s");
        Spec ing;
        ing.name = QStringLiteral("i");
        ing.kind = ResourceKind::Ingress;
        inv.upsert(make(svc));
        inv.upsert(make(ing));
        QCOMPARE(inv.byKind(ResourceKind::Service).size(), 1);
        QCOMPARE(inv.countOfKind(ResourceKind::Ingress), 1);
        QCOMPARE(inv.countOfKind(ResourceKind::Vdc), 0);
        inv.remove(make(svc)->id);
        QVERIFY(inv.byKind(ResourceKind::Service).isEmpty());
        QCOMPARE(ids(inv.byKind(ResourceKind::Ingress)), QStringList { make(ing)->id.toString() });
    }

    void childrenFollowParentChange()
    {
        Inventory inv;
        const ResourceId ns1 = ResourceId::kube(kOrigin, ResourceKind::Namespace, {}, QStringLiteral("one"));
        const ResourceId ns2 = ResourceId::kube(kOrigin, ResourceKind::Namespace, {}, QStringLiteral("two"));
        Spec s;
        s.name = QStringLiteral("svc");
        s.parent = ns1;
        inv.upsert(make(s));
        QCOMPARE(inv.children(ns1).size(), 1);
        QVERIFY(inv.children(ns2).isEmpty());
        s.parent = ns2;
        inv.upsert(make(s));
        QVERIFY(inv.children(ns1).isEmpty());
        QCOMPARE(inv.children(ns2).size(), 1);
        QCOMPARE(inv.byKind(ResourceKind::Service).size(), 1); // kind unchanged, still indexed once
        s.parent = ResourceId();
        inv.upsert(make(s));
        QCOMPARE(inv.children(ResourceId()).size(), 1); // roots
        QVERIFY(inv.children(ns2).isEmpty());
    }

    void byLabelFollowsLabelChange()
    {
        Inventory inv;
        Spec s;
        s.name = QStringLiteral("pod-summary");
        s.kind = ResourceKind::PodSummary;
        s.labels = { { QStringLiteral("app"), QStringLiteral("web") }, { QStringLiteral("tier"), QStringLiteral("fe") } };
        inv.upsert(make(s));
        QCOMPARE(inv.byLabel(QStringLiteral("app"), QStringLiteral("web")).size(), 1);
        QCOMPARE(inv.byLabels({ { QStringLiteral("app"), QStringLiteral("web") },
                                { QStringLiteral("tier"), QStringLiteral("fe") } })
                     .size(),
                 1);
        s.labels = { { QStringLiteral("app"), QStringLiteral("api") } };
        inv.upsert(make(s));
        QVERIFY(inv.byLabel(QStringLiteral("app"), QStringLiteral("web")).isEmpty());
        QVERIFY(inv.byLabel(QStringLiteral("tier"), QStringLiteral("fe")).isEmpty());
        QCOMPARE(inv.byLabel(QStringLiteral("app"), QStringLiteral("api")).size(), 1);
        QVERIFY(inv.byLabels({ { QStringLiteral("app"), QStringLiteral("api") },
                               { QStringLiteral("tier"), QStringLiteral("fe") } })
                    .isEmpty());
        QCOMPARE(inv.byLabels({}).size(), 1);
    }

    void byNamespaceWithAndWithoutOrigin()
    {
        Inventory inv;
        for (const QString& origin : { QStringLiteral("kube:a"), QStringLiteral("kube:b") }) {
            Spec s;
            s.name = QStringLiteral("svc");
            s.ns = QStringLiteral("shop");
            s.origin = origin;
            inv.upsert(make(s));
        }
        Spec other;
        other.name = QStringLiteral("svc2");
        other.ns = QStringLiteral("infra");
        other.origin = QStringLiteral("kube:a");
        inv.upsert(make(other));
        QCOMPARE(inv.byNamespace(QStringLiteral("shop")).size(), 2);
        QCOMPARE(inv.byNamespace(QStringLiteral("shop"), QStringLiteral("kube:a")).size(), 1);
        QCOMPARE(inv.byNamespace(QStringLiteral("infra"), QStringLiteral("kube:b")).size(), 0);
        other.ns = QStringLiteral("shop"); // a namespace change is a different id: upsert adds
        inv.upsert(make(other));
        QCOMPARE(inv.byNamespace(QStringLiteral("shop"), QStringLiteral("kube:a")).size(), 2);
        QCOMPARE(inv.byName(ResourceKind::Service, QStringLiteral("svc")).size(), 2);
        QCOMPARE(inv.byName(ResourceKind::Ingress, QStringLiteral("svc")).size(), 0);
    }

    void sourcesOfFollowRelations()
    {
        Inventory inv;
        const ResourceId svc = idOf(QStringLiteral("api"));
        const ResourceId cert = idOf(QStringLiteral("cert"), ResourceKind::Certificate);
        Spec ing;
        ing.name = QStringLiteral("ing");
        ing.kind = ResourceKind::Ingress;
        ing.relations = { Relation { RelationType::RoutesTo, svc } };
        Spec c;
        c.name = QStringLiteral("cert");
        c.kind = ResourceKind::Certificate;
        c.relations = { Relation { RelationType::Secures, make(ing)->id } };
        inv.upsert(make(ing));
        inv.upsert(make(c));
        // a relation exists only while both ends do
        QVERIFY(inv.sourcesOf(svc).isEmpty());
        inv.upsert(make(QStringLiteral("api")));
        QCOMPARE(ids(inv.sourcesOf(svc)), QStringList { make(ing)->id.toString() });
        QCOMPARE(inv.sourcesOf(svc, RelationType::RoutesTo).size(), 1);
        QCOMPARE(inv.sourcesOf(svc, RelationType::Exposes).size(), 0);
        QCOMPARE(ids(inv.sourcesOf(make(ing)->id, RelationType::Secures)), QStringList { make(c)->id.toString() });
        Q_UNUSED(cert);
        ing.relations.clear();
        inv.upsert(make(ing));
        QVERIFY(inv.sourcesOf(svc).isEmpty());
        inv.remove(make(c)->id);
        QVERIFY(inv.sourcesOf(make(ing)->id).isEmpty());
    }

    void randomMutationsKeepEveryIndexRight()
    {
        QRandomGenerator rng(20240501);
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        const QStringList origins { QStringLiteral("kube:a"), QStringLiteral("kube:b"), QStringLiteral("cloud:x") };
        const QStringList namespaces { QString(), QStringLiteral("shop"), QStringLiteral("infra") };
        const QList<ResourceKind> kinds { ResourceKind::Service, ResourceKind::Ingress, ResourceKind::Subnet,
                                          ResourceKind::PodSummary };
        const QStringList labelKeys { QStringLiteral("app"), QStringLiteral("tier"), QStringLiteral("team") };
        const QStringList labelValues { QStringLiteral("a"), QStringLiteral("b") };
        QList<ResourceId> idPool; // parents and relation targets: some exist, some never do
        for (int i = 0; i < 20; ++i)
            idPool.append(ResourceId::fromString(QStringLiteral("target-%1").arg(i)));

        QHash<ResourceId, ResourcePtr> shadow;
        QHash<ResourceId, ResourcePtr> atTurnStart;
        int version = 0;

        const auto pick = [&rng](const auto& list) { return list.at(rng.bounded(int(list.size()))); };
        const auto checkIndexes = [&] {
            QCOMPARE(inv.size(), shadow.size());
            QCOMPARE(ids(inv.all()), ids(shadow.values()));
            for (const QString& origin : origins) {
                QCOMPARE(ids(inv.byOrigin(origin)), bruteForce(inv, [&](const Resource& r) { return r.origin == origin; }));
                for (const QString& ns : namespaces)
                    QCOMPARE(ids(inv.byNamespace(ns, origin)), bruteForce(inv, [&](const Resource& r) {
                                 return r.origin == origin && r.namespaceName == ns;
                             }));
            }
            for (const QString& ns : namespaces)
                QCOMPARE(ids(inv.byNamespace(ns)),
                         bruteForce(inv, [&](const Resource& r) { return r.namespaceName == ns; }));
            for (ResourceKind k : kinds) {
                QCOMPARE(ids(inv.byKind(k)), bruteForce(inv, [&](const Resource& r) { return r.kind == k; }));
                QCOMPARE(inv.countOfKind(k), inv.byKind(k).size());
                for (int n = 0; n < 10; ++n) {
                    const QString name = QString::number(n);
                    QCOMPARE(ids(inv.byName(k, name)),
                             bruteForce(inv, [&](const Resource& r) { return r.kind == k && r.name == name; }));
                }
            }
            QList<ResourceId> parents = idPool;
            parents.append(ResourceId());
            for (const ResourceId& p : parents) {
                QCOMPARE(ids(inv.children(p)), bruteForce(inv, [&](const Resource& r) { return r.parent == p; }));
                // explicit relations are resolved while both ends exist (and never to itself)
                const bool present = inv.contains(p);
                QCOMPARE(ids(inv.sourcesOf(p)), bruteForce(inv, [&](const Resource& r) {
                    return present && r.id != p
                        && std::any_of(r.relations.cbegin(), r.relations.cend(),
                            [&](const Relation& rel) { return rel.target == p; });
                }));
                QCOMPARE(ids(inv.sourcesOf(p, RelationType::Selects)), bruteForce(inv, [&](const Resource& r) {
                    return present && r.id != p && r.relations.contains(Relation { RelationType::Selects, p });
                }));
            }
            for (const QString& key : labelKeys) {
                for (const QString& value : labelValues) {
                    QCOMPARE(ids(inv.byLabel(key, value)),
                             bruteForce(inv, [&](const Resource& r) { return r.labels.value(key) == value; }));
                }
            }
            const QMap<QString, QString> selector { { QStringLiteral("app"), QStringLiteral("a") },
                                                    { QStringLiteral("tier"), QStringLiteral("b") } };
            QCOMPARE(ids(inv.byLabels(selector)), bruteForce(inv, [&](const Resource& r) {
                         return r.labels.value(QStringLiteral("app")) == QStringLiteral("a")
                             && r.labels.value(QStringLiteral("tier")) == QStringLiteral("b");
                     }));
        };
        const auto checkBatch = [&] {
            const int before = int(spy.count());
            inv.flush();
            // Expected batch: the difference between the state at the start of the turn and now.
            QSet<QString> expAdded, expUpdated, expRemoved;
            for (auto it = shadow.cbegin(); it != shadow.cend(); ++it) {
                const ResourcePtr old = atTurnStart.value(it.key());
                if (!old)
                    expAdded.insert(it.key().toString());
                else if (!(*old == *it.value()))
                    expUpdated.insert(it.key().toString());
            }
            for (auto it = atTurnStart.cbegin(); it != atTurnStart.cend(); ++it) {
                if (!shadow.contains(it.key()))
                    expRemoved.insert(it.key().toString());
            }
            if (expAdded.isEmpty() && expUpdated.isEmpty() && expRemoved.isEmpty()) {
                QCOMPARE(spy.count(), before);
            } else {
                QCOMPARE(spy.count(), before + 1);
                const ChangeBatch b = batchOf(spy, before);
                const auto asSet = [](const QList<ResourcePtr>& l) {
                    const QStringList s = ids(l);
                    return QSet<QString>(s.cbegin(), s.cend());
                };
                QCOMPARE(asSet(b.added), expAdded);
                QCOMPARE(asSet(b.updated), expUpdated);
                QCOMPARE(asSet(b.removed), expRemoved);
                QCOMPARE(b.added.size() + b.updated.size() + b.removed.size(),
                         expAdded.size() + expUpdated.size() + expRemoved.size());
                for (qsizetype i = 0; i < b.updated.size(); ++i)
                    QCOMPARE(b.updatedBefore.at(i), atTurnStart.value(b.updated.at(i)->id));
                for (const ResourcePtr& r : b.removed) // the last value it had
                    QVERIFY(r);
            }
            atTurnStart = shadow;
        };

        for (int step = 1; step <= 6000; ++step) {
            const int op = rng.bounded(100);
            if (op < 70) {
                Spec s;
                s.name = QString::number(rng.bounded(10));
                s.kind = pick(kinds);
                s.origin = pick(origins);
                s.ns = pick(namespaces);
                const int p = rng.bounded(int(idPool.size()) + 1);
                s.parent = p < idPool.size() ? idPool.at(p) : ResourceId();
                for (const QString& key : labelKeys) {
                    if (rng.bounded(2))
                        s.labels.insert(key, pick(labelValues));
                }
                for (int n = rng.bounded(3); n > 0; --n)
                    s.relations.append(Relation { static_cast<RelationType>(rng.bounded(RelationTypeCount)),
                                                  pick(idPool) });
                s.version = QString::number(rng.bounded(3) == 0 ? 0 : ++version);
                const ResourcePtr r = make(s);
                const bool expectChange = !shadow.contains(r->id) || !(*shadow.value(r->id) == *r);
                QCOMPARE(inv.upsert(r), expectChange);
                if (expectChange)
                    shadow.insert(r->id, r);
            } else if (op < 95) {
                if (shadow.isEmpty())
                    continue;
                const ResourceId id = pick(shadow.keys());
                QVERIFY(inv.remove(id));
                shadow.remove(id);
            } else if (op < 98) {
                const QString origin = pick(origins);
                qsizetype expected = 0;
                for (auto it = shadow.begin(); it != shadow.end();) {
                    if (it.value()->origin == origin) {
                        it = shadow.erase(it);
                        ++expected;
                    } else {
                        ++it;
                    }
                }
                QCOMPARE(inv.removeWhere(origin), expected);
            } else {
                QVERIFY(!inv.remove(ResourceId::fromString(QStringLiteral("never-there"))));
            }
            if (step % 250 == 0) {
                checkIndexes();
                if (QTest::currentTestFailed())
                    return;
                checkBatch();
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(spy.count() > 10);
        // Emptying leaves no stale bucket behind.
        inv.clear();
        shadow.clear();
        checkIndexes();
        checkBatch();
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
