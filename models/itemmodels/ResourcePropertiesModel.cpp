#include "models/itemmodels/ResourcePropertiesModel.h"

#include "models/domain/Inventory.h"
#include "models/itemmodels/Tr.h"

namespace Netloom::ItemModels {

using namespace Domain;

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
}

void ResourcePropertiesModel::show(const ResourcePtr& resource)
{
    QList<DisplayProperty> rows = resource ? displayProperties(*resource) : QList<DisplayProperty>();
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
