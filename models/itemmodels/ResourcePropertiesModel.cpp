#include "models/itemmodels/ResourcePropertiesModel.h"

#include "models/domain/Inventory.h"
#include "models/domain/Tr.h"
#include "models/itemmodels/Tr.h"

#include <QUrl>

namespace Netloom::ItemModels {

using namespace Domain;

namespace {

// "<Kind> <namespace>/<name>" (or "<Kind> <name>" when cluster-scoped) of a reference to a
// resource that is not in the Inventory, parsed from its id; the id itself when it is of no
// known format.
QString referenceFromId(const ResourceId& id)
{
    const QString& text = id.toString();
    const bool kube = text.startsWith(u"kube:");
    if (!kube && !text.startsWith(u"cloud:"))
        return text;
    // kube:<cluster>/<kind>/<namespace>/<name>, cloud:<provider>/<kind>/<providerId>
    const QStringList parts = text.mid(text.indexOf(u':') + 1).split(u'/');
    const qsizetype fixed = kube ? 3 : 2;
    if (parts.size() < fixed + 1)
        return text;
    const std::optional<ResourceKind> kind = resourceKindFromName(parts.at(1));
    if (!kind)
        return text;
    const QString name = parts.mid(fixed).join(u'/');
    const QString ns = kube ? QUrl::fromPercentEncoding(parts.at(2).toUtf8()) : QString();
    return displayName(*kind) + u' ' + (ns.isEmpty() ? name : ns + u'/' + name);
}

} // namespace

ResourcePropertiesModel::ResourcePropertiesModel(Inventory& inventory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
    connect(&m_inventory, &Inventory::changed, this, &ResourcePropertiesModel::onInventoryChanged);
}

ResourcePropertiesModel::~ResourcePropertiesModel() = default;

void ResourcePropertiesModel::setResourceId(const ResourceId& id)
{
    if (id == m_id && m_resource == m_inventory.get(id))
        return;
    m_id = id;
    show(id.isNull() ? ResourcePtr() : m_inventory.get(id));
}

void ResourcePropertiesModel::onInventoryChanged(const ChangeBatch& batch)
{
    if (m_id.isNull())
        return;
    for (const ResourcePtr& r : batch.removed) {
        if (r->id == m_id) {
            show({});
            return;
        }
    }
    for (const QList<ResourcePtr>* list : { &batch.added, &batch.updated }) {
        for (const ResourcePtr& r : *list) {
            if (r->id == m_id) {
                show(r);
                return;
            }
        }
    }
    // Its relations may change while it does not (a new Ingress of the class shown).
    for (const QList<ResolvedRelation>* list : { &batch.relationsAdded, &batch.relationsRemoved }) {
        for (const ResolvedRelation& r : *list) {
            if (r.source == m_id || r.target == m_id) {
                show(m_inventory.get(m_id));
                return;
            }
        }
    }
}

QString ResourcePropertiesModel::reference(const ResourceId& id) const
{
    const ResourcePtr target = m_inventory.get(id);
    if (!target)
        return referenceFromId(id);
    const QString name = target->namespaceName.isEmpty() ? target->name : target->namespaceName + u'/' + target->name;
    return displayName(target->kind) + u' ' + name;
}

QList<DisplayProperty> ResourcePropertiesModel::rowsOf(const Resource& resource) const
{
    // The relations are the Inventory's resolved ones (outgoing, then a row of incoming ones).
    const QList<Relation> outgoing = m_inventory.relationsOf(resource.id);
    QList<DisplayProperty> rows = displayProperties(resource, outgoing);
    // The domain rows name the parent and the relations by raw id (as `--format table` prints
    // them); the inspector shows kind and name, one relation a line. The Id row stays raw.
    const QString parentLabel = Domain::Tr::tr("Parent");
    const QString relationsLabel = Domain::Tr::tr("Relations");
    qsizetype incomingAt = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        DisplayProperty& row = rows[i];
        if (row.label == parentLabel && !resource.parent.isNull()) {
            row.value = reference(resource.parent);
            incomingAt = i + 1;
        } else if (row.label == relationsLabel && !outgoing.isEmpty()) {
            QStringList lines;
            lines.reserve(outgoing.size());
            for (const Relation& rel : outgoing)
                lines.append(displayName(rel.type) + u' ' + reference(rel.target));
            row.value = lines.join(u'\n');
            incomingAt = i + 1;
        }
    }
    const QList<ResolvedRelation> incoming = m_inventory.incomingOf(resource.id);
    if (!incoming.isEmpty()) {
        QStringList lines;
        lines.reserve(incoming.size());
        for (const ResolvedRelation& rel : incoming)
            //: An incoming relation of the resource shown: %1 the other resource ("Ingress class nginx"),
            //: %2 the relation ("routes to"), so "Ingress class nginx (routes to this)".
            lines.append(Tr::tr("%1 (%2 this)").arg(reference(rel.source), displayName(rel.type)));
        rows.insert(
            incomingAt < 0 ? 0 : incomingAt, DisplayProperty { Tr::tr("Incoming relations"), lines.join(u'\n') });
    }
    return rows;
}

void ResourcePropertiesModel::show(const ResourcePtr& resource)
{
    QList<DisplayProperty> rows = resource ? rowsOf(*resource) : QList<DisplayProperty>();
    m_resource = resource;
    const qsizetype common = std::min(rows.size(), m_rows.size());
    if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, int(common), int(m_rows.size() - 1));
        m_rows.resize(common);
        endRemoveRows();
    }
    for (qsizetype i = 0; i < common; ++i) {
        if (m_rows.at(i) != rows.at(i)) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size() - 1));
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
    }
    Q_EMIT resourceChanged();
}

int ResourcePropertiesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourcePropertiesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourcePropertiesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DisplayProperty& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::EditRole)
        return index.column() == PropertyColumn ? row.label : row.value;
    return {};
}

QVariant ResourcePropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PropertyColumn:
        return Tr::tr("Property");
    case ValueColumn:
        return Tr::tr("Value");
    default:
        return {};
    }
}

} // namespace Netloom::ItemModels
