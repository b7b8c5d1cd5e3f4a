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

    // --- networking/v1 NetworkPolicy ---------------------------------------------------------------
    auto requirement = Schema::object(kMeta + QStringLiteral("LabelSelectorRequirement"),
        QStringLiteral("A label selector requirement is a selector that contains values, a key, and an operator that "
                       "relates the key and values."));
    requirement->add(QStringLiteral("key"), str())
        .add(QStringLiteral("operator"), str())
        .add(QStringLiteral("values"), strings())
        .require(QStringLiteral("key"))
        .require(QStringLiteral("operator"));
    auto labelSelector = Schema::object(kMeta + QStringLiteral("LabelSelector"),
        QStringLiteral("A label selector is a label query over a set of resources."));
    labelSelector->add(QStringLiteral("matchExpressions"), Schema::arrayOf(requirement))
        .add(QStringLiteral("matchLabels"), stringMap());
    auto ipBlock = Schema::object(kNet + QStringLiteral("IPBlock"),
        QStringLiteral("IPBlock describes a particular CIDR (Ex. \"192.168.1.0/24\",\"2001:db8::/64\") that is allowed "
                       "to the pods matched by a NetworkPolicySpec's podSelector."));
    ipBlock->add(QStringLiteral("cidr"), str())
        .add(QStringLiteral("except"), strings())
        .require(QStringLiteral("cidr"));
    auto peer = Schema::object(kNet + QStringLiteral("NetworkPolicyPeer"),
        QStringLiteral("NetworkPolicyPeer describes a peer to allow traffic to/from."));
    peer->add(QStringLiteral("ipBlock"), ipBlock)
        .add(QStringLiteral("namespaceSelector"), labelSelector)
        .add(QStringLiteral("podSelector"), labelSelector);
    auto policyPort = Schema::object(kNet + QStringLiteral("NetworkPolicyPort"),
        QStringLiteral("NetworkPolicyPort describes a port to allow traffic on"));
    policyPort->add(QStringLiteral("endPort"), Schema::int32())
        .add(QStringLiteral("port"), intOrString)
        .add(QStringLiteral("protocol"), str());
    auto ingressRule = Schema::object(kNet + QStringLiteral("NetworkPolicyIngressRule"),
        QStringLiteral("NetworkPolicyIngressRule describes a particular set of traffic that is allowed to the pods "
                       "matched by a NetworkPolicySpec's podSelector."));
    ingressRule->add(QStringLiteral("from"), Schema::arrayOf(peer))
        .add(QStringLiteral("ports"), Schema::arrayOf(policyPort));
    auto egressRule = Schema::object(kNet + QStringLiteral("NetworkPolicyEgressRule"),
        QStringLiteral("NetworkPolicyEgressRule describes a particular set of traffic that is allowed out of pods "
                       "matched by a NetworkPolicySpec's podSelector."));
    egressRule->add(QStringLiteral("ports"), Schema::arrayOf(policyPort))
        .add(QStringLiteral("to"), Schema::arrayOf(peer));
    auto policySpec = Schema::object(kNet + QStringLiteral("NetworkPolicySpec"),
        QStringLiteral("NetworkPolicySpec provides the specification of a NetworkPolicy"));
    policySpec->add(QStringLiteral("egress"), Schema::arrayOf(egressRule))
        .add(QStringLiteral("ingress"), Schema::arrayOf(ingressRule))
        .add(QStringLiteral("podSelector"), labelSelector)
        .add(QStringLiteral("policyTypes"), strings());
    auto networkPolicy = topLevel(kNet + QStringLiteral("NetworkPolicy"),
        QStringLiteral("NetworkPolicy describes what network traffic is allowed for a set of Pods"), objectMeta);
    networkPolicy->add(QStringLiteral("spec"), policySpec);
    networkPolicy->setGroupVersionKind(
        QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("NetworkPolicy"));
    m_networkPolicy = networkPolicy;

    // --- core/v1 ObjectReference, Node, Pod, Event; discovery/v1 EndpointSlice ------------------------
    // Pod's containers, volumes, affinity and statuses of containers are objects the lab does not check
    // field by field (FreeForm); everything else is typed.
    const auto freeForm = [&](const char* name, const char* description) {
        return Schema::named(T::FreeForm, kCore + QLatin1String(name), QLatin1String(description));
    };
    const auto freeForms = [&](const char* name, const char* description) {
        return Schema::arrayOf(freeForm(name, description));
    };
    auto microTime = Schema::named(T::String, kMeta + QStringLiteral("MicroTime"),
        QStringLiteral("MicroTime is version of Time with microsecond level precision."));
    microTime->setFormat(QStringLiteral("date-time"));
    auto objectReference = Schema::object(kCore + QStringLiteral("ObjectReference"),
        QStringLiteral("ObjectReference contains enough information to let you inspect or modify the referred object."));
    for (const char* name : { "apiVersion", "fieldPath", "kind", "name", "namespace", "resourceVersion", "uid" })
        objectReference->add(QString::fromLatin1(name), str());

    auto taint = Schema::object(kCore + QStringLiteral("Taint"),
        QStringLiteral("The node this Taint is attached to has the \"effect\" on any pod that does not tolerate the "
                       "Taint."));
    taint->add(QStringLiteral("effect"), str())
        .add(QStringLiteral("key"), str())
        .add(QStringLiteral("timeAdded"), time)
        .add(QStringLiteral("value"), str())
        .require(QStringLiteral("key"))
        .require(QStringLiteral("effect"));
    auto nodeSpec = Schema::object(kCore + QStringLiteral("NodeSpec"),
        QStringLiteral("NodeSpec describes the attributes that a node is created with."));
    nodeSpec->add(QStringLiteral("configSource"), freeForm("NodeConfigSource", "Deprecated: NodeConfigSource."))
        .add(QStringLiteral("externalID"), str())
        .add(QStringLiteral("podCIDR"), str())
        .add(QStringLiteral("podCIDRs"), strings())
        .add(QStringLiteral("providerID"), str())
        .add(QStringLiteral("taints"), Schema::arrayOf(taint))
        .add(QStringLiteral("unschedulable"), Schema::boolean());
    auto nodeAddress = Schema::object(kCore + QStringLiteral("NodeAddress"),
        QStringLiteral("NodeAddress contains information for the node's address."));
    nodeAddress->add(QStringLiteral("address"), str())
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("type"))
        .require(QStringLiteral("address"));
    auto nodeCondition = Schema::object(kCore + QStringLiteral("NodeCondition"),
        QStringLiteral("NodeCondition contains condition information for a node."));
    nodeCondition->add(QStringLiteral("lastHeartbeatTime"), time)
        .add(QStringLiteral("lastTransitionTime"), time)
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("status"), str())
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("type"))
        .require(QStringLiteral("status"));
    auto nodeInfo = Schema::object(kCore + QStringLiteral("NodeSystemInfo"),
        QStringLiteral("NodeSystemInfo is a set of ids/uuids to uniquely identify the node."));
    for (const char* name : { "architecture", "bootID", "containerRuntimeVersion", "kernelVersion", "kubeProxyVersion",
             "kubeletVersion", "machineID", "operatingSystem", "osImage", "systemUUID" })
        nodeInfo->add(QString::fromLatin1(name), str());
    auto containerImage = Schema::object(
        kCore + QStringLiteral("ContainerImage"), QStringLiteral("Describe a container image"));
    containerImage->add(QStringLiteral("names"), strings()).add(QStringLiteral("sizeBytes"), Schema::int64());
    auto nodeStatus = Schema::object(kCore + QStringLiteral("NodeStatus"),
        QStringLiteral("NodeStatus is information about the current status of a node."));
    nodeStatus->add(QStringLiteral("addresses"), Schema::arrayOf(nodeAddress))
        .add(QStringLiteral("allocatable"), stringMap())
        .add(QStringLiteral("capacity"), stringMap())
        .add(QStringLiteral("conditions"), Schema::arrayOf(nodeCondition))
        .add(QStringLiteral("config"), freeForm("NodeConfigStatus", "NodeConfigStatus describes the status of the config."))
        .add(QStringLiteral("daemonEndpoints"),
            freeForm("NodeDaemonEndpoints", "NodeDaemonEndpoints lists ports opened by daemons running on the Node."))
        .add(QStringLiteral("features"), freeForm("NodeFeatures", "NodeFeatures describes the set of features."))
        .add(QStringLiteral("images"), Schema::arrayOf(containerImage))
        .add(QStringLiteral("nodeInfo"), nodeInfo)
        .add(QStringLiteral("phase"), str())
        .add(QStringLiteral("runtimeHandlers"), freeForms("NodeRuntimeHandler", "NodeRuntimeHandler is a runtime handler."))
        .add(QStringLiteral("volumesAttached"), freeForms("AttachedVolume", "AttachedVolume describes a volume attached."))
        .add(QStringLiteral("volumesInUse"), strings());
    auto node = topLevel(kCore + QStringLiteral("Node"),
        QStringLiteral("Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache "
                       "(i.e. in etcd)."),
        objectMeta);
    node->add(QStringLiteral("spec"), nodeSpec).add(QStringLiteral("status"), nodeStatus);
    node->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Node"));
    m_node = node;

    auto podSpec = Schema::object(
        kCore + QStringLiteral("PodSpec"), QStringLiteral("PodSpec is a description of a pod."));
    podSpec->add(QStringLiteral("activeDeadlineSeconds"), Schema::int64())
        .add(QStringLiteral("affinity"), freeForm("Affinity", "Affinity is a group of affinity scheduling rules."))
        .add(QStringLiteral("automountServiceAccountToken"), Schema::boolean())
        .add(QStringLiteral("containers"), freeForms("Container", "A single application container."))
        .add(QStringLiteral("dnsConfig"), freeForm("PodDNSConfig", "PodDNSConfig defines the DNS parameters of a pod."))
        .add(QStringLiteral("dnsPolicy"), str())
        .add(QStringLiteral("enableServiceLinks"), Schema::boolean())
        .add(QStringLiteral("ephemeralContainers"), freeForms("EphemeralContainer", "An ephemeral container."))
        .add(QStringLiteral("hostAliases"), freeForms("HostAlias", "HostAlias holds the mapping between IP and hostnames."))
        .add(QStringLiteral("hostIPC"), Schema::boolean())
        .add(QStringLiteral("hostNetwork"), Schema::boolean())
        .add(QStringLiteral("hostPID"), Schema::boolean())
        .add(QStringLiteral("hostUsers"), Schema::boolean())
        .add(QStringLiteral("hostname"), str())
        .add(QStringLiteral("imagePullSecrets"),
            freeForms("LocalObjectReference", "LocalObjectReference lets you locate an object in the same namespace."))
        .add(QStringLiteral("initContainers"), freeForms("Container", "A single application container."))
        .add(QStringLiteral("nodeName"), str())
        .add(QStringLiteral("nodeSelector"), stringMap())
        .add(QStringLiteral("os"), freeForm("PodOS", "PodOS defines the OS parameters of a pod."))
        .add(QStringLiteral("overhead"), stringMap())
        .add(QStringLiteral("preemptionPolicy"), str())
        .add(QStringLiteral("priority"), Schema::int32())
        .add(QStringLiteral("priorityClassName"), str())
        .add(QStringLiteral("readinessGates"), freeForms("PodReadinessGate", "PodReadinessGate contains a condition type."))
        .add(QStringLiteral("resourceClaims"), freeForms("PodResourceClaim", "PodResourceClaim references a claim."))
        .add(QStringLiteral("resources"), freeForm("ResourceRequirements", "ResourceRequirements of the pod."))
        .add(QStringLiteral("restartPolicy"), str())
        .add(QStringLiteral("runtimeClassName"), str())
        .add(QStringLiteral("schedulerName"), str())
        .add(QStringLiteral("schedulingGates"), freeForms("PodSchedulingGate", "PodSchedulingGate is a scheduling gate."))
        .add(QStringLiteral("securityContext"), freeForm("PodSecurityContext", "PodSecurityContext of the pod."))
        .add(QStringLiteral("serviceAccount"), str())
        .add(QStringLiteral("serviceAccountName"), str())
        .add(QStringLiteral("setHostnameAsFQDN"), Schema::boolean())
        .add(QStringLiteral("shareProcessNamespace"), Schema::boolean())
        .add(QStringLiteral("subdomain"), str())
        .add(QStringLiteral("terminationGracePeriodSeconds"), Schema::int64())
        .add(QStringLiteral("tolerations"), freeForms("Toleration", "The pod this Toleration is attached to tolerates a taint."))
        .add(QStringLiteral("topologySpreadConstraints"),
            freeForms("TopologySpreadConstraint", "TopologySpreadConstraint specifies how to spread pods."))
        .add(QStringLiteral("volumes"), freeForms("Volume", "Volume represents a named volume in a pod."))
        .require(QStringLiteral("containers"));
    auto podCondition = Schema::object(kCore + QStringLiteral("PodCondition"),
        QStringLiteral("PodCondition contains details for the current condition of this pod."));
    podCondition->add(QStringLiteral("lastProbeTime"), time)
        .add(QStringLiteral("lastTransitionTime"), time)
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("status"), str())
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("type"))
        .require(QStringLiteral("status"));
    auto podIp = Schema::object(kCore + QStringLiteral("PodIP"), QStringLiteral("PodIP represents a single IP address allocated to the pod."));
    podIp->add(QStringLiteral("ip"), str()).require(QStringLiteral("ip"));
    auto hostIp = Schema::object(kCore + QStringLiteral("HostIP"), QStringLiteral("HostIP represents a single IP address allocated to the host."));
    hostIp->add(QStringLiteral("ip"), str()).require(QStringLiteral("ip"));
    auto podStatus = Schema::object(kCore + QStringLiteral("PodStatus"),
        QStringLiteral("PodStatus represents information about the status of a pod."));
    podStatus->add(QStringLiteral("conditions"), Schema::arrayOf(podCondition))
        .add(QStringLiteral("containerStatuses"), freeForms("ContainerStatus", "ContainerStatus of a container."))
        .add(QStringLiteral("ephemeralContainerStatuses"), freeForms("ContainerStatus", "ContainerStatus of a container."))
        .add(QStringLiteral("hostIP"), str())
        .add(QStringLiteral("hostIPs"), Schema::arrayOf(hostIp))
        .add(QStringLiteral("initContainerStatuses"), freeForms("ContainerStatus", "ContainerStatus of a container."))
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("nominatedNodeName"), str())
        .add(QStringLiteral("phase"), str())
        .add(QStringLiteral("podIP"), str())
        .add(QStringLiteral("podIPs"), Schema::arrayOf(podIp))
        .add(QStringLiteral("qosClass"), str())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("resize"), str())
        .add(QStringLiteral("resourceClaimStatuses"), freeForms("PodResourceClaimStatus", "PodResourceClaimStatus."))
        .add(QStringLiteral("startTime"), time);
    auto pod = topLevel(kCore + QStringLiteral("Pod"),
        QStringLiteral("Pod is a collection of containers that can run on a host."), objectMeta);
    pod->add(QStringLiteral("spec"), podSpec).add(QStringLiteral("status"), podStatus);
    pod->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Pod"));
    m_pod = pod;

    auto eventSource = Schema::object(kCore + QStringLiteral("EventSource"),
        QStringLiteral("EventSource contains information for an event."));
    eventSource->add(QStringLiteral("component"), str()).add(QStringLiteral("host"), str());
    auto eventSeries = Schema::object(kCore + QStringLiteral("EventSeries"),
        QStringLiteral("EventSeries contain information on series of events."));
    eventSeries->add(QStringLiteral("count"), Schema::int32()).add(QStringLiteral("lastObservedTime"), microTime);
    auto event = topLevel(kCore + QStringLiteral("Event"),
        QStringLiteral("Event is a report of an event somewhere in the cluster."), objectMeta);
    event->add(QStringLiteral("action"), str())
        .add(QStringLiteral("count"), Schema::int32())
        .add(QStringLiteral("eventTime"), microTime)
        .add(QStringLiteral("firstTimestamp"), time)
        .add(QStringLiteral("involvedObject"), objectReference)
        .add(QStringLiteral("lastTimestamp"), time)
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("related"), objectReference)
        .add(QStringLiteral("reportingComponent"), str())
        .add(QStringLiteral("reportingInstance"), str())
        .add(QStringLiteral("series"), eventSeries)
        .add(QStringLiteral("source"), eventSource)
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("metadata"))
        .require(QStringLiteral("involvedObject"));
    event->setGroupVersionKind(QString(), QStringLiteral("v1"), QStringLiteral("Event"));
    m_event = event;

    const QString kDisco = QStringLiteral("io.k8s.api.discovery.v1.");
    auto endpointConditions = Schema::object(kDisco + QStringLiteral("EndpointConditions"),
        QStringLiteral("EndpointConditions represents the current condition of an endpoint."));
    endpointConditions->add(QStringLiteral("ready"), Schema::boolean())
        .add(QStringLiteral("serving"), Schema::boolean())
        .add(QStringLiteral("terminating"), Schema::boolean());
    auto forZone = Schema::object(kDisco + QStringLiteral("ForZone"),
        QStringLiteral("ForZone provides information about which zones should consume this endpoint."));
    forZone->add(QStringLiteral("name"), str()).require(QStringLiteral("name"));
    auto hints = Schema::object(kDisco + QStringLiteral("EndpointHints"),
        QStringLiteral("EndpointHints provides hints describing how an endpoint should be consumed."));
    hints->add(QStringLiteral("forZones"), Schema::arrayOf(forZone));
    auto endpoint = Schema::object(kDisco + QStringLiteral("Endpoint"),
        QStringLiteral("Endpoint represents a single logical \"backend\" implementing a service."));
    endpoint->add(QStringLiteral("addresses"), strings())
        .add(QStringLiteral("conditions"), endpointConditions)
        .add(QStringLiteral("deprecatedTopology"), stringMap())
        .add(QStringLiteral("hints"), hints)
        .add(QStringLiteral("hostname"), str())
        .add(QStringLiteral("nodeName"), str())
        .add(QStringLiteral("targetRef"), objectReference)
        .add(QStringLiteral("zone"), str())
        .require(QStringLiteral("addresses"));
    auto endpointPort = Schema::object(kDisco + QStringLiteral("EndpointPort"),
        QStringLiteral("EndpointPort represents a Port used by an EndpointSlice"));
    endpointPort->add(QStringLiteral("appProtocol"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("port"), Schema::int32())
        .add(QStringLiteral("protocol"), str());
    auto endpointSlice = topLevel(kDisco + QStringLiteral("EndpointSlice"),
        QStringLiteral("EndpointSlice represents a subset of the endpoints that implement a service."), objectMeta);
    endpointSlice->add(QStringLiteral("addressType"), str())
        .add(QStringLiteral("endpoints"), Schema::arrayOf(endpoint))
        .add(QStringLiteral("ports"), Schema::arrayOf(endpointPort))
        .require(QStringLiteral("addressType"))
        .require(QStringLiteral("endpoints"));
    endpointSlice->setGroupVersionKind(QStringLiteral("discovery.k8s.io"), QStringLiteral("v1"), QStringLiteral("EndpointSlice"));
    m_endpointSlice = endpointSlice;

    // --- apiextensions.k8s.io/v1 CustomResourceDefinition ----------------------------------------
    const QString ext = QStringLiteral("io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.");
    auto any = [&ext](const char* name, const char* description) {
        return Schema::named(T::Any, ext + QLatin1String(name), QLatin1String(description));
    };
    auto jsonValue = any("JSON", "JSON represents any valid JSON value.");
    auto propsOrBool = any("JSONSchemaPropsOrBool",
        "JSONSchemaPropsOrBool represents JSONSchemaProps or a boolean value. Defaults to true for the boolean "
        "property.");
    auto propsOrArray = any("JSONSchemaPropsOrArray", "JSONSchemaPropsOrArray represents a value that can either be "
                                                      "a JSONSchemaProps or an array of JSONSchemaProps.");
    auto propsOrStringArray = any("JSONSchemaPropsOrStringArray",
        "JSONSchemaPropsOrStringArray represents a JSONSchemaProps or a string array.");
    auto externalDocs = Schema::object(ext + QStringLiteral("ExternalDocumentation"),
        QStringLiteral("ExternalDocumentation allows referencing an external resource for extended documentation."));
    externalDocs->add(QStringLiteral("description"), str()).add(QStringLiteral("url"), str());
    auto validationRule = Schema::object(ext + QStringLiteral("ValidationRule"),
        QStringLiteral("ValidationRule describes a validation rule written in the CEL expression language."));
    validationRule->add(QStringLiteral("fieldPath"), str())
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("messageExpression"), str())
        .add(QStringLiteral("optionalOldSelf"), Schema::boolean())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("rule"), str())
        .require(QStringLiteral("rule"));
    auto props = Schema::object(ext + QStringLiteral("JSONSchemaProps"),
        QStringLiteral("JSONSchemaProps is a JSON-Schema following Specification Draft 4 (http://json-schema.org/)."));
    // The type refers to itself: the cycle lives as long as the schemas (built once).
    props->add(QStringLiteral("$ref"), str())
        .add(QStringLiteral("$schema"), str())
        .add(QStringLiteral("additionalItems"), propsOrBool)
        .add(QStringLiteral("additionalProperties"), propsOrBool)
        .add(QStringLiteral("allOf"), Schema::arrayOf(props))
        .add(QStringLiteral("anyOf"), Schema::arrayOf(props))
        .add(QStringLiteral("default"), jsonValue)
        .add(QStringLiteral("definitions"), Schema::mapOf(props))
        .add(QStringLiteral("dependencies"), Schema::mapOf(propsOrStringArray))
        .add(QStringLiteral("description"), str())
        .add(QStringLiteral("enum"), Schema::arrayOf(jsonValue))
        .add(QStringLiteral("example"), jsonValue)
        .add(QStringLiteral("exclusiveMaximum"), Schema::boolean())
        .add(QStringLiteral("exclusiveMinimum"), Schema::boolean())
        .add(QStringLiteral("externalDocs"), externalDocs)
        .add(QStringLiteral("format"), str())
        .add(QStringLiteral("id"), str())
        .add(QStringLiteral("items"), propsOrArray)
        .add(QStringLiteral("maxItems"), Schema::int64())
        .add(QStringLiteral("maxLength"), Schema::int64())
        .add(QStringLiteral("maxProperties"), Schema::int64())
        .add(QStringLiteral("maximum"), Schema::number())
        .add(QStringLiteral("minItems"), Schema::int64())
        .add(QStringLiteral("minLength"), Schema::int64())
        .add(QStringLiteral("minProperties"), Schema::int64())
        .add(QStringLiteral("minimum"), Schema::number())
        .add(QStringLiteral("multipleOf"), Schema::number())
        .add(QStringLiteral("not"), props)
        .add(QStringLiteral("nullable"), Schema::boolean())
        .add(QStringLiteral("oneOf"), Schema::arrayOf(props))
        .add(QStringLiteral("pattern"), str())
        .add(QStringLiteral("patternProperties"), Schema::mapOf(props))
        .add(QStringLiteral("properties"), Schema::mapOf(props))
        .add(QStringLiteral("required"), strings())
        .add(QStringLiteral("title"), str())
        .add(QStringLiteral("type"), str())
        .add(QStringLiteral("uniqueItems"), Schema::boolean())
        .add(QStringLiteral("x-kubernetes-embedded-resource"), Schema::boolean())
        .add(QStringLiteral("x-kubernetes-int-or-string"), Schema::boolean())
        .add(QStringLiteral("x-kubernetes-list-map-keys"), strings())
        .add(QStringLiteral("x-kubernetes-list-type"), str())
        .add(QStringLiteral("x-kubernetes-map-type"), str())
        .add(QStringLiteral("x-kubernetes-preserve-unknown-fields"), Schema::boolean())
        .add(QStringLiteral("x-kubernetes-validations"), Schema::arrayOf(validationRule));
    auto validation = Schema::object(ext + QStringLiteral("CustomResourceValidation"),
        QStringLiteral("CustomResourceValidation is a list of validation methods for CustomResources."));
    validation->add(QStringLiteral("openAPIV3Schema"), props);
    auto printerColumn = Schema::object(ext + QStringLiteral("CustomResourceColumnDefinition"),
        QStringLiteral("CustomResourceColumnDefinition specifies a column for server side printing."));
    printerColumn->add(QStringLiteral("description"), str())
        .add(QStringLiteral("format"), str())
        .add(QStringLiteral("jsonPath"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("priority"), Schema::int32())
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("name"))
        .require(QStringLiteral("type"))
        .require(QStringLiteral("jsonPath"));
    auto selectableField = Schema::object(ext + QStringLiteral("SelectableField"),
        QStringLiteral("SelectableField specifies the JSON path of a field that may be used with field selectors."));
    selectableField->add(QStringLiteral("jsonPath"), str()).require(QStringLiteral("jsonPath"));
    auto scale = Schema::object(ext + QStringLiteral("CustomResourceSubresourceScale"),
        QStringLiteral("CustomResourceSubresourceScale defines how to serve the scale subresource for "
                       "CustomResources."));
    scale->add(QStringLiteral("labelSelectorPath"), str())
        .add(QStringLiteral("specReplicasPath"), str())
        .add(QStringLiteral("statusReplicasPath"), str())
        .require(QStringLiteral("specReplicasPath"))
        .require(QStringLiteral("statusReplicasPath"));
    auto statusSubresource = Schema::named(T::FreeForm, ext + QStringLiteral("CustomResourceSubresourceStatus"),
        QStringLiteral("CustomResourceSubresourceStatus defines how to serve the status subresource for "
                       "CustomResources."));
    auto subresources = Schema::object(ext + QStringLiteral("CustomResourceSubresources"),
        QStringLiteral("CustomResourceSubresources defines the status and scale subresources for CustomResources."));
    subresources->add(QStringLiteral("scale"), scale).add(QStringLiteral("status"), statusSubresource);
    auto crdVersion = Schema::object(ext + QStringLiteral("CustomResourceDefinitionVersion"),
        QStringLiteral("CustomResourceDefinitionVersion describes a version for CRD."));
    crdVersion->add(QStringLiteral("additionalPrinterColumns"), Schema::arrayOf(printerColumn))
        .add(QStringLiteral("deprecated"), Schema::boolean())
        .add(QStringLiteral("deprecationWarning"), str())
        .add(QStringLiteral("name"), str())
        .add(QStringLiteral("schema"), validation)
        .add(QStringLiteral("selectableFields"), Schema::arrayOf(selectableField))
        .add(QStringLiteral("served"), Schema::boolean())
        .add(QStringLiteral("storage"), Schema::boolean())
        .add(QStringLiteral("subresources"), subresources)
        .require(QStringLiteral("name"))
        .require(QStringLiteral("served"))
        .require(QStringLiteral("storage"));
    auto names = Schema::object(ext + QStringLiteral("CustomResourceDefinitionNames"),
        QStringLiteral("CustomResourceDefinitionNames indicates the names to serve this CustomResourceDefinition"));
    names->add(QStringLiteral("categories"), strings())
        .add(QStringLiteral("kind"), str())
        .add(QStringLiteral("listKind"), str())
        .add(QStringLiteral("plural"), str())
        .add(QStringLiteral("shortNames"), strings())
        .add(QStringLiteral("singular"), str())
        .require(QStringLiteral("plural"))
        .require(QStringLiteral("kind"));
    auto serviceReference = Schema::object(ext + QStringLiteral("ServiceReference"),
        QStringLiteral("ServiceReference holds a reference to Service.legacy.k8s.io"));
    serviceReference->add(QStringLiteral("name"), str())
        .add(QStringLiteral("namespace"), str())
        .add(QStringLiteral("path"), str())
        .add(QStringLiteral("port"), Schema::int32())
        .require(QStringLiteral("namespace"))
        .require(QStringLiteral("name"));
    auto clientConfig = Schema::object(ext + QStringLiteral("WebhookClientConfig"),
        QStringLiteral("WebhookClientConfig contains the information to make a TLS connection with the webhook."));
    clientConfig->add(QStringLiteral("caBundle"), Schema::string(QStringLiteral("byte")))
        .add(QStringLiteral("service"), serviceReference)
        .add(QStringLiteral("url"), str());
    auto webhook = Schema::object(ext + QStringLiteral("WebhookConversion"),
        QStringLiteral("WebhookConversion describes how to call a conversion webhook"));
    webhook->add(QStringLiteral("clientConfig"), clientConfig)
        .add(QStringLiteral("conversionReviewVersions"), strings())
        .require(QStringLiteral("conversionReviewVersions"));
    auto conversion = Schema::object(ext + QStringLiteral("CustomResourceConversion"),
        QStringLiteral("CustomResourceConversion describes how to convert different versions of a CR."));
    conversion->add(QStringLiteral("strategy"), str())
        .add(QStringLiteral("webhook"), webhook)
        .require(QStringLiteral("strategy"));
    auto crdSpec = Schema::object(ext + QStringLiteral("CustomResourceDefinitionSpec"),
        QStringLiteral("CustomResourceDefinitionSpec describes how a user wants their resource to appear"));
    crdSpec->add(QStringLiteral("conversion"), conversion)
        .add(QStringLiteral("group"), str())
        .add(QStringLiteral("names"), names)
        .add(QStringLiteral("preserveUnknownFields"), Schema::boolean())
        .add(QStringLiteral("scope"), str())
        .add(QStringLiteral("versions"), Schema::arrayOf(crdVersion))
        .require(QStringLiteral("group"))
        .require(QStringLiteral("names"))
        .require(QStringLiteral("scope"))
        .require(QStringLiteral("versions"));
    auto crdCondition = Schema::object(ext + QStringLiteral("CustomResourceDefinitionCondition"),
        QStringLiteral("CustomResourceDefinitionCondition contains details for the current condition of this pod."));
    crdCondition->add(QStringLiteral("lastTransitionTime"), time)
        .add(QStringLiteral("message"), str())
        .add(QStringLiteral("observedGeneration"), Schema::int64())
        .add(QStringLiteral("reason"), str())
        .add(QStringLiteral("status"), str())
        .add(QStringLiteral("type"), str())
        .require(QStringLiteral("type"))
        .require(QStringLiteral("status"));
    auto crdStatus = Schema::object(ext + QStringLiteral("CustomResourceDefinitionStatus"),
        QStringLiteral("CustomResourceDefinitionStatus indicates the state of the CustomResourceDefinition"));
    crdStatus->add(QStringLiteral("acceptedNames"), names)
        .add(QStringLiteral("conditions"), Schema::arrayOf(crdCondition))
        .add(QStringLiteral("observedGeneration"), Schema::int64())
        .add(QStringLiteral("storedVersions"), strings());
    auto crd = topLevel(ext + QStringLiteral("CustomResourceDefinition"),
        QStringLiteral("CustomResourceDefinition represents a resource that should be exposed on the API server.  Its "
                       "name MUST be in the format <.spec.name>.<.spec.group>."),
        objectMeta);
    crd->add(QStringLiteral("spec"), crdSpec).add(QStringLiteral("status"), crdStatus).require(QStringLiteral("spec"));
    crd->setGroupVersionKind(
        QStringLiteral("apiextensions.k8s.io"), QStringLiteral("v1"), QStringLiteral("CustomResourceDefinition"));
    m_customResourceDefinition = crd;

    for (const SchemaPtr& kind : { m_namespace, m_service, m_configMap, m_secret, m_ingress, m_ingressClass,
             m_networkPolicy, m_node, m_pod, m_event, m_endpointSlice, m_customResourceDefinition }) {
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
