// IonosProvider (with IonosApi and IonosMapper) against the lab's cloud API over HTTPS on loopback:
// the demo VDC read and linked by the Inventory's resolver, pagination, request polling, FAILED
// requests, 429 backoff, 401/403, the CIDR rule checked before sending, error bodies verbatim.
#include "tests/cloud/CloudLab.h"

#include "app/lab/cloud/CloudDemoSeed.h"
#include "models/cloud/CloudJob.h"
#include "models/cloud/IonosApi.h"
#include "models/cloud/IonosProvider.h"
#include "models/domain/Inventory.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace Netloom;
using namespace Netloom::Cloud;
using namespace Netloom::Domain;
using Netloom::CloudTest::CloudLab;

namespace {

constexpr int JobTimeoutMs = 20000;

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

bool waitFor(CloudJob* job, int timeoutMs = JobTimeoutMs)
{
    QSignalSpy spy(job, &CloudJob::finished);
    return spy.count() > 0 || spy.wait(timeoutMs);
}

QString errorText(const CloudJob& job)
{
    return job.error() ? job.error()->toString() : QString();
}

} // namespace

class TestIonosProvider final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IonosProvider> provider(const IonosConfig& config)
    {
        auto p = std::make_unique<IonosProvider>(config);
        p->api().setPollInterval(std::chrono::milliseconds(20), std::chrono::milliseconds(80));
        return p;
    }

    ResourceId subnet(const IonosProvider& p, const QString& lan) const
    {
        return p.mapper().subnetId(QLatin1String(Lab::CloudDemoSeed::DatacenterId), lan);
    }

    const Resource* byName(const Inventory& inventory, ResourceKind kind, const QString& name) const
    {
        const QList<ResourcePtr> found = inventory.byName(kind, name);
        return found.size() == 1 ? found.first().get() : nullptr;
    }

private slots:
    void readsTheDemoVdcWithRelations()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        std::unique_ptr<CloudJob> job(p->readAll());
        QSignalSpy progress(job.get(), &CloudJob::progress);
        QVERIFY(waitFor(job.get()));
        QVERIFY2(!job->error(), qPrintable(errorText(*job)));

        Inventory inventory;
        inventory.upsert(job->resources());
        QCOMPARE(inventory.countOfKind(ResourceKind::Vdc), 1);
        QCOMPARE(inventory.countOfKind(ResourceKind::Subnet), 3);
        QCOMPARE(inventory.countOfKind(ResourceKind::IpBlock), 1);
        QCOMPARE(inventory.countOfKind(ResourceKind::IpAddress), 4);
        QCOMPARE(inventory.countOfKind(ResourceKind::Gateway), 1);
        QCOMPARE(inventory.countOfKind(ResourceKind::LoadBalancer), 1);
        QCOMPARE(inventory.countOfKind(ResourceKind::Cluster), 1);
        QCOMPARE(inventory.countOfKind(ResourceKind::NodePool), 2);
        // 1 datacenters + 3 per data centre + ipblocks + k8s + nodepools of the one cluster.
        QCOMPARE(p->api().requestCount(), 7);
        QCOMPARE(lab.server().requestCount(), 7);
        QVERIFY(!progress.isEmpty());

        const Resource* vdc = byName(inventory, ResourceKind::Vdc, QStringLiteral("netloom-demo"));
        const Resource* nodes = byName(inventory, ResourceKind::Subnet, QStringLiteral("k8s-nodes"));
        const Resource* internet = byName(inventory, ResourceKind::Subnet, QStringLiteral("internet"));
        const Resource* nlb = byName(inventory, ResourceKind::LoadBalancer, QStringLiteral("nlb-ingress"));
        const Resource* nat = byName(inventory, ResourceKind::Gateway, QStringLiteral("nat-egress"));
        const Resource* lbIp = byName(inventory, ResourceKind::IpAddress, QLatin1String(CloudLab::LoadBalancerIp));
        const Resource* natIp = byName(inventory, ResourceKind::IpAddress, QStringLiteral("203.0.113.11"));
        const Resource* apps = byName(inventory, ResourceKind::NodePool, QStringLiteral("apps"));
        QVERIFY(vdc && nodes && internet && nlb && nat && lbIp && natIp && apps);

        QCOMPARE(nodes->parent, vdc->id);
        QCOMPARE(nodes->as<SubnetDetails>()->cidr, QStringLiteral("10.7.0.0/24"));
        QVERIFY(internet->as<SubnetDetails>()->isPublic);
        QCOMPARE(nodes->status.state, ResourceState::Ok);
        QCOMPARE(nlb->as<LoadBalancerDetails>()->forwardingRules.size(), 2);
        QCOMPARE(nlb->as<LoadBalancerDetails>()->forwardingRules.at(1).targets.size(), 3);
        QCOMPARE(apps->as<NodePoolDetails>()->nodeCount, 3);

        // The traffic: public IP -> load balancer (on the public LAN) -> node LAN <- node pools;
        // the node LAN's outbound traffic -> NAT gateway <- its public IP.
        QVERIFY(inventory.hasRelation({ vdc->id, nodes->id, RelationType::Contains }));
        QVERIFY(inventory.hasRelation({ vdc->id, nlb->id, RelationType::Contains }));
        QVERIFY(inventory.hasRelation({ lbIp->id, nlb->id, RelationType::AttachedTo }));
        QVERIFY(inventory.hasRelation({ internet->id, nlb->id, RelationType::RoutesTo }));
        QVERIFY(inventory.hasRelation({ nlb->id, nodes->id, RelationType::RoutesTo }));
        QVERIFY(inventory.hasRelation({ apps->id, nodes->id, RelationType::AttachedTo }));
        QVERIFY(inventory.hasRelation({ nodes->id, nat->id, RelationType::RoutesTo }));
        QVERIFY(inventory.hasRelation({ natIp->id, nat->id, RelationType::AttachedTo }));
        QVERIFY(!inventory.hasRelation({ natIp->id, nlb->id, RelationType::AttachedTo }));
    }

    void aCancelledReadNeverFinishes()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        std::unique_ptr<CloudJob> job(p->readAll());
        QSignalSpy finished(job.get(), &CloudJob::finished);
        job->cancel(); // the first requests are on their way: their answers must change nothing
        QTRY_VERIFY_WITH_TIMEOUT(lab.server().requestCount() >= 3, 5000);
        QVERIFY(!finished.wait(1500));
        QCOMPARE(finished.count(), 0);
        QVERIFY(job->resources().isEmpty());
        QVERIFY(!job->error());
        QVERIFY(!job->isFinished());
        // A job deleted half-way is no problem either.
        const int before = lab.server().requestCount();
        std::unique_ptr<CloudJob> dropped(p->readAll());
        dropped.reset();
        QTRY_VERIFY_WITH_TIMEOUT(lab.server().requestCount() >= before + 3, 5000);
        QTest::qWait(500);
    }

    void pagesThroughEveryCollection()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        for (int i = 0; i < 4; ++i)
            lab.server().seed(QStringLiteral("lan"), QLatin1String(Lab::CloudDemoSeed::DatacenterId),
                { { QStringLiteral("name"), QStringLiteral("extra-%1").arg(i) }, { QStringLiteral("public"), false } },
                QString::number(10 + i));
        IonosConfig config = lab.config();
        config.pageSize = 2;
        auto p = provider(config);
        std::unique_ptr<CloudJob> job(p->readAll());
        QVERIFY(waitFor(job.get()));
        QVERIFY2(!job->error(), qPrintable(errorText(*job)));
        Inventory inventory;
        inventory.upsert(job->resources());
        QCOMPARE(inventory.countOfKind(ResourceKind::Subnet), 7);
        // 7 LANs in pages of 2 = 4 requests; every other collection fits one page.
        QCOMPARE(p->api().requestCount(), 1 + 4 + 1 + 1 + 1 + 1 + 1);
        QCOMPARE(lab.server().requestCount(), p->api().requestCount());
    }

    void createsUpdatesAndDeletesALan()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        lab.server().setRequestDelays(300, 300); // polled every 20 to 80 ms: QUEUED or RUNNING is seen
        auto p = provider(lab.config());
        QSignalSpy statuses(&p->api(), &IonosApi::requestStatusChanged);
        const ResourceId vdc = p->mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId));

        SubnetSpec spec;
        spec.name = QStringLiteral("batch");
        spec.isPublic = false;
        spec.ipv4Cidr = QStringLiteral("10.7.4.0/24");
        std::unique_ptr<CloudJob> created(p->createSubnet(vdc, spec));
        QVERIFY(waitFor(created.get()));
        QVERIFY2(!created->error(), qPrintable(errorText(*created)));
        QCOMPARE(created->resources().size(), 1);
        const ResourcePtr lan = created->resources().first();
        QCOMPARE(lan->name, QStringLiteral("batch"));
        QCOMPARE(lan->as<SubnetDetails>()->cidr, QStringLiteral("10.7.4.0/24"));
        QCOMPARE(lan->status.state, ResourceState::Ok); // read after DONE
        QStringList seen;
        for (const QList<QVariant>& s : statuses)
            seen.append(s.at(1).toString());
        QCOMPARE(seen.last(), QStringLiteral("DONE"));
        QVERIFY2(seen.contains(QStringLiteral("QUEUED")) || seen.contains(QStringLiteral("RUNNING")),
            qPrintable(seen.join(QLatin1Char(','))));

        SubnetSpec rename;
        rename.name = QStringLiteral("batch-renamed");
        std::unique_ptr<CloudJob> updated(p->updateSubnet(lan->id, rename));
        QVERIFY(waitFor(updated.get()));
        QVERIFY2(!updated->error(), qPrintable(errorText(*updated)));
        QCOMPARE(updated->resources().first()->name, QStringLiteral("batch-renamed"));
        const QString lanId = lan->as<SubnetDetails>()->lanId;
        QCOMPARE(lab.server().store().find(lanId)->properties.value(QLatin1String("ipv4CidrBlock")).toString(),
            QStringLiteral("10.7.4.0/24"));

        std::unique_ptr<CloudJob> deleted(p->deleteSubnet(lan->id));
        QVERIFY(waitFor(deleted.get()));
        QVERIFY2(!deleted->error(), qPrintable(errorText(*deleted)));
        QVERIFY(!lab.server().store().find(lanId));
        QCOMPARE(lab.server().requestCount(), p->api().requestCount());
    }

    void reservesAnIpBlockAndRunsANatGatewayOnIt()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        const ResourceId vdc = p->mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId));

        std::unique_ptr<CloudJob> reserved(p->createIpBlock({ QStringLiteral("egress-2"), QStringLiteral("de/fra"), 2 }));
        QVERIFY(waitFor(reserved.get()));
        QVERIFY2(!reserved->error(), qPrintable(errorText(*reserved)));
        QCOMPARE(reserved->resources().size(), 3); // the block and its two addresses
        const ResourcePtr block = reserved->resources().first();
        QCOMPARE(block->as<IpBlockDetails>()->addresses,
            QStringList({ QStringLiteral("198.51.100.1"), QStringLiteral("198.51.100.2") }));

        std::unique_ptr<CloudJob> renamed(
            p->updateIpBlock(block->id, { QStringLiteral("egress-two"), QStringLiteral("de/fra"), 2 }));
        QVERIFY(waitFor(renamed.get()));
        QVERIFY2(!renamed->error(), qPrintable(errorText(*renamed)));
        QCOMPARE(renamed->resources().first()->name, QStringLiteral("egress-two"));
        QCOMPARE(renamed->resources().first()->as<IpBlockDetails>()->addresses.size(), 2); // kept by the server

        GatewaySpec gateway { QStringLiteral("nat-data"), { QStringLiteral("198.51.100.1") },
            { subnet(*p, QStringLiteral("3")) } };
        std::unique_ptr<CloudJob> created(p->createGateway(vdc, gateway));
        QVERIFY(waitFor(created.get()));
        QVERIFY2(!created->error(), qPrintable(errorText(*created)));
        const ResourcePtr nat = created->resources().first();
        QCOMPARE(nat->as<GatewayDetails>()->publicIps, QStringList({ QStringLiteral("198.51.100.1") }));

        Inventory inventory;
        inventory.upsert(renamed->resources());
        std::unique_ptr<CloudJob> all(p->readAll());
        QVERIFY(waitFor(all.get()));
        inventory.upsert(all->resources());
        const Resource* ip = byName(inventory, ResourceKind::IpAddress, QStringLiteral("198.51.100.1"));
        QVERIFY(ip);
        QVERIFY(inventory.hasRelation({ ip->id, nat->id, RelationType::AttachedTo }));
        QVERIFY(inventory.hasRelation({ subnet(*p, QStringLiteral("3")), nat->id, RelationType::RoutesTo }));

        gateway.publicIps.append(QStringLiteral("198.51.100.2"));
        std::unique_ptr<CloudJob> updated(p->updateGateway(nat->id, gateway));
        QVERIFY(waitFor(updated.get()));
        QVERIFY2(!updated->error(), qPrintable(errorText(*updated)));
        QCOMPARE(updated->resources().first()->as<GatewayDetails>()->publicIps.size(), 2);

        std::unique_ptr<CloudJob> deleted(p->deleteGateway(nat->id));
        QVERIFY(waitFor(deleted.get()));
        QVERIFY2(!deleted->error(), qPrintable(errorText(*deleted)));
        std::unique_ptr<CloudJob> released(p->deleteIpBlock(block->id));
        QVERIFY(waitFor(released.get()));
        QVERIFY2(!released->error(), qPrintable(errorText(*released)));
        QVERIFY(!lab.server().store().find(nat->uid));
        QVERIFY(!lab.server().store().find(block->uid));
        QCOMPARE(lab.server().requestCount(), p->api().requestCount());

        // The gateway's rules are checked before sending.
        const int before = lab.server().requestCount();
        const ResourceId foreignLan = ResourceId::cloud(QStringLiteral("ionos"), ResourceKind::Subnet, QStringLiteral("other-dc/1"));
        std::unique_ptr<CloudJob> wrongLan(
            p->createGateway(vdc, { QStringLiteral("nat-x"), { QStringLiteral("198.51.100.9") }, { foreignLan } }));
        QVERIFY(waitFor(wrongLan.get()));
        QVERIFY(wrongLan->error() && wrongLan->error()->message.contains(QStringLiteral("(ionos.natgateway.lans)")));
        std::unique_ptr<CloudJob> noIp(p->createGateway(vdc, { QStringLiteral("nat-y"), {}, {} }));
        QVERIFY(waitFor(noIp.get()));
        QVERIFY(noIp->error() && noIp->error()->message.contains(QStringLiteral("(ionos.natgateway.publicIps)")));
        std::unique_ptr<CloudJob> tooBig(p->createIpBlock({ {}, QStringLiteral("de/fra"), 1000 }));
        QVERIFY(waitFor(tooBig.get()));
        QVERIFY(tooBig->error() && tooBig->error()->message.contains(QStringLiteral("(ionos.ipblock.size)")));
        QCOMPARE(lab.server().requestCount(), before);
    }

    void aFailedRequestShowsTheServersMessage()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        lab.server().failNextRequest(QStringLiteral("LAN limit of the contract reached (42 of 42)"));
        const qsizetype before = lab.server().store().size();
        SubnetSpec spec;
        spec.name = QStringLiteral("one-too-many");
        std::unique_ptr<CloudJob> job(
            p->createSubnet(p->mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId)), spec));
        QVERIFY(waitFor(job.get()));
        QVERIFY(job->error());
        QVERIFY2(job->error()->message.endsWith(QStringLiteral(": LAN limit of the contract reached (42 of 42)")),
            qPrintable(job->error()->message));
        QCOMPARE(lab.server().store().size(), before); // rolled back by the server
    }

    void retries429WithBackoffButNeverAPost()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        lab.server().injectFaults(429, 2, 1);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<CloudJob> job(p->readAll());
        QVERIFY(waitFor(job.get()));
        QVERIFY2(!job->error(), qPrintable(errorText(*job)));
        // Two GETs got a 429 with Retry-After: 1 and were tried again after it: 7 + 2 requests.
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(lab.server().requestCount(), 9);
        QCOMPARE(p->api().requestCount(), 9);

        lab.server().injectFaults(429, 1, 7);
        const int before = lab.server().requestCount();
        SubnetSpec spec;
        spec.name = QStringLiteral("rate-limited");
        std::unique_ptr<CloudJob> post(
            p->createSubnet(p->mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId)), spec));
        QVERIFY(waitFor(post.get()));
        QVERIFY(post->error());
        QVERIFY2(post->error()->message.contains(QStringLiteral("(429)"))
                && post->error()->message.contains(QStringLiteral("try again in 7 s")),
            qPrintable(post->error()->message));
        QTest::qWait(300);
        QCOMPARE(lab.server().requestCount(), before + 1); // the POST was sent once
    }

    void pacesItselfWhenTheRateLimitIsExhausted()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        lab.server().setRateLimit(120, 3); // one request every 500 ms, three at once
        auto p = provider(lab.config());
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<CloudJob> job(p->readAll());
        QVERIFY(waitFor(job.get(), 30000));
        QVERIFY2(!job->error(), qPrintable(errorText(*job)));
        // 7 requests through a bucket of 3 refilled every 500 ms take about 2 s; spaced by the
        // client after X-RateLimit-Remaining: 0, the later ones are not refused (unpaced, the three
        // requests the data centre's answer starts would all get a 429 at once). One refusal is
        // tolerated: the bucket refills on the server's clock, which a client can only approach.
        QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(lab.server().rateLimitedCount() <= 1, qPrintable(QString::number(lab.server().rateLimitedCount())));
        QCOMPARE(lab.server().requestCount(), 7 + lab.server().rateLimitedCount());
    }

    void anInvalidTokenIsNotRetried()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        IonosConfig config = lab.config();
        config.token = "not-the-token";
        auto p = provider(config);
        std::unique_ptr<CloudJob> job(p->readAll());
        QVERIFY(waitFor(job.get()));
        QVERIFY(job->error());
        QCOMPARE(job->error()->message,
            QStringLiteral("The IONOS Cloud API refused the credentials (401 Unauthorized): [315] Unauthorized: the "
                           "credentials are missing or invalid"));
        QVERIFY(!job->error()->toString().contains(QStringLiteral("not-the-token")));
        QTest::qWait(1500);
        QCOMPARE(lab.server().requestCount(), 3); // the three first collections, once each
    }

    void forbiddenIsShownAndNotRetried()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        IonosConfig config = lab.config();
        config.token = "read-only-token-fedcba9876543210";
        auto p = provider(config);
        std::unique_ptr<CloudJob> job(p->deleteSubnet(subnet(*p, QStringLiteral("3"))));
        QVERIFY(waitFor(job.get()));
        QVERIFY(job->error());
        QVERIFY2(job->error()->message.startsWith(QStringLiteral("Forbidden (403)")), qPrintable(job->error()->message));
        QVERIFY(job->error()->message.contains(QStringLiteral("Access denied: this token may only read")));
        QTest::qWait(500);
        QCOMPARE(lab.server().requestCount(), 1);
        QVERIFY(lab.server().store().find(QStringLiteral("3")));
    }

    void theCidrRuleIsCheckedBeforeSending()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        SubnetSpec spec;
        spec.ipv4Cidr = QStringLiteral("10.7.1.0/23");
        std::unique_ptr<CloudJob> job(
            p->createSubnet(p->mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId)), spec));
        QVERIFY(waitFor(job.get()));
        QVERIFY(job->error());
        QVERIFY2(job->error()->message.contains(QStringLiteral("(ionos.lan.cidr.aligned)")),
            qPrintable(job->error()->message));
        spec.ipv4Cidr = QStringLiteral("10.7.4.0/24");
        std::unique_ptr<CloudJob> update(p->updateSubnet(subnet(*p, QStringLiteral("2")), SubnetSpec { {}, {}, QStringLiteral("8.8.8.0/24") }));
        QVERIFY(waitFor(update.get()));
        QVERIFY(update->error());
        QVERIFY(update->error()->message.contains(QStringLiteral("(ionos.lan.cidr.private)")));
        QCOMPARE(lab.server().requestCount(), 0);
    }

    void errorBodiesAreQuotedVerbatim()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        IonosApi api(lab.config());
        std::optional<Expected<QJsonObject>> result;
        api.write("POST", QStringLiteral("/datacenters/%1/lans").arg(QLatin1String(Lab::CloudDemoSeed::DatacenterId)),
            { { QStringLiteral("properties"), QJsonObject { { QStringLiteral("ipv4CidrBlock"), QStringLiteral("8.8.8.0/24") } } } },
            [&result](const Expected<QJsonObject>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), JobTimeoutMs);
        QVERIFY(!*result);
        QCOMPARE(result->error().message,
            QStringLiteral("The IONOS Cloud API answered 422 to POST /cloudapi/v6/datacenters/%1/lans: [100] Invalid "
                           "ipv4CidrBlock '8.8.8.0/24': must be a private (RFC 1918) range.")
                .arg(QLatin1String(Lab::CloudDemoSeed::DatacenterId)));
        QCOMPARE(result->error().detail,
            QStringLiteral("HTTP 422 on POST /cloudapi/v6/datacenters/%1/lans").arg(QLatin1String(Lab::CloudDemoSeed::DatacenterId)));
    }

    void basicAuthAndContractNumber()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        IonosConfig config = lab.config();
        config.token.clear();
        config.username = QStringLiteral("ops@example.com");
        config.password = "lab-password";
        config.contractNumber = QStringLiteral("31415926");
        auto p = provider(config);
        std::unique_ptr<CloudJob> job(p->readAll());
        QVERIFY(waitFor(job.get()));
        QVERIFY2(!job->error(), qPrintable(errorText(*job)));

        config.contractNumber = QStringLiteral("27182818");
        auto other = provider(config);
        std::unique_ptr<CloudJob> refused(other->readAll());
        QVERIFY(waitFor(refused.get()));
        QVERIFY(refused->error());
        QVERIFY2(refused->error()->message.contains(QStringLiteral("not a member of contract 27182818")),
            qPrintable(refused->error()->message));
    }

    void noSecretInTheDebugLog()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        QLoggingCategory::setFilterRules(QStringLiteral("netloom.*.debug=true"));
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(capture);
        const auto restore = qScopeGuard([]() {
            qInstallMessageHandler(g_previousHandler);
            QLoggingCategory::setFilterRules(QStringLiteral("netloom.*.debug=false"));
        });
        auto withToken = provider(lab.config());
        std::unique_ptr<CloudJob> read(withToken->readAll());
        QVERIFY(waitFor(read.get()));
        SubnetSpec spec;
        spec.name = QStringLiteral("logged");
        std::unique_ptr<CloudJob> created(
            withToken->createSubnet(withToken->mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId)), spec));
        QVERIFY(waitFor(created.get()));
        QVERIFY2(!created->error(), qPrintable(errorText(*created)));
        IonosConfig basic = lab.config();
        basic.token.clear();
        basic.username = QStringLiteral("ops@example.com");
        basic.password = "lab-password";
        auto withPassword = provider(basic);
        std::unique_ptr<CloudJob> again(withPassword->readAll());
        QVERIFY(waitFor(again.get()));
        QVERIFY2(!again->error(), qPrintable(errorText(*again)));

        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("netloom.cloud")) && all.contains(QStringLiteral("netloom.net")),
            "debug logging was not on");
        QVERIFY(all.contains(QStringLiteral("Authorization: <redacted>")));
        for (const QString& secret : { lab.server().token(), QStringLiteral("lab-password"),
                 QString::fromLatin1(QByteArray("ops@example.com:lab-password").toBase64()) })
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("%1 appears in the log").arg(secret)));
    }

    void downloadsTheKubeconfig()
    {
        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        auto p = provider(lab.config());
        std::unique_ptr<CloudJob> job(
            p->fetchKubeconfig(p->mapper().clusterId(QLatin1String(Lab::CloudDemoSeed::ClusterId))));
        QVERIFY(waitFor(job.get()));
        QVERIFY2(!job->error(), qPrintable(errorText(*job)));
        QVERIFY(job->content().startsWith("apiVersion: v1\nkind: Config\n"));
    }
};

QTEST_GUILESS_MAIN(TestIonosProvider)
#include "tst_ionosprovider.moc"
