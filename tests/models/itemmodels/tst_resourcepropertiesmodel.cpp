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

    void parentAndRelationsReadAsKindAndName()
    {
        Inventory inventory;
        DemoInventory::fill(inventory);
        ResourcePropertiesModel model(inventory);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const ResourceId storefront = DemoInventory::id(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("storefront"));
        model.setResourceId(storefront);
        QCOMPARE(valueOf(model, QStringLiteral("Parent")), QStringLiteral("Namespace shop"));
        QCOMPARE(valueOf(model, QStringLiteral("Relations")),
                 QStringLiteral("routes to Service shop/storefront\nroutes to Service shop/catalog-api\n"
                                "routes to Service shop/cart"));
        // the raw id stays, to be copied
        QCOMPARE(valueOf(model, QStringLiteral("Id")), storefront.toString());

        // a cluster-scoped resource is a child of its cluster
        model.setResourceId(DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("nginx")));
        QCOMPARE(valueOf(model, QStringLiteral("Parent")), QStringLiteral("Kubernetes cluster lab"));

        // targets that are not in the Inventory are read from their ids; unknown formats stay raw
        model.setResourceId(storefront);
        Resource r = *inventory.get(storefront);
        r.relations = {
            Relation { RelationType::AttachedTo, DemoInventory::id(ResourceKind::IngressClass, {}, QStringLiteral("traefik")) },
            Relation { RelationType::RoutesTo, ResourceId::kube(QStringLiteral("lab"), ResourceKind::Service,
                                                                QStringLiteral("odd/ns"), QStringLiteral("gone")) },
            Relation { RelationType::Secures, ResourceId::fromString(QStringLiteral("elsewhere:thing")) },
        };
        r.parent = DemoInventory::id(ResourceKind::Namespace, {}, QStringLiteral("deleted"));
        inventory.upsert(std::make_shared<const Resource>(r));
        inventory.flush();
        QCOMPARE(valueOf(model, QStringLiteral("Parent")), QStringLiteral("Namespace deleted"));
        QCOMPARE(valueOf(model, QStringLiteral("Relations")),
                 QStringLiteral("attached to Ingress class traefik\nroutes to Service odd/ns/gone\n"
                                "secures elsewhere:thing"));

        // Domain::displayProperties (`--format table`) keeps the raw ids
        bool rawRelations = false;
        for (const DisplayProperty& p : displayProperties(r))
            rawRelations = rawRelations || p.value.contains(QStringLiteral("kube:lab/ingressClass//traefik"));
        QVERIFY(rawRelations);
    }
};

QTEST_GUILESS_MAIN(TestResourcePropertiesModel)
#include "tst_resourcepropertiesmodel.moc"
