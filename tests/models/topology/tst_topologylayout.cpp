#include "models/domain/Inventory.h"
#include "models/topology/TopologyLayout.h"
#include "models/topology/TopologyModel.h"
#include "tests/models/topology/DemoInventory.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Topology;
using Netloom::Tests::DemoInventory;

class TestTopologyLayout : public QObject
{
    Q_OBJECT

private:
    static ResourceId sid(const char* ns, const char* name)
    {
        return DemoInventory::id(ResourceKind::Service, QLatin1String(ns), QLatin1String(name));
    }

    static void verifyNoOverlaps(const TopologyModel& model)
    {
        const QList<ResourceId> ids = model.nodeIds();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QRectF a = model.node(ids.at(i))->rect;
            QVERIFY2(!a.isNull(), qPrintable(ids.at(i).toString()));
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                const QRectF b = model.node(ids.at(j))->rect;
                QVERIFY2(!a.intersects(b), qPrintable(ids.at(i).toString() + QStringLiteral(" overlaps ") + ids.at(j).toString()));
            }
        }
        // namespace boxes never overlap each other, and each holds its own nodes
        const QList<TopologyGroup> groups = model.groups();
        for (const TopologyGroup& g : groups) {
            if (g.type == TopologyGroup::Type::Origin)
                continue;
            for (const TopologyGroup& h : groups) {
                if (&g != &h && h.type != TopologyGroup::Type::Origin)
                    QVERIFY2(!g.rect.intersects(h.rect), qPrintable(g.key + QStringLiteral(" / ") + h.key));
            }
        }
        for (const ResourceId& id : ids) {
            const auto node = model.node(id);
            const QString key = TopologyLayout::bandKey(node->origin, node->namespaceName);
            const auto band = std::find_if(groups.cbegin(), groups.cend(), [&](const TopologyGroup& g) { return g.key == key; });
            QVERIFY(band != groups.cend());
            QVERIFY2(band->rect.contains(node->rect), qPrintable(id.toString()));
        }
    }

private Q_SLOTS:
    void noOverlappingNodes()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QVERIFY(model.nodeCount() > 20);
        verifyNoOverlaps(model);
    }

    void layeringFollowsTraffic()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const auto x = [&](ResourceKind kind, const char* ns, const char* name) {
            return model.node(DemoInventory::id(kind, QLatin1String(ns), QLatin1String(name)))->rect.left();
        };
        const qreal entry = x(ResourceKind::Service, "ingress-nginx", "ingress-nginx-controller");
        const qreal controller = x(ResourceKind::IngressController, "ingress-nginx", "ingress-nginx-controller");
        const qreal cls = x(ResourceKind::IngressClass, "", "nginx");
        const qreal ingress = x(ResourceKind::Ingress, "shop", "storefront");
        const qreal service = x(ResourceKind::Service, "shop", "storefront");
        QVERIFY(entry < controller);
        QVERIFY(controller < cls);
        QVERIFY(cls < ingress);
        QVERIFY(ingress < service);
        // every forward edge of the ingress path points right
        for (const TopologyEdge& edge : model.edges()) {
            if (edge.type != RelationType::RoutesTo)
                continue;
            QVERIFY2(model.node(edge.source)->rect.right() < model.node(edge.target)->rect.left(),
                     qPrintable(edge.source.toString() + QStringLiteral(" -> ") + edge.target.toString()));
        }
    }

    void bandsOrderedClusterScopedFirstThenByName()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QStringList order;
        for (const LayoutSlab& slab : model.layout().slabs) {
            if (slab.type == LayoutSlab::Type::Band)
                order << slab.namespaceName;
        }
        QCOMPARE(order, (QStringList { QString(), QStringLiteral("cert-manager"), QStringLiteral("identity"),
                                      QStringLiteral("ingress-nginx"), QStringLiteral("monitoring"),
                                      QStringLiteral("payments"), QStringLiteral("shop") }));
    }

    void deterministicWhateverTheInputOrder()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        LayoutInput input;
        for (const ResourceId& id : model.nodeIds()) {
            const auto node = model.node(id);
            input.nodes.append({ id, node->layer, node->origin, node->namespaceName, node->title });
        }
        for (const TopologyEdge& edge : model.edges())
            input.edges.append({ edge.source, edge.target });
        const LayoutResult first = TopologyLayout::compute(input);
        QRandomGenerator random(42);
        for (int round = 0; round < 5; ++round) {
            LayoutInput shuffled = input;
            std::shuffle(shuffled.nodes.begin(), shuffled.nodes.end(), random);
            std::shuffle(shuffled.edges.begin(), shuffled.edges.end(), random);
            const LayoutResult again = TopologyLayout::compute(shuffled);
            QCOMPARE(again.positions, first.positions);
            QCOMPARE(again.bandRects, first.bandRects);
        }
        QCOMPARE(model.layout().positions, first.positions);
    }

    void crossingReductionUntanglesAColumn()
    {
        // a1 -> b2 and a2 -> b1: in name order the two edges cross; barycentres untangle them
        LayoutInput input;
        const auto id = [](const char* name) { return ResourceId::fromString(QLatin1String(name)); };
        input.nodes = { { id("a1"), 0, QStringLiteral("o"), QStringLiteral("ns"), QStringLiteral("a1") },
                        { id("a2"), 0, QStringLiteral("o"), QStringLiteral("ns"), QStringLiteral("a2") },
                        { id("b1"), 1, QStringLiteral("o"), QStringLiteral("ns"), QStringLiteral("b1") },
                        { id("b2"), 1, QStringLiteral("o"), QStringLiteral("ns"), QStringLiteral("b2") } };
        input.edges = { { id("a1"), id("b2") }, { id("a2"), id("b1") } };
        const LayoutResult result = TopologyLayout::compute(input);
        const bool aOrder = result.positions.value(id("a1")).y() < result.positions.value(id("a2")).y();
        const bool bOrder = result.positions.value(id("b2")).y() < result.positions.value(id("b1")).y();
        QCOMPARE(aOrder, bOrder);
    }

    void singleNodeCentredOnItsNeighbours()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        // the storefront ingress routes to three services: it sits level with the middle one
        const qreal ingress = model.node(DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront")))->rect.center().y();
        QList<qreal> ys;
        for (const char* name : { "storefront", "catalog-api", "cart" })
            ys << model.node(sid("shop", name))->rect.center().y();
        std::sort(ys.begin(), ys.end());
        QVERIFY(ingress >= ys.first() && ingress <= ys.last());
    }

    void existingNodesStayWhenNodesAreAddedBelow()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const LayoutResult before = model.layout();

        // a new last namespace and a new service in the last band: nothing that was there moves
        inventory.upsert(DemoInventory::namespaceResource(QStringLiteral("zeta")));
        inventory.upsert(DemoInventory::service(QStringLiteral("zeta"), QStringLiteral("api")));
        inventory.upsert(DemoInventory::ingress(QStringLiteral("zeta"), QStringLiteral("api"), QStringLiteral("api.example.com"),
                                                { { QStringLiteral("/"), QStringLiteral("api") } }, false));
        inventory.upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search")));
        inventory.flush();
        QVERIFY(model.layout().incremental);
        for (auto it = before.positions.cbegin(); it != before.positions.cend(); ++it)
            QCOMPARE(model.node(it.key())->rect.topLeft(), it.value());
        verifyNoOverlaps(model);
    }

    void growingBandPushesOnlyWhatIsBelow()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const LayoutResult before = model.layout();

        // identity has two services; three more make its band grow
        for (const char* name : { "scim", "webauthn", "ldap-proxy" })
            inventory.upsert(DemoInventory::service(QStringLiteral("identity"), QLatin1String(name)));
        inventory.flush();
        verifyNoOverlaps(model);

        QHash<QString, qreal> shiftOfBand;
        for (auto it = before.positions.cbegin(); it != before.positions.cend(); ++it) {
            const auto node = model.node(it.key());
            const QPointF now = node->rect.topLeft();
            QCOMPARE(now.x(), it.value().x()); // columns never change
            const QString ns = node->namespaceName;
            if (ns.isEmpty() || ns == QLatin1String("cert-manager") || ns == QLatin1String("identity")) {
                QCOMPARE(now, it.value()); // above the growth, and the growing band itself
                continue;
            }
            // below: each band moves as a whole
            const qreal dy = now.y() - it.value().y();
            QVERIFY(dy > 0);
            if (shiftOfBand.contains(ns))
                QCOMPARE(dy, shiftOfBand.value(ns));
            shiftOfBand.insert(ns, dy);
        }
    }

    void relayoutCompacts()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const LayoutResult fresh = model.layout();
        inventory.upsert(DemoInventory::service(QStringLiteral("identity"), QStringLiteral("scim")));
        inventory.flush();
        inventory.remove(DemoInventory::id(ResourceKind::Service, QStringLiteral("identity"), QStringLiteral("scim")));
        inventory.flush();
        model.relayout();
        QVERIFY(!model.layout().incremental);
        QCOMPARE(model.layout().positions, fresh.positions);
    }

    void asynchronousLayoutForBigGraphs()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        model.setAsyncThreshold(1);
        QSignalSpy layouts(&model, &TopologyModel::layoutChanged);
        QSignalSpy added(&model, &TopologyModel::nodeAdded);
        for (int i = 0; i < 40; ++i)
            inventory.upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'))));
        inventory.flush();
        QCOMPARE(added.size(), 40);
        QVERIFY(layouts.isEmpty() || model.isLayoutRunning() || layouts.size() == 1);
        QTRY_VERIFY(!model.isLayoutRunning() && !layouts.isEmpty());
        verifyNoOverlaps(model);
    }
};

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "tst_topologylayout.moc"
