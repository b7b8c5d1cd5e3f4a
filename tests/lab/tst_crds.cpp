// CustomResourceDefinitions with the real kubectl 1.32 against netloom-lab (a process, `--seed empty`):
// the reference CRDs of cert-manager, Calico, external-dns and Gateway API are created, become
// Established and show in api-resources; the reference examples that use them are created and read
// back; watch, strict validation, schema errors, conflicts, merge patches, the status subresource and
// deleting a CRD are checked as kubectl sees them.
#include "tests/lab/LabProcess.h"
#include "tests/support/ReferenceData.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Netloom::Lab::Test;

namespace {

struct KubectlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The folders of CRDs the test creates (Calico's v3 CRDs too: the Calico examples are projectcalico.org/v3).
const char* const kCrdFolders[] = {
    "cert-manager/crds",
    "calico/crds-crd.projectcalico.org-v1",
    "calico/crds-projectcalico.org-v3",
    "external-dns/crds",
    "gateway-api/crds-standard",
};

const char* const kExampleFolders[] = {
    "cert-manager/examples",
    "cert-manager/examples-cmctl",
    "cert-manager/examples-website",
    "calico/examples",
    "external-dns/examples",
    "gateway-api/examples",
};

QString scalar(const YAML::Node& node, const char* key)
{
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? QString::fromStdString(value.as<std::string>()) : QString();
}

// Writes a node back as YAML keeping what its scalars were: yaml-cpp's emitter drops the quotes of
// "true" or "8080", which would turn strings into booleans and numbers.
void writeYaml(YAML::Emitter& out, const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        out << YAML::BeginMap;
        for (const auto& entry : node) {
            out << YAML::Key;
            writeYaml(out, entry.first);
            out << YAML::Value;
            writeYaml(out, entry.second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        out << YAML::BeginSeq;
        for (const YAML::Node& item : node)
            writeYaml(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == "!")
            out << YAML::DoubleQuoted << node.Scalar();
        else
            out << node.Scalar();
        break;
    default:
        out << YAML::Null;
        break;
    }
}

QStringList yamlFiles(const QString& folder)
{
    QStringList files;
    QDirIterator it(
        folder, { QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestCrds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsEveryReferenceCrd();
    void crdsBecomeEstablished();
    void apiResourcesListsTheCustomKinds();
    void createsTheReferenceExamples();
    void watchSeesAChange();
    void strictValidationRejectsAnUnknownField();
    void schemaViolationsAreInvalid();
    void staleReplaceConflicts();
    void mergePatchAndStatusSubresource();
    void deletingACrdRemovesItsKindAndObjects();

private:
    KubectlResult kubectl(const QStringList& arguments, int timeoutMs = 60000);
    QString writeFile(const QString& name, const QByteArray& content);
    struct Served
    {
        QString resource; ///< "certificates.cert-manager.io"
        bool namespaced = false;
    };
    /// "group/version" + "\n" + kind → its resource, from the lab's discovery as kubectl reads it.
    QHash<QString, Served> servedKinds();

    QString m_kubectl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    QString m_kubeconfig;
    QStringList m_crdNames;
};

void TestCrds::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (m_kubectl.isEmpty())
        m_kubectl = QStringLiteral("/usr/bin/kubectl");
    QVERIFY2(QFile::exists(m_kubectl), "kubectl is not installed (expected /usr/bin/kubectl)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_kubeconfig = m_dir->filePath(QStringLiteral("kubeconfig"));
    m_lab = std::make_unique<LabProcess>();
    QVERIFY2(
        m_lab->start(m_kubeconfig, { QStringLiteral("--seed"), QStringLiteral("empty") }), qPrintable(m_lab->error()));
}

void TestCrds::cleanupTestCase()
{
    if (m_lab)
        QCOMPARE(m_lab->terminate(), 0);
    m_lab.reset();
}

KubectlResult TestCrds::kubectl(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(m_kubectl,
        QStringList { QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"),
            m_dir->filePath(QStringLiteral("kube-cache")), QStringLiteral("--request-timeout=30s") }
            + arguments);
    KubectlResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "kubectl timed out: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestCrds::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QHash<QString, TestCrds::Served> TestCrds::servedKinds()
{
    QHash<QString, Served> served;
    const KubectlResult groups = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/apis") });
    if (groups.exitCode != 0)
        return served;
    QStringList groupVersions { QStringLiteral("v1") };
    for (const QJsonValue& group :
        QJsonDocument::fromJson(groups.out).object().value(QStringLiteral("groups")).toArray()) {
        for (const QJsonValue& version : group.toObject().value(QStringLiteral("versions")).toArray())
            groupVersions.append(version.toObject().value(QStringLiteral("groupVersion")).toString());
    }
    for (const QString& groupVersion : std::as_const(groupVersions)) {
        const QString path
            = groupVersion == QLatin1String("v1") ? QStringLiteral("/api/v1") : QStringLiteral("/apis/") + groupVersion;
        const KubectlResult list = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), path });
        const QString group
            = groupVersion.contains(QLatin1Char('/')) ? groupVersion.section(QLatin1Char('/'), 0, 0) : QString();
        for (const QJsonValue& value :
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("resources")).toArray()) {
            const QJsonObject resource = value.toObject();
            const QString name = resource.value(QStringLiteral("name")).toString();
            if (name.contains(QLatin1Char('/')))
                continue;
            served.insert(groupVersion + QLatin1Char('\n') + resource.value(QStringLiteral("kind")).toString(),
                { group.isEmpty() ? name : name + QLatin1Char('.') + group,
                    resource.value(QStringLiteral("namespaced")).toBool() });
        }
    }
    return served;
}

void TestCrds::createsEveryReferenceCrd()
{
    qint64 largest = 0;
    for (const char* folder : kCrdFolders) {
        NETLOOM_REQUIRE_REFERENCE(path, QString::fromLatin1(folder));
        const QStringList files = yamlFiles(path);
        QVERIFY2(!files.isEmpty(), folder);
        for (const QString& file : files) {
            largest = qMax(largest, QFileInfo(file).size());
            const KubectlResult result = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), file });
            QVERIFY2(result.exitCode == 0, qPrintable(file + QLatin1Char('\n') + QString::fromUtf8(result.err)));
            QVERIFY2(result.out.contains(" created"), result.out.constData());
            // "customresourcedefinition.apiextensions.k8s.io/certificates.cert-manager.io created"
            m_crdNames.append(
                QString::fromUtf8(result.out.trimmed()).section(QLatin1Char('/'), 1).section(QLatin1Char(' '), 0, 0));
        }
    }
    QCOMPARE(m_crdNames.size(), 15);
    // The largest (cert-manager's Issuer, about 330 KB of YAML) fits the 3 MiB body limit as kubectl's JSON.
    QVERIFY(largest > 300000);
    const KubectlResult again = kubectl({ QStringLiteral("create"), QStringLiteral("-f"),
        Netloom::TestSupport::referenceFile(
            QStringLiteral("external-dns/crds/dnsendpoints.externaldns.k8s.io.yaml")) });
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("customresourcedefinitions.apiextensions.k8s.io \"dnsendpoints.externaldns.k8s.io\" "
                                "already exists"),
        again.err.constData());
}

void TestCrds::crdsBecomeEstablished()
{
    QVERIFY(!m_crdNames.isEmpty());
    QStringList arguments { QStringLiteral("wait"), QStringLiteral("--for"), QStringLiteral("condition=established"),
        QStringLiteral("--timeout=30s") };
    for (const QString& name : std::as_const(m_crdNames))
        arguments.append(QStringLiteral("crd/") + name);
    const KubectlResult result = kubectl(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.count("condition met"), m_crdNames.size());

    const KubectlResult names = kubectl({ QStringLiteral("get"), QStringLiteral("crd"),
        QStringLiteral("certificates.cert-manager.io"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(names.exitCode == 0, names.err.constData());
    const QJsonObject status = QJsonDocument::fromJson(names.out).object().value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("acceptedNames")).toObject().value(QStringLiteral("listKind")).toString(),
        QStringLiteral("CertificateList"));
    QCOMPARE(status.value(QStringLiteral("storedVersions")).toArray(), QJsonArray { QStringLiteral("v1") });
    QStringList conditions;
    for (const QJsonValue& condition : status.value(QStringLiteral("conditions")).toArray())
        conditions.append(condition.toObject().value(QStringLiteral("type")).toString() + QLatin1Char('=')
            + condition.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(conditions, QStringList({ QStringLiteral("NamesAccepted=True"), QStringLiteral("Established=True") }));
}

void TestCrds::apiResourcesListsTheCustomKinds()
{
    const KubectlResult result = kubectl({ QStringLiteral("api-resources"), QStringLiteral("--no-headers") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QSet<QString> rows;
    for (const QByteArray& line : result.out.split('\n'))
        rows.insert(QString::fromUtf8(line).simplified());
    for (const char* expected : {
             "certificates cert,certs cert-manager.io/v1 true Certificate",
             "certificaterequests cr,crs cert-manager.io/v1 true CertificateRequest",
             "clusterissuers ciss cert-manager.io/v1 false ClusterIssuer",
             "issuers iss cert-manager.io/v1 true Issuer",
             "ippools crd.projectcalico.org/v1 false IPPool",
             "globalnetworkpolicies crd.projectcalico.org/v1 false GlobalNetworkPolicy",
             "networkpolicies crd.projectcalico.org/v1 true NetworkPolicy",
             "ippools projectcalico.org/v3 false IPPool",
             "dnsendpoints externaldns.k8s.io/v1alpha1 true DNSEndpoint",
             "gatewayclasses gc gateway.networking.k8s.io/v1 false GatewayClass",
             "gateways gtw gateway.networking.k8s.io/v1 true Gateway",
             "httproutes gateway.networking.k8s.io/v1 true HTTPRoute",
             "customresourcedefinitions crd,crds apiextensions.k8s.io/v1 false CustomResourceDefinition",
         })
        QVERIFY2(rows.contains(QString::fromLatin1(expected)), expected);

    // Categories come from spec.names: `kubectl get gateway-api` lists Gateway API kinds.
    const KubectlResult category = kubectl({ QStringLiteral("api-resources"),
        QStringLiteral("--categories=gateway-api"), QStringLiteral("-o"), QStringLiteral("name") });
    QVERIFY2(category.exitCode == 0, category.err.constData());
    QVERIFY2(category.out.contains("httproutes.gateway.networking.k8s.io"), category.out.constData());
    QVERIFY(!category.out.contains("certificates"));
}

void TestCrds::createsTheReferenceExamples()
{
    const QHash<QString, Served> served = servedKinds();
    QVERIFY(served.contains(QStringLiteral("cert-manager.io/v1\nCertificate")));
    QSet<QString> namespaces { QStringLiteral("default") };
    QSet<QString> created; // "plural.group ns/name"
    QHash<QString, QSet<QString>> expectedByResource;
    int skipped = 0;
    int index = 0;
    QElapsedTimer clock;
    clock.start();
    for (const char* folder : kExampleFolders) {
        NETLOOM_REQUIRE_REFERENCE(path, QString::fromLatin1(folder));
        for (const QString& file : yamlFiles(path)) {
            std::vector<YAML::Node> documents;
            for (const YAML::Node& document : YAML::LoadAllFromFile(file.toStdString())) {
                if (!document || !document.IsMap())
                    continue;
                if (scalar(document, "kind") == QLatin1String("List")) {
                    for (const YAML::Node& item : document["items"])
                        documents.push_back(item);
                } else {
                    documents.push_back(document);
                }
            }
            for (const YAML::Node& document : documents) {
                const QString apiVersion = scalar(document, "apiVersion");
                const QString kind = scalar(document, "kind");
                const QString name = scalar(document["metadata"], "name");
                const Served servedKind = served.value(apiVersion + QLatin1Char('\n') + kind);
                const QString resource = servedKind.resource;
                const QString where = QFileInfo(file).fileName() + QLatin1Char(' ') + kind + QLatin1Char('/') + name;
                if (resource.isEmpty()) {
                    qInfo("skipped %s: %s is not served by the lab", qPrintable(where),
                        qPrintable(apiVersion + QLatin1Char(' ') + kind));
                    ++skipped;
                    continue;
                }
                QString nameSpace = scalar(document["metadata"], "namespace");
                if (servedKind.namespaced && nameSpace.isEmpty())
                    nameSpace = QStringLiteral("default");
                const QString key = resource + QLatin1Char(' ') + nameSpace + QLatin1Char('/') + name;
                if (created.contains(key)) {
                    qInfo("skipped %s: an earlier example created %s already", qPrintable(where), qPrintable(key));
                    ++skipped;
                    continue;
                }
                if (!nameSpace.isEmpty() && !namespaces.contains(nameSpace)) {
                    const KubectlResult ns
                        = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), nameSpace });
                    QVERIFY2(ns.exitCode == 0, ns.err.constData());
                    namespaces.insert(nameSpace);
                }
                YAML::Emitter emitter;
                writeYaml(emitter, document);
                const QString single
                    = writeFile(QStringLiteral("example-%1.yaml").arg(++index), QByteArray(emitter.c_str()));
                const KubectlResult result = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), single });
                QVERIFY2(result.exitCode == 0, qPrintable(where + QLatin1Char('\n') + QString::fromUtf8(result.err)));
                created.insert(key);
                expectedByResource[resource].insert(nameSpace + QLatin1Char('/') + name);
            }
        }
    }
    qInfo("created %lld example objects of %lld kinds, skipped %d documents, in %lld ms",
        static_cast<long long>(created.size()), static_cast<long long>(expectedByResource.size()), skipped,
        static_cast<long long>(clock.elapsed()));
    QVERIFY2(created.size() >= 25, qPrintable(QString::number(created.size())));
    for (const char* resource : { "certificates.cert-manager.io", "issuers.cert-manager.io",
             "dnsendpoints.externaldns.k8s.io", "gateways.gateway.networking.k8s.io",
             "httproutes.gateway.networking.k8s.io", "gatewayclasses.gateway.networking.k8s.io",
             "globalnetworkpolicies.projectcalico.org", "ippools.projectcalico.org" })
        QVERIFY2(expectedByResource.contains(QString::fromLatin1(resource)), resource);

    // Read back, as kubectl lists them across namespaces.
    for (auto it = expectedByResource.begin(); it != expectedByResource.end(); ++it) {
        const KubectlResult list = kubectl(
            { QStringLiteral("get"), it.key(), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json") });
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QSet<QString> seen;
        for (const QJsonValue& item :
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject metadata = item.toObject().value(QStringLiteral("metadata")).toObject();
            seen.insert(metadata.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
                + metadata.value(QStringLiteral("name")).toString());
            QVERIFY(!metadata.value(QStringLiteral("uid")).toString().isEmpty());
            if (it.key().contains(QLatin1Char('.'))) // not core/v1 (the lab gives Services no generation)
                QCOMPARE(metadata.value(QStringLiteral("generation")).toInt(), 1);
        }
        QVERIFY2(seen.contains(it.value()), qPrintable(it.key())); // `default/kubernetes` is there too
    }
}

void TestCrds::watchSeesAChange()
{
    QProcess watcher;
    watcher.start(m_kubectl,
        { QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"),
            m_dir->filePath(QStringLiteral("kube-cache")), QStringLiteral("get"), QStringLiteral("dnsendpoints"),
            QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-w"),
            QStringLiteral("--output-watch-events"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY(watcher.waitForStarted(10000));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += watcher.readAllStandardOutput()).contains("\"ADDED\""), 20000);
    const KubectlResult label = kubectl({ QStringLiteral("label"), QStringLiteral("dnsendpoint"),
        QStringLiteral("txt-example"), QStringLiteral("team=blue") });
    QVERIFY2(label.exitCode == 0, label.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        (seen += watcher.readAllStandardOutput()).contains("\"labels\":{\"team\":\"blue\"}"), 20000);
    watcher.terminate();
    if (!watcher.waitForFinished(5000)) {
        watcher.kill();
        watcher.waitForFinished(5000);
    }
    seen += watcher.readAllStandardOutput();
    // The change comes as a MODIFIED event after the initial ADDED ones.
    QVERIFY(seen.lastIndexOf("\"MODIFIED\"") > seen.lastIndexOf("\"ADDED\""));
    QVERIFY(seen.indexOf("\"labels\":{\"team\":\"blue\"}") > seen.lastIndexOf("\"MODIFIED\""));
}

void TestCrds::strictValidationRejectsAnUnknownField()
{
    const QString path = writeFile(QStringLiteral("unknown-field.yaml"),
        "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: flavoured\n  namespace: default\n"
        "spec:\n  secretName: flavoured-tls\n  flavour: vanilla\n  dnsNames: [flavoured.example.com]\n"
        "  issuerRef: {name: selfsigned-issuer}\n");
    const KubectlResult strict
        = kubectl({ QStringLiteral("create"), QStringLiteral("--validate=strict"), QStringLiteral("-f"), path });
    QVERIFY(strict.exitCode != 0);
    QVERIFY2(strict.err.contains("Certificate in version \"v1\" cannot be handled as a Certificate: strict decoding "
                                 "error: unknown field \"spec.flavour\""),
        strict.err.constData());
    // Warn (kubectl's --validate=warn) stores the object without the field.
    const KubectlResult warn
        = kubectl({ QStringLiteral("create"), QStringLiteral("--validate=warn"), QStringLiteral("-f"), path });
    QVERIFY2(warn.exitCode == 0, warn.err.constData());
    QVERIFY2(warn.err.contains("unknown field \"spec.flavour\""), warn.err.constData());
    const KubectlResult stored = kubectl({ QStringLiteral("get"), QStringLiteral("certificate"),
        QStringLiteral("flavoured"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const QJsonObject spec = QJsonDocument::fromJson(stored.out).object().value(QStringLiteral("spec")).toObject();
    QVERIFY(!spec.contains(QStringLiteral("flavour")));
    QCOMPARE(spec.value(QStringLiteral("secretName")).toString(), QStringLiteral("flavoured-tls"));
}

void TestCrds::schemaViolationsAreInvalid()
{
    const QString path = writeFile(QStringLiteral("invalid.yaml"),
        "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: broken\n  namespace: default\n"
        "spec:\n  dnsNames: broken.example.com\n  duration: 5\n  privateKey: {algorithm: DSA}\n");
    const KubectlResult result = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), path });
    QVERIFY(result.exitCode != 0);
    for (const char* expected : {
             "The Certificate \"broken\" is invalid:",
             "spec.dnsNames: Invalid value: \"string\": spec.dnsNames in body must be of type array: \"string\"",
             "spec.duration: Invalid value: \"integer\": spec.duration in body must be of type string: \"integer\"",
             "spec.privateKey.algorithm: Unsupported value: \"DSA\": supported values: \"RSA\", \"ECDSA\", \"Ed25519\"",
             "spec.issuerRef: Required value",
             "spec.secretName: Required value",
         })
        QVERIFY2(result.err.contains(expected),
            qPrintable(QString::fromLatin1(expected) + QStringLiteral("\nin:\n") + QString::fromUtf8(result.err)));
    // x-kubernetes-int-or-string: Gateway API's port numbers are plain integers, an HTTPRoute's backend weight too;
    // Calico's ports may be names or numbers (NetworkPolicy ... ports: int-or-string).
    const QString ports = writeFile(QStringLiteral("ports.yaml"),
        "apiVersion: crd.projectcalico.org/v1\nkind: NetworkPolicy\nmetadata:\n  name: ports\n  namespace: default\n"
        "spec:\n  ingress:\n  - action: Allow\n    destination:\n      ports: [80, \"http\", true]\n");
    const KubectlResult intOrString = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), ports });
    QVERIFY(intOrString.exitCode != 0);
    QVERIFY2(intOrString.err.contains("spec.ingress[0].destination.ports[2]: Invalid value: \"boolean\": "
                                      "spec.ingress[0].destination.ports[2] in body must be of type integer,string: "
                                      "\"boolean\""),
        intOrString.err.constData());
    QVERIFY2(
        !intOrString.err.contains("ports[0]") && !intOrString.err.contains("ports[1]"), intOrString.err.constData());
}

void TestCrds::staleReplaceConflicts()
{
    const KubectlResult before = kubectl({ QStringLiteral("get"), QStringLiteral("httproute"), QStringLiteral("foo"),
        QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const QString stale = writeFile(QStringLiteral("stale.json"), before.out);
    const KubectlResult annotate = kubectl({ QStringLiteral("annotate"), QStringLiteral("httproute"),
        QStringLiteral("foo"), QStringLiteral("netloom.io/touched=yes") });
    QVERIFY2(annotate.exitCode == 0, annotate.err.constData());
    const KubectlResult replace = kubectl({ QStringLiteral("replace"), QStringLiteral("-f"), stale });
    QVERIFY(replace.exitCode != 0);
    QVERIFY2(replace.err.contains("Operation cannot be fulfilled on httproutes.gateway.networking.k8s.io \"foo\": the "
                                  "object has been modified; please apply your changes to the latest version and try "
                                  "again"),
        replace.err.constData());
    // Without the stale resourceVersion the replace goes through.
    QJsonObject object = QJsonDocument::fromJson(before.out).object();
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("resourceVersion"));
    object.insert(QStringLiteral("metadata"), metadata);
    const QString fresh = writeFile(QStringLiteral("fresh.json"), QJsonDocument(object).toJson());
    const KubectlResult replaced = kubectl({ QStringLiteral("replace"), QStringLiteral("-f"), fresh });
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
}

void TestCrds::mergePatchAndStatusSubresource()
{
    const auto certificate = [this] {
        const KubectlResult get
            = kubectl({ QStringLiteral("get"), QStringLiteral("certificate"), QStringLiteral("test1"),
                QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("json") });
        return QJsonDocument::fromJson(get.out).object();
    };
    const QJsonObject before = certificate();
    QCOMPARE(before.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 1);
    const KubectlResult patch = kubectl({ QStringLiteral("patch"), QStringLiteral("certificate"),
        QStringLiteral("test1"), QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"),
        QStringLiteral("{\"spec\":{\"renewBefore\":\"360h\"},\"status\":{\"notAfter\":\"2030-01-01T00:00:00Z\"}}") });
    QVERIFY2(patch.exitCode == 0, patch.err.constData());
    QJsonObject after = certificate();
    QCOMPARE(after.value(QStringLiteral("spec")).toObject().value(QStringLiteral("renewBefore")).toString(),
        QStringLiteral("360h"));
    QCOMPARE(after.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 2);
    // A write to the main resource leaves status alone (Certificate has a status subresource).
    QVERIFY(!after.contains(QStringLiteral("status")));

    const KubectlResult status = kubectl({ QStringLiteral("patch"), QStringLiteral("certificate"),
        QStringLiteral("test1"), QStringLiteral("--subresource=status"), QStringLiteral("--type"),
        QStringLiteral("merge"), QStringLiteral("-p"),
        QStringLiteral("{\"spec\":{\"renewBefore\":\"1h\"},\"status\":{\"notAfter\":\"2030-01-01T00:00:00Z\","
                       "\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"reason\":\"Issued\",\"message\":"
                       "\"Certificate is up to date and has not expired\"}]}}") });
    QVERIFY2(status.exitCode == 0, status.err.constData());
    after = certificate();
    QCOMPARE(after.value(QStringLiteral("status")).toObject().value(QStringLiteral("notAfter")).toString(),
        QStringLiteral("2030-01-01T00:00:00Z"));
    // ...and a status write leaves the spec and the generation alone.
    QCOMPARE(after.value(QStringLiteral("spec")).toObject().value(QStringLiteral("renewBefore")).toString(),
        QStringLiteral("360h"));
    QCOMPARE(after.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 2);
    const KubectlResult badStatus = kubectl({ QStringLiteral("patch"), QStringLiteral("certificate"),
        QStringLiteral("test1"), QStringLiteral("--subresource=status"), QStringLiteral("--type"),
        QStringLiteral("merge"), QStringLiteral("-p"), QStringLiteral("{\"status\":{\"revision\":\"three\"}}") });
    QVERIFY(badStatus.exitCode != 0);
    QVERIFY2(badStatus.err.contains("status.revision in body must be of type integer: \"string\""),
        badStatus.err.constData());
}

void TestCrds::deletingACrdRemovesItsKindAndObjects()
{
    const KubectlResult before = kubectl({ QStringLiteral("get"), QStringLiteral("dnsendpoints"), QStringLiteral("-A"),
        QStringLiteral("-o"), QStringLiteral("name") });
    QVERIFY2(before.exitCode == 0 && before.out.count('\n') >= 4, before.out.constData());
    const KubectlResult removed = kubectl(
        { QStringLiteral("delete"), QStringLiteral("crd"), QStringLiteral("dnsendpoints.externaldns.k8s.io") });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const KubectlResult gone = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"),
        QStringLiteral("/apis/externaldns.k8s.io/v1alpha1/dnsendpoints") });
    QVERIFY(gone.exitCode != 0);
    QVERIFY2(gone.err.contains("NotFound") || gone.err.contains("could not find the requested resource"),
        gone.err.constData());
    const KubectlResult groups = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/apis") });
    QVERIFY(groups.exitCode == 0);
    QVERIFY(!groups.out.contains("externaldns.k8s.io"));
    QVERIFY(groups.out.contains("cert-manager.io"));
    const KubectlResult openapi
        = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/openapi/v3") });
    QVERIFY(!openapi.out.contains("externaldns.k8s.io"));
    QVERIFY(openapi.out.contains("apis/cert-manager.io/v1"));

    // Created again, the kind starts empty: the objects went with the CRD.
    const KubectlResult recreated = kubectl({ QStringLiteral("create"), QStringLiteral("-f"),
        Netloom::TestSupport::referenceFile(
            QStringLiteral("external-dns/crds/dnsendpoints.externaldns.k8s.io.yaml")) });
    QVERIFY2(recreated.exitCode == 0, recreated.err.constData());
    const KubectlResult wait = kubectl({ QStringLiteral("wait"), QStringLiteral("--for"),
        QStringLiteral("condition=established"), QStringLiteral("crd/dnsendpoints.externaldns.k8s.io") });
    QVERIFY2(wait.exitCode == 0, wait.err.constData());
    const KubectlResult empty = kubectl({ QStringLiteral("get"), QStringLiteral("dnsendpoints.externaldns.k8s.io"),
        QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(empty.exitCode == 0, empty.err.constData());
    QCOMPARE(QJsonDocument::fromJson(empty.out).object().value(QStringLiteral("items")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCrds)
#include "tst_crds.moc"
