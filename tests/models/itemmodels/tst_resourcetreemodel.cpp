#include "models/domain/Inventory.h"
#include "models/itemmodels/ResourceTreeModel.h"
#include "tests/models/topology/DemoInventory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::ItemModels;
using Netloom::Tests::DemoInventory;

class TestResourceTreeModel : public QObject
{
    Q_OBJECT

private:
    static ResourceId sid(const char* ns, const char* name)
    {
        return DemoInventory::id(ResourceKind::Service, QLatin1String(ns), QLatin1String(name));
    }
    static QStringList path(const QModelIndex& index)
    {
        QStringList parts;
        for (QModelIndex i = index; i.isValid(); i = i.parent())
            parts.prepend(i.data().toString());
        return parts;
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        DemoInventory::fill(*m_inventory);
        m_model = std::make_unique<ResourceTreeModel>(*m_inventory);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_inventory.reset();
    }

    void clusterNamespaceKindResource()
    {
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex cluster = m_model->index(0, 0);
        QCOMPARE(cluster.data().toString(), QStringLiteral("lab"));
        QCOMPARE(m_model->resourceId(cluster), DemoInventory::id(ResourceKind::Cluster, {}, QStringLiteral("lab")));
        QCOMPARE(path(m_model->indexOf(sid("shop", "cart"))),
            (QStringList { QStringLiteral("lab"), QStringLiteral("shop"), QStringLiteral("Services (4)"),
                QStringLiteral("cart") }));
        // the Namespace resource is the namespace row itself
        const QModelIndex shop
            = m_model->indexOf(DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("shop")));
        QCOMPARE(shop.data().toString(), QStringLiteral("shop"));
        QCOMPARE(shop.data(ResourceTreeModel::NodeTypeRole).toInt(), int(ResourceTreeModel::NodeType::Namespace));
        // cluster-scoped resources sit in kind groups under the cluster
        QCOMPARE(path(m_model->indexOf(DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx")))),
            (QStringList { QStringLiteral("lab"), QStringLiteral("Ingress classes (1)"), QStringLiteral("nginx") }));
        // namespaces first (by name), then kind groups
        QCOMPARE(m_model->index(0, 0, cluster).data().toString(), QStringLiteral("cert-manager"));
        QCOMPARE(m_model->indexOf(sid("shop", "cart")).data(ResourceTreeModel::ResourceIdRole).value<ResourceId>(),
            sid("shop", "cart"));
    }

    void byOrigin()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setGrouping(ResourceTreeModel::Grouping::ByOrigin);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(path(m_model->indexOf(sid("shop", "cart"))),
            (QStringList { QStringLiteral("lab"), QStringLiteral("shop"), QStringLiteral("cart") }));
    }

    void incrementalInsertNoReset()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_inventory->upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search")));
        m_inventory->flush();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        const QModelIndex search = m_model->indexOf(sid("shop", "search"));
        QVERIFY(search.isValid());
        QCOMPARE(search.parent().data().toString(), QStringLiteral("Services (5)"));
        // sorted by name: cart, catalog-api, redis, search, storefront
        QCOMPARE(search.row(), 3);
        QVERIFY(!changed.isEmpty()); // the group's count
    }

    void newNamespaceCreatesItsRows()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_inventory->upsert(DemoInventory::service(QStringLiteral("zeta"), QStringLiteral("api")));
        m_inventory->flush();
        QCOMPARE(inserted.size(), 1); // the namespace row, with its kind group and resource inside
        QCOMPARE(path(m_model->indexOf(sid("zeta", "api"))),
            (QStringList { QStringLiteral("lab"), QStringLiteral("zeta"), QStringLiteral("Services (1)"),
                QStringLiteral("api") }));
        // the Namespace resource arriving later becomes that row
        m_inventory->upsert(DemoInventory::namespaceResource(QStringLiteral("zeta")));
        m_inventory->flush();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->indexOf(DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("zeta"))),
            m_model->indexOf(sid("zeta", "api")).parent().parent());
    }

    void updateIsDataChanged()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Resource r = *m_inventory->get(sid("shop", "cart"));
        r.status = ResourceStatus { ResourceState::Error, QStringLiteral("no endpoints") };
        m_inventory->upsert(std::make_shared<const Resource>(r));
        m_inventory->flush();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex(), m_model->indexOf(sid("shop", "cart")));
        QCOMPARE(m_model->indexOf(sid("shop", "cart")).data(ResourceTreeModel::StateRole).toInt(),
            int(ResourceState::Error));
    }

    void removalPrunesEmptyGroups()
    {
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const ResourceId ingress
            = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("monitoring"), QStringLiteral("grafana"));
        const QModelIndex monitoring = m_model->indexOf(ingress).parent().parent();
        const int groupsBefore = m_model->rowCount(monitoring);
        m_inventory->remove(ingress);
        m_inventory->flush();
        QCOMPARE(removed.size(), 2); // the ingress and its emptied "Ingresses" group
        QVERIFY(!m_model->indexOf(ingress).isValid());
        QCOMPARE(m_model->rowCount(monitoring), groupsBefore - 1);

        // removing everything of the cluster leaves an empty tree
        m_inventory->removeWhere(DemoInventory::origin());
        m_inventory->flush();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void bigBatchResets()
    {
        m_inventory->clear();
        m_inventory->flush();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QList<ResourcePtr> many;
        for (int i = 0; i < 280; ++i) // more than the reset threshold, one slice of rows at most
            many << DemoInventory::service(QStringLiteral("bulk"), QStringLiteral("svc-%1").arg(i));
        m_inventory->upsert(many);
        m_inventory->flush();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(m_model->indexOf(sid("bulk", "svc-1")).parent()), 280);
    }

    // A batch costs in proportion to the batch, not one notification (and one sorted insert and
    // proxy update in the views) per row: new rows are announced once per parent and run of
    // adjacent rows, group counts once per batch.
    void aBatchIsAnnouncedPerParentAndRun()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QList<ResourcePtr> batch;
        // 120 before the existing shop services ("aa-…") and 120 after them ("zz-…"): two runs
        for (int i = 0; i < 120; ++i) {
            batch << DemoInventory::service(
                QStringLiteral("shop"), QStringLiteral("aa-%1").arg(i, 3, 10, QLatin1Char('0')));
            batch << DemoInventory::service(
                QStringLiteral("shop"), QStringLiteral("zz-%1").arg(i, 3, 10, QLatin1Char('0')));
        }
        m_inventory->upsert(batch);
        m_inventory->flush();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 2);
        int rows = 0;
        for (const QList<QVariant>& signal : std::as_const(inserted))
            rows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
        QCOMPARE(rows, 240);
        QVERIFY2(changed.size() <= 3, qPrintable(QString::number(changed.size()))); // kind group, namespace, cluster
        const QModelIndex group = m_model->indexOf(sid("shop", "cart")).parent();
        QCOMPARE(group.data().toString(), QStringLiteral("Services (244)"));
        QCOMPARE(m_model->indexOf(sid("shop", "aa-000")).row(), 0);
        QCOMPARE(m_model->indexOf(sid("shop", "cart")).row(), 120);
        QCOMPARE(m_model->indexOf(sid("shop", "zz-119")).row(), 243);
    }

    void newNamespacesOfABatchAreOneInsertion()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QList<ResourcePtr> batch;
        for (int n = 0; n < 60; ++n) {
            const QString ns = QStringLiteral("team-%1").arg(n, 4, 10, QLatin1Char('0'));
            batch << DemoInventory::namespaceResource(ns);
            for (int i = 0; i < 2; ++i)
                batch << DemoInventory::service(ns, QStringLiteral("svc-%1").arg(i));
        }
        m_inventory->upsert(batch);
        m_inventory->flush();
        QCOMPARE(inserted.size(), 1); // 60 namespace rows after "shop", their content inside
        QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 60);
        QCOMPARE(path(m_model->indexOf(sid("team-0042", "svc-1"))),
            (QStringList { QStringLiteral("lab"), QStringLiteral("team-0042"), QStringLiteral("Services (2)"),
                QStringLiteral("svc-1") }));
        // the next batch into one of them is incremental again
        m_inventory->upsert(DemoInventory::service(QStringLiteral("team-0042"), QStringLiteral("svc-0a")));
        m_inventory->flush();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m_model->indexOf(sid("team-0042", "svc-0a")).row(), 1);
    }

    // A batch bigger than one slice (a platform's first sync) is not inserted in one turn: the
    // rows come in slices across event-loop turns, in order, and end exactly like the Inventory.
    void aHugeBatchIsInsertedInSlices()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QList<ResourcePtr> batch;
        for (int n = 0; n < 50; ++n) {
            for (int i = 0; i < 60; ++i)
                batch << DemoInventory::service(
                    QStringLiteral("team-%1").arg(n, 2, 10, QLatin1Char('0')), QStringLiteral("svc-%1").arg(i));
        }
        m_inventory->upsert(batch);
        m_inventory->flush();
        const auto rowsOf = [this](const char* ns) {
            const QModelIndex first = m_model->indexOf(sid(ns, "svc-0"));
            return first.isValid() ? m_model->rowCount(first.parent()) : 0;
        };
        QVERIFY2(rowsOf("team-49") < 60, "all 3,000 rows in the batch's own turn");
        // a batch arriving meanwhile: one of the queued services is removed, another changes
        m_inventory->remove(sid("team-49", "svc-7"));
        Resource changed = *m_inventory->get(sid("team-48", "svc-3"));
        changed.status = ResourceStatus { ResourceState::Error, QStringLiteral("no endpoints") };
        m_inventory->upsert(std::make_shared<const Resource>(changed));
        m_inventory->flush();
        QTRY_COMPARE(rowsOf("team-49"), 59);
        QCOMPARE(rowsOf("team-00"), 60);
        QCOMPARE(m_model->indexOf(sid("team-48", "svc-3")).data(ResourceTreeModel::StateRole).toInt(),
            int(ResourceState::Error));
        QVERIFY(!m_model->indexOf(sid("team-49", "svc-7")).isValid());
        for (const QList<QVariant>& signal : std::as_const(inserted))
            QVERIFY(signal.at(2).toInt() - signal.at(1).toInt() < 1000);
        QCOMPARE(m_model->indexOf(sid("team-49", "svc-0")).parent().data().toString(), QStringLiteral("Services (59)"));
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<ResourceTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestResourceTreeModel)
#include "tst_resourcetreemodel.moc"
