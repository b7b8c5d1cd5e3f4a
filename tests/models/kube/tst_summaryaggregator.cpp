#include "models/kube/SummaryAggregator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Kube;

namespace {

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return o;
}

QJsonObject pod(const char* name, const char* ns, const char* phase, bool ready, const char* replicaSet = "web-7f9c6d")
{
    return parse(QByteArray(R"({"metadata": {"name": ")") + name + R"(", "namespace": ")" + ns
        + R"(", "labels": {"pod-template-hash": "7f9c6d"}, "ownerReferences": [{"kind": "ReplicaSet", "name": ")"
        + replicaSet + R"(", "controller": true}]}, "status": {"phase": ")" + phase
        + R"(", "podIP": "10.244.1.7", "conditions": [{"type": "Ready", "status": ")" + (ready ? "True" : "False")
        + R"("}]}})");
}

QJsonObject slice(const char* name, const char* service, int ready, int notReady)
{
    QByteArray endpoints;
    for (int i = 0; i < ready + notReady; ++i) {
        if (i)
            endpoints += ',';
        endpoints += R"({"addresses": ["10.244.2.)" + QByteArray::number(i + 1) + R"("], "conditions": {"ready": )"
                     + (i < ready ? "true" : "false") + "}}";
    }
    return parse(QByteArray(R"({"metadata": {"name": ")") + name
        + R"(", "namespace": "shop", "labels": {"kubernetes.io/service-name": ")" + service + R"("}}, "endpoints": [)"
        + endpoints + "]}");
}

} // namespace

class TestSummaryAggregator : public QObject
{
    Q_OBJECT

    ObjectMapper m_mapper { QStringLiteral("lab") };

    struct Changes
    {
        QList<ResourcePtr> upserted;
        QList<ResourceId> removed;
    };
    static Changes take(SummaryAggregator& a)
    {
        Changes c;
        a.takeChanges(&c.upserted, &c.removed);
        return c;
    }

private Q_SLOTS:
    void podsAreCountedPerNamespaceAndOwner()
    {
        SummaryAggregator a(m_mapper);
        a.set(QStringLiteral("pods/shop/web-1"), m_mapper.summaryPart(QStringLiteral("Pod"), pod("web-1", "shop", "Running", true)));
        a.set(QStringLiteral("pods/shop/web-2"), m_mapper.summaryPart(QStringLiteral("Pod"), pod("web-2", "shop", "Running", false)));
        a.set(QStringLiteral("pods/shop/job-1"),
            m_mapper.summaryPart(QStringLiteral("Pod"), pod("job-1", "shop", "Succeeded", false, "nightly")));
        a.set(QStringLiteral("pods/pay/api-1"), m_mapper.summaryPart(QStringLiteral("Pod"), pod("api-1", "pay", "Pending", false)));
        Changes c = take(a);
        QCOMPARE(c.upserted.size(), 2); // one summary per namespace, not one resource per pod
        QVERIFY(c.removed.isEmpty());
        const ResourcePtr shop = c.upserted[0]->namespaceName == QLatin1String("shop") ? c.upserted[0] : c.upserted[1];
        QCOMPARE(shop->id, m_mapper.idFor(ResourceKind::PodSummary, QStringLiteral("shop"), QStringLiteral("pods")));
        QCOMPARE(shop->parent, m_mapper.idFor(ResourceKind::Namespace, QString(), QStringLiteral("shop")));
        const auto* d = shop->as<PodSummaryDetails>();
        QCOMPARE(d->total, 3);
        QCOMPARE(d->running, 2);
        QCOMPARE(d->succeeded, 1);
        QCOMPARE(d->ready, 1);
        QCOMPARE(d->withIp, 3);
        // A ReplicaSet "<deployment>-<pod-template-hash>" counts as its Deployment.
        QCOMPARE(d->owners.size(), 2);
        QCOMPARE(d->owners[0], (PodOwnerCount { QStringLiteral("Deployment"), QStringLiteral("web"), 2, 1 }));
        QCOMPARE(d->owners[1].kind, QStringLiteral("ReplicaSet")); // "nightly" does not end in the hash
        QCOMPARE(shop->status.state, ResourceState::Warning); // a running pod is not ready

        // A change replaces the pod's part; only its namespace's summary is rebuilt.
        a.set(QStringLiteral("pods/shop/web-2"), m_mapper.summaryPart(QStringLiteral("Pod"), pod("web-2", "shop", "Running", true)));
        c = take(a);
        QCOMPARE(c.upserted.size(), 1);
        QCOMPARE(c.upserted[0]->as<PodSummaryDetails>()->ready, 2);
        QCOMPARE(c.upserted[0]->as<PodSummaryDetails>()->total, 3);
        QCOMPARE(c.upserted[0]->status.state, ResourceState::Ok);

        // Deleting the last pod of a namespace removes its summary.
        a.set(QStringLiteral("pods/pay/api-1"), std::nullopt);
        c = take(a);
        QVERIFY(c.upserted.isEmpty());
        QCOMPARE(c.removed, (QList<ResourceId> { m_mapper.idFor(ResourceKind::PodSummary, QStringLiteral("pay"), QStringLiteral("pods")) }));
        QCOMPARE(a.size(), 3);
        // Nothing changed, nothing to do.
        c = take(a);
        QVERIFY(c.upserted.isEmpty() && c.removed.isEmpty());
    }

    void endpointSlicesAddUpPerService()
    {
        SummaryAggregator a(m_mapper);
        a.set(QStringLiteral("es/shop/web-a"), m_mapper.summaryPart(QStringLiteral("EndpointSlice"), slice("web-a", "web", 2, 1)));
        a.set(QStringLiteral("es/shop/web-b"), m_mapper.summaryPart(QStringLiteral("EndpointSlice"), slice("web-b", "web", 1, 0)));
        a.set(QStringLiteral("es/shop/db-a"), m_mapper.summaryPart(QStringLiteral("EndpointSlice"), slice("db-a", "db", 0, 2)));
        Changes c = take(a);
        QCOMPARE(c.upserted.size(), 2);
        ResourcePtr web, db;
        for (const ResourcePtr& r : c.upserted)
            (r->name == QLatin1String("web") ? web : db) = r;
        QVERIFY(web && db);
        QCOMPARE(web->as<EndpointSummaryDetails>()->slices, 2);
        QCOMPARE(web->as<EndpointSummaryDetails>()->ready, 3);
        QCOMPARE(web->as<EndpointSummaryDetails>()->notReady, 1);
        QCOMPARE(web->as<EndpointSummaryDetails>()->addresses.size(), 3);
        QCOMPARE(web->status.state, ResourceState::Warning);
        QCOMPARE(web->references, (QList<Reference> { { ReferenceKind::EndpointsService,
                                      ResourceKey::id(m_mapper.idFor(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("web"))) } }));
        // A Service without ready endpoints is an error: traffic to it fails.
        QCOMPARE(db->status.state, ResourceState::Error);
        QCOMPARE(db->status.message, QStringLiteral("no ready endpoints (2 not ready)"));
        a.set(QStringLiteral("es/shop/web-a"), std::nullopt);
        c = take(a);
        QCOMPARE(c.upserted.size(), 1);
        QCOMPARE(c.upserted[0]->as<EndpointSummaryDetails>()->ready, 1);
        QCOMPARE(c.upserted[0]->as<EndpointSummaryDetails>()->slices, 1);
        QCOMPARE(c.upserted[0]->status.state, ResourceState::Ok);
        // A slice of no Service contributes nothing.
        QJsonObject orphan = slice("x", "web", 1, 0);
        orphan.insert(QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } });
        QVERIFY(!m_mapper.summaryPart(QStringLiteral("EndpointSlice"), orphan));
    }

    void manyPodsCostTheirChangeNotTheNamespace()
    {
        // 20,000 pods in one namespace, then one change: the rebuilt summary has the right totals
        // and the aggregator holds one part per pod, no resource per pod.
        SummaryAggregator a(m_mapper);
        for (int i = 0; i < 20000; ++i) {
            const QByteArray name = "p-" + QByteArray::number(i);
            a.set(QStringLiteral("pods/big/") + QString::fromLatin1(name),
                m_mapper.summaryPart(QStringLiteral("Pod"), pod(name.constData(), "big", i % 10 ? "Running" : "Pending", i % 10 != 0)));
        }
        Changes c = take(a);
        QCOMPARE(c.upserted.size(), 1);
        QCOMPARE(c.upserted[0]->as<PodSummaryDetails>()->total, 20000);
        QCOMPARE(c.upserted[0]->as<PodSummaryDetails>()->pending, 2000);
        a.set(QStringLiteral("pods/big/p-0"), std::nullopt);
        c = take(a);
        QCOMPARE(c.upserted[0]->as<PodSummaryDetails>()->pending, 1999);
        QCOMPARE(c.upserted[0]->as<PodSummaryDetails>()->owners.value(0).total, 19999);
    }
};

QTEST_GUILESS_MAIN(TestSummaryAggregator)
#include "tst_summaryaggregator.moc"
