// The RelationResolver through the Inventory that runs it: the rule table's directions, resolution
// in any order of arrival, key changes, batches of relation changes, a brute-force comparison of a
// seeded random run, and the work one change costs on a small and a large inventory.

#include "models/domain/Inventory.h"
#include "models/domain/RelationResolver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Netloom::Domain;

namespace {

const QString kOrigin = QStringLiteral("kube:lab");

ResourceId kid(ResourceKind kind, const QString& ns, const QString& name)
{
    return ResourceId::kube(QStringLiteral("lab"), kind, ns, name);
}

Resource base(ResourceKind kind, const QString& ns, const QString& name)
{
    Resource r;
    r.kind = kind;
    r.name = name;
    r.namespaceName = ns;
    r.id = kid(kind, ns, name);
    r.origin = kOrigin;
    r.details = defaultDetails(kind);
    return r;
}

ResourcePtr share(Resource r)
{
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr service(const QString& ns, const QString& name)
{
    return share(base(ResourceKind::Service, ns, name));
}

// An Ingress naming @p backends, class @p className ("" = the default class), a TLS secret.
ResourcePtr ingress(const QString& ns, const QString& name, const QStringList& backends,
    const QString& className = QStringLiteral("nginx"), const QString& secret = {})
{
    Resource r = base(ResourceKind::Ingress, ns, name);
    for (const QString& b : backends)
        r.references.append({ ReferenceKind::IngressBackend, ResourceKey::id(kid(ResourceKind::Service, ns, b)) });
    if (className.isEmpty())
        r.references.append({ ReferenceKind::IngressDefaultClass, ResourceKey::defaultIngressClass(kOrigin) });
    else
        r.references.append(
            { ReferenceKind::IngressClassName, ResourceKey::id(kid(ResourceKind::IngressClass, {}, className)) });
    if (!secret.isEmpty())
        r.references.append({ ReferenceKind::IngressTlsSecret, ResourceKey::tlsSecret(kOrigin, ns, secret) });
    return share(r);
}

ResourcePtr ingressClass(
    const QString& name, bool isDefault, const QString& controller = QStringLiteral("k8s.io/ingress-nginx"))
{
    Resource r = base(ResourceKind::IngressClass, {}, name);
    r.references.append({ ReferenceKind::ClassController, ResourceKey::ingressController(kOrigin, controller) });
    if (isDefault)
        r.keys.append(ResourceKey::defaultIngressClass(kOrigin));
    r.status.message = QStringLiteral("v1");
    return share(r);
}

ResourcePtr controller(const QString& ns, const QString& name)
{
    Resource r = base(ResourceKind::IngressController, ns, name);
    r.keys.append(ResourceKey::ingressController(kOrigin, QStringLiteral("k8s.io/ingress-nginx")));
    r.references.append({ ReferenceKind::ControllerService, ResourceKey::id(kid(ResourceKind::Service, ns, name)) });
    return share(r);
}

ResourcePtr certificate(const QString& ns, const QString& name, const QString& secret, const QString& issuer)
{
    Resource r = base(ResourceKind::Certificate, ns, name);
    r.keys.append(ResourceKey::tlsSecret(kOrigin, ns, secret));
    r.references.append({ ReferenceKind::CertificateIssuer, ResourceKey::id(kid(ResourceKind::Issuer, {}, issuer)) });
    return share(r);
}

ResourcePtr issuer(const QString& name)
{
    return share(base(ResourceKind::Issuer, {}, name));
}

bool has(const Inventory& inv, const ResourceId& from, const ResourceId& to, RelationType type)
{
    return inv.hasRelation({ from, to, type });
}

} // namespace

class TestRelationResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleTableFollowsTheTraffic()
    {
        using R = RelationResolver;
        // referrer -> provider only where the referrer sends the traffic on
        QVERIFY(R::rule(ReferenceKind::IngressBackend).referrerIsSource);
        QVERIFY(R::rule(ReferenceKind::RouteBackend).referrerIsSource);
        for (ReferenceKind k : { ReferenceKind::IngressClassName, ReferenceKind::IngressDefaultClass,
                 ReferenceKind::IngressTlsSecret, ReferenceKind::ClassController, ReferenceKind::ControllerService,
                 ReferenceKind::CertificateIssuer, ReferenceKind::RouteParent })
            QVERIFY2(!R::rule(k).referrerIsSource, qPrintable(machineName(k)));
        QCOMPARE(R::rule(ReferenceKind::ControllerService).type, RelationType::Exposes);
        QCOMPARE(R::rule(ReferenceKind::IngressTlsSecret).type, RelationType::Secures);
        QCOMPARE(R::rule(ReferenceKind::CertificateIssuer).type, RelationType::Secures);
        QCOMPARE(machineName(ReferenceKind::IngressDefaultClass), QStringLiteral("ingressDefaultClass"));
    }

    void cloudRulesFollowTheTraffic()
    {
        using R = RelationResolver;
        // Traffic enters at the public IP, the load balancer forwards into the target LAN where the
        // node pools are; a LAN's outbound traffic goes to its NAT gateway.
        QCOMPARE(R::rule(ReferenceKind::VdcMember).type, RelationType::Contains);
        QVERIFY(!R::rule(ReferenceKind::VdcMember).referrerIsSource);
        QVERIFY(!R::rule(ReferenceKind::LoadBalancerListenerLan).referrerIsSource);
        QVERIFY(R::rule(ReferenceKind::LoadBalancerTargetLan).referrerIsSource);
        QCOMPARE(R::rule(ReferenceKind::LoadBalancerPublicIp).type, RelationType::AttachedTo);
        QVERIFY(!R::rule(ReferenceKind::LoadBalancerPublicIp).referrerIsSource);
        QVERIFY(!R::rule(ReferenceKind::GatewayPublicIp).referrerIsSource);
        QVERIFY(!R::rule(ReferenceKind::GatewayLan).referrerIsSource);
        QCOMPARE(R::rule(ReferenceKind::NodePoolLan).type, RelationType::AttachedTo);
        QVERIFY(R::rule(ReferenceKind::NodePoolLan).referrerIsSource);
        QCOMPARE(machineName(ReferenceKind::LoadBalancerPublicIp), QStringLiteral("loadBalancerPublicIp"));

        // An IpAddress key is scoped by origin: the same address of another account never meets.
        const auto ip = [](const QString& origin, const QString& id) {
            Resource r;
            r.kind = ResourceKind::IpAddress;
            r.id = ResourceId::cloud(origin, ResourceKind::IpAddress, id);
            r.origin = origin;
            r.keys.append(ResourceKey::ipAddress(origin, QStringLiteral("203.0.113.10")));
            return std::make_shared<const Resource>(std::move(r));
        };
        Resource lb;
        lb.kind = ResourceKind::LoadBalancer;
        lb.id = ResourceId::cloud(QStringLiteral("a"), ResourceKind::LoadBalancer, QStringLiteral("dc/nlb"));
        lb.origin = QStringLiteral("a");
        lb.references.append(
            { ReferenceKind::LoadBalancerPublicIp, ResourceKey::ipAddress(lb.origin, QStringLiteral("203.0.113.10")) });
        Inventory inv;
        const ResourcePtr mine = ip(QStringLiteral("a"), QStringLiteral("blk/203.0.113.10"));
        const ResourcePtr theirs = ip(QStringLiteral("b"), QStringLiteral("blk/203.0.113.10"));
        inv.upsert(QList<ResourcePtr> { std::make_shared<const Resource>(lb), mine, theirs });
        QVERIFY(has(inv, mine->id, lb.id, RelationType::AttachedTo));
        QVERIFY(!has(inv, theirs->id, lb.id, RelationType::AttachedTo));
        QCOMPARE(inv.relationCount(), 1);
    }

    void theIngressPathPointsAlongTheTrafficInEveryOrder()
    {
        const QList<ResourcePtr> all {
            service(QStringLiteral("ingress-nginx"), QStringLiteral("ctl")),
            controller(QStringLiteral("ingress-nginx"), QStringLiteral("ctl")),
            ingressClass(QStringLiteral("nginx"), true),
            ingress(QStringLiteral("shop"), QStringLiteral("web"), { QStringLiteral("front") }, QStringLiteral("nginx"),
                QStringLiteral("web-tls")),
            service(QStringLiteral("shop"), QStringLiteral("front")),
            certificate(
                QStringLiteral("shop"), QStringLiteral("web-tls"), QStringLiteral("web-tls"), QStringLiteral("le")),
            issuer(QStringLiteral("le")),
        };
        const ResourceId lb = kid(ResourceKind::Service, QStringLiteral("ingress-nginx"), QStringLiteral("ctl"));
        const ResourceId ctl
            = kid(ResourceKind::IngressController, QStringLiteral("ingress-nginx"), QStringLiteral("ctl"));
        const ResourceId cls = kid(ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        const ResourceId ing = kid(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("web"));
        const ResourceId front = kid(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("front"));
        const ResourceId cert = kid(ResourceKind::Certificate, QStringLiteral("shop"), QStringLiteral("web-tls"));
        const ResourceId le = kid(ResourceKind::Issuer, {}, QStringLiteral("le"));

        QList<int> order { 0, 1, 2, 3, 4, 5, 6 };
        for (int round = 0; round < 24; ++round) {
            Inventory inv;
            for (int i : std::as_const(order))
                inv.upsert(all.at(i));
            QVERIFY(has(inv, lb, ctl, RelationType::Exposes));
            QVERIFY(has(inv, ctl, cls, RelationType::RoutesTo));
            QVERIFY(has(inv, cls, ing, RelationType::RoutesTo));
            QVERIFY(has(inv, ing, front, RelationType::RoutesTo));
            QVERIFY(has(inv, cert, ing, RelationType::Secures));
            QVERIFY(has(inv, le, cert, RelationType::Secures));
            QCOMPARE(inv.relationCount(), 6);
            QCOMPARE(inv.relationsOf(ing), (QList<Relation> { { RelationType::RoutesTo, front } }));
            QCOMPARE(inv.sourcesOf(ing).size(), 2);
            QCOMPARE(inv.sourcesOf(ing, RelationType::Secures).first()->id, cert);
            // removing a middle hop drops exactly its relations; re-adding restores them
            inv.remove(cls);
            QCOMPARE(inv.relationCount(), 4);
            inv.upsert(all.at(2));
            QCOMPARE(inv.relationCount(), 6);
            std::next_permutation(order.begin(), order.end());
            for (int k = 0; k < round % 5; ++k)
                std::next_permutation(order.begin(), order.end());
        }
    }

    void defaultClassKeyFollowsTheAnnotation()
    {
        Inventory inv;
        inv.upsert(ingress(QStringLiteral("shop"), QStringLiteral("noclass"), {}, QString()));
        inv.upsert(ingressClass(QStringLiteral("nginx"), false));
        const ResourceId cls = kid(ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        const ResourceId ing = kid(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("noclass"));
        QVERIFY(!has(inv, cls, ing, RelationType::RoutesTo));
        inv.upsert(ingressClass(QStringLiteral("nginx"), true));
        QVERIFY(has(inv, cls, ing, RelationType::RoutesTo));
        inv.upsert(ingressClass(QStringLiteral("nginx"), false));
        QVERIFY(!has(inv, cls, ing, RelationType::RoutesTo));
        // keys are scoped by origin: another cluster's default class does not serve this Ingress
        Resource other = *ingressClass(QStringLiteral("nginx"), false);
        other.id = ResourceId::kube(QStringLiteral("other"), ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        other.origin = QStringLiteral("kube:other");
        other.keys = { ResourceKey::defaultIngressClass(other.origin) };
        inv.upsert(share(other));
        QCOMPARE(inv.incomingOf(ing).size(), 0);
    }

    void explicitRelationsAndDuplicatesGiveOneRelation()
    {
        Inventory inv;
        Resource r
            = *ingress(QStringLiteral("shop"), QStringLiteral("web"), { QStringLiteral("a"), QStringLiteral("a") });
        r.relations
            = { { RelationType::RoutesTo, kid(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("a")) } };
        inv.upsert(share(r));
        QCOMPARE(inv.relationCount(), 0); // the Service is not there yet
        inv.upsert(service(QStringLiteral("shop"), QStringLiteral("a")));
        QCOMPARE(inv.relationCount(), 1);
        r.references.clear(); // the explicit relation alone still gives it
        inv.upsert(share(r));
        QCOMPARE(inv.relationCount(), 1);
        r.relations.clear();
        inv.upsert(share(r));
        QCOMPARE(inv.relationCount(), 0);
    }

    void batchesCarryRelationChangesCoalesced()
    {
        Inventory inv;
        QSignalSpy spy(&inv, &Inventory::changed);
        inv.upsert(service(QStringLiteral("shop"), QStringLiteral("a")));
        inv.upsert(ingress(QStringLiteral("shop"), QStringLiteral("web"), { QStringLiteral("a") }));
        inv.flush();
        QCOMPARE(spy.size(), 1);
        ChangeBatch batch = spy.takeFirst().first().value<ChangeBatch>();
        const ResolvedRelation route { kid(ResourceKind::Ingress, QStringLiteral("shop"), QStringLiteral("web")),
            kid(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("a")), RelationType::RoutesTo };
        QCOMPARE(batch.relationsAdded, QList<ResolvedRelation> { route });
        QVERIFY(batch.relationsRemoved.isEmpty());

        // the class arrives: only the new relation is in the batch, though the Ingress did not change
        inv.upsert(ingressClass(QStringLiteral("nginx"), false));
        inv.flush();
        batch = spy.takeFirst().first().value<ChangeBatch>();
        QCOMPARE(batch.added.size(), 1);
        QCOMPARE(batch.relationsAdded,
            (QList<ResolvedRelation> { { kid(ResourceKind::IngressClass, {}, QStringLiteral("nginx")), route.source,
                RelationType::RoutesTo } }));

        // removed and re-added in one turn: no relation change
        inv.remove(route.target);
        inv.upsert(service(QStringLiteral("shop"), QStringLiteral("a")));
        inv.upsert(service(QStringLiteral("shop"), QStringLiteral("b")));
        inv.flush();
        batch = spy.takeFirst().first().value<ChangeBatch>();
        QVERIFY(batch.relationsAdded.isEmpty());
        QVERIFY(batch.relationsRemoved.isEmpty());

        inv.remove(route.target);
        inv.flush();
        batch = spy.takeFirst().first().value<ChangeBatch>();
        QCOMPARE(batch.relationsRemoved, QList<ResolvedRelation> { route });

        inv.clear();
        inv.flush();
        batch = spy.takeFirst().first().value<ChangeBatch>();
        QCOMPARE(batch.relationsRemoved.size(), 1); // class -> ingress
        QCOMPARE(inv.relationCount(), 0);
    }

    // Seeded random mutations; after each, the resolved relations equal a brute-force resolution.
    void randomRunMatchesBruteForce()
    {
        QRandomGenerator rng(20261201);
        Inventory inv;
        const QStringList names { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        const auto randomResource = [&]() -> ResourcePtr {
            const QString n = names.at(rng.bounded(names.size()));
            switch (rng.bounded(6)) {
            case 0:
                return service(QStringLiteral("shop"), n);
            case 1: {
                QStringList backends;
                for (const QString& b : names)
                    if (rng.bounded(2))
                        backends << b;
                return ingress(QStringLiteral("shop"), n, backends, rng.bounded(2) ? n : QString(),
                    rng.bounded(2) ? n : QString());
            }
            case 2:
                return ingressClass(n, rng.bounded(2));
            case 3:
                return controller(QStringLiteral("shop"), n);
            case 4:
                return certificate(QStringLiteral("shop"), n, names.at(rng.bounded(names.size())), n);
            default:
                return issuer(n);
            }
        };
        for (int step = 0; step < 3000; ++step) {
            if (rng.bounded(4) == 0 && inv.size() > 0) {
                const QList<ResourcePtr> all = inv.all();
                inv.remove(all.at(rng.bounded(all.size()))->id);
            } else {
                inv.upsert(randomResource());
            }
            if (step % 50 != 0)
                continue;
            // brute force: every reference against every resource's keys
            QSet<ResolvedRelation> expected;
            const QList<ResourcePtr> all = inv.all();
            for (const ResourcePtr& referrer : all) {
                for (const Reference& ref : referrer->references) {
                    for (const ResourcePtr& provider : all) {
                        const bool provides
                            = (ref.key == ResourceKey::id(provider->id)) || provider->keys.contains(ref.key);
                        if (!provides || provider->id == referrer->id)
                            continue;
                        const RelationResolver::Rule rule = RelationResolver::rule(ref.kind);
                        expected.insert(rule.referrerIsSource
                                ? ResolvedRelation { referrer->id, provider->id, rule.type }
                                : ResolvedRelation { provider->id, referrer->id, rule.type });
                    }
                }
            }
            QSet<ResolvedRelation> actual;
            for (const ResourcePtr& r : all) {
                for (const Relation& rel : inv.relationsOf(r->id))
                    actual.insert({ r->id, rel.target, rel.type });
                for (const ResolvedRelation& rel : inv.incomingOf(r->id))
                    QVERIFY(inv.relationsOf(rel.source).contains(Relation { rel.type, r->id }));
            }
            QCOMPARE(actual, expected);
            QCOMPARE(inv.relationCount(), expected.size());
        }
    }

    // Not timed: the resolver's work for one change is the same on 1,000 and 20,000 services, even
    // with one IngressClass shared by every Ingress.
    void oneChangeCostsTheSameWhateverTheSize()
    {
        QList<RelationResolver::Counters> results;
        for (int services : { 1000, 20000 }) {
            Inventory inv;
            inv.upsert(ingressClass(QStringLiteral("nginx"), true));
            inv.upsert(service(QStringLiteral("ingress-nginx"), QStringLiteral("ctl")));
            inv.upsert(controller(QStringLiteral("ingress-nginx"), QStringLiteral("ctl")));
            for (int i = 0; i < services; ++i) {
                const QString ns = QStringLiteral("team-%1").arg(i / 10, 4, 10, QLatin1Char('0'));
                inv.upsert(service(ns, QStringLiteral("svc-%1").arg(i)));
                if (i % 4 == 0)
                    inv.upsert(ingress(ns, QStringLiteral("ing-%1").arg(i), { QStringLiteral("svc-%1").arg(i) },
                        i % 8 == 0 ? QStringLiteral("nginx") : QString()));
            }
            inv.flush();
            QCOMPARE(inv.incomingOf(kid(ResourceKind::IngressClass, {}, QStringLiteral("nginx"))).size(), 1);
            QCOMPARE(
                inv.relationsOf(kid(ResourceKind::IngressClass, {}, QStringLiteral("nginx"))).size(), services / 4);
            inv.resolver().resetCounters();

            const QString ns = QStringLiteral("team-0000");
            // an Ingress gets a second backend; a new Service; the hub class changes its status only
            inv.upsert(ingress(ns, QStringLiteral("ing-0"), { QStringLiteral("svc-0"), QStringLiteral("svc-1") }));
            inv.upsert(service(ns, QStringLiteral("svc-new")));
            Resource hub = *inv.get(kid(ResourceKind::IngressClass, {}, QStringLiteral("nginx")));
            hub.status.message = QStringLiteral("v2");
            inv.upsert(share(hub));
            inv.flush();
            results.append(inv.resolver().counters());
        }
        QCOMPARE(results.at(1).pairsVisited, results.at(0).pairsVisited);
        QCOMPARE(results.at(1).referencesChanged, results.at(0).referencesChanged);
        QCOMPARE(results.at(1).keysChanged, results.at(0).keysChanged);
        QVERIFY2(results.at(1).pairsVisited <= 4, qPrintable(QString::number(results.at(1).pairsVisited)));
    }
};

QTEST_GUILESS_MAIN(TestRelationResolver)
#include "tst_relationresolver.moc"
