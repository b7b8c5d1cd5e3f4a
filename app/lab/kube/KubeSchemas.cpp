#include "app/lab/kube/KubeSchemas.h"

namespace Netloom::Lab {

namespace {

using T = Schema::Type;

const QString kMeta = QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.");
const QString kCore = QStringLiteral("io.k8s.api.core.v1.");
const QString kNet = QStringLiteral("io.k8s.api.networking.v1.");

SchemaPtr str()
{
    return Schema::string();
}

SchemaPtr strings()
{
    return Schema::arrayOf(Schema::string());
}

SchemaPtr stringMap()
{
    return Schema::mapOf(Schema::string());
}

// apiVersion, kind, metadata, then the kind's own fields.
std::shared_ptr<Schema> topLevel(const QString& definition, const QString& description, const SchemaPtr& meta)
{
    auto schema = Schema::object(definition, description);
    schema->add(QStringLiteral("apiVersion"), str()).add(QStringLiteral("kind"), str());
    schema->add(QStringLiteral("metadata"), meta);
    return schema;
}

} // namespace

const KubeSchemas& KubeSchemas::instance()
{
    static const KubeSchemas schemas;
    return schemas;
}

KubeSchemas::KubeSchemas()
{
    // --- meta/v1 ------------------------------------------------------------------------------
    auto time = Schema::named(T::String, kMeta + QStringLiteral("Time"),
        QStringLiteral("Time is a wrapper around time.Time (RFC 3339, UTC)."));
    time->setFormat(QStringLiteral("date-time"));
    auto intOrString = Schema::named(T::IntOrString, QStringLiteral("io.k8s.apimachinery.pkg.util.intstr.IntOrString"),
        QStringLiteral("IntOrString is a type that can hold an int32 or a string."));
    intOrString->setFormat(QStringLiteral("int-or-string"));
    auto fieldsV1 = Schema::named(T::FreeForm, kMeta + QStringLiteral("FieldsV1"),
        QStringLiteral("FieldsV1 stores a set of fields in a data structure like a Trie."));

    auto ownerReference = Schema::object(kMeta + QStringLiteral("OwnerReference"),
        QStringLiteral("OwnerReference contains information to identify an owning object."));
    ownerReference->add(QStringLiteral("apiVersion"), str())
        .add(QStringLiteral("blockOwnerDeletion"), Schema::boolean())
        .add(QStringLiteral("controller"), Schema::boolean())
        .add(QStringLiteral("kind"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("uid"), str())
        .require(QStringLiteral("apiVersion"))
        .require(QStringLiteral("kind"))
        .require(QStringLiteral("name"))
        .require(QStringLiteral("uid"));

    auto managedFields = Schema::object(kMeta + QStringLiteral("ManagedFieldsEntry"),
        QStringLiteral("ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the "
                       "fieldset applies to."));
    managedFields->add(QStringLiteral("apiVersion"), str())
        .add(QStringLiteral("fieldsType"), str())
        .add(QStringLiteral("fieldsV1"), fieldsV1)
        .add(QStringLiteral("manager"), str())
        .add(QStringLiteral("operation"), str())
        .add(QStringLiteral("subresource"), str())
        .add(QStringLiteral("time"), time);

    auto objectMeta = Schema::object(kMeta + QStringLiteral("ObjectMeta"),
        QStringLiteral("ObjectMeta is metadata that all persisted resources must have."));
    objectMeta->add(QStringLiteral("annotations"), stringMap())
        .add(QStringLiteral("creationTimestamp"), time)
        .add(QStringLiteral("deletionGracePeriodSeconds"), Schema::int64())
        .add(QStringLiteral("deletionTimestamp"), time)
        .add(QStringLiteral("finalizers"), strings())
        .add(QStringLiteral("generateName"), str())
        .add(QStringLiteral("generation"), Schema::int64())
        .add(QStringLiteral("labels"), stringMap())
        .add(QStringLiteral("managedFields"), Schema::arrayOf(managedFields))
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("namespace"), str())
        .add(QStringLiteral("ownerReferences"), Schema::arrayOf(ownerReference))
        .add(QStringLiteral("resourceVersion"), str())
        .add(QStringLiteral("selfLink"), str())
        .add(QStringLiteral("uid"), str());
    m_objectMeta = objectMeta;

    auto listMeta = Schema::object(kMeta + QStringLiteral("ListMeta"),
        QStringLiteral("ListMeta describes metadata that synthetic resources must have."));
    listMeta->add(QStringLiteral("continue"), str())
        .add(QStringLiteral("remainingItemCount"), Schema::int64())
        .add(QStringLiteral("resourceVersion"), str())
        .add(QStringLiteral("selfLink"), str());
    m_listMeta = listMeta;

    auto condition = Schema::object(kMeta + QStringLiteral("Condition"),
        QStringLiteral("Condition contains details for one aspect of the current state of this API Resource."));
    condition->add(QStringLiteral("lastTransitionTime"), time)
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("observedGeneration"), Schema::int64())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("status"), str())
        .add(QStringLiteral("type"), str());
    for (const char* name : { "type", "status", "lastTransitionTime", "reason", "message" })
        condition->require(QString::fromLatin1(name));

    auto statusCause = Schema::object(kMeta + QStringLiteral("StatusCause"),
        QStringLiteral("StatusCause provides more information about an api.Status failure."));
    statusCause->add(QStringLiteral("field"), str())
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("reason"), str());
    auto statusDetails = Schema::object(kMeta + QStringLiteral("StatusDetails"),
        QStringLiteral("StatusDetails is a set of additional properties that MAY be set by the server."));
    statusDetails->add(QStringLiteral("causes"), Schema::arrayOf(statusCause))
        .add(QStringLiteral("group"), str())
        .add(QStringLiteral("kind"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("retryAfterSeconds"), Schema::int32())
        .add(QStringLiteral("uid"), str());
    auto status = Schema::object(kMeta + QStringLiteral("Status"),
        QStringLiteral("Status is a return value for calls that don't return other objects."));
    status->add(QStringLiteral("apiVersion"), str())
        .add(QStringLiteral("code"), Schema::int32())
        .add(QStringLiteral("details"), statusDetails)
        .add(QStringLiteral("kind"), str())
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("metadata"), listMeta)
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("status"), str());
    status->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Status"));
    m_status = status;
    m_patch = Schema::named(T::FreeForm, kMeta + QStringLiteral("Patch"),
        QStringLiteral("Patch is provided to give a concrete name and type to the Kubernetes PATCH request body."));

    // --- core/v1 Namespace ----------------------------------------------------------------------
    auto nsCondition = Schema::object(kCore + QStringLiteral("NamespaceCondition"),
        QStringLiteral("NamespaceCondition contains details about state of namespace."));
    nsCondition->add(QStringLiteral("lastTransitionTime"), time)
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("status"), str())
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("type"))
        .require(QStringLiteral("status"));
    auto nsSpec = Schema::object(kCore + QStringLiteral("NamespaceSpec"),
        QStringLiteral("NamespaceSpec describes the attributes on a Namespace."));
    nsSpec->add(QStringLiteral("finalizers"), strings());
    auto nsStatus = Schema::object(kCore + QStringLiteral("NamespaceStatus"),
        QStringLiteral("NamespaceStatus is information about the current status of a Namespace."));
    nsStatus->add(QStringLiteral("conditions"), Schema::arrayOf(nsCondition)).add(QStringLiteral("phase"), str());
    auto ns = topLevel(kCore + QStringLiteral("Namespace"),
        QStringLiteral("Namespace provides a scope for Names. Use of multiple namespaces is optional."), objectMeta);
    ns->add(QStringLiteral("spec"), nsSpec).add(QStringLiteral("status"), nsStatus);
    ns->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Namespace"));
    m_namespace = ns;

    // --- core/v1 Service ------------------------------------------------------------------------
    auto servicePort = Schema::object(
        kCore + QStringLiteral("ServicePort"), QStringLiteral("ServicePort contains information on service's port."));
    servicePort->add(QStringLiteral("appProtocol"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("nodePort"), Schema::int32())
        .add(QStringLiteral("port"), Schema::int32())
        .add(QStringLiteral("protocol"), str())
        .add(QStringLiteral("targetPort"), intOrString)
        .require(QStringLiteral("port"));
    auto clientIp = Schema::object(kCore + QStringLiteral("ClientIPConfig"),
        QStringLiteral("ClientIPConfig represents the configurations of Client IP based session affinity."));
    clientIp->add(QStringLiteral("timeoutSeconds"), Schema::int32());
    auto affinity = Schema::object(kCore + QStringLiteral("SessionAffinityConfig"),
        QStringLiteral("SessionAffinityConfig represents the configurations of session affinity."));
    affinity->add(QStringLiteral("clientIP"), clientIp);
    auto serviceSpec = Schema::object(kCore + QStringLiteral("ServiceSpec"),
        QStringLiteral("ServiceSpec describes the attributes that a user creates on a service."));
    serviceSpec->add(QStringLiteral("allocateLoadBalancerNodePorts"), Schema::boolean())
        .add(QStringLiteral("clusterIP"), str())
        .add(QStringLiteral("clusterIPs"), strings())
        .add(QStringLiteral("externalIPs"), strings())
        .add(QStringLiteral("externalName"), str())
        .add(QStringLiteral("externalTrafficPolicy"), str())
        .add(QStringLiteral("healthCheckNodePort"), Schema::int32())
        .add(QStringLiteral("internalTrafficPolicy"), str())
        .add(QStringLiteral("ipFamilies"), strings())
        .add(QStringLiteral("ipFamilyPolicy"), str())
        .add(QStringLiteral("loadBalancerClass"), str())
        .add(QStringLiteral("loadBalancerIP"), str())
        .add(QStringLiteral("loadBalancerSourceRanges"), strings())
        .add(QStringLiteral("ports"), Schema::arrayOf(servicePort))
        .add(QStringLiteral("publishNotReadyAddresses"), Schema::boolean())
        .add(QStringLiteral("selector"), stringMap())
        .add(QStringLiteral("sessionAffinity"), str())
        .add(QStringLiteral("sessionAffinityConfig"), affinity)
        .add(QStringLiteral("trafficDistribution"), str())
        .add(QStringLiteral("type"), str());
    auto portStatus = Schema::object(kCore + QStringLiteral("PortStatus"),
        QStringLiteral("PortStatus represents the error condition of a service port"));
    portStatus->add(QStringLiteral("error"), str())
        .add(QStringLiteral("port"), Schema::int32())
        .add(QStringLiteral("protocol"), str())
        .require(QStringLiteral("port"))
        .require(QStringLiteral("protocol"));
    auto lbIngress = Schema::object(kCore + QStringLiteral("LoadBalancerIngress"),
        QStringLiteral("LoadBalancerIngress represents the status of a load-balancer ingress point."));
    lbIngress->add(QStringLiteral("hostname"), str())
        .add(QStringLiteral("ip"), str())
        .add(QStringLiteral("ipMode"), str())
        .add(QStringLiteral("ports"), Schema::arrayOf(portStatus));
    auto lbStatus = Schema::object(kCore + QStringLiteral("LoadBalancerStatus"),
        QStringLiteral("LoadBalancerStatus represents the status of a load-balancer."));
    lbStatus->add(QStringLiteral("ingress"), Schema::arrayOf(lbIngress));
    auto serviceStatus = Schema::object(kCore + QStringLiteral("ServiceStatus"),
        QStringLiteral("ServiceStatus represents the current status of a service."));
    serviceStatus->add(QStringLiteral("conditions"), Schema::arrayOf(condition))
        .add(QStringLiteral("loadBalancer"), lbStatus);
    auto service = topLevel(kCore + QStringLiteral("Service"),
        QStringLiteral("Service is a named abstraction of software service (for example, mysql) consisting of local "
                       "port that the proxy listens on, and the selector that determines which pods will answer "
                       "requests sent through the proxy."),
        objectMeta);
    service->add(QStringLiteral("spec"), serviceSpec).add(QStringLiteral("status"), serviceStatus);
    service->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Service"));
    m_service = service;

    // --- core/v1 ConfigMap ----------------------------------------------------------------------
    auto configMap = topLevel(kCore + QStringLiteral("ConfigMap"),
        QStringLiteral("ConfigMap holds configuration data for pods to consume."), objectMeta);
    configMap->add(QStringLiteral("binaryData"), Schema::mapOf(Schema::string(QStringLiteral("byte"))))
        .add(QStringLiteral("data"), stringMap())
        .add(QStringLiteral("immutable"), Schema::boolean());
    configMap->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("ConfigMap"));
    m_configMap = configMap;

    // --- core/v1 Secret -------------------------------------------------------------------------
    auto secret = topLevel(kCore + QStringLiteral("Secret"),
        QStringLiteral("Secret holds secret data of a certain type. The total bytes of the values in the Data field "
                       "must be less than MaxSecretSize bytes."),
        objectMeta);
    secret->add(QStringLiteral("data"), Schema::mapOf(Schema::string(QStringLiteral("byte"))))
        .add(QStringLiteral("immutable"), Schema::boolean())
        .add(QStringLiteral("stringData"), stringMap())
        .add(QStringLiteral("type"), str());
    secret->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Secret"));
    m_secret = secret;

    // --- networking/v1 Ingress ------------------------------------------------------------------
    auto typedRef = Schema::object(kCore + QStringLiteral("TypedLocalObjectReference"),
        QStringLiteral("TypedLocalObjectReference contains enough information to let you locate the typed referenced "
                       "object inside the same namespace."));
    typedRef->add(QStringLiteral("apiGroup"), str())
        .add(QStringLiteral("kind"), str())
        .add(QStringLiteral("name"), str())
        .require(QStringLiteral("kind"))
        .require(QStringLiteral("name"));
    auto backendPort = Schema::object(kNet + QStringLiteral("ServiceBackendPort"),
        QStringLiteral("ServiceBackendPort is the service port being referenced."));
    backendPort->add(QStringLiteral("name"), str()).add(QStringLiteral("number"), Schema::int32());
    auto serviceBackend = Schema::object(kNet + QStringLiteral("IngressServiceBackend"),
        QStringLiteral("IngressServiceBackend references a Kubernetes Service as a Backend."));
    serviceBackend->add(QStringLiteral("name"), str())
        .add(QStringLiteral("port"), backendPort)
        .require(QStringLiteral("name"));
    auto backend = Schema::object(kNet + QStringLiteral("IngressBackend"),
        QStringLiteral("IngressBackend describes all endpoints for a given service and port."));
    backend->add(QStringLiteral("resource"), typedRef).add(QStringLiteral("service"), serviceBackend);
    auto httpPath = Schema::object(
        kNet + QStringLiteral("HTTPIngressPath"), QStringLiteral("HTTPIngressPath associates a path with a backend."));
    httpPath->add(QStringLiteral("backend"), backend)
        .add(QStringLiteral("path"), str())
        .add(QStringLiteral("pathType"), str())
        .require(QStringLiteral("pathType"))
        .require(QStringLiteral("backend"));
    auto httpRule = Schema::object(kNet + QStringLiteral("HTTPIngressRuleValue"),
        QStringLiteral("HTTPIngressRuleValue is a list of http selectors pointing to backends."));
    httpRule->add(QStringLiteral("paths"), Schema::arrayOf(httpPath)).require(QStringLiteral("paths"));
    auto rule = Schema::object(kNet + QStringLiteral("IngressRule"),
        QStringLiteral("IngressRule represents the rules mapping the paths under a specified host to the related "
                       "backend services."));
    rule->add(QStringLiteral("host"), str()).add(QStringLiteral("http"), httpRule);
    auto tls = Schema::object(kNet + QStringLiteral("IngressTLS"),
        QStringLiteral("IngressTLS describes the transport layer security associated with an ingress."));
    tls->add(QStringLiteral("hosts"), strings()).add(QStringLiteral("secretName"), str());
    auto ingressSpec = Schema::object(kNet + QStringLiteral("IngressSpec"),
        QStringLiteral("IngressSpec describes the Ingress the user wishes to exist."));
    ingressSpec->add(QStringLiteral("defaultBackend"), backend)
        .add(QStringLiteral("ingressClassName"), str())
        .add(QStringLiteral("rules"), Schema::arrayOf(rule))
        .add(QStringLiteral("tls"), Schema::arrayOf(tls));
    auto ingressPortStatus = Schema::object(kNet + QStringLiteral("IngressPortStatus"),
        QStringLiteral("IngressPortStatus represents the error condition of a service port"));
    ingressPortStatus->add(QStringLiteral("error"), str())
        .add(QStringLiteral("port"), Schema::int32())
        .add(QStringLiteral("protocol"), str())
        .require(QStringLiteral("port"))
        .require(QStringLiteral("protocol"));
    auto ingressLbIngress = Schema::object(kNet + QStringLiteral("IngressLoadBalancerIngress"),
        QStringLiteral("IngressLoadBalancerIngress represents the status of a load-balancer ingress point."));
    ingressLbIngress->add(QStringLiteral("hostname"), str())
        .add(QStringLiteral("ip"), str())
        .add(QStringLiteral("ports"), Schema::arrayOf(ingressPortStatus));
    auto ingressLb = Schema::object(kNet + QStringLiteral("IngressLoadBalancerStatus"),
        QStringLiteral("IngressLoadBalancerStatus represents the status of a load-balancer."));
    ingressLb->add(QStringLiteral("ingress"), Schema::arrayOf(ingressLbIngress));
    auto ingressStatus = Schema::object(kNet + QStringLiteral("IngressStatus"),
        QStringLiteral("IngressStatus describe the current state of the Ingress."));
    ingressStatus->add(QStringLiteral("loadBalancer"), ingressLb);
    auto ingress = topLevel(kNet + QStringLiteral("Ingress"),
        QStringLiteral("Ingress is a collection of rules that allow inbound connections to reach the endpoints defined "
                       "by a backend."),
        objectMeta);
    ingress->add(QStringLiteral("spec"), ingressSpec).add(QStringLiteral("status"), ingressStatus);
    ingress->setGroupVersionKind(QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("Ingress"));
    m_ingress = ingress;

    // --- networking/v1 IngressClass -------------------------------------------------------------
    auto parameters = Schema::object(kNet + QStringLiteral("IngressClassParametersReference"),
        QStringLiteral("IngressClassParametersReference identifies an API object."));
    parameters->add(QStringLiteral("apiGroup"), str())
        .add(QStringLiteral("kind"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("namespace"), str())
        .add(QStringLiteral("scope"), str())
        .require(QStringLiteral("kind"))
        .require(QStringLiteral("name"));
    auto classSpec = Schema::object(kNet + QStringLiteral("IngressClassSpec"),
        QStringLiteral("IngressClassSpec provides information about the class of an Ingress."));
    classSpec->add(QStringLiteral("controller"), str()).add(QStringLiteral("parameters"), parameters);
    auto ingressClass = topLevel(kNet + QStringLiteral("IngressClass"),
        QStringLiteral("IngressClass represents the class of the Ingress, referenced by the Ingress Spec."),
        objectMeta);
    ingressClass->add(QStringLiteral("spec"), classSpec);
    ingressClass->setGroupVersionKind(
        QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("IngressClass"));
    m_ingressClass = ingressClass;

    for (const SchemaPtr& kind : { m_namespace, m_service, m_configMap, m_secret, m_ingress, m_ingressClass }) {
        auto list = Schema::object(kind->definitionName() + QStringLiteral("List"),
            kind->gvkKind() + QStringLiteral("List is a list of ") + kind->gvkKind() + QStringLiteral(" objects."));
        list->add(QStringLiteral("apiVersion"), str())
            .add(QStringLiteral("items"), Schema::arrayOf(kind))
            .add(QStringLiteral("kind"), str())
            .add(QStringLiteral("metadata"), listMeta)
            .require(QStringLiteral("items"));
        list->setGroupVersionKind(kind->gvkGroup(), kind->gvkVersion(), kind->gvkKind() + QStringLiteral("List"));
        m_lists.emplace_back(kind, list);
    }
}

SchemaPtr KubeSchemas::listOf(const SchemaPtr& kind) const
{
    for (const auto& [k, list] : m_lists) {
        if (k == kind)
            return list;
    }
    return {};
}

} // namespace Netloom::Lab
