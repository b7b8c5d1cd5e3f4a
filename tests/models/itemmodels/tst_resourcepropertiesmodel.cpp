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

private:
    static QString valueOf(const ResourcePropertiesModel& model, const QString& label)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ResourcePropertiesModel::PropertyColumn).data().toString() == label)
                return model.index(row, ResourcePropertiesModel::ValueColumn).data().toString();
        }
        return {};
    }

    // The model's rows: the display properties with the resolved relations, plus one row of
    // incoming relations when there are any.
    static qsizetype expectedRows(const Inventory& inventory, const ResourceId& id)
    {
        return displayProperties(*inventory.get(id), inventory.relationsOf(id)).size()
            + (inventory.incomingOf(id).isEmpty() ? 0 : 1);
    }

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
        const QList<DisplayProperty> expected = displayProperties(*inventory.get(cart), inventory.relationsOf(cart));
        QCOMPARE(model.rowCount(), expectedRows(inventory, cart));
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
        QCOMPARE(model.rowCount(), expectedRows(inventory, cart));

        // another resource with fewer or more rows
        model.setResourceId(DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx")));
        QCOMPARE(model.rowCount(), expectedRows(inventory, model.resourceId()));
        model.setResourceId(DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront")));
        QCOMPARE(model.rowCount(), expectedRows(inventory, model.resourceId()));

        // removal empties it
        QSignalSpy resourceChanged(&model, &ResourcePropertiesModel::resourceChanged);
        inventory.remove(model.resourceId());
        inventory.flush();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.resource());
        QCOMPARE(resourceChanged.size(), 1);
    }

    void parentAndRelationsReadAsKindAndName()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        ResourcePropertiesModel model(inventory);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const ResourceId storefront = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        model.setResourceId(storefront);
        QCOMPARE(valueOf(model, QStringLiteral("Parent")), QStringLiteral("Namespace shop"));
        // resolved by the Inventory, along the traffic: out to the Services, in from class and certificate
        QCOMPARE(valueOf(model, QStringLiteral("Relations")),
            QStringLiteral("routes to Service shop/cart\nroutes to Service shop/catalog-api\n"
                           "routes to Service shop/storefront"));
        QCOMPARE(valueOf(model, QStringLiteral("Incoming relations")),
            QStringLiteral("Certificate shop/storefront-tls (secures this)\nIngress class nginx (routes to this)"));
        // the raw id stays, to be copied
        QCOMPARE(valueOf(model, QStringLiteral("Id")), storefront.toString());

        // a cluster-scoped resource is a child of its cluster
        model.setResourceId(DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx")));
        QCOMPARE(valueOf(model, QStringLiteral("Parent")), QStringLiteral("Kubernetes cluster lab"));

        // a parent that is not in the Inventory is read from its id
        model.setResourceId(storefront);
        Resource r = *inventory.get(storefront);
        r.parent = DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("deleted"));
        inventory.upsert(std::make_shared<const Resource>(r));
        inventory.flush();
        QCOMPARE(valueOf(model, QStringLiteral("Parent")), QStringLiteral("Namespace deleted"));

        // a batch that changes only its relations (a new Service it names) shows them
        inventory.upsert(DemoInventory::service(QStringLiteral("shop"), QStringLiteral("search")));
        r.references.append({ ReferenceKind::IngressBackend,
            ResourceKey::id(
                DemoInventory::id(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("search"))) });
        inventory.upsert(std::make_shared<const Resource>(r));
        inventory.flush();
        QVERIFY(valueOf(model, QStringLiteral("Relations")).contains(QStringLiteral("routes to Service shop/search")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inventory.remove(
            DemoInventory::id(ResourceKind::Certificate, QStringLiteral("shop"), QStringLiteral("storefront-tls")));
        inventory.flush();
        QVERIFY(!changed.isEmpty());
        QCOMPARE(valueOf(model, QStringLiteral("Incoming relations")),
            QStringLiteral("Ingress class nginx (routes to this)"));

        // Domain::displayProperties (`--format table`) keeps the raw ids
        bool rawRelations = false;
        for (const DisplayProperty& p : displayProperties(r, inventory.relationsOf(storefront)))
            rawRelations = rawRelations || p.value.contains(QStringLiteral("kube:lab/service/shop/search"));
        QVERIFY(rawRelations);
    }
};

QTEST_GUILESS_MAIN(TestResourcePropertiesModel)
#include "tst_resourcepropertiesmodel.moc"
