#include "models/domain/Inventory.h"
#include "models/topology/TopologyLayout.h"
#include "models/topology/TopologyModel.h"
#include "tests/models/topology/DemoInventory.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

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
        // the column just left of the controllers' (where a cloud's load balancer forwards from)
        QCOMPARE(model.node(sid("ingress-nginx", "ingress-nginx-controller"))->layer,
                 TopologyModel::layerOf(ResourceKind::IngressController) - 1);
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

    // The arrows do not depend on the order in which objects arrive (the session receives the
    // four collections in any order, in any number of batches).
    void arrowsFollowTheTrafficWhateverTheOrderOfArrival()
    {
        const ResourceId entry = sid("ingress-nginx", "ingress-nginx-controller");
        const ResourceId controller = DemoInventory::id(ResourceKind::IngressController,
            QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"));
        const ResourceId cls = DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        const ResourceId ingress
            = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        QList<ResourcePtr> all = DemoInventory::resources();
        for (int round = 0; round < 3; ++round) {
            Inventory inventory;
            TopologyModel model(inventory);
            if (round == 1)
                std::reverse(all.begin(), all.end());
            if (round == 2)
                std::rotate(all.begin(), all.begin() + all.size() / 2, all.end());
            // one batch per resource
            for (const ResourcePtr& r : std::as_const(all)) {
                inventory.upsert(r);
                inventory.flush();
            }
            QVERIFY(model.hasEdge({ entry, controller, RelationType::Exposes }));
            QVERIFY(model.hasEdge({ controller, cls, RelationType::RoutesTo }));
            QVERIFY(model.hasEdge({ cls, ingress, RelationType::RoutesTo }));
            QVERIFY(model.hasEdge({ ingress, sid("shop", "cart"), RelationType::RoutesTo }));
            QCOMPARE(model.node(entry)->layer, TopologyModel::layerOf(ResourceKind::IngressController) - 1);
            Inventory reference;
            DemoInventory::fill(reference);
            TopologyModel expected(reference);
            QCOMPARE(model.edges(), expected.edges());

            // the class goes and comes back: its edges follow, the Ingress did not change
            QSignalSpy removedEdges(&model, &TopologyModel::edgeRemoved);
            inventory.remove(cls);
            inventory.flush();
            QVERIFY(!model.hasEdge({ cls, ingress, RelationType::RoutesTo }));
            QCOMPARE(removedEdges.size(), 1 + 4); // from the controller, to the four Ingresses
            inventory.upsert(reference.get(cls));
            inventory.flush();
            QCOMPARE(model.edges(), expected.edges());
        }
    }

    void liveSearchIsKeptPerBatch()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        QSignalSpy matches(&model, &TopologyModel::searchMatchesChanged);
        model.setSearchText(QStringLiteral(" Shop "));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(model.searchMatches(), model.search(QStringLiteral("shop")));
        const qsizetype before = model.searchMatchCount();

        // a batch of three new nodes, one matching: one signal, and the match is known in nodeAdded
        QList<bool> matchedWhenAdded;
        connect(&model, &TopologyModel::nodeAdded, this,
            [&](const ResourceId& id) { matchedWhenAdded.append(model.isSearchMatch(id)); });
        inventory.upsert(DemoInventory::service(QStringLiteral("payments"), QStringLiteral("a")));
        inventory.upsert(DemoInventory::service(QStringLiteral("payments"), QStringLiteral("b")));
        inventory.upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("c")));
        inventory.flush();
        QCOMPARE(matches.size(), 2);
        QCOMPARE(model.searchMatchCount(), before + 1);
        QCOMPARE(matchedWhenAdded, (QList<bool> { false, false, true }));
        QCOMPARE(model.searchMatches(), model.search(QStringLiteral("shop")));

        // a batch that changes no match emits nothing
        inventory.upsert(
            DemoInventory::service(QStringLiteral("payments"), QStringLiteral("a"), QStringLiteral("NodePort")));
        inventory.flush();
        QCOMPARE(matches.size(), 2);
        inventory.remove(sid("shop", "c"));
        inventory.flush();
        QCOMPARE(matches.size(), 3);
        QCOMPARE(model.searchMatches(), model.search(QStringLiteral("shop")));
        model.setSearchText(QString());
        QCOMPARE(model.searchMatchCount(), 0);
    }

    // Not timed: the work of a batch of one change is the same on 1,000 and 20,000 Services (2,000
    // namespaces, 5,000 Ingresses of one IngressClass), in the topology and in the resolver; with
    // every namespace open, and with every namespace collapsed.
    void oneChangeCostsTheSameOnASmallAndALargePlatform_data()
    {
        QTest::addColumn<bool>("collapsed");
        QTest::newRow("open namespaces") << false;
        QTest::newRow("collapsed namespaces") << true;
    }

    void oneChangeCostsTheSameOnASmallAndALargePlatform()
    {
        QFETCH(bool, collapsed);
        struct Work
        {
            TopologyModel::WorkCounters topology;
            RelationResolver::Counters resolver;
            qsizetype edges = 0;
        };
        QList<Work> results;
        for (int services : { 1000, 20000 }) {
            Inventory inventory;
            QList<ResourcePtr> all = DemoInventory::resources();
            for (int i = 0; i < services; ++i) {
                const QString ns = QStringLiteral("team-%1").arg(i / 10, 4, 10, QLatin1Char('0'));
                if (i % 10 == 0)
                    all << DemoInventory::namespaceResource(ns);
                all << DemoInventory::service(ns, QStringLiteral("svc-%1").arg(i % 10));
                if (i % 4 == 0)
                    all << DemoInventory::ingress(ns, QStringLiteral("web-%1").arg(i % 10),
                        QStringLiteral("team.example.com"),
                        { { QStringLiteral("/"), QStringLiteral("svc-%1").arg(i % 10) } }, false);
            }
            inventory.upsert(all);
            inventory.flush();
            TopologyModel model(inventory);
            model.setAsyncThreshold(0); // lay out synchronously: counted, and no worker left behind
            model.setCollapsePolicy(collapsed ? 1 : 0, 4);
            model.setSearchText(QStringLiteral("team-0000"));
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLayoutRunning(), 180000);
            model.resetWorkCounters();
            inventory.resolver().resetCounters();

            const QString ns = QStringLiteral("team-0000");
            // 1: an Ingress gets a second backend
            inventory.upsert(DemoInventory::ingress(ns, QStringLiteral("web-0"), QStringLiteral("team.example.com"),
                { { QStringLiteral("/"), QStringLiteral("svc-0") }, { QStringLiteral("/b"), QStringLiteral("svc-1") } },
                false));
            inventory.flush();
            // 2: a new Service and a status change of the hub IngressClass
            inventory.upsert(DemoInventory::service(ns, QStringLiteral("svc-new")));
            Resource hub = *inventory.get(DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx")));
            hub.status = ResourceStatus { ResourceState::Warning, QStringLiteral("changed") };
            inventory.upsert(std::make_shared<const Resource>(hub));
            inventory.flush();
            // 3: a Service goes
            inventory.remove(DemoInventory::id(ResourceKind::Service, ns, QStringLiteral("svc-new")));
            inventory.flush();

            const ResourceId web0 = DemoInventory::id(ResourceKind::Ingress, ns, QStringLiteral("web-0"));
            if (collapsed) {
                // the namespace is one card (10 Services, 3 Ingresses), the hub's edge ends there
                const ResourceId card = DemoInventory::id(ResourceKind::Namespace, {}, ns);
                QVERIFY(model.isHidden(web0));
                QCOMPARE(model.representative(web0), card);
                QCOMPARE(model.node(card)->memberCount, 13);
                QCOMPARE(model.node(card)->state, ResourceState::Ok);
                QVERIFY(model.hasEdge({ hub.id, card, RelationType::RoutesTo }));
                QVERIFY(model.isSearchMatch(card));
                QVERIFY(model.neighbours(hub.id).size() < services / 4);
            } else {
                QVERIFY(model.hasEdge({ web0, DemoInventory::id(ResourceKind::Service, ns, QStringLiteral("svc-1")),
                    RelationType::RoutesTo }));
                QCOMPARE(model.neighbours(hub.id).size(),
                    qsizetype(services / 4 + 4 + 1)); // its Ingresses, the demo's, the controller
            }
            qInfo("%d services: %lld nodes, %lld edges; one-change batches visited %lld nodes, %lld edges, built %lld "
                  "layout "
                  "inputs; the resolver visited %lld pairs",
                services, qint64(model.nodeCount()), qint64(model.edgeCount()), model.workCounters().nodesVisited,
                model.workCounters().edgesVisited, model.workCounters().layoutInputs,
                inventory.resolver().counters().pairsVisited);
            results.append({ model.workCounters(), inventory.resolver().counters(), model.edgeCount() });
        }
        const Work& small = results.at(0);
        const Work& large = results.at(1);
        QCOMPARE(large.topology.nodesVisited, small.topology.nodesVisited);
        QCOMPARE(large.topology.edgesVisited, small.topology.edgesVisited);
        QCOMPARE(large.resolver.pairsVisited, small.resolver.pairsVisited);
        QCOMPARE(large.resolver.referencesChanged, small.resolver.referencesChanged);
        QVERIFY2(large.topology.nodesVisited <= 8, qPrintable(QString::number(large.topology.nodesVisited)));
        QVERIFY2(large.topology.edgesVisited <= 8, qPrintable(QString::number(large.topology.edgesVisited)));
        // at most one layout input per batch that changed the structure (the new and the removed Service)
        QVERIFY(large.topology.layoutInputs <= 2);
        QVERIFY(large.edges > 5 * small.edges); // the platforms do differ
    }

    // A collapsed namespace is one card: its resources are hidden, their edges end at the card
    // (one per source, target and type; edges inside vanish), and expanding it restores exactly
    // the nodes and edges of before.
    void aCollapsedNamespaceIsOneCard()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const QList<ResourceId> openNodes = model.nodeIds();
        const QList<TopologyEdge> openEdges = model.edges();
        // what the test expects, from the open graph: namespaces with at least 4 nodes collapse
        QHash<QString, int> members;
        QSet<QString> entries; // namespaces of an ingress controller stay open
        for (const ResourceId& id : openNodes) {
            const QString ns = model.node(id)->namespaceName;
            if (!ns.isEmpty())
                ++members[ns];
            if (model.node(id)->kind == ResourceKind::IngressController)
                entries.insert(ns);
        }
        QVERIFY(entries.contains(QStringLiteral("ingress-nginx")));
        for (const QString& ns : std::as_const(entries))
            members[ns] = -members[ns]; // never collapsed below
        const auto card = [](const QString& ns) { return DemoInventory::id(ResourceKind::Namespace, {}, ns); };
        const auto expectedRep = [&](const ResourceId& id) {
            const QString ns = model.node(id)->namespaceName;
            return !ns.isEmpty() && members.value(ns) >= 4 ? card(ns) : id;
        };
        QSet<TopologyEdge> expectedEdges;
        for (const TopologyEdge& e : openEdges) {
            const TopologyEdge v { expectedRep(e.source), expectedRep(e.target), e.type };
            if (v.source != v.target)
                expectedEdges.insert(v);
        }
        int collapsedNamespaces = 0;
        int hidden = 0;
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (it.value() >= 4) {
                ++collapsedNamespaces;
                hidden += it.value();
            }
        }
        QVERIFY(collapsedNamespaces >= 2);
        QVERIFY(members.value(QStringLiteral("shop")) >= 4);

        QSignalSpy added(&model, &TopologyModel::nodeAdded);
        QSignalSpy removed(&model, &TopologyModel::nodeRemoved);
        model.setCollapsePolicy(1, 4);
        QCOMPARE(model.collapsedCount(), collapsedNamespaces);
        QCOMPARE(model.hiddenCount(), hidden);
        QCOMPARE(removed.size(), hidden);
        QCOMPARE(added.size(), collapsedNamespaces);
        QCOMPARE(model.nodeCount(), openNodes.size() - hidden + collapsedNamespaces);
        const QSet<TopologyEdge> edges(model.edges().cbegin(), model.edges().cend());
        QCOMPARE(edges, expectedEdges);
        const QString shopKey = TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("shop"));
        QVERIFY(model.isCollapsed(shopKey));
        const auto shop = model.node(card(QStringLiteral("shop")));
        QVERIFY(shop && shop->isSummary());
        QCOMPARE(shop->memberCount, members.value(QStringLiteral("shop")));
        QVERIFY(shop->hasPosition());
        QVERIFY2(shop->subtitle.contains(displayName(ResourceKind::Service)), qPrintable(shop->subtitle));
        QVERIFY(!model.hasNode(sid("shop", "catalog-api")));
        QVERIFY(model.isHidden(sid("shop", "catalog-api")));
        QCOMPARE(model.representative(sid("shop", "catalog-api")), card(QStringLiteral("shop")));
        for (const TopologyGroup& group : model.groups())
            QVERIFY(group.key != shopKey); // the card is the namespace
        // traffic still flows rightwards: the class left of the shop's card
        const ResourceId cls = DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        QVERIFY(model.hasEdge({ cls, card(QStringLiteral("shop")), RelationType::RoutesTo }));
        QVERIFY(model.node(cls)->rect.right() < shop->rect.left());

        // live changes inside a collapsed namespace change the card, never add a node
        added.clear();
        QSignalSpy updated(&model, &TopologyModel::nodeUpdated);
        Resource broken = *DemoInventory::service(QStringLiteral("shop"), QStringLiteral("broken"));
        broken.status = ResourceStatus { ResourceState::Error, QStringLiteral("no endpoints") };
        inventory.upsert(std::make_shared<const Resource>(broken));
        inventory.flush();
        QVERIFY(added.isEmpty());
        QVERIFY(model.isHidden(broken.id));
        QCOMPARE(model.node(card(QStringLiteral("shop")))->memberCount, members.value(QStringLiteral("shop")) + 1);
        QCOMPARE(model.node(card(QStringLiteral("shop")))->state, ResourceState::Error);
        QVERIFY(updated.contains(QVariantList { QVariant::fromValue(card(QStringLiteral("shop"))) }));
        inventory.remove(broken.id);
        inventory.flush();
        QCOMPARE(model.node(card(QStringLiteral("shop")))->state, shop->state);

        // the search finds what is inside: the card matches, the count includes the hidden
        model.setSearchText(QStringLiteral("catalog-api"));
        QVERIFY(model.isSearchMatch(card(QStringLiteral("shop"))));
        QVERIFY(model.searchMatches().contains(card(QStringLiteral("shop"))));
        QVERIFY(!model.searchMatches().contains(sid("shop", "catalog-api")));
        QVERIFY(model.searchMatchCount() >= 1);
        model.setSearchText({});

        // revealing a hidden resource opens its namespace, exactly as it was; the choice is kept
        QVERIFY(model.reveal(sid("shop", "catalog-api")));
        QVERIFY(!model.isCollapsed(shopKey));
        QCOMPARE(model.collapseChoices().value(shopKey, true), false);
        model.setCollapsePolicy(1, 4);
        QVERIFY(!model.isCollapsed(shopKey));
        QVERIFY(!model.isCollapsed(TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("ingress-nginx"))));
        for (const QString& ns : members.keys())
            model.setCollapsed(TopologyLayout::bandKey(DemoInventory::origin(), ns), false);
        QCOMPARE(model.nodeIds(), openNodes);
        QCOMPARE(model.edges(), openEdges);
        QCOMPARE(model.hiddenCount(), 0);
        for (const ResourceId& id : openNodes)
            QVERIFY(model.node(id)->hasPosition());
    }

    // Choices kept from an earlier run apply to namespaces as they appear, on a small platform too.
    void keptChoicesApplyWhenNamespacesAppear()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        const QString later = TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("later"));
        const QString shop = TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("shop"));
        QSignalSpy changed(&model, &TopologyModel::collapseChoicesChanged);
        model.setCollapseChoices({ { later, true }, { shop, true } });
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.isCollapsed(shop));
        QVERIFY(!model.isCollapsed(later)); // not there yet
        inventory.upsert(DemoInventory::service(QStringLiteral("later"), QStringLiteral("one")));
        inventory.flush();
        QVERIFY(model.isCollapsed(later));
        QVERIFY(model.isHidden(sid("later", "one")));
        model.setCollapseChoices({});
        QVERIFY(!model.isCollapsed(shop));
        QVERIFY(!model.isCollapsed(later));
        QVERIFY(model.hasNode(sid("later", "one")));
        QCOMPARE(changed.size(), 2);
    }

    // The default: a platform that grows past the threshold opens as namespace cards, whatever
    // the order in which its resources arrive; the namespace of the ingress controller stays open.
    void aLargePlatformStartsCollapsed()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        TopologyModel model(inventory);
        model.setAsyncThreshold(0);
        QCOMPARE(model.collapsedCount(), 0); // the demo is small
        const int services = 2000;
        QList<ResourcePtr> page;
        for (int i = 0; i < services; ++i) {
            const QString ns = QStringLiteral("team-%1").arg(i / 10, 4, 10, QLatin1Char('0'));
            page << DemoInventory::service(ns, QStringLiteral("svc-%1").arg(i % 10));
            if (page.size() == 500 || i == services - 1) {
                inventory.upsert(page); // in pages, as from the API server
                inventory.flush();
                page.clear();
            }
        }
        QVERIFY(model.collapsedCount() >= services / 10);
        for (int n = 0; n < services / 10; ++n) {
            const QString ns = QStringLiteral("team-%1").arg(n, 4, 10, QLatin1Char('0'));
            QVERIFY2(model.isCollapsed(TopologyLayout::bandKey(DemoInventory::origin(), ns)), qPrintable(ns));
        }
        // the entry point stays in view, with the path into the cards
        QVERIFY(!model.isCollapsed(TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("ingress-nginx"))));
        const ResourceId controller = DemoInventory::id(
            ResourceKind::IngressController, QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"));
        QVERIFY(model.hasNode(controller));
        QVERIFY(model.hasEdge({ sid("ingress-nginx", "ingress-nginx-controller"), controller, RelationType::Exposes }));
        QVERIFY(model.isCollapsed(TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("shop"))));
        QVERIFY(model.hiddenCount() >= services);
        QVERIFY2(model.nodeCount() < 400, qPrintable(QString::number(model.nodeCount())));
        QVERIFY(!model.isLayoutRunning());
        for (const ResourceId& id : model.nodeIds())
            QVERIFY(model.node(id)->hasPosition());
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
