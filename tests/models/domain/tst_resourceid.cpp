#include "models/domain/Relation.h"
#include "models/domain/ResourceId.h"
#include "models/domain/ResourceKind.h"
#include "models/domain/ResourceStatus.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Netloom::Domain;

class TestResourceId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kubeIdHasDocumentedFormat()
    {
        const ResourceId id = ResourceId::kube(QStringLiteral("prod"), ResourceKind::Service, QStringLiteral("web"),
                                               QStringLiteral("frontend"));
        QCOMPARE(id.toString(), QStringLiteral("kube:prod/service/web/frontend"));
        QVERIFY(!id.isNull());
    }

    void clusterScopedKubeIdHasEmptyNamespace()
    {
        const ResourceId id
            = ResourceId::kube(QStringLiteral("prod"), ResourceKind::IngressClass, QString(), QStringLiteral("nginx"));
        QCOMPARE(id.toString(), QStringLiteral("kube:prod/ingressClass//nginx"));
    }

    void cloudIdHasDocumentedFormat()
    {
        const ResourceId id = ResourceId::cloud(QStringLiteral("ionos"), ResourceKind::LoadBalancer,
                                                QStringLiteral("0b1c-42/lb/7"));
        QCOMPARE(id.toString(), QStringLiteral("cloud:ionos/loadBalancer/0b1c-42/lb/7"));
    }

    void separatorsInsideComponentsAreEscaped()
    {
        // A cluster name with '/' must not be confusable with another cluster's namespace.
        const ResourceId a = ResourceId::kube(QStringLiteral("eks/a"), ResourceKind::Service, QStringLiteral("b"),
                                              QStringLiteral("c"));
        QCOMPARE(a.toString(), QStringLiteral("kube:eks%2Fa/service/b/c"));
        const ResourceId pct = ResourceId::kube(QStringLiteral("x%2Fy"), ResourceKind::Service, QString(),
                                                QStringLiteral("c"));
        const ResourceId slash = ResourceId::kube(QStringLiteral("x/y"), ResourceKind::Service, QString(),
                                                  QStringLiteral("c"));
        QVERIFY(pct != slash);
        QCOMPARE(pct.toString(), QStringLiteral("kube:x%252Fy/service//c"));
    }

    void sameNamesGiveSameIdAcrossRecreation()
    {
        const auto make = [] {
            return ResourceId::kube(QStringLiteral("prod"), ResourceKind::Ingress, QStringLiteral("shop"),
                                    QStringLiteral("api"));
        };
        QCOMPARE(make(), make());
        QCOMPARE(qHash(make()), qHash(make()));
        QVERIFY(make() != ResourceId::kube(QStringLiteral("prod"), ResourceKind::Service, QStringLiteral("shop"),
                                           QStringLiteral("api")));
        QVERIFY(make() != ResourceId::kube(QStringLiteral("stage"), ResourceKind::Ingress, QStringLiteral("shop"),
                                           QStringLiteral("api")));
    }

    void nullAndFromString()
    {
        QVERIFY(ResourceId().isNull());
        QVERIFY(ResourceId::fromString(QString()).isNull());
        const ResourceId id = ResourceId::fromString(QStringLiteral("kube:prod/service/web/frontend"));
        QCOMPARE(id, ResourceId::kube(QStringLiteral("prod"), ResourceKind::Service, QStringLiteral("web"),
                                      QStringLiteral("frontend")));
        QCOMPARE(ResourceId::fromString(id.toString()), id);
    }

    void usableAsHashAndSetKey()
    {
        QHash<ResourceId, int> hash;
        QSet<ResourceId> set;
        for (int i = 0; i < 100; ++i) {
            const ResourceId id = ResourceId::cloud(QStringLiteral("ionos"), ResourceKind::IpAddress,
                                                    QString::number(i));
            hash.insert(id, i);
            set.insert(id);
            set.insert(id);
        }
        QCOMPARE(hash.size(), 100);
        QCOMPARE(set.size(), 100);
        QCOMPARE(hash.value(ResourceId::cloud(QStringLiteral("ionos"), ResourceKind::IpAddress, QStringLiteral("42"))),
                 42);
    }

    void orderedByString()
    {
        const ResourceId a = ResourceId::fromString(QStringLiteral("a"));
        const ResourceId b = ResourceId::fromString(QStringLiteral("b"));
        const ResourceId b2 = ResourceId::fromString(QStringLiteral("b"));
        QVERIFY(a < b);
        QVERIFY(b > a);
        QVERIFY(b <= b2 && b >= b2);
        QVERIFY((a <=> b) == std::strong_ordering::less);
        QList<ResourceId> ids { b, ResourceId::fromString(QStringLiteral("c")), a };
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids.first(), a);
        QCOMPARE(ids.last().toString(), QStringLiteral("c"));
        QVERIFY(ResourceId() < a); // null sorts first
    }

    void kindMachineNamesRoundTrip()
    {
        QCOMPARE(allResourceKinds().size(), ResourceKindCount);
        QSet<QString> names;
        QSet<QString> displayNames;
        for (ResourceKind k : allResourceKinds()) {
            const QString name = machineName(k);
            QVERIFY(!name.isEmpty());
            QVERIFY2(name.at(0).isLower(), qPrintable(name));
            QCOMPARE(resourceKindFromName(name), std::optional<ResourceKind>(k));
            names.insert(name);
            displayNames.insert(displayName(k));
        }
        QCOMPARE(names.size(), ResourceKindCount);
        QCOMPARE(displayNames.size(), ResourceKindCount);
    }

    void kindMachineNamesAreTheDocumentedOnes()
    {
        QCOMPARE(machineName(ResourceKind::Vdc), QStringLiteral("vdc"));
        QCOMPARE(machineName(ResourceKind::IpAddress), QStringLiteral("ipAddress"));
        QCOMPARE(machineName(ResourceKind::GatewayApiGateway), QStringLiteral("gatewayApiGateway"));
        QCOMPARE(machineName(ResourceKind::HttpRoute), QStringLiteral("httpRoute"));
        QCOMPARE(machineName(ResourceKind::IpPool), QStringLiteral("ipPool"));
        QCOMPARE(displayName(ResourceKind::LoadBalancer), QStringLiteral("Load balancer"));
    }

    void unknownNamesAreRejected()
    {
        QCOMPARE(resourceKindFromName(u"Service"), std::nullopt); // case-sensitive
        QCOMPARE(resourceKindFromName(u""), std::nullopt);
        QCOMPARE(resourceKindFromName(u"pod"), std::nullopt);
        QCOMPARE(relationTypeFromName(u"attached"), std::nullopt);
        QCOMPARE(resourceStateFromName(u"OK"), std::nullopt);
    }

    void relationTypeNamesRoundTrip()
    {
        const QStringList expected { QStringLiteral("contains"), QStringLiteral("attachedTo"),
                                     QStringLiteral("exposes"),  QStringLiteral("routesTo"),
                                     QStringLiteral("secures"),  QStringLiteral("resolvesTo"),
                                     QStringLiteral("selects") };
        QCOMPARE(allRelationTypes().size(), expected.size());
        for (RelationType t : allRelationTypes()) {
            QCOMPARE(machineName(t), expected.at(static_cast<int>(t)));
            QCOMPARE(relationTypeFromName(machineName(t)), std::optional<RelationType>(t));
            QVERIFY(!displayName(t).isEmpty());
        }
    }

    void stateNamesRoundTrip()
    {
        for (ResourceState s : { ResourceState::Ok, ResourceState::Progressing, ResourceState::Warning,
                                 ResourceState::Error, ResourceState::Unknown }) {
            QCOMPARE(resourceStateFromName(machineName(s)), std::optional<ResourceState>(s));
            QVERIFY(!displayName(s).isEmpty());
        }
        QCOMPARE(machineName(ResourceState::Progressing), QStringLiteral("progressing"));
    }
};

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resourceid.moc"
