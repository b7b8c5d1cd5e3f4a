// The lab's cloud API and Netloom's IONOS client, checked against IONOS's own OpenAPI spec by Prism
// (`prism proxy --errors`) in between: the whole demo VDC listed and LANs created, updated and
// deleted, an IP block and a NAT gateway created, updated and deleted (with request polling) through it, with zero violations, Prism's request count equal to
// the client's, and one deliberately invalid request flagged. The spec's corrections are listed in
// tests/README.md ("Prism fidelity test").
#include "tests/cloud/CloudLab.h"
#include "tests/support/ReferenceData.h"

#include "app/lab/cloud/CloudDemoSeed.h"
#include "models/cloud/CloudJob.h"
#include "models/cloud/IonosApi.h"
#include "models/cloud/IonosProvider.h"
#include "models/domain/Inventory.h"
#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"

#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Netloom;
using namespace Netloom::Cloud;
using namespace Netloom::Domain;
using Netloom::CloudTest::CloudLab;

namespace {

constexpr int ExpectedTypeCorrections = 76;
constexpr int JobTimeoutMs = 30000;

/// Drops `type: object` wherever it sits beside `allOf: [{$ref: '#/components/schemas/Type'}]`
/// (Type is a string enum: no value can be both). Returns how many it dropped.
int dropObjectBesideTypeRef(YAML::Node node)
{
    int dropped = 0;
    if (node.IsMap()) {
        const YAML::Node allOf = node["allOf"];
        if (allOf && allOf.IsSequence() && allOf.size() == 1 && allOf[0].IsMap() && allOf[0]["$ref"]
            && allOf[0]["$ref"].as<std::string>() == "#/components/schemas/Type" && node["type"]
            && node["type"].as<std::string>() == "object") {
            node.remove("type");
            ++dropped;
        }
        for (auto it = node.begin(); it != node.end(); ++it)
            dropped += dropObjectBesideTypeRef(it->second);
    } else if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            dropped += dropObjectBesideTypeRef(node[i]);
    }
    return dropped;
}

/// Drops the `pattern` of every Location response header: it is the placeholder
/// "https://[apiBaseUri]/requests/[requestId]/status", which as a regular expression matches no real
/// URL. Returns how many it dropped.
int dropLocationPatterns(YAML::Node paths)
{
    int dropped = 0;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        for (auto operation = path->second.begin(); operation != path->second.end(); ++operation) {
            if (!operation->second.IsMap())
                continue;
            const YAML::Node responses = operation->second["responses"];
            if (!responses || !responses.IsMap())
                continue;
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const YAML::Node headers = response->second["headers"];
                if (!headers || !headers.IsMap() || !headers["Location"] || !headers["Location"]["schema"])
                    continue;
                YAML::Node schema = headers["Location"]["schema"];
                if (schema.IsMap() && schema["pattern"]) {
                    schema.remove("pattern");
                    ++dropped;
                }
            }
        }
    }
    return dropped;
}

/// The node as JSON: quoted scalars stay strings; plain ones resolve as YAML's core schema does
/// (null, booleans, integers, floats), so that "200" or "6.0" in quotes keep their type.
QJsonValue toJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.as<std::string>()), toJson(it->second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (std::size_t i = 0; i < node.size(); ++i)
            array.append(toJson(node[i]));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!")
            return text;
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression real(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
            return false;
        if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
            return QJsonValue::Null;
        if (integer.match(text).hasMatch())
            return text.toLongLong();
        if (real.match(text).hasMatch())
            return text.toDouble();
        return text;
    }
    default:
        return QJsonValue::Null;
    }
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool waitFor(CloudJob* job)
{
    QSignalSpy spy(job, &CloudJob::finished);
    return spy.count() > 0 || spy.wait(JobTimeoutMs);
}

QString errorText(const CloudJob& job)
{
    return job.error() ? job.error()->toString() : QString();
}

} // namespace

class TestPrismFidelity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir { QStringLiteral("prism-fidelity-XXXXXX") }; // in the build folder (the test's cwd)
    QString m_spec;
    int m_typeCorrections = 0;
    int m_locationCorrections = 0;

    int prismRequests(const QByteArray& log) const { return static_cast<int>(log.count("Request received")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        NETLOOM_REQUIRE_REFERENCE(original, QStringLiteral("ionos/cloudapi-v6/openapi.yaml"));
        YAML::Node spec;
        try {
            spec = YAML::LoadFile(original.toStdString());
        } catch (const YAML::Exception& e) {
            QFAIL(qPrintable(QStringLiteral("cannot read %1: %2").arg(original, QString::fromStdString(e.what()))));
        }
        m_typeCorrections = dropObjectBesideTypeRef(spec);
        QCOMPARE(m_typeCorrections, ExpectedTypeCorrections);
        m_locationCorrections = dropLocationPatterns(spec["paths"]);
        QVERIFY(m_locationCorrections > 0);
        // Prism ignores the base path of the server URL: give every path the /cloudapi/v6 prefix.
        YAML::Node prefixed(YAML::NodeType::Map);
        for (auto it = spec["paths"].begin(); it != spec["paths"].end(); ++it)
            prefixed["/cloudapi/v6" + it->first.as<std::string>()] = it->second;
        spec["paths"] = prefixed;
        m_spec = m_dir.filePath(QStringLiteral("cloudapi-v6.corrected.json"));
        QFile out(m_spec);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(QJsonDocument(toJson(spec).toObject()).toJson(QJsonDocument::Compact)) > 0);
    }

    void clientAndLabAgreeWithTheSpec()
    {
        const QString prism = qEnvironmentVariable("NETLOOM_PRISM");
        QVERIFY2(!prism.isEmpty() && QFile::exists(prism),
            qPrintable(QStringLiteral("Prism not found at NETLOOM_PRISM=%1 (the prism_install test installs it)").arg(prism)));

        CloudLab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error()));
        const quint16 prismPort = freePort();
        QVERIFY(prismPort != 0);
        const QUrl prismUrl(QStringLiteral("http://127.0.0.1:%1/cloudapi/v6").arg(prismPort));
        lab.server().setPublicUrl(prismUrl); // hrefs and Location point through Prism

        const QString caFile = m_dir.filePath(QStringLiteral("lab-ca.pem"));
        {
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(lab.caPem());
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile);
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
        for (const char* proxy : { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            env.remove(QLatin1String(proxy));
        process.setProcessEnvironment(env);
        process.start(prism,
            { QStringLiteral("proxy"), m_spec, QStringLiteral("https://127.0.0.1:%1").arg(lab.server().port()),
                QStringLiteral("--errors"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QString::number(prismPort) });
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QByteArray log;
        // Prism's log is kept beside the test (in the build folder) for a failure's diagnosis.
        const auto stop = qScopeGuard([&process, &log]() {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
            log += process.readAll();
            QFile saved(QStringLiteral("tst_prismfidelity-prism.log"));
            if (saved.open(QIODevice::WriteOnly))
                saved.write(log);
        });
        // Everything Prism writes is appended to the log (also while a failure message is built).
        const auto drain = [&process, &log]() {
            log += process.readAll();
            return QString::fromUtf8(log);
        };
        QTRY_VERIFY_WITH_TIMEOUT(drain().contains(QLatin1String("Prism is listening")), 90000);

        IonosConfig config = lab.config(prismUrl);
        config.pageSize = 2; // several pages of LANs go through Prism too
        IonosProvider provider(config);
        provider.api().setPollInterval(std::chrono::milliseconds(50), std::chrono::milliseconds(200));

        // 1. The whole VDC.
        std::unique_ptr<CloudJob> read(provider.readAll());
        QVERIFY(waitFor(read.get()));
        QVERIFY2(!read->error(), qPrintable(errorText(*read) + QLatin1Char('\n') + drain()));
        Inventory inventory;
        inventory.upsert(read->resources());
        QCOMPARE(inventory.countOfKind(ResourceKind::Subnet), 3);
        QCOMPARE(inventory.countOfKind(ResourceKind::LoadBalancer), 1);
        QCOMPARE(inventory.countOfKind(ResourceKind::NodePool), 2);

        // 2. Create, update and delete a LAN, each polled to DONE through Prism.
        SubnetSpec spec;
        spec.name = QStringLiteral("prism-lan");
        spec.isPublic = false;
        spec.ipv4Cidr = QStringLiteral("10.7.6.0/24");
        std::unique_ptr<CloudJob> created(
            provider.createSubnet(provider.mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId)), spec));
        QVERIFY(waitFor(created.get()));
        QVERIFY2(!created->error(), qPrintable(errorText(*created) + QLatin1Char('\n') + drain()));
        const ResourceId lan = created->resources().first()->id;
        SubnetSpec rename;
        rename.name = QStringLiteral("prism-lan-renamed");
        std::unique_ptr<CloudJob> updated(provider.updateSubnet(lan, rename));
        QVERIFY(waitFor(updated.get()));
        QVERIFY2(!updated->error(), qPrintable(errorText(*updated)));
        QCOMPARE(updated->resources().first()->name, QStringLiteral("prism-lan-renamed"));
        std::unique_ptr<CloudJob> deleted(provider.deleteSubnet(lan));
        QVERIFY(waitFor(deleted.get()));
        QVERIFY2(!deleted->error(), qPrintable(errorText(*deleted)));

        // 3. An IP block reserved and renamed, a NAT gateway on it created and updated, both deleted.
        std::unique_ptr<CloudJob> reserved(provider.createIpBlock({ QStringLiteral("prism-ips"), QStringLiteral("de/fra"), 2 }));
        QVERIFY(waitFor(reserved.get()));
        QVERIFY2(!reserved->error(), qPrintable(errorText(*reserved) + QLatin1Char('\n') + drain()));
        const ResourcePtr block = reserved->resources().first();
        std::unique_ptr<CloudJob> renamedBlock(
            provider.updateIpBlock(block->id, { QStringLiteral("prism-ips-renamed"), QStringLiteral("de/fra"), 2 }));
        QVERIFY(waitFor(renamedBlock.get()));
        QVERIFY2(!renamedBlock->error(), qPrintable(errorText(*renamedBlock) + QLatin1Char('\n') + drain()));
        const QStringList addresses = block->as<IpBlockDetails>()->addresses;
        QCOMPARE(addresses.size(), 2);
        const ResourceId vdc = provider.mapper().vdcId(QLatin1String(Lab::CloudDemoSeed::DatacenterId));
        GatewaySpec gateway { QStringLiteral("prism-nat"), { addresses.first() },
            { provider.mapper().subnetId(QLatin1String(Lab::CloudDemoSeed::DatacenterId), QStringLiteral("3")) } };
        std::unique_ptr<CloudJob> nat(provider.createGateway(vdc, gateway));
        QVERIFY(waitFor(nat.get()));
        QVERIFY2(!nat->error(), qPrintable(errorText(*nat) + QLatin1Char('\n') + drain()));
        gateway.publicIps = addresses;
        std::unique_ptr<CloudJob> natUpdated(provider.updateGateway(nat->resources().first()->id, gateway));
        QVERIFY(waitFor(natUpdated.get()));
        QVERIFY2(!natUpdated->error(), qPrintable(errorText(*natUpdated) + QLatin1Char('\n') + drain()));
        std::unique_ptr<CloudJob> natDeleted(provider.deleteGateway(nat->resources().first()->id));
        QVERIFY(waitFor(natDeleted.get()));
        QVERIFY2(!natDeleted->error(), qPrintable(errorText(*natDeleted)));
        std::unique_ptr<CloudJob> released(provider.deleteIpBlock(block->id));
        QVERIFY(waitFor(released.get()));
        QVERIFY2(!released->error(), qPrintable(errorText(*released)));

        // 4. The kubeconfig download.
        std::unique_ptr<CloudJob> kubeconfig(
            provider.fetchKubeconfig(provider.mapper().clusterId(QLatin1String(Lab::CloudDemoSeed::ClusterId))));
        QVERIFY(waitFor(kubeconfig.get()));
        QVERIFY2(!kubeconfig->error(), qPrintable(errorText(*kubeconfig)));

        const int clientRequests = provider.api().requestCount();
        for (int waited = 0; waited < 10000 && prismRequests(log) < clientRequests; waited += 100) {
            QTest::qWait(100);
            drain();
        }
        QVERIFY2(prismRequests(log) == clientRequests,
            qPrintable(QStringLiteral("Prism saw %1 requests, the client sent %2:\n%3")
                           .arg(prismRequests(log))
                           .arg(clientRequests)
                           .arg(QString::fromUtf8(log))));
        QCOMPARE(lab.server().requestCount(), clientRequests);
        // After start-up (whose listing of example URLs may contain any word), Prism marks a
        // violation with its warning or error sign.
        const QRegularExpression violation(QStringLiteral("(\u2716|\u26a0)\\s+(error|warning)|Violation"));
        const auto served = [&drain]() {
            const QString text = drain();
            return text.mid(text.indexOf(QLatin1String("Prism is listening")));
        };
        QVERIFY2(!served().contains(violation), qPrintable(served()));

        // 5. A request that breaks the spec (a string where a boolean belongs) is flagged by Prism and
        //    never reaches the lab.
        Net::HttpClient http;
        Net::HttpRequest bad;
        bad.method = "POST";
        bad.url = QUrl(prismUrl.toString() + QStringLiteral("/datacenters/%1/lans").arg(QLatin1String(Lab::CloudDemoSeed::DatacenterId)));
        bad.headers = { { "Content-Type", "application/json" }, { "Accept", "application/json" } };
        bad.bearerToken = config.token;
        bad.body = R"({"properties":{"name":"bad","public":"yes"}})";
        bad.proxy = QUrl();
        std::unique_ptr<Net::HttpReply> reply(http.send(bad));
        QSignalSpy done(reply.get(), &Net::HttpReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->status(), 422);
        QVERIFY2(reply->body().contains("UNPROCESSABLE_ENTITY") && reply->body().contains("public"), reply->body().constData());
        QTRY_VERIFY_WITH_TIMEOUT(served().contains(violation), 5000);
        QCOMPARE(lab.server().requestCount(), clientRequests);
        qInfo("Prism validated %d requests and their answers (%d type corrections, %d Location patterns dropped)",
            clientRequests, m_typeCorrections, m_locationCorrections);
    }
};

QTEST_GUILESS_MAIN(TestPrismFidelity)
#include "tst_prismfidelity.moc"
