#include "models/domain/Inventory.h"
#include "models/topology/TopologyModel.h"
#include "tests/models/topology/DemoInventory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Topology;
using Netloom::Tests::DemoInventory;

class TestTopologyModel : public QObject
{
    Q_OBJECT

private:
    static ResourceId sid(const char* ns, const char* name)
    {
        return DemoInventory::id(ResourceKind::Service, QLatin1String(ns), QLatin1String(name));
    }
    static bool hasEdge(const TopologyModel& model, const ResourceId& from, const ResourceId& to)
    {
        for (const TopologyEdge& e : model.edges()) {
            if (e.source == from && e.target == to)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void nodesAreTheDrawnResources()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const qsizetype boxes = inventory.countOfKind(ResourceKind::Cluster) + inventory.countOfKind(ResourceKind::Namespace);
        QCOMPARE(model.nodeCount(), inventory.size() - boxes);
        QVERIFY(!model.hasNode(DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop"))));
        const auto node = model.node(sid("ingress-nginx", "ingress-nginx-controller"));
        QVERIFY(node);
        QCOMPARE(node->title, QStringLiteral("ingress-nginx-controller"));
        QVERIFY(node->subtitle.contains(QStringLiteral("203.0.113.10")));
        QVERIFY(node->hasPosition());
    }

    void edgesAreTheResolvedRelationsAlongTheTraffic()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const ResourceId controller = DemoInventory::id(ResourceKind::IngressController, QStringLiteral("ingress-nginx"),
                                                        QStringLiteral("ingress-nginx-controller"));
        const ResourceId cls = DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        const ResourceId ingress = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        const ResourceId cert = DemoInventory::id(ResourceKind::Certificate, QStringLiteral("shop"), QStringLiteral("storefront-tls"));
        const ResourceId issuer = DemoInventory::id(ResourceKind::Issuer, {}, QStringLiteral("letsencrypt-prod"));
        // LoadBalancer Service -> controller -> class -> Ingress -> Service; Issuer -> Certificate -> Ingress
        const ResourceId entry = sid("ingress-nginx", "ingress-nginx-controller");
        QVERIFY(model.hasEdge({ entry, controller, RelationType::Exposes }));
        QVERIFY(model.hasEdge({ controller, cls, RelationType::RoutesTo }));
        QVERIFY(model.hasEdge({ cls, ingress, RelationType::RoutesTo }));
        QVERIFY(model.hasEdge({ ingress, sid("shop", "catalog-api"), RelationType::RoutesTo }));
        QVERIFY(model.hasEdge({ cert, ingress, RelationType::Secures }));
        QVERIFY(model.hasEdge({ issuer, cert, RelationType::Secures }));
        QVERIFY(!hasEdge(model, ingress, sid("shop", "redis")));
        // never against the traffic
        QVERIFY(!hasEdge(model, controller, entry));
        QVERIFY(!hasEdge(model, cls, controller));
        QVERIFY(!hasEdge(model, ingress, cls));
        QVERIFY(!hasEdge(model, ingress, cert));
        QCOMPARE(model.neighbours(ingress).size(), 5); // class, cert, three services
        QCOMPARE(model.edgesOf(ingress).size(), 5);
        QCOMPARE(model.incomingEdges(ingress).size(), 2);
        QCOMPARE(model.outgoingEdges(ingress).size(), 3);
        // the edges are exactly the Inventory's relations between nodes
        qsizetype relations = 0;
        for (const ResourceId& id : model.nodeIds()) {
            for (const Relation& r : inventory.relationsOf(id)) {
                if (model.hasNode(r.target)) {
                    ++relations;
                    QVERIFY(model.hasEdge({ id, r.target, r.type }));
                }
            }
        }
        QCOMPARE(model.edgeCount(), relations);
        QCOMPARE(model.edges().size(), relations);
    }

    void entryServiceSitsLeftOfItsController()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QCOMPARE(model.node(sid("ingress-nginx", "ingress-nginx-controller"))->layer, 2);
        QCOMPARE(model.node(sid("ingress-nginx", "ingress-nginx-controller-admission"))->layer,
                 TopologyModel::layerOf(ResourceKind::Service));
    }

    void groupsAreClusterAndNamespaces()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const QList<TopologyGroup> groups = model.groups();
        QCOMPARE(groups.size(), 1 + 1 + 6);
        QCOMPARE(groups.first().type, TopologyGroup::Type::Origin);
        QCOMPARE(groups.first().title, QStringLiteral("lab"));
        QVERIFY(groups.first().subtitle.contains(QStringLiteral("v1.29.4")));
        QCOMPARE(groups.first().resource, DemoInventory::id(ResourceKind::Cluster, {}, QStringLiteral("lab")));
        QCOMPARE(groups.at(1).type, TopologyGroup::Type::ClusterScoped);
        QCOMPARE(groups.last().title, QStringLiteral("shop"));
        QCOMPARE(groups.last().resource, DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop")));
        for (const TopologyGroup& g : groups.mid(1))
            QVERIFY(groups.first().rect.contains(g.rect));
    }

    void followsInventoryBatches()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QSignalSpy added(&model, &TopologyModel::nodeAdded);
        QSignalSpy removed(&model, &TopologyModel::nodeRemoved);
        QSignalSpy updated(&model, &TopologyModel::nodeUpdated);
        QSignalSpy edges(&model, &TopologyModel::edgesChanged);
        QSignalSpy layouts(&model, &TopologyModel::layoutChanged);

        // one batch: a new service and an ingress rule to it
        inventory.upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search")));
        inventory.upsert(DemoInventory::ingress(QStringLiteral("shop"), QStringLiteral("storefront"), QStringLiteral("shop.example.com"),
                                                { { QStringLiteral("/"), QStringLiteral("storefront") },
                                                  { QStringLiteral("/search"), QStringLiteral("search") } }));
        QVERIFY(added.isEmpty()); // nothing before the batch
        inventory.flush();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<ResourceId>(), sid("shop", "search"));
        QCOMPARE(updated.size(), 0); // the ingress' subtitle did not change
        QCOMPARE(edges.size(), 1);
        QCOMPARE(layouts.size(), 1);
        QVERIFY(model.node(sid("shop", "search"))->hasPosition());
        QVERIFY(hasEdge(model, DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront")),
                        sid("shop", "search")));

        // an update that changes what the node shows
        inventory.upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search"), QStringLiteral("NodePort"), 8080));
        inventory.flush();
        QCOMPARE(updated.size(), 1);
        QVERIFY(model.node(sid("shop", "search"))->subtitle.startsWith(QStringLiteral("NodePort")));
        QCOMPARE(layouts.size(), 1); // no structural change: no layout

        // removal
        inventory.remove(sid("shop", "search"));
        inventory.flush();
        QCOMPARE(removed.size(), 1);
        QVERIFY(!model.hasNode(sid("shop", "search")));
        QCOMPARE(edges.size(), 2);
    }

    void statusChangeIsAnUpdate()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QSignalSpy updated(&model, &TopologyModel::nodeUpdated);
        Resource r = *inventory.get(sid("shop", "cart"));
        r.status = ResourceStatus { ResourceState::Error, QStringLiteral("no endpoints") };
        inventory.upsert(std::make_shared<const Resource>(r));
        inventory.flush();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(model.node(sid("shop", "cart"))->state, ResourceState::Error);
    }

    void filterByKindNamespaceAndText()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QSignalSpy removed(&model, &TopologyModel::nodeRemoved);
        TopologyFilter filter;
        filter.kinds = { ResourceKind::Service };
        model.setFilter(filter);
        QCOMPARE(model.nodeCount(), inventory.countOfKind(ResourceKind::Service));
        QVERIFY(!removed.isEmpty());
        QVERIFY(model.edges().isEmpty());

        filter.namespaces = { QStringLiteral("shop") };
        model.setFilter(filter);
        QCOMPARE(model.nodeCount(), 4);

        model.setFilter(TopologyFilter { {}, {}, QStringLiteral("pay.example") });
        QCOMPARE(model.nodeIds(),
                 (QList<ResourceId> { DemoInventory::id(ResourceKind::Certificate, QStringLiteral("payments"), QStringLiteral("payments-api-tls")),
                                      DemoInventory::id(ResourceKind::Ingress, QStringLiteral("payments"), QStringLiteral("payments-api")) }));

        model.setFilter({});
        QCOMPARE(model.nodeCount(), inventory.size() - 7);
    }

    void searchFindsByNameHostAndKind()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QVERIFY(model.search(QString()).isEmpty());
        QCOMPARE(model.search(QStringLiteral("REDIS")), QList<ResourceId> { sid("shop", "redis") });
        QVERIFY(model.search(QStringLiteral("grafana.example.com"))
                    .contains(DemoInventory::id(ResourceKind::Ingress, QStringLiteral("monitoring"), QStringLiteral("grafana"))));
        QCOMPARE(model.search(QStringLiteral("ingress class")).size(), 1);
        QCOMPARE(model.search(QStringLiteral("no such thing")).size(), 0);
    }

    void clusterRemovalEmptiesTheGraph()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QSignalSpy removed(&model, &TopologyModel::nodeRemoved);
        const qsizetype nodes = model.nodeCount();
        inventory.removeWhere(DemoInventory::origin());
        inventory.flush();
        QCOMPARE(model.nodeCount(), 0);
        QCOMPARE(removed.size(), nodes);
        QCOMPARE(inventory.size(), 0);
        QVERIFY(model.groups().isEmpty());
        QVERIFY(model.edges().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopologyModel)
#include "tst_topologymodel.moc"
