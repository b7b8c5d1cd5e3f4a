#include "app/lab/kube/ProtobufSchema.h"

namespace Netloom::Lab {

ProtoField ProtoField::asRepeated() const
{
    ProtoField copy = *this;
    copy.repeated = true;
    return copy;
}

ProtoField ProtoField::asPointer() const
{
    ProtoField copy = *this;
    copy.presence = Presence::Pointer;
    return copy;
}

ProtoField ProtoField::asAlways() const
{
    ProtoField copy = *this;
    copy.presence = Presence::Always;
    return copy;
}

ProtoField ProtoField::asInline() const
{
    ProtoField copy = *this;
    copy.inlined = true;
    copy.jsonName.clear();
    return copy;
}

ProtoField ProtoField::json(const QString& name) const
{
    ProtoField copy = *this;
    copy.jsonName = name;
    return copy;
}

namespace {

QString scalarName(ProtoField::Type type)
{
    switch (type) {
    case ProtoField::Type::String:
        return QStringLiteral("string");
    case ProtoField::Type::Bytes:
        return QStringLiteral("bytes");
    case ProtoField::Type::Bool:
        return QStringLiteral("bool");
    case ProtoField::Type::Int32:
        return QStringLiteral("int32");
    case ProtoField::Type::Int64:
        return QStringLiteral("int64");
    case ProtoField::Type::Double:
        return QStringLiteral("double");
    case ProtoField::Type::Message:
    case ProtoField::Type::Map:
        break;
    }
    return {};
}

} // namespace

QString ProtoField::protoType() const
{
    if (type == Type::Message)
        return message;
    if (type == Type::Map)
        return QStringLiteral("map<string, %1>").arg(mapValue == Type::Message ? message : scalarName(mapValue));
    return scalarName(type);
}

const ProtoField* ProtoMessage::field(int number) const
{
    for (const ProtoField& f : fields) {
        if (f.number == number)
            return &f;
    }
    return nullptr;
}

// --- The table ---------------------------------------------------------------------------------------
// Field numbers and proto names as in Kubernetes 1.32's generated.proto (k8s.io/api core/v1 and
// networking/v1, k8s.io/apimachinery meta/v1, runtime, intstr, resource). Presence follows the Go
// types: `Pointer` for *T fields, `Always` for fields whose JSON tag has no omitempty.

namespace {

using Type = ProtoField::Type;

const QString kMeta = QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.");
const QString kCore = QStringLiteral("k8s.io.api.core.v1.");
const QString kNet = QStringLiteral("k8s.io.api.networking.v1.");
const QString kTime = kMeta + QStringLiteral("Time");
const QString kObjectMeta = kMeta + QStringLiteral("ObjectMeta");

ProtoField field(int number, const char* name, Type type, const QString& message = {})
{
    ProtoField f;
    f.number = number;
    f.protoName = QString::fromLatin1(name);
    f.jsonName = f.protoName;
    f.type = type;
    f.message = message;
    return f;
}

ProtoField str(int number, const char* name)
{
    return field(number, name, Type::String);
}

ProtoField bytes(int number, const char* name)
{
    return field(number, name, Type::Bytes);
}

ProtoField boolean(int number, const char* name)
{
    return field(number, name, Type::Bool);
}

ProtoField int32(int number, const char* name)
{
    return field(number, name, Type::Int32);
}

ProtoField int64(int number, const char* name)
{
    return field(number, name, Type::Int64);
}

ProtoField msg(int number, const char* name, const QString& message)
{
    return field(number, name, Type::Message, message);
}

ProtoField strings(int number, const char* name)
{
    return str(number, name).asRepeated();
}

ProtoField map(int number, const char* name, Type values = Type::String)
{
    ProtoField f = field(number, name, Type::Map);
    f.mapValue = values;
    return f;
}

ProtoMessage message(const QString& name, std::vector<ProtoField> fields, ProtoMessage::Form form = {})
{
    return ProtoMessage { name, form, std::move(fields) };
}

// A top-level kind: metadata = 1, then its own fields.
ProtoMessage kind(const QString& name, std::vector<ProtoField> fields)
{
    fields.insert(fields.begin(), msg(1, "metadata", kObjectMeta));
    return message(name, std::move(fields));
}

void addMeta(ProtobufSchema& table)
{
    using Form = ProtoMessage::Form;
    table.add(message(kTime, { int64(1, "seconds"), int32(2, "nanos") }, Form::Time));
    table.add(
        message(kMeta + QStringLiteral("MicroTime"), { int64(1, "seconds"), int32(2, "nanos") }, Form::MicroTime));
    table.add(message(QStringLiteral("k8s.io.apimachinery.pkg.util.intstr.IntOrString"),
        { int64(1, "type"), int32(2, "intVal"), str(3, "strVal") }, Form::IntOrString));
    table.add(
        message(QStringLiteral("k8s.io.apimachinery.pkg.api.resource.Quantity"), { str(1, "string") }, Form::Quantity));
    table.add(
        message(QStringLiteral("k8s.io.apimachinery.pkg.runtime.RawExtension"), { bytes(1, "raw") }, Form::RawJson));
    table.add(message(kMeta + QStringLiteral("FieldsV1"), { bytes(1, "Raw") }, Form::RawJson));
    // The envelope of application/vnd.kubernetes.protobuf (after the 4 bytes "k8s\0").
    const QString runtime = QStringLiteral("k8s.io.apimachinery.pkg.runtime.");
    table.add(message(runtime + QStringLiteral("TypeMeta"), { str(1, "apiVersion"), str(2, "kind") }));
    table.add(message(runtime + QStringLiteral("Unknown"),
        { msg(1, "typeMeta", runtime + QStringLiteral("TypeMeta")), bytes(2, "raw"), str(3, "contentEncoding"),
            str(4, "contentType") }));

    table.add(message(kObjectMeta,
        { str(1, "name"), str(2, "generateName"), str(3, "namespace"), str(4, "selfLink"), str(5, "uid"),
            str(6, "resourceVersion"), int64(7, "generation"), msg(8, "creationTimestamp", kTime),
            msg(9, "deletionTimestamp", kTime).asPointer(), int64(10, "deletionGracePeriodSeconds").asPointer(),
            map(11, "labels"), map(12, "annotations"),
            msg(13, "ownerReferences", kMeta + QStringLiteral("OwnerReference")).asRepeated(),
            strings(14, "finalizers"),
            msg(17, "managedFields", kMeta + QStringLiteral("ManagedFieldsEntry")).asRepeated() }));
    table.add(message(kMeta + QStringLiteral("OwnerReference"),
        { str(5, "apiVersion").asAlways(), str(1, "kind").asAlways(), str(3, "name").asAlways(),
            str(4, "uid").asAlways(), boolean(6, "controller").asPointer(),
            boolean(7, "blockOwnerDeletion").asPointer() }));
    table.add(message(kMeta + QStringLiteral("ManagedFieldsEntry"),
        { str(1, "manager"), str(2, "operation"), str(3, "apiVersion"), msg(4, "time", kTime).asPointer(),
            str(6, "fieldsType"), msg(7, "fieldsV1", kMeta + QStringLiteral("FieldsV1")).asPointer(),
            str(8, "subresource") }));
    table.add(message(kMeta + QStringLiteral("Condition"),
        { str(1, "type").asAlways(), str(2, "status").asAlways(), int64(3, "observedGeneration"),
            msg(4, "lastTransitionTime", kTime), str(5, "reason").asAlways(), str(6, "message").asAlways() }));
}

void addNamespace(ProtobufSchema& table)
{
    table.add(kind(kCore + QStringLiteral("Namespace"),
        { msg(2, "spec", kCore + QStringLiteral("NamespaceSpec")),
            msg(3, "status", kCore + QStringLiteral("NamespaceStatus")) }));
    table.add(message(kCore + QStringLiteral("NamespaceSpec"), { strings(1, "finalizers") }));
    table.add(message(kCore + QStringLiteral("NamespaceStatus"),
        { str(1, "phase"), msg(2, "conditions", kCore + QStringLiteral("NamespaceCondition")).asRepeated() }));
    table.add(message(kCore + QStringLiteral("NamespaceCondition"),
        { str(1, "type").asAlways(), str(2, "status").asAlways(), msg(4, "lastTransitionTime", kTime), str(5, "reason"),
            str(6, "message") }));
}

void addService(ProtobufSchema& table)
{
    table.add(kind(kCore + QStringLiteral("Service"),
        { msg(2, "spec", kCore + QStringLiteral("ServiceSpec")),
            msg(3, "status", kCore + QStringLiteral("ServiceStatus")) }));
    table.add(message(kCore + QStringLiteral("ServiceSpec"),
        { msg(1, "ports", kCore + QStringLiteral("ServicePort")).asRepeated(), map(2, "selector"), str(3, "clusterIP"),
            strings(18, "clusterIPs"), str(4, "type"), strings(5, "externalIPs"), str(7, "sessionAffinity"),
            str(8, "loadBalancerIP"), strings(9, "loadBalancerSourceRanges"), str(10, "externalName"),
            str(11, "externalTrafficPolicy"), int32(12, "healthCheckNodePort"), boolean(13, "publishNotReadyAddresses"),
            msg(14, "sessionAffinityConfig", kCore + QStringLiteral("SessionAffinityConfig")).asPointer(),
            strings(19, "ipFamilies"), str(17, "ipFamilyPolicy").asPointer(),
            boolean(20, "allocateLoadBalancerNodePorts").asPointer(), str(21, "loadBalancerClass").asPointer(),
            str(22, "internalTrafficPolicy").asPointer(), str(23, "trafficDistribution").asPointer() }));
    table.add(message(kCore + QStringLiteral("ServicePort"),
        { str(1, "name"), str(2, "protocol"), str(6, "appProtocol").asPointer(), int32(3, "port").asAlways(),
            msg(4, "targetPort", QStringLiteral("k8s.io.apimachinery.pkg.util.intstr.IntOrString")),
            int32(5, "nodePort") }));
    table.add(message(kCore + QStringLiteral("SessionAffinityConfig"),
        { msg(1, "clientIP", kCore + QStringLiteral("ClientIPConfig")).asPointer() }));
    table.add(message(kCore + QStringLiteral("ClientIPConfig"), { int32(1, "timeoutSeconds").asPointer() }));
    table.add(message(kCore + QStringLiteral("ServiceStatus"),
        { msg(1, "loadBalancer", kCore + QStringLiteral("LoadBalancerStatus")),
            msg(2, "conditions", kMeta + QStringLiteral("Condition")).asRepeated() }));
    table.add(message(kCore + QStringLiteral("LoadBalancerStatus"),
        { msg(1, "ingress", kCore + QStringLiteral("LoadBalancerIngress")).asRepeated() }));
    table.add(message(kCore + QStringLiteral("LoadBalancerIngress"),
        { str(1, "ip"), str(2, "hostname"), str(3, "ipMode").asPointer(),
            msg(4, "ports", kCore + QStringLiteral("PortStatus")).asRepeated() }));
    table.add(message(kCore + QStringLiteral("PortStatus"),
        { int32(1, "port").asAlways(), str(2, "protocol").asAlways(), str(3, "error").asPointer() }));
}

void addIngress(ProtobufSchema& table)
{
    table.add(kind(kNet + QStringLiteral("Ingress"),
        { msg(2, "spec", kNet + QStringLiteral("IngressSpec")),
            msg(3, "status", kNet + QStringLiteral("IngressStatus")) }));
    table.add(message(kNet + QStringLiteral("IngressSpec"),
        { str(4, "ingressClassName").asPointer(),
            msg(1, "defaultBackend", kNet + QStringLiteral("IngressBackend")).asPointer(),
            msg(2, "tls", kNet + QStringLiteral("IngressTLS")).asRepeated(),
            msg(3, "rules", kNet + QStringLiteral("IngressRule")).asRepeated() }));
    table.add(message(kNet + QStringLiteral("IngressBackend"),
        { msg(4, "service", kNet + QStringLiteral("IngressServiceBackend")).asPointer(),
            msg(3, "resource", kCore + QStringLiteral("TypedLocalObjectReference")).asPointer() }));
    table.add(message(kNet + QStringLiteral("IngressServiceBackend"),
        { str(1, "name").asAlways(), msg(2, "port", kNet + QStringLiteral("ServiceBackendPort")) }));
    table.add(message(kNet + QStringLiteral("ServiceBackendPort"), { str(1, "name"), int32(2, "number") }));
    table.add(message(kCore + QStringLiteral("TypedLocalObjectReference"),
        { str(1, "apiGroup").asPointer(), str(2, "kind").asAlways(), str(3, "name").asAlways() }));
    // IngressRuleValue is embedded inline in Go: `http` appears next to `host` in JSON.
    table.add(message(kNet + QStringLiteral("IngressRule"),
        { str(1, "host"), msg(2, "ingressRuleValue", kNet + QStringLiteral("IngressRuleValue")).asInline() }));
    table.add(message(kNet + QStringLiteral("IngressRuleValue"),
        { msg(1, "http", kNet + QStringLiteral("HTTPIngressRuleValue")).asPointer() }));
    table.add(message(kNet + QStringLiteral("HTTPIngressRuleValue"),
        { msg(1, "paths", kNet + QStringLiteral("HTTPIngressPath")).asRepeated() }));
    table.add(message(kNet + QStringLiteral("HTTPIngressPath"),
        { str(1, "path"), str(3, "pathType").asPointer(),
            msg(2, "backend", kNet + QStringLiteral("IngressBackend")) }));
    table.add(message(kNet + QStringLiteral("IngressTLS"), { strings(1, "hosts"), str(2, "secretName") }));
    table.add(message(kNet + QStringLiteral("IngressStatus"),
        { msg(1, "loadBalancer", kNet + QStringLiteral("IngressLoadBalancerStatus")) }));
    table.add(message(kNet + QStringLiteral("IngressLoadBalancerStatus"),
        { msg(1, "ingress", kNet + QStringLiteral("IngressLoadBalancerIngress")).asRepeated() }));
    table.add(message(kNet + QStringLiteral("IngressLoadBalancerIngress"),
        { str(1, "ip"), str(2, "hostname"),
            msg(4, "ports", kNet + QStringLiteral("IngressPortStatus")).asRepeated() }));
    table.add(message(kNet + QStringLiteral("IngressPortStatus"),
        { int32(1, "port").asAlways(), str(2, "protocol").asAlways(), str(3, "error").asPointer() }));
}

void addIngressClass(ProtobufSchema& table)
{
    table.add(
        kind(kNet + QStringLiteral("IngressClass"), { msg(2, "spec", kNet + QStringLiteral("IngressClassSpec")) }));
    table.add(message(kNet + QStringLiteral("IngressClassSpec"),
        { str(1, "controller"),
            msg(2, "parameters", kNet + QStringLiteral("IngressClassParametersReference")).asPointer() }));
    table.add(message(kNet + QStringLiteral("IngressClassParametersReference"),
        { str(1, "aPIGroup").json(QStringLiteral("apiGroup")).asPointer(), str(2, "kind").asAlways(),
            str(3, "name").asAlways(), str(4, "scope").asPointer(), str(5, "namespace").asPointer() }));
}

void addNetworkPolicy(ProtobufSchema& table)
{
    table.add(
        kind(kNet + QStringLiteral("NetworkPolicy"), { msg(2, "spec", kNet + QStringLiteral("NetworkPolicySpec")) }));
    table.add(message(kNet + QStringLiteral("NetworkPolicySpec"),
        { msg(1, "podSelector", kMeta + QStringLiteral("LabelSelector")).asAlways(),
            msg(2, "ingress", kNet + QStringLiteral("NetworkPolicyIngressRule")).asRepeated(),
            msg(3, "egress", kNet + QStringLiteral("NetworkPolicyEgressRule")).asRepeated(),
            strings(4, "policyTypes") }));
    table.add(message(kNet + QStringLiteral("NetworkPolicyIngressRule"),
        { msg(1, "ports", kNet + QStringLiteral("NetworkPolicyPort")).asRepeated(),
            msg(2, "from", kNet + QStringLiteral("NetworkPolicyPeer")).asRepeated() }));
    table.add(message(kNet + QStringLiteral("NetworkPolicyEgressRule"),
        { msg(1, "ports", kNet + QStringLiteral("NetworkPolicyPort")).asRepeated(),
            msg(2, "to", kNet + QStringLiteral("NetworkPolicyPeer")).asRepeated() }));
    table.add(message(kNet + QStringLiteral("NetworkPolicyPort"),
        { str(1, "protocol").asPointer(),
            msg(2, "port", QStringLiteral("k8s.io.apimachinery.pkg.util.intstr.IntOrString")).asPointer(),
            int32(3, "endPort").asPointer() }));
    table.add(message(kNet + QStringLiteral("NetworkPolicyPeer"),
        { msg(1, "podSelector", kMeta + QStringLiteral("LabelSelector")).asPointer(),
            msg(2, "namespaceSelector", kMeta + QStringLiteral("LabelSelector")).asPointer(),
            msg(3, "ipBlock", kNet + QStringLiteral("IPBlock")).asPointer() }));
    table.add(message(kNet + QStringLiteral("IPBlock"), { str(1, "cidr").asAlways(), strings(2, "except") }));
    table.add(message(kMeta + QStringLiteral("LabelSelector"),
        { map(1, "matchLabels"),
            msg(2, "matchExpressions", kMeta + QStringLiteral("LabelSelectorRequirement")).asRepeated() }));
    table.add(message(kMeta + QStringLiteral("LabelSelectorRequirement"),
        { str(1, "key").asAlways(), str(2, "operator").asAlways(), strings(3, "values") }));
}

void addEvent(ProtobufSchema& table)
{
    const QString reference = kCore + QStringLiteral("ObjectReference");
    table.add(kind(kCore + QStringLiteral("Event"),
        { msg(2, "involvedObject", reference).asAlways(), str(3, "reason"), str(4, "message"),
            msg(5, "source", kCore + QStringLiteral("EventSource")).asAlways(), msg(6, "firstTimestamp", kTime),
            msg(7, "lastTimestamp", kTime), int32(8, "count"), str(9, "type"),
            msg(10, "eventTime", kMeta + QStringLiteral("MicroTime")),
            msg(11, "series", kCore + QStringLiteral("EventSeries")).asPointer(), str(12, "action"),
            msg(13, "related", reference).asPointer(), str(14, "reportingComponent").asAlways(),
            str(15, "reportingInstance").asAlways() }));
    table.add(message(kCore + QStringLiteral("EventSource"), { str(1, "component"), str(2, "host") }));
    table.add(message(kCore + QStringLiteral("EventSeries"),
        { int32(1, "count"), msg(2, "lastObservedTime", kMeta + QStringLiteral("MicroTime")) }));
    table.add(message(reference,
        { str(1, "kind"), str(2, "namespace"), str(3, "name"), str(4, "uid"), str(5, "apiVersion"),
            str(6, "resourceVersion"), str(7, "fieldPath") }));
}

void addEndpointSlice(ProtobufSchema& table)
{
    const QString disco = QStringLiteral("k8s.io.api.discovery.v1.");
    table.add(kind(disco + QStringLiteral("EndpointSlice"),
        { str(4, "addressType").asAlways(), msg(2, "endpoints", disco + QStringLiteral("Endpoint")).asRepeated(),
            msg(3, "ports", disco + QStringLiteral("EndpointPort")).asRepeated() }));
    // Go's omitempty keeps a struct value: conditions is always written.
    table.add(message(disco + QStringLiteral("Endpoint"),
        { strings(1, "addresses"), msg(2, "conditions", disco + QStringLiteral("EndpointConditions")).asAlways(),
            str(3, "hostname").asPointer(), msg(4, "targetRef", kCore + QStringLiteral("ObjectReference")).asPointer(),
            map(5, "deprecatedTopology"), str(6, "nodeName").asPointer(), str(7, "zone").asPointer(),
            msg(8, "hints", disco + QStringLiteral("EndpointHints")).asPointer() }));
    table.add(message(disco + QStringLiteral("EndpointConditions"),
        { boolean(1, "ready").asPointer(), boolean(2, "serving").asPointer(), boolean(3, "terminating").asPointer() }));
    table.add(message(disco + QStringLiteral("EndpointHints"),
        { msg(1, "forZones", disco + QStringLiteral("ForZone")).asRepeated() }));
    table.add(message(disco + QStringLiteral("ForZone"), { str(1, "name").asAlways() }));
    table.add(message(disco + QStringLiteral("EndpointPort"),
        { str(1, "name").asPointer(), str(2, "protocol").asPointer(), int32(3, "port").asPointer(),
            str(4, "appProtocol").asPointer() }));
}

void addConfigMap(ProtobufSchema& table)
{
    table.add(kind(kCore + QStringLiteral("ConfigMap"),
        { boolean(4, "immutable").asPointer(), map(2, "data"), map(3, "binaryData", Type::Bytes) }));
}

void addSecret(ProtobufSchema& table)
{
    table.add(kind(kCore + QStringLiteral("Secret"),
        { boolean(5, "immutable").asPointer(), map(2, "data", Type::Bytes), map(4, "stringData"), str(3, "type") }));
}

} // namespace

const ProtobufSchema& ProtobufSchema::builtIn()
{
    static const ProtobufSchema table = [] {
        ProtobufSchema t;
        addMeta(t);
        addNamespace(t);
        addService(t);
        addIngress(t);
        addIngressClass(t);
        addNetworkPolicy(t);
        addEvent(t);
        addEndpointSlice(t);
        addConfigMap(t);
        addSecret(t);
        return t;
    }();
    return table;
}

void ProtobufSchema::add(ProtoMessage message)
{
    // The first entry of a name wins; tst_protobufschema reports duplicates.
    if (!m_index.contains(message.name))
        m_index.insert(message.name, m_messages.size());
    m_messages.push_back(std::move(message));
}

const ProtoMessage* ProtobufSchema::message(const QString& name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_messages[*it];
}

QString ProtobufSchema::messageNameFor(const QString& definitionName)
{
    if (definitionName.startsWith(QLatin1String("io.k8s.")))
        return QStringLiteral("k8s.io.") + definitionName.mid(7);
    return definitionName;
}

} // namespace Netloom::Lab
