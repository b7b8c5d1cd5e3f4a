// The generated platforms of netloom-lab --generate (app/lab/seed/Generator): sizes, determinism,
// believable content that the lab's strict create path accepts, Ingresses that route only to
// Services that exist, the ingress-nginx controller and class of the demo; and the command line.
#include "app/lab/kube/ApiServer.h"
#include "app/lab/kube/ResourceCatalog.h"
#include "app/lab/seed/DemoSeed.h"
#include "app/lab/seed/Generator.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/TestHttpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Netloom;
using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

QString meta(const QJsonObject& object, const char* field)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QLatin1String(field)).toString();
}

const ResourceKind& kind(const char* group, const char* plural)
{
    return *ResourceCatalog::instance().find(QLatin1String(group), QStringLiteral("v1"), QLatin1String(plural));
}

} // namespace

class TestGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreDocumentedSizes()
    {
        const auto large = Generator::preset(QStringLiteral("large-ingress"));
        QVERIFY(large);
        QCOMPARE(large->namespaces, 2000);
        QCOMPARE(large->services, 20000);
        QCOMPARE(large->ingresses, 5000);
        const auto small = Generator::preset(QStringLiteral("small"));
        QVERIFY(small);
        QCOMPARE(small->services, 2000);
        QVERIFY(Generator::preset(QStringLiteral("medium")));
        QVERIFY(!Generator::preset(QStringLiteral("huge")));
    }

    void objectsAreDeterministicAndBelievable()
    {
        const GeneratorPreset preset = *Generator::preset(QStringLiteral("small"));
        const QList<QJsonObject> first = Generator::objects(preset);
        QCOMPARE(first, Generator::objects(preset)); // the same seed, the same platform
        QVERIFY(first != Generator::objects(preset, Generator::DefaultSeed + 1));

        int namespaces = 0;
        QSet<QString> services; // namespace/name
        QList<QJsonObject> ingresses;
        for (const QJsonObject& object : first) {
            const QString kindName = object.value(QStringLiteral("kind")).toString();
            if (kindName == QLatin1String("Namespace")) {
                ++namespaces;
                QVERIFY(meta(object, "name").startsWith(QLatin1String("team-")));
            } else if (kindName == QLatin1String("Service")) {
                const QString key = meta(object, "namespace") + QLatin1Char('/') + meta(object, "name");
                QVERIFY2(!services.contains(key), qPrintable(key));
                services.insert(key);
                const QJsonObject labels
                    = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
                QVERIFY(labels.contains(QStringLiteral("app.kubernetes.io/name")));
                QVERIFY(!object.value(QStringLiteral("spec"))
                             .toObject()
                             .value(QStringLiteral("ports"))
                             .toArray()
                             .isEmpty());
            } else {
                QCOMPARE(kindName, QStringLiteral("Ingress"));
                ingresses.append(object);
            }
        }
        QCOMPARE(namespaces, preset.namespaces);
        QCOMPARE(services.size(), preset.services);
        QCOMPARE(ingresses.size(), preset.ingresses);
        QCOMPARE(meta(first.constFirst(), "name"), QStringLiteral("team-0001"));
        // every backend of every Ingress is a Service of its namespace
        for (const QJsonObject& ingress : std::as_const(ingresses)) {
            const QJsonArray rules
                = ingress.value(QStringLiteral("spec")).toObject().value(QStringLiteral("rules")).toArray();
            QVERIFY(!rules.isEmpty());
            for (const QJsonValue& rule : rules) {
                for (const QJsonValue& path :
                    rule.toObject().value(QStringLiteral("http")).toObject().value(QStringLiteral("paths")).toArray()) {
                    const QString backend = path.toObject()
                                                .value(QStringLiteral("backend"))
                                                .toObject()
                                                .value(QStringLiteral("service"))
                                                .toObject()
                                                .value(QStringLiteral("name"))
                                                .toString();
                    const QString key = meta(ingress, "namespace") + QLatin1Char('/') + backend;
                    QVERIFY2(services.contains(key), qPrintable(key));
                }
            }
        }
    }

    void populateGoesThroughTheStrictCreatePath()
    {
        ApiServer server;
        const GeneratorPreset preset = *Generator::preset(QStringLiteral("small"));
        QElapsedTimer clock;
        clock.start();
        const Expected<void> populated = Generator::populate(server, preset);
        QVERIFY2(populated, populated ? "" : qPrintable(populated.error().toString()));
        qInfo("generated %s (%d namespaces, %d services, %d ingresses) in %lld ms", qPrintable(preset.name),
            preset.namespaces, preset.services, preset.ingresses, qint64(clock.elapsed()));

        const ResourceKind& services = kind("", "services");
        const ResourceKind& ingresses = kind("networking.k8s.io", "ingresses");
        const QList<QJsonObject> storedServices = server.store().list(services);
        // the application Services plus those of the infrastructure the demo also has
        QVERIFY(storedServices.size() > preset.services);
        QSet<QString> clusterIps;
        for (const QJsonObject& service : storedServices) {
            QVERIFY(!meta(service, "uid").isEmpty());
            QVERIFY(!meta(service, "resourceVersion").isEmpty());
            const QString ip
                = service.value(QStringLiteral("spec")).toObject().value(QStringLiteral("clusterIP")).toString();
            QVERIFY(!ip.isEmpty());
            if (ip != QLatin1String("None")) {
                QVERIFY2(!clusterIps.contains(ip), qPrintable(ip));
                clusterIps.insert(ip);
            }
        }
        // the demo's ingress-nginx controller behind its load balancer, and the default class
        const auto controller
            = server.store().get(services, QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"));
        QVERIFY(controller);
        QCOMPARE(controller->value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("loadBalancer"))
                     .toObject()
                     .value(QStringLiteral("ingress"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ip"))
                     .toString(),
            QString::fromLatin1(DemoSeed::kLoadBalancerIp));
        QVERIFY(server.store().get(kind("networking.k8s.io", "ingressclasses"), QString(), QStringLiteral("nginx")));
        const QList<QJsonObject> storedIngresses = server.store().list(ingresses);
        QCOMPARE(storedIngresses.size(), preset.ingresses);
        QVERIFY(!storedIngresses.constFirst().value(QStringLiteral("status")).toObject().isEmpty());
    }

    void commandLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            LabProcess lab;
            QVERIFY2(lab.start(dir.filePath(QStringLiteral("kubeconfig")),
                         { QStringLiteral("--generate"), QStringLiteral("tiny") }),
                qPrintable(lab.error()));
            TestHttpClient client(lab.port(), lab.caPem(), lab.token());
            QVERIFY(client.connectToServer());
            const auto response = client.request("GET", "/api/v1/namespaces/team-0020/services");
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->json().value(QStringLiteral("items")).toArray().size(), 10); // 200 / 20
            QCOMPARE(lab.terminate(), 0);
        }
        QProcess bad;
        bad.start(LabProcess::executable(),
            { QStringLiteral("--kubeconfig-out"), dir.filePath(QStringLiteral("k")), QStringLiteral("--generate"),
                QStringLiteral("huge") });
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("large-ingress"));
        QProcess both;
        both.start(LabProcess::executable(),
            { QStringLiteral("--kubeconfig-out"), dir.filePath(QStringLiteral("k")), QStringLiteral("--generate"),
                QStringLiteral("tiny"), QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY(both.waitForFinished(10000));
        QCOMPARE(both.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
