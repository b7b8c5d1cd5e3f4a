#include "models/domain/ResourceProperties.h"

#include "models/domain/ResourceDetailsFields_p.h"
#include "models/domain/Tr.h"

namespace Netloom::Domain {

namespace {

// Display text of one value; an empty result leaves the row out.
QString text(const QString& v)
{
    return v;
}
QString text(bool v)
{
    return v ? Tr::tr("yes") : Tr::tr("no");
}
QString text(int v)
{
    return QString::number(v);
}
QString text(qint64 v)
{
    return QString::number(v);
}
QString text(const std::optional<double>& v)
{
    return v ? QString::number(*v) : QString();
}
QString text(const QStringList& v)
{
    return v.join(QStringLiteral(", "));
}
QString text(const QDateTime& v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODate) : QString();
}
QString text(const QMap<QString, QString>& v)
{
    QStringList parts;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(QStringLiteral(", "));
}

QString hostPort(const QString& host, int port)
{
    return port > 0 ? host + u':' + QString::number(port) : host;
}

// Items of lists: one compact line each.
QString item(const LoadBalancerListener& l)
{
    return l.name + QStringLiteral(": ") + l.protocol + u' ' + hostPort(l.ip, l.port);
}
QString item(const LoadBalancerTarget& t)
{
    return hostPort(t.ip, t.port) + u' ' + Tr::tr("(weight %1)").arg(t.weight);
}
QString item(const LoadBalancerRule& r)
{
    QStringList targets;
    for (const LoadBalancerTarget& t : r.targets)
        targets.append(item(t));
    return r.name + QStringLiteral(": ") + r.protocol + u' ' + hostPort(r.listenerIp, r.listenerPort)
        + QStringLiteral(" → ") + targets.join(QStringLiteral(", "));
}
QString item(const ServicePort& p)
{
    QString out = (p.name.isEmpty() ? QString() : p.name + u' ') + QString::number(p.port);
    if (!p.targetPort.isEmpty())
        out += QStringLiteral("→") + p.targetPort;
    out += u'/' + p.protocol;
    if (p.nodePort > 0)
        out += u' ' + Tr::tr("(node port %1)").arg(p.nodePort);
    return out;
}
QString item(const IngressRoute& r)
{
    QString out = (r.host.isEmpty() ? QStringLiteral("*") : r.host) + r.path;
    if (!r.pathType.isEmpty())
        out += QStringLiteral(" (") + r.pathType + u')';
    return out + QStringLiteral(" → ") + r.serviceName + u':' + r.servicePort;
}
QString item(const IngressTls& t)
{
    return t.hosts.join(QStringLiteral(", ")) + QStringLiteral(" (") + t.secretName + u')';
}
QString item(const GatewayListener& l)
{
    QString out = l.name + QStringLiteral(": ") + l.protocol + u' ' + QString::number(l.port);
    if (!l.hostname.isEmpty())
        out += u' ' + l.hostname;
    return out;
}
QString item(const HttpRouteBackend& b)
{
    const QString name = b.namespaceName.isEmpty() ? b.name : b.namespaceName + u'/' + b.name;
    return hostPort(name, b.port) + u' ' + Tr::tr("(weight %1)").arg(b.weight);
}
QString item(const HttpRouteRule& r)
{
    QStringList backends;
    for (const HttpRouteBackend& b : r.backends)
        backends.append(item(b));
    return r.paths.join(QStringLiteral(", ")) + QStringLiteral(" → ") + backends.join(QStringLiteral(", "));
}
QString item(const PodOwnerCount& o)
{
    const QString owner = o.kind.isEmpty() ? Tr::tr("no owner") : o.kind + u'/' + o.name;
    return owner + QStringLiteral(": ") + Tr::tr("%1 of %2 ready").arg(o.ready).arg(o.total);
}
QString item(const NetworkPolicyRule& r)
{
    QStringList parts { r.action };
    if (!r.protocol.isEmpty())
        parts.append(r.protocol);
    parts.append(r.peers.isEmpty() ? Tr::tr("any peer") : r.peers.join(QStringLiteral(", ")));
    if (!r.ports.isEmpty())
        parts.append(Tr::tr("ports %1").arg(r.ports.join(QStringLiteral(", "))));
    return parts.join(u' ');
}

template<class S>
QString text(const QList<S>& list)
{
    QStringList parts;
    parts.reserve(list.size());
    for (const S& s : list)
        parts.append(item(s));
    return parts.join(QStringLiteral("; "));
}

void add(QList<DisplayProperty>& out, const QString& label, const QString& value)
{
    if (!value.isEmpty())
        out.append(DisplayProperty { label, value });
}

} // namespace

QList<DisplayProperty> displayProperties(const Resource& r)
{
    return displayProperties(r, r.relations);
}

QList<DisplayProperty> displayProperties(const Resource& r, const QList<Relation>& resolved)
{
    QList<DisplayProperty> out;
    add(out, Tr::tr("Kind"), displayName(r.kind));
    add(out, Tr::tr("Name"), r.name);
    add(out, Tr::tr("Namespace"), r.namespaceName);
    QString status = displayName(r.status.state);
    if (!r.status.message.isEmpty())
        status += QStringLiteral(" — ") + r.status.message;
    add(out, Tr::tr("Status"), status);
    add(out, Tr::tr("Origin"), r.origin);
    add(out, Tr::tr("Created"), text(r.created));
    add(out, Tr::tr("Labels"), text(r.labels));
    add(out, Tr::tr("Parent"), r.parent.toString());
    QStringList relations;
    for (const Relation& rel : resolved)
        relations.append(displayName(rel.type) + u' ' + rel.target.toString());
    add(out, Tr::tr("Relations"), relations.join(QStringLiteral("; ")));
    add(out, Tr::tr("Id"), r.id.toString());
    add(out, Tr::tr("UID"), r.uid);
    add(out, Tr::tr("Resource version"), r.resourceVersion);

    std::visit(
        [&out](const auto& d) {
            using D = std::decay_t<decltype(d)>;
            if constexpr (!std::is_same_v<D, std::monostate>) {
                Detail::forEachField<D>(
                    [&](const auto& f) { add(out, Tr::tr(f.label), text(d.*(f.member))); });
            }
        },
        r.details);
    return out;
}

} // namespace Netloom::Domain
