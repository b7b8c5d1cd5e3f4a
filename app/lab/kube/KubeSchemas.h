#pragma once

#include "app/lab/kube/Schema.h"

namespace Netloom::Lab {

/// The type trees of the kinds the lab serves, field for field as in Kubernetes 1.32
/// (k8s.io/api core/v1 and networking/v1, apiextensions/v1, apimachinery meta/v1). Built once.
class KubeSchemas final
{
public:
    static const KubeSchemas& instance();

    SchemaPtr objectMeta() const { return m_objectMeta; }
    SchemaPtr listMeta() const { return m_listMeta; }
    SchemaPtr status() const { return m_status; }
    SchemaPtr patch() const { return m_patch; }
    SchemaPtr nameSpace() const { return m_namespace; }
    SchemaPtr service() const { return m_service; }
    SchemaPtr configMap() const { return m_configMap; }
    SchemaPtr secret() const { return m_secret; }
    SchemaPtr ingress() const { return m_ingress; }
    SchemaPtr ingressClass() const { return m_ingressClass; }
    SchemaPtr networkPolicy() const { return m_networkPolicy; }
    SchemaPtr node() const { return m_node; }
    SchemaPtr pod() const { return m_pod; }
    SchemaPtr event() const { return m_event; }
    SchemaPtr endpointSlice() const { return m_endpointSlice; }
    /// apiextensions.k8s.io/v1 CustomResourceDefinition (JSONSchemaProps is recursive).
    SchemaPtr customResourceDefinition() const { return m_customResourceDefinition; }

    /// The <Kind>List schema for a kind schema (items of that kind, ListMeta).
    SchemaPtr listOf(const SchemaPtr& kind) const;

private:
    KubeSchemas();

    SchemaPtr m_objectMeta;
    SchemaPtr m_listMeta;
    SchemaPtr m_status;
    SchemaPtr m_patch;
    SchemaPtr m_namespace;
    SchemaPtr m_service;
    SchemaPtr m_configMap;
    SchemaPtr m_secret;
    SchemaPtr m_ingress;
    SchemaPtr m_ingressClass;
    SchemaPtr m_networkPolicy;
    SchemaPtr m_node;
    SchemaPtr m_pod;
    SchemaPtr m_event;
    SchemaPtr m_endpointSlice;
    SchemaPtr m_customResourceDefinition;
    std::vector<std::pair<SchemaPtr, SchemaPtr>> m_lists;
};

} // namespace Netloom::Lab
