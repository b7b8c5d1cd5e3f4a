#include "models/domain/Inventory.h"
#include "models/topology/TopologyLayout.h"
#include "models/topology/TopologyModel.h"
#include "tests/models/topology/DemoInventory.h"
#include "widgets/EdgeItem.h"
#include "widgets/GroupItem.h"
#include "widgets/NodeItem.h"
#include "widgets/ResourceSelection.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyTheme.h"
#include "widgets/TopologyView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

#include <algorithm>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Widgets;
using Netloom::Tests::DemoInventory;

class TestTopologyScene : public QObject
{
    Q_OBJECT

private:
    static ResourceId sid(const char* ns, const char* name)
    {
        return DemoInventory::id(ResourceKind::Service, QLatin1String(ns), QLatin1String(name));
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        DemoInventory::fill(*m_inventory);
        m_model = std::make_unique<Topology::TopologyModel>(*m_inventory);
        m_selection = std::make_unique<ResourceSelection>();
        m_scene = std::make_unique<TopologyScene>(*m_model, *m_selection);
        m_scene->setAnimationsEnabled(false);
    }
    void cleanup()
    {
        m_scene.reset();
        m_selection.reset();
        m_model.reset();
        m_inventory.reset();
    }

    void itemsMirrorTheModel()
    {
        QCOMPARE(m_scene->nodeItems().size(), m_model->nodeCount());
        QCOMPARE(m_scene->edgeItemCount(), m_model->edges().size());
        QCOMPARE(m_scene->groupItems().size(), m_model->groups().size());
        for (const ResourceId& id : m_model->nodeIds()) {
            NodeItem* item = m_scene->nodeItem(id);
            QVERIFY(item);
            QCOMPARE(item->pos(), m_model->node(id)->rect.topLeft());
            QVERIFY(item->isVisible());
        }
        QVERIFY(m_scene->sceneRect().contains(m_model->boundingRect()));
    }

    void cardsNeverOverlapAndLabelsFit()
    {
        const QList<NodeItem*> items = m_scene->nodeItems();
        for (NodeItem* a : items) {
            const QRectF ra(a->pos(), a->node().rect.size());
            for (NodeItem* b : items) {
                if (a != b)
                    QVERIFY(!ra.intersects(QRectF(b->pos(), b->node().rect.size())));
            }
            QVERIFY(!a->displayedTitle().isEmpty());
        }
        // a very long name is elided, never drawn over the card's edge
        Resource r = *m_inventory->get(sid("shop", "cart"));
        r.name = QStringLiteral("cart-service-with-an-extremely-long-name-that-cannot-possibly-fit-on-a-card");
        r.id = sid("shop", "cart-long");
        m_inventory->upsert(std::make_shared<const Resource>(r));
        m_inventory->flush();
        NodeItem* item = m_scene->nodeItem(r.id);
        QVERIFY(item);
        QVERIFY(item->displayedTitle() != r.name);
        QVERIFY(item->displayedTitle().contains(QChar(0x2026)));
    }

    void liveUpdatesKeepItems()
    {
        NodeItem* cart = m_scene->nodeItem(sid("shop", "cart"));
        const QPointF before = cart->pos();
        m_inventory->upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search")));
        m_inventory->flush();
        QCOMPARE(m_scene->nodeItem(sid("shop", "cart")), cart); // no rebuild
        QCOMPARE(cart->pos(), before);
        QVERIFY(m_scene->nodeItem(sid("shop", "search")));

        Resource r = *m_inventory->get(sid("shop", "cart"));
        r.status = ResourceStatus { ResourceState::Error, QStringLiteral("no endpoints") };
        m_inventory->upsert(std::make_shared<const Resource>(r));
        m_inventory->flush();
        QCOMPARE(cart->node().state, ResourceState::Error);

        const ResourceId ingress
            = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        const qsizetype edges = m_scene->edgeItemCount();
        m_inventory->remove(ingress);
        m_inventory->flush();
        QVERIFY(!m_scene->nodeItem(ingress));
        QCOMPARE(m_scene->edgeItemCount(), m_model->edges().size());
        QVERIFY(m_scene->edgeItemCount() < edges);
        for (QGraphicsItem* item : m_scene->items()) {
            if (item->type() == EdgeItem::Type) {
                auto* edge = static_cast<EdgeItem*>(item);
                QVERIFY(edge->sourceItem() && edge->targetItem());
            }
        }
    }

    void animatedMovesGlide()
    {
        m_scene->setAnimationsEnabled(true);
        // growing the identity band pushes the namespaces below it down, gently
        NodeItem* grafana = m_scene->nodeItem(sid("monitoring", "grafana"));
        const QPointF before = grafana->pos();
        for (const char* name : { "scim", "webauthn", "ldap-proxy" })
            m_inventory->upsert(DemoInventory::service(QStringLiteral("identity"), QLatin1String(name)));
        m_inventory->flush();
        const QPointF target = m_model->node(sid("monitoring", "grafana"))->rect.topLeft();
        QVERIFY(target.y() > before.y());
        QCOMPARE(grafana->targetPos(), target);
        QVERIFY(grafana->pos() != target);
        QTRY_COMPARE(grafana->pos(), target);
    }

    // Issue 7, 5.4: with animations on (as the console runs), a card added during a search fades in
    // to its resting opacity: dimmed when it does not match. The search is not re-run, nor
    // signalled, once per added card: one signal for the batch.
    void cardsAddedDuringASearchFadeInDimmed()
    {
        m_scene->setAnimationsEnabled(true);
        QCOMPARE(m_scene->setSearchText(QStringLiteral("catalog")), 2);
        QSignalSpy matches(m_scene.get(), &TopologyScene::searchMatchesChanged);
        for (const char* name : { "scim", "webauthn", "ldap-proxy" })
            m_inventory->upsert(DemoInventory::service(QStringLiteral("identity"), QLatin1String(name)));
        m_inventory->upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("catalog-search")));
        m_inventory->flush();
        NodeItem* scim = m_scene->nodeItem(sid("identity", "scim"));
        NodeItem* found = m_scene->nodeItem(sid("shop", "catalog-search"));
        QVERIFY(scim && found);
        QVERIFY(scim->isDimmed());
        QVERIFY(found->isSearchMatch());
        QVERIFY(!found->isDimmed());
        QTest::qWait(700); // the fade-in (260 ms) is over
        QVERIFY2(scim->opacity() < 0.5, qPrintable(QString::number(scim->opacity())));
        QCOMPARE(found->opacity(), 1.0);
        QTRY_COMPARE(matches.size(), 1);
        QCOMPARE(matches.first().first().toInt(), 3);
        QCOMPARE(m_scene->searchMatches().size(), 3);
        QVERIFY(m_scene->searchMatches().contains(sid("shop", "catalog-search")));
    }

    // A big batch (a platform's first sync) is not turned into items all in the model's signal:
    // the scene works through it in slices across event-loop turns, and ends like the model.
    void aBigBatchIsDrawnInSlices()
    {
        m_model->setCollapsePolicy(0, 4); // one namespace of 1,500 cards, drawn open
        QList<ResourcePtr> many;
        for (int i = 0; i < 1500; ++i)
            many << DemoInventory::service(
                QStringLiteral("bulk"), QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0')));
        m_inventory->upsert(many);
        QElapsedTimer clock;
        clock.start();
        m_inventory->flush();
        const qint64 signalMs = clock.elapsed();
        QVERIFY2(m_scene->nodeItems().size() < m_model->nodeCount(),
            qPrintable(QStringLiteral("%1 of %2 items at once (%3 ms)")
                           .arg(m_scene->nodeItems().size())
                           .arg(m_model->nodeCount())
                           .arg(signalMs)));
        const auto edgesWaitForTheirCards = [this] {
            for (QGraphicsItem* item : m_scene->items()) {
                if (item->type() != EdgeItem::Type || !item->isVisible())
                    continue;
                const auto* edge = static_cast<EdgeItem*>(item);
                if (!edge->sourceItem()->isVisible() || !edge->targetItem()->isVisible())
                    return false;
            }
            return true;
        };
        QVERIFY(edgesWaitForTheirCards());
        QTRY_COMPARE_WITH_TIMEOUT(m_scene->nodeItems().size(), m_model->nodeCount(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLayoutRunning(), 20000);
        const auto allPlaced = [this] {
            const QList<ResourceId> ids = m_model->nodeIds();
            return std::all_of(ids.cbegin(), ids.cend(), [this](const ResourceId& id) {
                NodeItem* item = m_scene->nodeItem(id);
                return item && item->isVisible() && item->pos() == m_model->node(id)->rect.topLeft();
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allPlaced(), 20000);
        QCOMPARE(m_scene->edgeItemCount(), m_model->edges().size());
        QVERIFY(edgesWaitForTheirCards());
    }

    // Level of detail for long edges (a class fanning out to 5,000 Ingresses over the whole canvas):
    // a stub at each end in view, nothing in between, so that a paint costs milliseconds, not the
    // pixels of thousands of overlapping curves.
    void aLongEdgeIsDrawnOnlyNearItsEnds()
    {
        QGraphicsScene scene;
        const TopologyTheme theme = TopologyTheme::fromPalette(QApplication::palette());
        Topology::TopologyNode a;
        a.id = sid("far", "a");
        a.title = QStringLiteral("a");
        Topology::TopologyNode b = a;
        b.id = sid("far", "b");
        b.title = QStringLiteral("b");
        auto* source = new NodeItem(a, theme);
        auto* target = new NodeItem(b, theme);
        source->setPos(0, 0);
        target->setPos(400, 40000);
        scene.addItem(source);
        scene.addItem(target);
        auto* edge = new EdgeItem({ a.id, b.id, RelationType::RoutesTo }, source, target, theme);
        scene.addItem(edge);
        source->setVisible(false); // only the edge is painted below
        target->setVisible(false);
        scene.setBackgroundBrush(Qt::white);
        // painted as the canvas paints (a view exposing only a part of the edge)
        QGraphicsView view(&scene);
        view.setFrameShape(QFrame::NoFrame);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(200, 200);
        view.setSceneRect(QRectF(-1000, -1000, 3000, 43000));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto inkIn = [&](const QRectF& area) {
            view.centerOn(area.center());
            const QImage image = view.viewport()->grab().toImage();
            int ink = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    ink += image.pixel(x, y) != qRgb(255, 255, 255);
            return ink;
        };
        // the middle of the curve (it passes there: see its path), far from both cards
        const QPointF middle = edge->path().pointAtPercent(0.5);
        QVERIFY(inkIn(QRectF(middle - QPointF(100, 100), QSizeF(200, 200))) == 0);
        // near the source, the stub
        QVERIFY(inkIn(QRectF(QPointF(150, -50), QSizeF(200, 200))) > 0);
    }

    void searchAndHover()
    {
        QCOMPARE(m_scene->setSearchText(QStringLiteral("catalog")), 2); // the service and the ingress routing to it
        QVERIFY(m_scene->nodeItem(sid("shop", "catalog-api"))->isSearchMatch());
        QVERIFY(m_scene->nodeItem(sid("shop", "cart"))->isDimmed());
        QCOMPARE(m_scene->setSearchText(QString()), 0);
        QVERIFY(!m_scene->nodeItem(sid("shop", "cart"))->isDimmed());

        const ResourceId ingress
            = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        m_scene->setHoveredNode(ingress);
        QVERIFY(!m_scene->nodeItem(sid("shop", "cart"))->isDimmed());
        QVERIFY(m_scene->nodeItem(sid("shop", "redis"))->isDimmed());
        QVERIFY(m_scene->nodeItem(sid("payments", "ledger"))->isDimmed());
        m_scene->setHoveredNode({});
        QVERIFY(!m_scene->nodeItem(sid("shop", "redis"))->isDimmed());
    }

    void selectionFollowsTheController()
    {
        m_selection->setCurrent(sid("shop", "cart"));
        QVERIFY(m_scene->nodeItem(sid("shop", "cart"))->isSelected());
        const ResourceId ns = DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop"));
        m_selection->setCurrent(ns);
        QVERIFY(!m_scene->nodeItem(sid("shop", "cart"))->isSelected());
        QVERIFY(m_scene->groupItemFor(ns)->isCurrent());
        m_scene->nodeItem(sid("shop", "redis"))->setSelected(true);
        QCOMPARE(m_selection->current(), sid("shop", "redis"));
    }

    // A collapsed namespace is one card: a double-click opens it, a double-click on the open
    // box's header closes it again, and choosing a hidden resource (in the tree) opens it too.
    void namespacesCollapseAndExpand()
    {
        const ResourceId shopCard = DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop"));
        const QString shopKey = Topology::TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("shop"));
        const auto doubleClick = [this](const QPointF& scenePos) {
            QGraphicsSceneMouseEvent event(QEvent::GraphicsSceneMouseDoubleClick);
            event.setScenePos(scenePos);
            event.setButton(Qt::LeftButton);
            event.setButtons(Qt::LeftButton);
            QApplication::sendEvent(m_scene.get(), &event);
        };
        m_model->setCollapsePolicy(1, 4);
        m_scene->settle();
        NodeItem* card = m_scene->nodeItem(shopCard);
        QVERIFY(card && card->node().isSummary());
        QVERIFY(!m_scene->nodeItem(sid("shop", "cart")));
        QVERIFY(!m_scene->groupItem(shopKey));
        QCOMPARE(m_scene->nodeItems().size(), m_model->nodeCount());
        QCOMPARE(m_scene->edgeItemCount(), m_model->edgeCount());

        doubleClick(card->sceneBoundingRect().center());
        m_scene->settle();
        QVERIFY(!m_model->isCollapsed(shopKey));
        QVERIFY(!m_scene->nodeItem(shopCard));
        NodeItem* cart = m_scene->nodeItem(sid("shop", "cart"));
        QVERIFY(cart && cart->isVisible());
        QCOMPARE(cart->pos(), m_model->node(sid("shop", "cart"))->rect.topLeft());
        GroupItem* box = m_scene->groupItem(shopKey);
        QVERIFY(box);

        doubleClick(box->mapToScene(box->headerRect().center()));
        m_scene->settle();
        QVERIFY(m_model->isCollapsed(shopKey));
        QVERIFY(m_scene->nodeItem(shopCard));
        QVERIFY(!m_scene->nodeItem(sid("shop", "cart")));

        m_selection->setCurrent(sid("shop", "redis"));
        m_scene->settle();
        QVERIFY(!m_model->isCollapsed(shopKey));
        QVERIFY(m_scene->nodeItem(sid("shop", "redis")));
        QVERIFY(m_scene->nodeItem(sid("shop", "redis"))->isSelected());
        QCOMPARE(m_scene->edgeItemCount(), m_model->edgeCount());
    }

    void framingShowsNoNeedlessScrollBar()
    {
        TopologyView view(m_scene.get());
        // the scroll ranges start at the scene's left/top (negative), so compare with the minimum
        const auto scrolls = [](const QScrollBar* bar) { return bar->maximum() > bar->minimum(); };
        const QRectF scroll = m_scene->sceneRect();
        const int bar = view.style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view.verticalScrollBar());
        const int tall = int(scroll.height() * 0.3); // the graph is taller than the view at a readable zoom
        view.resize(int(scroll.width() * 0.8), tall);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // the width fits at a readable zoom: only the vertical scroll bar, none across
        const QList<qreal> fitting { 0.8, 0.7, TopologyView::ReadableZoom + 0.01 };
        for (const qreal share : fitting) {
            view.resize(int(scroll.width() * share) + bar + 2, tall);
            QVERIFY(view.zoom() >= TopologyView::ReadableZoom);
            QTRY_VERIFY(scrolls(view.verticalScrollBar()));
            QVERIFY(!scrolls(view.horizontalScrollBar()));
            QVERIFY(!view.horizontalScrollBar()->isVisible());
        }
        // too wide for a readable zoom: the floor holds, the graph scrolls across
        view.resize(int(scroll.width() * 0.4), tall);
        QCOMPARE(view.zoom(), TopologyView::ReadableZoom);
        QTRY_VERIFY(scrolls(view.horizontalScrollBar()));

        // everything fits: no scroll bar at all, neither after fitToView()
        view.resize(int(scroll.width() * 0.9), int(scroll.height() * 0.9));
        QTRY_VERIFY(!scrolls(view.verticalScrollBar()));
        QVERIFY(!scrolls(view.horizontalScrollBar()));
        view.setZoom(1.0);
        QVERIFY(scrolls(view.horizontalScrollBar()));
        view.fitToView();
        QVERIFY(!scrolls(view.verticalScrollBar()));
        QVERIFY(!scrolls(view.horizontalScrollBar()));
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Topology::TopologyModel> m_model;
    std::unique_ptr<ResourceSelection> m_selection;
    std::unique_ptr<TopologyScene> m_scene;
};

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
