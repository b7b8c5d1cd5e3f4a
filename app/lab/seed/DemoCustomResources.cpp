#include "app/lab/seed/DemoCustomResources.h"

#include "app/lab/kube/ApiServer.h"
#include "app/lab/seed/DemoCertificates.h"
#include "app/lab/seed/DemoSeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Netloom::Lab {

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// --- schemas (openAPIV3Schema) ---------------------------------------------------------------------

// metav1.Condition, as controllers write them.
const char kCondition[] = R"json({"type":"object","required":["type","status"],"properties":{
 "type":{"type":"string"},"status":{"type":"string","enum":["True","False","Unknown"]},
 "reason":{"type":"string"},"message":{"type":"string"},"lastTransitionTime":{"type":"string","format":"date-time"},
 "observedGeneration":{"type":"integer","format":"int64"}}})json";

const char kIssuerRef[] = R"json({"type":"object","required":["name"],"properties":{
 "group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}}})json";

const char kCertificateSpec[] = R"json({"type":"object","required":["issuerRef","secretName"],"properties":{
 "commonName":{"type":"string"},"dnsNames":{"type":"array","items":{"type":"string"}},
 "ipAddresses":{"type":"array","items":{"type":"string"}},"uris":{"type":"array","items":{"type":"string"}},
 "emailAddresses":{"type":"array","items":{"type":"string"}},
 "duration":{"type":"string"},"renewBefore":{"type":"string"},"renewBeforePercentage":{"type":"integer","format":"int32"},
 "secretName":{"type":"string"},"isCA":{"type":"boolean"},
 "usages":{"type":"array","items":{"type":"string"}},
 "privateKey":{"type":"object","properties":{"algorithm":{"type":"string","enum":["RSA","ECDSA","Ed25519"]},
   "encoding":{"type":"string","enum":["PKCS1","PKCS8"]},"rotationPolicy":{"type":"string","enum":["Never","Always"]},
   "size":{"type":"integer"}}},
 "revisionHistoryLimit":{"type":"integer","format":"int32"},
 "secretTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "subject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "keystores":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "literalSubject":{"type":"string"},"otherNames":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},
 "nameConstraints":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "encodeUsagesInRequest":{"type":"boolean"},"additionalOutputFormats":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}})json";

const char kCertificateStatus[] = R"json({"type":"object","properties":{
 "conditions":{"type":"array","items":{}},
 "notAfter":{"type":"string","format":"date-time"},"notBefore":{"type":"string","format":"date-time"},
 "renewalTime":{"type":"string","format":"date-time"},"revision":{"type":"integer"},
 "nextPrivateKeySecretName":{"type":"string"},"lastFailureTime":{"type":"string","format":"date-time"},
 "failedIssuanceAttempts":{"type":"integer"}}})json";

const char kCertificateRequestSpec[] = R"json({"type":"object","required":["issuerRef","request"],"properties":{
 "request":{"type":"string","format":"byte"},"issuerRef":{},"duration":{"type":"string"},"isCA":{"type":"boolean"},
 "usages":{"type":"array","items":{"type":"string"}},"username":{"type":"string"},"uid":{"type":"string"},
 "groups":{"type":"array","items":{"type":"string"}},"extra":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}})json";

const char kCertificateRequestStatus[] = R"json({"type":"object","properties":{
 "conditions":{"type":"array","items":{}},"certificate":{"type":"string","format":"byte"},
 "ca":{"type":"string","format":"byte"},"failureTime":{"type":"string","format":"date-time"}}})json";

const char kIssuerSpec[] = R"json({"type":"object","properties":{
 "acme":{"type":"object","required":["server","privateKeySecretRef"],"properties":{
   "server":{"type":"string"},"email":{"type":"string"},"preferredChain":{"type":"string"},"skipTLSVerify":{"type":"boolean"},
   "privateKeySecretRef":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"key":{"type":"string"}}},
   "solvers":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},
   "externalAccountBinding":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
   "disableAccountKeyGeneration":{"type":"boolean"},"enableDurationFeature":{"type":"boolean"},"caBundle":{"type":"string","format":"byte"}}},
 "ca":{"type":"object","required":["secretName"],"properties":{"secretName":{"type":"string"},
   "crlDistributionPoints":{"type":"array","items":{"type":"string"}},"ocspServers":{"type":"array","items":{"type":"string"}},
   "issuingCertificateURLs":{"type":"array","items":{"type":"string"}}}},
 "selfSigned":{"type":"object","properties":{"crlDistributionPoints":{"type":"array","items":{"type":"string"}}}},
 "vault":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "venafi":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}})json";

const char kIssuerStatus[] = R"json({"type":"object","properties":{
 "conditions":{"type":"array","items":{}},
 "acme":{"type":"object","properties":{"uri":{"type":"string"},"lastRegisteredEmail":{"type":"string"},
   "lastPrivateKeyHash":{"type":"string"}}}}})json";

const char kIpPoolSpec[] = R"json({"type":"object","required":["cidr"],"properties":{
 "cidr":{"type":"string"},"blockSize":{"type":"integer"},
 "ipipMode":{"type":"string","enum":["Never","Always","CrossSubnet"]},
 "vxlanMode":{"type":"string","enum":["Never","Always","CrossSubnet"]},
 "natOutgoing":{"type":"boolean"},"disabled":{"type":"boolean"},"disableBGPExport":{"type":"boolean"},
 "nodeSelector":{"type":"string"},"assignmentMode":{"type":"string","enum":["Automatic","Manual"]},
 "allowedUses":{"type":"array","items":{"type":"string","enum":["Workload","Tunnel","LoadBalancer"]}},
 "namespaceSelector":{"type":"string"},"ipip":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "nat-outgoing":{"type":"boolean"}}})json";

// Calico's rule: the match fields that matter typed, the rest kept.
const char kCalicoRule[] = R"json({"type":"object","required":["action"],"properties":{
 "action":{"type":"string","enum":["Allow","Deny","Log","Pass"]},
 "protocol":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]},
 "ipVersion":{"type":"integer"},"metadata":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "source":{"type":"object","x-kubernetes-preserve-unknown-fields":true,"properties":{
   "nets":{"type":"array","items":{"type":"string"}},"selector":{"type":"string"},"namespaceSelector":{"type":"string"},
   "ports":{"type":"array","items":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]}}}},
 "destination":{"type":"object","x-kubernetes-preserve-unknown-fields":true,"properties":{
   "nets":{"type":"array","items":{"type":"string"}},"selector":{"type":"string"},"namespaceSelector":{"type":"string"},
   "ports":{"type":"array","items":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]}}}},
 "http":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "icmp":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "notICMP":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "notProtocol":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]}}})json";

const char kCalicoPolicySpec[] = R"json({"type":"object","properties":{
 "order":{"type":"number"},"tier":{"type":"string"},"selector":{"type":"string"},
 "namespaceSelector":{"type":"string"},"serviceAccountSelector":{"type":"string"},
 "types":{"type":"array","items":{"type":"string","enum":["Ingress","Egress"]}},
 "ingress":{"type":"array","items":{}},"egress":{"type":"array","items":{}},
 "doNotTrack":{"type":"boolean"},"preDNAT":{"type":"boolean"},"applyOnForward":{"type":"boolean"},
 "performanceHints":{"type":"array","items":{"type":"string"}}}})json";

const char kDnsEndpointSpec[] = R"json({"type":"object","properties":{"endpoints":{"type":"array","items":{
 "type":"object","properties":{
   "dnsName":{"type":"string"},"recordType":{"type":"string"},"recordTTL":{"type":"integer","format":"int64"},
   "setIdentifier":{"type":"string"},"targets":{"type":"array","items":{"type":"string"}},
   "labels":{"type":"object","additionalProperties":{"type":"string"}},
   "providerSpecific":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":"string"}}}}}}}}})json";

const char kDnsEndpointStatus[]
    = R"json({"type":"object","properties":{"observedGeneration":{"type":"integer","format":"int64"}}})json";

const char kParentRef[] = R"json({"type":"object","required":["name"],"properties":{
 "group":{"type":"string"},"kind":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},
 "sectionName":{"type":"string"},"port":{"type":"integer","format":"int32"}}})json";

const char kGatewayClassSpec[] = R"json({"type":"object","required":["controllerName"],"properties":{
 "controllerName":{"type":"string"},"description":{"type":"string"},
 "parametersRef":{"type":"object","required":["group","kind","name"],"properties":{
   "group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}}}}})json";

const char kGatewayClassStatus[] = R"json({"type":"object","properties":{"conditions":{"type":"array","items":{}},
 "supportedFeatures":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}})json";

const char kGatewaySpec[] = R"json({"type":"object","required":["gatewayClassName","listeners"],"properties":{
 "gatewayClassName":{"type":"string"},
 "addresses":{"type":"array","items":{"type":"object","required":["value"],"properties":{"type":{"type":"string"},"value":{"type":"string"}}}},
 "infrastructure":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "backendTLS":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
 "listeners":{"type":"array","items":{"type":"object","required":["name","port","protocol"],"properties":{
   "name":{"type":"string"},"hostname":{"type":"string"},"port":{"type":"integer","format":"int32"},"protocol":{"type":"string"},
   "tls":{"type":"object","properties":{"mode":{"type":"string","enum":["Terminate","Passthrough"]},
     "certificateRefs":{"type":"array","items":{"type":"object","required":["name"],"properties":{
       "group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}}}},
     "options":{"type":"object","additionalProperties":{"type":"string"}},
     "frontendValidation":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}},
   "allowedRoutes":{"type":"object","properties":{
     "namespaces":{"type":"object","properties":{"from":{"type":"string","enum":["All","Selector","Same"]},
       "selector":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}},
     "kinds":{"type":"array","items":{"type":"object","required":["kind"],"properties":{"group":{"type":"string"},"kind":{"type":"string"}}}}}}}}}}})json";

const char kGatewayStatus[] = R"json({"type":"object","properties":{
 "addresses":{"type":"array","items":{"type":"object","required":["value"],"properties":{"type":{"type":"string"},"value":{"type":"string"}}}},
 "conditions":{"type":"array","items":{}},
 "listeners":{"type":"array","items":{"type":"object","required":["name","attachedRoutes","supportedKinds","conditions"],"properties":{
   "name":{"type":"string"},"attachedRoutes":{"type":"integer","format":"int32"},
   "supportedKinds":{"type":"array","items":{"type":"object","required":["kind"],"properties":{"group":{"type":"string"},"kind":{"type":"string"}}}},
   "conditions":{"type":"array","items":{}}}}}}})json";

const char kHttpRouteSpec[] = R"json({"type":"object","properties":{
 "parentRefs":{"type":"array","items":{}},"hostnames":{"type":"array","items":{"type":"string"}},
 "rules":{"type":"array","items":{"type":"object","properties":{
   "name":{"type":"string"},
   "matches":{"type":"array","items":{"type":"object","properties":{
     "path":{"type":"object","properties":{"type":{"type":"string","enum":["Exact","PathPrefix","RegularExpression"]},"value":{"type":"string"}}},
     "method":{"type":"string"},
     "headers":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},
     "queryParams":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}}},
   "filters":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},
   "backendRefs":{"type":"array","items":{"type":"object","required":["name"],"properties":{
     "group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},
     "port":{"type":"integer","format":"int32"},"weight":{"type":"integer","format":"int32"},
     "filters":{"type":"array","items":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}}},
   "timeouts":{"type":"object","properties":{"request":{"type":"string"},"backendRequest":{"type":"string"}}},
   "sessionPersistence":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
   "retry":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}}}})json";

const char kHttpRouteStatus[]
    = R"json({"type":"object","required":["parents"],"properties":{"parents":{"type":"array","items":{
 "type":"object","required":["parentRef","controllerName"],"properties":{"parentRef":{},"controllerName":{"type":"string"},
 "conditions":{"type":"array","items":{}}}}}}})json";

// Puts `value` at a path of property names below `schema`; "name[]" stands for the items of array `name`
// ("parents[].conditions[]": the items of the conditions of the items of parents).
QJsonObject withSchemaAt(QJsonObject schema, const QString& path, const QJsonObject& value)
{
    const QString head = path.section(QLatin1Char('.'), 0, 0);
    const QString rest = path.section(QLatin1Char('.'), 1);
    const bool items = head.endsWith(QLatin1String("[]"));
    const QString name = items ? head.chopped(2) : head;
    QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    QJsonObject property = properties.value(name).toObject();
    if (items) {
        property.insert(QStringLiteral("items"),
            rest.isEmpty() ? value : withSchemaAt(property.value(QStringLiteral("items")).toObject(), rest, value));
    } else {
        property = rest.isEmpty() ? value : withSchemaAt(property, rest, value);
    }
    properties.insert(name, property);
    schema.insert(QStringLiteral("properties"), properties);
    return schema;
}

QJsonObject rootSchema(const QJsonObject& spec, const QJsonObject& status, bool specRequired)
{
    QJsonObject properties { { QStringLiteral("apiVersion"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } },
        { QStringLiteral("kind"), QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } },
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } },
        { QStringLiteral("spec"), spec } };
    if (!status.isEmpty())
        properties.insert(QStringLiteral("status"), status);
    QJsonObject root { { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"), properties } };
    if (specRequired)
        root.insert(QStringLiteral("required"), QJsonArray { QStringLiteral("spec") });
    return root;
}

struct Names
{
    const char* group;
    const char* version;
    const char* kind;
    const char* plural;
    QStringList shortNames;
    QStringList categories;
    bool namespaced;
};

QJsonObject definition(
    const Names& names, const QJsonObject& schema, bool statusSubresource, const QJsonObject& annotations = {})
{
    const QString group = QString::fromLatin1(names.group);
    const QString plural = QString::fromLatin1(names.plural);
    QJsonObject crdNames { { QStringLiteral("kind"), QString::fromLatin1(names.kind) },
        { QStringLiteral("plural"), plural }, { QStringLiteral("singular"), QString::fromLatin1(names.kind).toLower() },
        { QStringLiteral("listKind"), QString(QString::fromLatin1(names.kind) + QStringLiteral("List")) } };
    if (!names.shortNames.isEmpty())
        crdNames.insert(QStringLiteral("shortNames"), QJsonArray::fromStringList(names.shortNames));
    if (!names.categories.isEmpty())
        crdNames.insert(QStringLiteral("categories"), QJsonArray::fromStringList(names.categories));
    QJsonObject version { { QStringLiteral("name"), QString::fromLatin1(names.version) },
        { QStringLiteral("served"), true }, { QStringLiteral("storage"), true },
        { QStringLiteral("schema"), QJsonObject { { QStringLiteral("openAPIV3Schema"), schema } } } };
    if (statusSubresource)
        version.insert(QStringLiteral("subresources"), QJsonObject { { QStringLiteral("status"), QJsonObject() } });
    QJsonObject metadata { { QStringLiteral("name"), QString(plural + QLatin1Char('.') + group) },
        { QStringLiteral("labels"), QJsonObject { { QStringLiteral("netloom.io/seed"), QStringLiteral("demo") } } } };
    if (!annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), annotations);
    return { { QStringLiteral("apiVersion"), QStringLiteral("apiextensions.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("CustomResourceDefinition") },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("group"), group }, { QStringLiteral("names"), crdNames },
                { QStringLiteral("scope"),
                    names.namespaced ? QStringLiteral("Namespaced") : QStringLiteral("Cluster") },
                { QStringLiteral("versions"), QJsonArray { version } } } } };
}

// --- objects ---------------------------------------------------------------------------------------

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject condition(const QString& type, bool status, const QString& reason, const QString& message,
    const QDateTime& since, qint64 generation = 1)
{
    return { { QStringLiteral("type"), type },
        { QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False") },
        { QStringLiteral("reason"), reason }, { QStringLiteral("message"), message },
        { QStringLiteral("lastTransitionTime"), timestamp(since) },
        { QStringLiteral("observedGeneration"), generation } };
}

QJsonObject meta(const QString& name, const QString& nameSpace = {}, const QJsonObject& labels = {},
    const QJsonObject& annotations = {})
{
    QJsonObject out { { QStringLiteral("name"), name } };
    if (!nameSpace.isEmpty())
        out.insert(QStringLiteral("namespace"), nameSpace);
    if (!labels.isEmpty())
        out.insert(QStringLiteral("labels"), labels);
    if (!annotations.isEmpty())
        out.insert(QStringLiteral("annotations"), annotations);
    return out;
}

QJsonObject object(const char* apiVersion, const char* kind, const QJsonObject& metadata, const QJsonObject& spec)
{
    return { { QStringLiteral("apiVersion"), QString::fromLatin1(apiVersion) },
        { QStringLiteral("kind"), QString::fromLatin1(kind) }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("spec"), spec } };
}

/// One demo Certificate: what it asks for and the state cert-manager left it in.
struct DemoCertificate
{
    QString name;
    QString nameSpace;
    QStringList dnsNames;
    QString issuerKind; // ClusterIssuer or Issuer
    QString issuer;
    QString secretName;
    enum class State { Ready, ExpiresSoon, Expired, NotReady, Authority } state = State::Ready;
};

} // namespace

QList<QJsonObject> DemoCustomResources::definitions()
{
    const QJsonObject conditionSchema = parse(kCondition);
    const QJsonObject issuerRef = parse(kIssuerRef);
    const auto at = [](const char* json, std::initializer_list<std::pair<const char*, QJsonObject>> parts) {
        QJsonObject schema = parse(json);
        for (const auto& [path, value] : parts)
            schema = withSchemaAt(schema, QString::fromLatin1(path), value);
        return schema;
    };
    const QJsonObject certificateSpec = at(kCertificateSpec, { { "issuerRef", issuerRef } });
    const QJsonObject certificateStatus = at(kCertificateStatus, { { "conditions[]", conditionSchema } });
    const QJsonObject requestSpec = at(kCertificateRequestSpec, { { "issuerRef", issuerRef } });
    const QJsonObject requestStatus = at(kCertificateRequestStatus, { { "conditions[]", conditionSchema } });
    const QJsonObject issuerSpec = parse(kIssuerSpec);
    const QJsonObject issuerStatus = at(kIssuerStatus, { { "conditions[]", conditionSchema } });
    const QJsonObject rule = parse(kCalicoRule);
    const QJsonObject policySpec = at(kCalicoPolicySpec, { { "ingress[]", rule }, { "egress[]", rule } });
    const QJsonObject parentRef = parse(kParentRef);
    const QJsonObject gatewayApproval { { QStringLiteral("api-approved.kubernetes.io"),
                                            QStringLiteral(
                                                "https://github.com/kubernetes-sigs/gateway-api/pull/3328") },
        { QStringLiteral("gateway.networking.k8s.io/bundle-version"), QStringLiteral("v1.2.1") },
        { QStringLiteral("gateway.networking.k8s.io/channel"), QStringLiteral("standard") } };
    const QStringList certManager { QStringLiteral("cert-manager") };
    const QStringList gatewayApi { QStringLiteral("gateway-api") };
    return {
        definition({ "cert-manager.io", "v1", "Certificate", "certificates",
                       { QStringLiteral("cert"), QStringLiteral("certs") }, certManager, true },
            rootSchema(certificateSpec, certificateStatus, true), true),
        definition({ "cert-manager.io", "v1", "CertificateRequest", "certificaterequests",
                       { QStringLiteral("cr"), QStringLiteral("crs") }, certManager, true },
            rootSchema(requestSpec, requestStatus, true), true),
        definition({ "cert-manager.io", "v1", "Issuer", "issuers", { QStringLiteral("iss") }, certManager, true },
            rootSchema(issuerSpec, issuerStatus, true), true),
        definition({ "cert-manager.io", "v1", "ClusterIssuer", "clusterissuers", { QStringLiteral("ciss") },
                       certManager, false },
            rootSchema(issuerSpec, issuerStatus, true), true),
        definition({ "crd.projectcalico.org", "v1", "IPPool", "ippools", {}, {}, false },
            rootSchema(parse(kIpPoolSpec), {}, false), false),
        definition({ "crd.projectcalico.org", "v1", "NetworkPolicy", "networkpolicies", {}, {}, true },
            rootSchema(policySpec, {}, false), false),
        definition({ "crd.projectcalico.org", "v1", "GlobalNetworkPolicy", "globalnetworkpolicies", {}, {}, false },
            rootSchema(policySpec, {}, false), false),
        definition({ "externaldns.k8s.io", "v1alpha1", "DNSEndpoint", "dnsendpoints", {}, {}, true },
            rootSchema(parse(kDnsEndpointSpec), parse(kDnsEndpointStatus), false), true,
            { { QStringLiteral("api-approved.kubernetes.io"),
                QStringLiteral("https://github.com/kubernetes-sigs/external-dns/pull/2007") } }),
        definition({ "gateway.networking.k8s.io", "v1", "GatewayClass", "gatewayclasses", { QStringLiteral("gc") },
                       gatewayApi, false },
            rootSchema(
                parse(kGatewayClassSpec), at(kGatewayClassStatus, { { "conditions[]", conditionSchema } }), true),
            true, gatewayApproval),
        definition(
            { "gateway.networking.k8s.io", "v1", "Gateway", "gateways", { QStringLiteral("gtw") }, gatewayApi, true },
            rootSchema(parse(kGatewaySpec),
                at(kGatewayStatus,
                    { { "conditions[]", conditionSchema }, { "listeners[].conditions[]", conditionSchema } }),
                true),
            true, gatewayApproval),
        definition({ "gateway.networking.k8s.io", "v1", "HTTPRoute", "httproutes", {}, gatewayApi, true },
            rootSchema(at(kHttpRouteSpec, { { "parentRefs[]", parentRef } }),
                at(kHttpRouteStatus,
                    { { "parents[].parentRef", parentRef }, { "parents[].conditions[]", conditionSchema } }),
                true),
            true, gatewayApproval),
    };
}

Expected<void> DemoCustomResources::populate(ApiServer& server)
{
    if (const Expected<void> created = DemoSeed::createAll(server, definitions()); !created)
        return created;
    const Expected<DemoCertificates> forge = DemoCertificates::create();
    if (!forge)
        return forge.error();
    const ResourceCatalog& catalog = server.catalog();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const qint64 day = 86400;
    QList<QJsonObject> objects;
    QList<std::pair<QJsonObject, QJsonObject>> statuses; // object (for its kind and name), status

    // Namespace of the Gateway API data plane (NGINX Gateway Fabric).
    objects.append({ { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Namespace") },
        { QStringLiteral("metadata"),
            meta(QStringLiteral("nginx-gateway"), {},
                { { QStringLiteral("app.kubernetes.io/name"), QStringLiteral("nginx-gateway-fabric") },
                    { QStringLiteral("team"), QStringLiteral("platform") } }) } });

    // --- cert-manager issuers -------------------------------------------------------------------
    const QJsonObject issued = condition(QStringLiteral("Ready"), true, QStringLiteral("ACMEAccountRegistered"),
        QStringLiteral("The ACME account was registered with the ACME server"), now.addSecs(-200 * day));
    QJsonObject letsencrypt = object("cert-manager.io/v1", "ClusterIssuer", meta(QStringLiteral("letsencrypt-prod")),
        { { QStringLiteral("acme"),
            QJsonObject {
                { QStringLiteral("server"), QStringLiteral("https://acme-v02.api.letsencrypt.org/directory") },
                { QStringLiteral("email"), QStringLiteral("platform@example.com") },
                { QStringLiteral("privateKeySecretRef"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("letsencrypt-prod-account-key") } } },
                { QStringLiteral("solvers"),
                    QJsonArray { QJsonObject { { QStringLiteral("http01"),
                        QJsonObject { { QStringLiteral("ingress"),
                            QJsonObject {
                                { QStringLiteral("ingressClassName"), QStringLiteral("nginx") } } } } } } } } } } });
    objects.append(letsencrypt);
    statuses.append({ letsencrypt,
        { { QStringLiteral("conditions"), QJsonArray { issued } },
            { QStringLiteral("acme"),
                QJsonObject { { QStringLiteral("uri"),
                                  QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1938412077") },
                    { QStringLiteral("lastRegisteredEmail"), QStringLiteral("platform@example.com") } } } } });
    const QJsonObject selfSigned = object("cert-manager.io/v1", "ClusterIssuer", meta(QStringLiteral("selfsigned")),
        { { QStringLiteral("selfSigned"), QJsonObject() } });
    objects.append(selfSigned);
    statuses.append({ selfSigned,
        { { QStringLiteral("conditions"),
            QJsonArray { condition(
                QStringLiteral("Ready"), true, QStringLiteral("IsReady"), QString(), now.addSecs(-200 * day)) } } } });
    const QJsonObject caIssuer = object("cert-manager.io/v1", "Issuer",
        meta(QStringLiteral("internal-ca"), QStringLiteral("payments")),
        { { QStringLiteral("ca"), QJsonObject { { QStringLiteral("secretName"), QStringLiteral("internal-ca") } } } });
    objects.append(caIssuer);
    statuses.append({ caIssuer,
        { { QStringLiteral("conditions"),
            QJsonArray { condition(QStringLiteral("Ready"), true, QStringLiteral("KeyPairVerified"),
                QStringLiteral("Signing CA verified"), now.addSecs(-120 * day)) } } } });

    // --- Certificates and their TLS Secrets -------------------------------------------------------
    using State = DemoCertificate::State;
    const QString cluster = QStringLiteral("ClusterIssuer");
    const QList<DemoCertificate> certificates {
        { QStringLiteral("shop-example-com"), QStringLiteral("shop"),
            { QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com") }, cluster,
            QStringLiteral("letsencrypt-prod"), QStringLiteral("shop-example-com-tls"), State::Ready },
        { QStringLiteral("pay-example-com"), QStringLiteral("payments"), { QStringLiteral("pay.example.com") }, cluster,
            QStringLiteral("letsencrypt-prod"), QStringLiteral("pay-example-com-tls"), State::ExpiresSoon },
        { QStringLiteral("auth-example-com"), QStringLiteral("identity"), { QStringLiteral("auth.example.com") },
            cluster, QStringLiteral("letsencrypt-prod"), QStringLiteral("auth-example-com-tls"), State::NotReady },
        { QStringLiteral("grafana-example-com"), QStringLiteral("monitoring"),
            { QStringLiteral("grafana.example.com") }, cluster, QStringLiteral("letsencrypt-prod"),
            QStringLiteral("grafana-example-com-tls"), State::Expired },
        { QStringLiteral("apps-example-com"), QStringLiteral("nginx-gateway"),
            { QStringLiteral("*.apps.example.com"), QStringLiteral("apps.example.com") }, cluster,
            QStringLiteral("letsencrypt-prod"), QStringLiteral("apps-example-com-tls"), State::Ready },
        { QStringLiteral("internal-ca"), QStringLiteral("payments"), { QStringLiteral("internal-ca.payments.svc") },
            cluster, QStringLiteral("selfsigned"), QStringLiteral("internal-ca"), State::Authority },
        { QStringLiteral("payments-api-mtls"), QStringLiteral("payments"),
            { QStringLiteral("payments-api.payments.svc"), QStringLiteral("payments-api.payments.svc.cluster.local") },
            QStringLiteral("Issuer"), QStringLiteral("internal-ca"), QStringLiteral("payments-api-mtls"),
            State::Ready },
    };
    for (const DemoCertificate& c : certificates) {
        QDateTime notBefore = now.addSecs(-30 * day);
        QDateTime notAfter = now.addSecs(60 * day);
        QJsonObject spec { { QStringLiteral("secretName"), c.secretName },
            { QStringLiteral("dnsNames"), QJsonArray::fromStringList(c.dnsNames) },
            { QStringLiteral("issuerRef"),
                QJsonObject { { QStringLiteral("group"), QStringLiteral("cert-manager.io") },
                    { QStringLiteral("kind"), c.issuerKind }, { QStringLiteral("name"), c.issuer } } },
            { QStringLiteral("privateKey"),
                QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("ECDSA") }, { QStringLiteral("size"), 256 },
                    { QStringLiteral("rotationPolicy"), QStringLiteral("Always") } } } };
        QJsonObject status;
        QJsonArray conditions;
        QDateTime renewal = notAfter.addSecs(-30 * day);
        switch (c.state) {
        case State::Ready:
            conditions.append(condition(QStringLiteral("Ready"), true, QStringLiteral("Ready"),
                QStringLiteral("Certificate is up to date and has not expired"), notBefore));
            break;
        case State::ExpiresSoon:
            // Issued 80 days ago for 90; renewal is due in three days (renewBefore 7 days).
            notBefore = now.addSecs(-80 * day);
            notAfter = now.addSecs(10 * day);
            renewal = notAfter.addSecs(-7 * day);
            spec.insert(QStringLiteral("renewBefore"), QStringLiteral("168h"));
            conditions.append(condition(QStringLiteral("Ready"), true, QStringLiteral("Ready"),
                QStringLiteral("Certificate is up to date and has not expired"), notBefore));
            break;
        case State::Expired:
            notBefore = now.addSecs(-93 * day);
            notAfter = now.addSecs(-3 * day);
            renewal = notAfter.addSecs(-30 * day);
            conditions.append(condition(QStringLiteral("Ready"), false, QStringLiteral("Expired"),
                QStringLiteral("Certificate expired on %1").arg(timestamp(notAfter)), notAfter));
            conditions.append(condition(QStringLiteral("Issuing"), false, QStringLiteral("Failed"),
                QStringLiteral("The certificate request has failed to complete and will be retried: Failed to wait for "
                               "order resource \"grafana-example-com-4-1482911023\" to become ready: order is in "
                               "\"invalid\" state: 403 urn:ietf:params:acme:error:unauthorized: Cannot negotiate ALPN "
                               "protocol \"acme-tls/1\" for tls-alpn-01 challenge"),
                now.addSecs(-3600)));
            status.insert(QStringLiteral("failedIssuanceAttempts"), 4);
            status.insert(QStringLiteral("lastFailureTime"), timestamp(now.addSecs(-3600)));
            break;
        case State::NotReady:
            conditions.append(condition(QStringLiteral("Ready"), false, QStringLiteral("DoesNotExist"),
                QStringLiteral("Issuing certificate as Secret does not exist"), now.addSecs(-2 * 3600)));
            conditions.append(condition(QStringLiteral("Issuing"), true, QStringLiteral("DoesNotExist"),
                QStringLiteral("Issuing certificate as Secret does not exist"), now.addSecs(-2 * 3600)));
            break;
        case State::Authority:
            notBefore = now.addSecs(-400 * day);
            notAfter = now.addSecs(3250 * day);
            renewal = notAfter.addSecs(-1200 * day);
            spec.insert(QStringLiteral("isCA"), true);
            spec.insert(QStringLiteral("commonName"), QStringLiteral("Netloom Demo CA"));
            spec.insert(QStringLiteral("duration"), QStringLiteral("87600h"));
            conditions.append(condition(QStringLiteral("Ready"), true, QStringLiteral("Ready"),
                QStringLiteral("Certificate is up to date and has not expired"), notBefore));
            break;
        }
        status.insert(QStringLiteral("conditions"), conditions);
        if (c.state != State::NotReady) {
            status.insert(QStringLiteral("notBefore"), timestamp(notBefore));
            status.insert(QStringLiteral("notAfter"), timestamp(notAfter));
            status.insert(QStringLiteral("renewalTime"), timestamp(renewal));
            status.insert(QStringLiteral("revision"), c.state == State::Expired ? 3 : 1);
            DemoCertificates::Issued pem
                = c.state == State::Authority ? forge->authority() : DemoCertificates::Issued();
            if (c.state != State::Authority) {
                const Expected<DemoCertificates::Issued> leaf = forge->issue(c.dnsNames, notBefore, notAfter);
                if (!leaf)
                    return leaf.error();
                pem = *leaf;
            }
            QJsonObject data { { QStringLiteral("tls.crt"), QString::fromLatin1(pem.certificatePem.toBase64()) },
                { QStringLiteral("tls.key"), QString::fromLatin1(pem.keyPem.toBase64()) } };
            if (c.issuerKind == QLatin1String("Issuer") || c.state == State::Authority)
                data.insert(
                    QStringLiteral("ca.crt"), QString::fromLatin1(forge->authority().certificatePem.toBase64()));
            objects.append({ { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Secret") },
                { QStringLiteral("metadata"),
                    meta(c.secretName, c.nameSpace,
                        { { QStringLiteral("controller.cert-manager.io/fao"), QStringLiteral("true") } },
                        { { QStringLiteral("cert-manager.io/alt-names"), c.dnsNames.join(QLatin1Char(',')) },
                            { QStringLiteral("cert-manager.io/certificate-name"), c.name },
                            { QStringLiteral("cert-manager.io/common-name"),
                                c.state == State::Authority ? QStringLiteral("Netloom Demo CA") : c.dnsNames.front() },
                            { QStringLiteral("cert-manager.io/issuer-group"), QStringLiteral("cert-manager.io") },
                            { QStringLiteral("cert-manager.io/issuer-kind"), c.issuerKind },
                            { QStringLiteral("cert-manager.io/issuer-name"), c.issuer } }) },
                { QStringLiteral("type"), QStringLiteral("kubernetes.io/tls") }, { QStringLiteral("data"), data } });
        }
        const QJsonObject certificate = object("cert-manager.io/v1", "Certificate",
            meta(c.name, c.nameSpace,
                { { QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("cert-manager") } }),
            spec);
        objects.append(certificate);
        statuses.append({ certificate, status });
    }

    // --- external-dns ------------------------------------------------------------------------------
    const auto endpoint = [](const QString& dnsName, const QString& type, int ttl, const QStringList& targets) {
        return QJsonObject { { QStringLiteral("dnsName"), dnsName }, { QStringLiteral("recordType"), type },
            { QStringLiteral("recordTTL"), ttl }, { QStringLiteral("targets"), QJsonArray::fromStringList(targets) } };
    };
    const QString lb = QString::fromLatin1(DemoSeed::kLoadBalancerIp);
    const QString gatewayIp = QStringLiteral("203.0.113.12");
    for (const QJsonObject& dns : {
             object("externaldns.k8s.io/v1alpha1", "DNSEndpoint",
                 meta(QStringLiteral("apex"), QStringLiteral("ingress-nginx")),
                 { { QStringLiteral("endpoints"),
                     QJsonArray { endpoint(QStringLiteral("example.com"), QStringLiteral("A"), 300, { lb }),
                         endpoint(QStringLiteral("example.com"), QStringLiteral("TXT"), 3600,
                             { QStringLiteral("\"v=spf1 include:_spf.example.net -all\"") }) } } }),
             object("externaldns.k8s.io/v1alpha1", "DNSEndpoint",
                 meta(QStringLiteral("status-page"), QStringLiteral("monitoring")),
                 { { QStringLiteral("endpoints"),
                     QJsonArray { endpoint(QStringLiteral("status.example.com"), QStringLiteral("CNAME"), 3600,
                         { QStringLiteral("statuspage.example.net") }) } } }),
             object("externaldns.k8s.io/v1alpha1", "DNSEndpoint",
                 meta(QStringLiteral("apps-wildcard"), QStringLiteral("nginx-gateway")),
                 { { QStringLiteral("endpoints"),
                     QJsonArray {
                         endpoint(QStringLiteral("*.apps.example.com"), QStringLiteral("A"), 300, { gatewayIp }) } } }),
         }) {
        objects.append(dns);
        statuses.append({ dns, { { QStringLiteral("observedGeneration"), 1 } } });
    }

    // --- Gateway API (NGINX Gateway Fabric) ---------------------------------------------------------
    const QString controller = QStringLiteral("gateway.nginx.org/nginx-gateway-controller");
    const QDateTime gatewaySince = now.addSecs(-45 * day);
    const QJsonObject gatewayClass = object("gateway.networking.k8s.io/v1", "GatewayClass",
        meta(QStringLiteral("nginx")), { { QStringLiteral("controllerName"), controller } });
    objects.append(gatewayClass);
    statuses.append({ gatewayClass,
        { { QStringLiteral("conditions"),
            QJsonArray { condition(QStringLiteral("Accepted"), true, QStringLiteral("Accepted"),
                             QStringLiteral("GatewayClass is accepted"), gatewaySince),
                condition(QStringLiteral("SupportedVersion"), true, QStringLiteral("SupportedVersion"),
                    QStringLiteral("Gateway API CRD versions are supported"), gatewaySince) } } } });
    const QJsonObject allRoutes { { QStringLiteral("namespaces"),
        QJsonObject { { QStringLiteral("from"), QStringLiteral("All") } } } };
    const QJsonObject gateway = object("gateway.networking.k8s.io/v1", "Gateway",
        meta(QStringLiteral("public"), QStringLiteral("nginx-gateway")),
        { { QStringLiteral("gatewayClassName"), QStringLiteral("nginx") },
            { QStringLiteral("listeners"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("http") },
                                 { QStringLiteral("hostname"), QStringLiteral("*.apps.example.com") },
                                 { QStringLiteral("port"), 80 }, { QStringLiteral("protocol"), QStringLiteral("HTTP") },
                                 { QStringLiteral("allowedRoutes"), allRoutes } },
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("https") },
                        { QStringLiteral("hostname"), QStringLiteral("*.apps.example.com") },
                        { QStringLiteral("port"), 443 }, { QStringLiteral("protocol"), QStringLiteral("HTTPS") },
                        { QStringLiteral("allowedRoutes"), allRoutes },
                        { QStringLiteral("tls"),
                            QJsonObject { { QStringLiteral("mode"), QStringLiteral("Terminate") },
                                { QStringLiteral("certificateRefs"),
                                    QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("Secret") },
                                        { QStringLiteral("name"),
                                            QStringLiteral("apps-example-com-tls") } } } } } } } } } });
    objects.append(gateway);
    QJsonArray listenerStatus;
    for (const char* listener : { "http", "https" }) {
        listenerStatus.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(listener) },
            { QStringLiteral("attachedRoutes"), 1 },
            { QStringLiteral("supportedKinds"),
                QJsonArray { QJsonObject { { QStringLiteral("group"), QStringLiteral("gateway.networking.k8s.io") },
                                 { QStringLiteral("kind"), QStringLiteral("HTTPRoute") } },
                    QJsonObject { { QStringLiteral("group"), QStringLiteral("gateway.networking.k8s.io") },
                        { QStringLiteral("kind"), QStringLiteral("GRPCRoute") } } } },
            { QStringLiteral("conditions"),
                QJsonArray { condition(QStringLiteral("Accepted"), true, QStringLiteral("Accepted"),
                                 QStringLiteral("Listener is accepted"), gatewaySince),
                    condition(QStringLiteral("Programmed"), true, QStringLiteral("Programmed"),
                        QStringLiteral("Listener is programmed"), gatewaySince),
                    condition(QStringLiteral("ResolvedRefs"), true, QStringLiteral("ResolvedRefs"),
                        QStringLiteral("All references are resolved"), gatewaySince),
                    condition(QStringLiteral("Conflicted"), false, QStringLiteral("NoConflicts"),
                        QStringLiteral("No conflicts"), gatewaySince) } } });
    }
    statuses.append({ gateway,
        { { QStringLiteral("addresses"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("type"), QStringLiteral("IPAddress") }, { QStringLiteral("value"), gatewayIp } } } },
            { QStringLiteral("conditions"),
                QJsonArray { condition(QStringLiteral("Accepted"), true, QStringLiteral("Accepted"),
                                 QStringLiteral("Gateway is accepted"), gatewaySince),
                    condition(QStringLiteral("Programmed"), true, QStringLiteral("Programmed"),
                        QStringLiteral("Gateway is programmed"), gatewaySince) } },
            { QStringLiteral("listeners"), listenerStatus } } });
    const QJsonObject parent { { QStringLiteral("group"), QStringLiteral("gateway.networking.k8s.io") },
        { QStringLiteral("kind"), QStringLiteral("Gateway") }, { QStringLiteral("name"), QStringLiteral("public") },
        { QStringLiteral("namespace"), QStringLiteral("nginx-gateway") },
        { QStringLiteral("sectionName"), QStringLiteral("https") } };
    const QJsonObject route = object("gateway.networking.k8s.io/v1", "HTTPRoute",
        meta(QStringLiteral("storefront-docs"), QStringLiteral("shop"),
            { { QStringLiteral("app"), QStringLiteral("storefront") } }),
        { { QStringLiteral("parentRefs"), QJsonArray { parent } },
            { QStringLiteral("hostnames"), QJsonArray { QStringLiteral("docs.apps.example.com") } },
            { QStringLiteral("rules"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("matches"),
                                      QJsonArray { QJsonObject { { QStringLiteral("path"),
                                          QJsonObject { { QStringLiteral("type"), QStringLiteral("PathPrefix") },
                                              { QStringLiteral("value"), QStringLiteral("/") } } } } } },
                        { QStringLiteral("backendRefs"),
                            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("storefront") },
                                             { QStringLiteral("port"), 80 } },
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("catalog") },
                                    { QStringLiteral("port"), 8080 }, { QStringLiteral("weight"), 0 } } } } } } } });
    objects.append(route);
    statuses.append({ route,
        { { QStringLiteral("parents"),
            QJsonArray {
                QJsonObject { { QStringLiteral("parentRef"), parent }, { QStringLiteral("controllerName"), controller },
                    { QStringLiteral("conditions"),
                        QJsonArray { condition(QStringLiteral("Accepted"), true, QStringLiteral("Accepted"),
                                         QStringLiteral("The route is accepted"), gatewaySince),
                            condition(QStringLiteral("ResolvedRefs"), true, QStringLiteral("ResolvedRefs"),
                                QStringLiteral("All references are resolved"), gatewaySince) } } } } } } });

    // --- Calico ----------------------------------------------------------------------------------------
    objects.append(object("crd.projectcalico.org/v1", "IPPool", meta(QStringLiteral("default-ipv4-ippool")),
        { { QStringLiteral("cidr"), QStringLiteral("10.244.0.0/16") }, { QStringLiteral("blockSize"), 26 },
            { QStringLiteral("ipipMode"), QStringLiteral("Never") },
            { QStringLiteral("vxlanMode"), QStringLiteral("CrossSubnet") }, { QStringLiteral("natOutgoing"), true },
            { QStringLiteral("nodeSelector"), QStringLiteral("all()") },
            { QStringLiteral("allowedUses"), QJsonArray { QStringLiteral("Workload"), QStringLiteral("Tunnel") } } }));
    objects.append(object("crd.projectcalico.org/v1", "IPPool", meta(QStringLiteral("batch-ipv4-ippool")),
        { { QStringLiteral("cidr"), QStringLiteral("10.245.0.0/20") }, { QStringLiteral("blockSize"), 26 },
            { QStringLiteral("ipipMode"), QStringLiteral("Never") },
            { QStringLiteral("vxlanMode"), QStringLiteral("CrossSubnet") }, { QStringLiteral("natOutgoing"), true },
            { QStringLiteral("nodeSelector"), QStringLiteral("node-pool == 'batch'") },
            { QStringLiteral("allowedUses"), QJsonArray { QStringLiteral("Workload") } } }));
    objects.append(
        object("crd.projectcalico.org/v1", "GlobalNetworkPolicy", meta(QStringLiteral("default.allow-cluster-dns")),
            { { QStringLiteral("tier"), QStringLiteral("default") }, { QStringLiteral("order"), 100 },
                { QStringLiteral("selector"), QStringLiteral("all()") },
                { QStringLiteral("types"), QJsonArray { QStringLiteral("Egress") } },
                { QStringLiteral("egress"),
                    QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("Allow") },
                        { QStringLiteral("protocol"), QStringLiteral("UDP") },
                        { QStringLiteral("destination"),
                            QJsonObject { { QStringLiteral("selector"), QStringLiteral("k8s-app == 'kube-dns'") },
                                { QStringLiteral("namespaceSelector"),
                                    QStringLiteral("projectcalico.org/name == 'kube-system'") },
                                { QStringLiteral("ports"), QJsonArray { 53 } } } } } } } }));
    objects.append(object("crd.projectcalico.org/v1", "NetworkPolicy",
        meta(QStringLiteral("default.allow-ingress-nginx"), QStringLiteral("payments")),
        { { QStringLiteral("tier"), QStringLiteral("default") }, { QStringLiteral("order"), 200 },
            { QStringLiteral("selector"), QStringLiteral("app == 'payments-api'") },
            { QStringLiteral("types"), QJsonArray { QStringLiteral("Ingress") } },
            { QStringLiteral("ingress"),
                QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("Allow") },
                    { QStringLiteral("protocol"), QStringLiteral("TCP") },
                    { QStringLiteral("source"),
                        QJsonObject { { QStringLiteral("namespaceSelector"),
                            QStringLiteral("kubernetes.io/metadata.name == 'ingress-nginx'") } } },
                    { QStringLiteral("destination"),
                        QJsonObject {
                            { QStringLiteral("ports"), QJsonArray { 8443, QStringLiteral("https") } } } } } } } }));

    if (const Expected<void> created = DemoSeed::createAll(server, objects); !created)
        return created;
    // What the controllers (cert-manager, external-dns, NGINX Gateway Fabric) wrote back.
    for (const auto& [target, status] : statuses) {
        const ResourceKind* kind = catalog.findByKind(
            target.value(QStringLiteral("apiVersion")).toString(), target.value(QStringLiteral("kind")).toString());
        const QJsonObject metadata = target.value(QStringLiteral("metadata")).toObject();
        const ApiServer::Outcome outcome
            = server.updateStatus(*kind, metadata.value(QStringLiteral("namespace")).toString(),
                metadata.value(QStringLiteral("name")).toString(), status);
        if (!outcome.ok())
            return Error(QStringLiteral("The seed's status could not be written"),
                outcome.body.value(QStringLiteral("message")).toString());
    }
    return {};
}

} // namespace Netloom::Lab
