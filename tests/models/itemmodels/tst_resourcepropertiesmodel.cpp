#include "models/domain/Inventory.h"
#include "models/itemmodels/ResourcePropertiesModel.h"
#include "tests/models/topology/DemoInventory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::ItemModels;
using Netloom::Tests::DemoInventory;

class TestResourcePropertiesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndFollowsOneResource()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        ResourcePropertiesModel model(inventory);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2);

        const ResourceId cart = DemoInventory::id(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("cart"));
        model.setResourceId(cart);
        const QList<DisplayProperty> expected = displayProperties(*inventory.get(cart));
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(model.index(0, 0).data().toString(), expected.first().label);
        QCOMPARE(model.index(0, 1).data().toString(), expected.first().value);
        QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());

        // an update changes rows in place
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Resource r = *inventory.get(cart);
        r.status = ResourceStatus { ResourceState::Error, QStringLiteral("no endpoints") };
        inventory.upsert(std::make_shared<const Resource>(r));
        inventory.flush();
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.rowCount(), displayProperties(r).size());

        // another resource with fewer or more rows
        model.setResourceId(DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx")));
        QCOMPARE(model.rowCount(), displayProperties(*inventory.get(model.resourceId())).size());
        model.setResourceId(DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront")));
        QCOMPARE(model.rowCount(), displayProperties(*inventory.get(model.resourceId())).size());

        // removal empties it
        QSignalSpy resourceChanged(&model, &ResourcePropertiesModel::resourceChanged);
        inventory.remove(model.resourceId());
        inventory.flush();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.resource());
        QCOMPARE(resourceChanged.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestResourcePropertiesModel)
#include "tst_resourcepropertiesmodel.moc"
