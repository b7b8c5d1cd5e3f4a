#include "widgets/TopologyTheme.h"

#include <QPalette>

namespace Netloom::Widgets {

using Domain::RelationType;
using Domain::ResourceKind;
using Domain::ResourceState;

TopologyTheme TopologyTheme::fromPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

TopologyTheme TopologyTheme::light()
{
    TopologyTheme t;
    t.background = QColor(0xf1, 0xf4, 0xf8);
    t.gridDot = QColor(0xd5, 0xdb, 0xe3);
    t.originFill = QColor(0xff, 0xff, 0xff);
    t.originBorder = QColor(0xcf, 0xd6, 0xdf);
    t.bandFill = QColor(0xf6, 0xf8, 0xfb);
    t.bandBorder = QColor(0xdf, 0xe4, 0xeb);
    t.nodeFill = QColor(0xff, 0xff, 0xff);
    t.nodeBorder = QColor(0xc5, 0xcd, 0xd8);
    t.text = QColor(0x1b, 0x22, 0x2c);
    t.subtext = QColor(0x5b, 0x66, 0x75);
    t.edge = QColor(0x8a, 0x97, 0xa8);
    t.selection = QColor(0x25, 0x63, 0xeb);
    t.searchMatch = QColor(0xf5, 0x9e, 0x0b);
    return t;
}

TopologyTheme TopologyTheme::dark()
{
    TopologyTheme t;
    t.m_dark = true;
    t.background = QColor(0x15, 0x18, 0x1d);
    t.gridDot = QColor(0x2b, 0x31, 0x39);
    t.originFill = QColor(0x1c, 0x21, 0x27);
    t.originBorder = QColor(0x36, 0x3d, 0x47);
    t.bandFill = QColor(0x22, 0x27, 0x2e);
    t.bandBorder = QColor(0x33, 0x3a, 0x44);
    t.nodeFill = QColor(0x2a, 0x30, 0x38);
    t.nodeBorder = QColor(0x46, 0x4f, 0x5b);
    t.text = QColor(0xe8, 0xeb, 0xef);
    t.subtext = QColor(0x9c, 0xa7, 0xb4);
    t.edge = QColor(0x6b, 0x77, 0x87);
    t.selection = QColor(0x60, 0xa5, 0xfa);
    t.searchMatch = QColor(0xfb, 0xbf, 0x24);
    return t;
}

QColor TopologyTheme::kindColor(ResourceKind kind) const
{
    QColor c;
    switch (kind) {
    case ResourceKind::Vdc: c = QColor(0x33, 0x41, 0x55); break;
    case ResourceKind::Subnet: c = QColor(0x47, 0x55, 0x69); break;
    case ResourceKind::IpAddress: c = QColor(0x08, 0x91, 0xb2); break;
    case ResourceKind::IpBlock: c = QColor(0x0e, 0x74, 0x90); break;
    case ResourceKind::Gateway: c = QColor(0x57, 0x53, 0x4e); break;
    case ResourceKind::LoadBalancer: c = QColor(0x93, 0x33, 0xea); break;
    case ResourceKind::Cluster: c = QColor(0x32, 0x6c, 0xe5); break;
    case ResourceKind::NodePool: c = QColor(0x78, 0x71, 0x6c); break;
    case ResourceKind::Namespace: c = QColor(0x64, 0x74, 0x8b); break;
    case ResourceKind::Service: c = QColor(0x0d, 0x94, 0x88); break;
    case ResourceKind::EndpointSummary: c = QColor(0x16, 0xa3, 0x4a); break;
    case ResourceKind::PodSummary: c = QColor(0x65, 0xa3, 0x0d); break;
    case ResourceKind::IngressController: c = QColor(0x7c, 0x3a, 0xed); break;
    case ResourceKind::IngressClass: c = QColor(0xa8, 0x55, 0xf7); break;
    case ResourceKind::Ingress: c = QColor(0x25, 0x63, 0xeb); break;
    case ResourceKind::GatewayApiGateway: c = QColor(0x4f, 0x46, 0xe5); break;
    case ResourceKind::HttpRoute: c = QColor(0x02, 0x84, 0xc7); break;
    case ResourceKind::Certificate: c = QColor(0xd9, 0x77, 0x06); break;
    case ResourceKind::Issuer: c = QColor(0xb4, 0x53, 0x09); break;
    case ResourceKind::TlsSecret: c = QColor(0xca, 0x8a, 0x04); break;
    case ResourceKind::DnsZone: c = QColor(0xbe, 0x18, 0x5d); break;
    case ResourceKind::DnsRecord: c = QColor(0xdb, 0x27, 0x77); break;
    case ResourceKind::NetworkPolicy: c = QColor(0xdc, 0x26, 0x26); break;
    case ResourceKind::IpPool: c = QColor(0x0f, 0x76, 0x6e); break;
    }
    return m_dark ? c.lighter(118) : c;
}

QColor TopologyTheme::stateColor(ResourceState state) const
{
    switch (state) {
    case ResourceState::Ok:
        return m_dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    case ResourceState::Progressing:
        return m_dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    case ResourceState::Warning:
        return m_dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
    case ResourceState::Error:
        return m_dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    case ResourceState::Unknown:
        break;
    }
    return subtext;
}

QColor TopologyTheme::relationColor(RelationType type) const
{
    switch (type) {
    case RelationType::Secures:
        return kindColor(ResourceKind::Certificate);
    case RelationType::Exposes:
        return kindColor(ResourceKind::IngressController);
    case RelationType::ResolvesTo:
        return kindColor(ResourceKind::DnsRecord);
    default:
        return edge;
    }
}

QFont TopologyTheme::font(int pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace Netloom::Widgets
