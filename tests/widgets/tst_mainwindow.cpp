#include "models/domain/Inventory.h"
#include "models/itemmodels/ResourceTreeModel.h"
#include "models/topology/TopologyLayout.h"
#include "models/topology/TopologyModel.h"
#include "tests/models/topology/DemoInventory.h"
#include "widgets/InspectorPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/NodeItem.h"
#include "widgets/ResourceSelection.h"
#include "widgets/ResourceTreePanel.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Widgets;
using Netloom::Tests::DemoInventory;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static ResourceId sid(const char* ns, const char* name)
    {
        return DemoInventory::id(ResourceKind::Service, QLatin1String(ns), QLatin1String(name));
    }
    template <class T> T* find(const char* name) const { return m_window->findChild<T*>(QLatin1String(name)); }
    TopologyView* view() const { return find<TopologyView>("topologyView"); }
    QPoint viewPointOf(const ResourceId& id) const
    {
        NodeItem* item = m_window->topologyScene()->nodeItem(id);
        return view()->mapFromScene(QRectF(item->targetPos(), item->node().rect.size()).center());
    }
    void click(const ResourceId& id)
    {
        view()->fitToView();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, viewPointOf(id));
    }
    void saveScreenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("NETLOOM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom")).clear();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        QApplication::setFont(font);
        m_inventory = std::make_unique<Inventory>();
        m_window = std::make_unique<MainWindow>(*m_inventory);
        m_window->topologyScene()->setAnimationsEnabled(false);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        m_inventory->clear();
        m_inventory->flush();
        DemoInventory::fill(*m_inventory);
        m_window->selection().clear();
        find<QLineEdit>("searchField")->clear();
        m_window->topologyModel().relayout();
        view()->fitToView();
        QTest::mouseMove(view()->viewport(), QPoint(2, 2)); // the pointer rests on the background
        m_window->topologyScene()->setHoveredNode({});
        QTRY_COMPARE(m_window->topologyScene()->nodeItems().size(), m_window->topologyModel().nodeCount());
    }

    void cleanupTestCase()
    {
        m_window->close();
        const QSettings settings(QStringLiteral("Netloom"), QStringLiteral("Netloom"));
        QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(settings.contains(QStringLiteral("mainWindow/state")));
        m_window.reset();
        m_inventory.reset();
    }

    void partsAreThere()
    {
        QVERIFY(find<QDockWidget>("resourceTree"));
        QVERIFY(find<QDockWidget>("inspector"));
        QVERIFY(find<TopologyView>("topologyView"));
        QVERIFY(find<QComboBox>("contextChooser"));
        QVERIFY(find<QLineEdit>("searchField"));
        QVERIFY(find<QLabel>("connectionState"));
        QVERIFY(find<QLabel>("objectCounts")->text().contains(QStringLiteral("15 service")));
        QVERIFY(find<QDockWidget>("resourceTree")->isVisible());
        QVERIFY(find<QDockWidget>("inspector")->isVisible());
        QVERIFY(find<QTreeView>("resourceTreeView")->model()->rowCount() == 1);
    }

    void screenshot()
    {
        m_window->setContexts({ QStringLiteral("lab"), QStringLiteral("prod") }, QStringLiteral("lab"));
        m_window->setConnectionState(QStringLiteral("Connected to lab (v1.29.4)"), ConnectionState::Connected);
        m_window->selectResource(
            DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront")));
        QTest::qWait(50);
        saveScreenshot(QStringLiteral("mainwindow.png"));
        find<QTabWidget>("inspectorTabs")->setCurrentIndex(1);
        find<QLineEdit>("searchField")->setText(QStringLiteral("pay"));
        QTest::qWait(50);
        saveScreenshot(QStringLiteral("mainwindow-search-yaml.png"));
        find<QTabWidget>("inspectorTabs")->setCurrentIndex(0);
    }

    void clickingANodeSelectsItEverywhere()
    {
        const ResourceId cart = sid("shop", "cart");
        click(cart);
        QTRY_COMPARE(m_window->selection().current(), cart);
        QVERIFY(m_window->topologyScene()->nodeItem(cart)->isSelected());
        // the inspector shows it
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("cart"));
        auto* table = find<QTableView>("inspectorProperties");
        QVERIFY(table->model()->rowCount() > 3);
        QVERIFY(find<QPlainTextEdit>("inspectorYaml")->toPlainText().contains(QStringLiteral("name: cart")));
        // the tree follows
        auto* tree = find<QTreeView>("resourceTreeView");
        QCOMPARE(tree->currentIndex().data(ItemModels::ResourceTreeModel::ResourceIdRole).value<ResourceId>(), cart);
        QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));

        // clicking the background clears the selection
        const QRectF content = m_window->topologyScene()->contentRect();
        QTest::mouseClick(
            view()->viewport(), Qt::LeftButton, {}, view()->mapFromScene(content.bottomRight() + QPointF(20, 20)));
        QTRY_VERIFY(m_window->selection().current().isNull());
        QVERIFY(m_window->inspector()->title().isEmpty());
    }

    void treeDrivesTheCanvas()
    {
        auto* tree = find<QTreeView>("resourceTreeView");
        tree->setAnimated(false);
        const ResourceId ingress
            = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("payments"), QStringLiteral("payments-api"));
        const QModelIndex source = m_window->treeModel().indexOf(ingress);
        QVERIFY(source.isValid());
        QModelIndex index;
        for (int attempt = 0; attempt < 1 && !index.isValid(); ++attempt) {
            // find the same row through the view's proxies
            const QModelIndexList hits
                = tree->model()->match(tree->model()->index(0, 0), ItemModels::ResourceTreeModel::ResourceIdRole,
                    QVariant::fromValue(ingress), 1, Qt::MatchRecursive | Qt::MatchExactly);
            QVERIFY(!hits.isEmpty());
            index = hits.first();
        }
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(m_window->selection().current(), ingress);
        QVERIFY(m_window->topologyScene()->nodeItem(ingress)->isSelected());
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("payments-api"));
    }

    void inventoryChangesShowLive()
    {
        TopologyScene* scene = m_window->topologyScene();
        NodeItem* redis = scene->nodeItem(sid("shop", "redis"));
        m_inventory->upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search")));
        QTRY_VERIFY(scene->nodeItem(sid("shop", "search")));
        QVERIFY(scene->nodeItem(sid("shop", "search"))->isVisible());
        QCOMPARE(scene->nodeItem(sid("shop", "redis")), redis); // updated, not rebuilt
        QVERIFY(m_window->treeModel().indexOf(sid("shop", "search")).isValid());
        QTRY_VERIFY(find<QLabel>("objectCounts")->text().contains(QStringLiteral("16 service")));

        // the inspector follows an update of what it shows
        click(sid("shop", "search"));
        QTRY_COMPARE(m_window->selection().current(), sid("shop", "search"));
        m_inventory->upsert(
            DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search"), QStringLiteral("NodePort"), 8080));
        QTRY_VERIFY(find<QPlainTextEdit>("inspectorYaml")->toPlainText().contains(QStringLiteral("type: NodePort")));

        m_inventory->remove(sid("shop", "search"));
        QTRY_VERIFY(!scene->nodeItem(sid("shop", "search")));
        QVERIFY(!m_window->treeModel().indexOf(sid("shop", "search")).isValid());
        QVERIFY(m_window->selection().current().isNull());
    }

    // A large platform opens readable: its namespaces collapsed on the map (counted in the status
    // bar) and closed in the tree; choosing a hidden resource in the tree opens its namespace.
    void aLargePlatformOpensCollapsed()
    {
        m_window->topologyModel().setCollapsePolicy(60, 1);
        QList<ResourcePtr> more;
        for (int n = 0; n < 60; ++n) {
            const QString ns = QStringLiteral("team-%1").arg(n, 2, 10, QLatin1Char('0'));
            more << DemoInventory::namespaceResource(ns);
            for (int i = 0; i < 3; ++i)
                more << DemoInventory::service(ns, QStringLiteral("svc-%1").arg(i));
        }
        m_inventory->upsert(more);
        m_inventory->flush();
        Topology::TopologyModel& model = m_window->topologyModel();
        QVERIFY(model.collapsedCount() >= 60);
        QTRY_VERIFY(find<QLabel>("objectCounts")->text().contains(QStringLiteral("collapsed")));
        auto* tree = find<QTreeView>("resourceTreeView");
        m_window->treeModel().settle();
        const auto viewIndex = [&](const ResourceId& id) {
            return m_window->findChild<ResourceTreePanel*>()->viewIndexOf(id);
        };
        const QModelIndex team = viewIndex(DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("team-07")));
        const QModelIndex shop = viewIndex(DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop")));
        QVERIFY(team.isValid() && shop.isValid());
        QVERIFY(!tree->isExpanded(team));
        QVERIFY(!tree->isExpanded(shop)); // opened while the cluster was small, closed since
        QVERIFY(tree->isExpanded(team.parent())); // the cluster stays open

        const ResourceId svc = sid("team-07", "svc-1");
        QVERIFY(model.isHidden(svc));
        tree->setCurrentIndex(viewIndex(svc));
        QTRY_VERIFY(m_window->topologyScene()->nodeItem(svc));
        QCOMPARE(m_window->selection().current(), svc);
        QVERIFY(!model.isHidden(svc));
        model.setCollapsePolicy(Topology::TopologyModel::defaultCollapseThreshold(),
            Topology::TopologyModel::defaultCollapseMinimum());
    }

    // The namespaces the operator collapses or opens stay so after a restart (a new window on the
    // same settings), per platform: the choice's key holds the cluster.
    void collapseChoicesAreKeptAcrossRestarts()
    {
        const QString shop = Topology::TopologyLayout::bandKey(DemoInventory::origin(), QStringLiteral("shop"));
        QVERIFY(!m_window->topologyModel().isCollapsed(shop));
        m_window->topologyModel().setCollapsed(shop, true);
        QVERIFY(m_window->topologyModel().isCollapsed(shop));
        {
            MainWindow restarted(*m_inventory);
            QVERIFY(restarted.topologyModel().isCollapsed(shop));
            QVERIFY(restarted.topologyModel().hasNode(DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop"))));
        }
        m_window->topologyModel().setCollapsed(shop, false);
        {
            MainWindow restarted(*m_inventory);
            QVERIFY(!restarted.topologyModel().isCollapsed(shop));
            QCOMPARE(restarted.topologyModel().collapseChoices().value(shop, true), false);
        }
    }

    void searchHighlightsMatches()
    {
        auto* field = find<QLineEdit>("searchField");
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("keycloak"));
        TopologyScene* scene = m_window->topologyScene();
        QCOMPARE(scene->searchMatches().size(), 3); // two services and the ingress routing to one
        QVERIFY(scene->nodeItem(sid("identity", "keycloak"))->isSearchMatch());
        QVERIFY(scene->nodeItem(sid("shop", "cart"))->isDimmed());
        QVERIFY(!find<QLabel>("searchMatches")->text().isEmpty());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_window->selection().current(), scene->searchMatches().first());
        field->clear();
        QVERIFY2(scene->hoveredNode().isNull(), qPrintable(scene->hoveredNode().toString()));
        QVERIFY(!scene->nodeItem(sid("shop", "cart"))->isDimmed());
    }

    void hoverHighlightsNeighbours()
    {
        const ResourceId ingress
            = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        QTest::mouseMove(view()->viewport(), viewPointOf(ingress));
        QTRY_COMPARE(m_window->topologyScene()->hoveredNode(), ingress);
        QVERIFY(m_window->topologyScene()->nodeItem(sid("shop", "redis"))->isDimmed());
        QVERIFY(!m_window->topologyScene()->nodeItem(sid("shop", "catalog-api"))->isDimmed());
        QTest::mouseMove(view()->viewport(),
            view()->mapFromScene(m_window->topologyScene()->contentRect().bottomRight() + QPointF(20, 20)));
        QTRY_VERIFY(m_window->topologyScene()->hoveredNode().isNull());
    }

    void zoomAndFit()
    {
        TopologyView* v = view();
        v->fitToView();
        const qreal fitted = v->zoom();
        QVERIFY(fitted > 0.1 && fitted <= 1.0);
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(v->zoom() > fitted);
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(v->zoom() < fitted);
        QWheelEvent wheel(QPointF(100, 100), v->viewport()->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 240),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        const qreal before = v->zoom();
        QApplication::sendEvent(v->viewport(), &wheel);
        QVERIFY(v->zoom() > before);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(v->zoom(), fitted);
        QVERIFY(find<QLabel>("zoomLevel")->text().contains(QString::number(qRound(fitted * 100))));
    }

    void contextsAndConnectionState()
    {
        QSignalSpy requested(m_window.get(), &MainWindow::contextRequested);
        QSignalSpy refresh(m_window.get(), &MainWindow::refreshRequested);
        m_window->setContexts(
            { QStringLiteral("lab"), QStringLiteral("prod"), QStringLiteral("staging") }, QStringLiteral("lab"));
        auto* chooser = find<QComboBox>("contextChooser");
        QCOMPARE(chooser->count(), 3);
        QCOMPARE(chooser->currentText(), QStringLiteral("lab"));
        QVERIFY(requested.isEmpty());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("lab")));
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("prod"));
        QCOMPARE(m_window->lastContext(), QStringLiteral("prod"));

        m_window->setConnectionState(QStringLiteral("Cannot reach 127.0.0.1:6443"), ConnectionState::Error);
        QCOMPARE(m_window->connectionState(), ConnectionState::Error);
        QVERIFY(find<QLabel>("connectionState")->text().contains(QStringLiteral("Cannot reach 127.0.0.1:6443")));

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(refresh.size(), 1);
    }

    void emptyInventoryShowsTheHint()
    {
        m_inventory->clear();
        m_inventory->flush();
        QTRY_VERIFY(m_window->topologyScene()->nodeItems().isEmpty());
        QCOMPARE(find<QTreeView>("resourceTreeView")->model()->rowCount(), 0);
        QTest::qWait(20);
        saveScreenshot(QStringLiteral("mainwindow-empty.png"));
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
