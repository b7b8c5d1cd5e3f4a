#pragma once

#include "models/domain/ChangeBatch.h"
#include "models/domain/ResourceId.h"
#include "models/domain/ResourceProperties.h"

#include <QAbstractTableModel>
#include <QList>

namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::ItemModels {

/// The inspector's table: the display properties (Domain::displayProperties) of one resource, two
/// columns (property, value). Follows the Inventory: an update of the shown resource changes the
/// affected rows only; its removal empties the table. Unlike Domain::displayProperties, the
/// parent and the relations read "<Kind> <namespace>/<name>" (one relation a line); the Id row
/// keeps the raw id. Relations are the Inventory's resolved ones (Inventory::relationsOf), followed
/// by a row "Incoming relations" (Inventory::incomingOf); a batch that changes them re-shows it.
class ResourcePropertiesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePropertiesModel)

public:
    enum Column { PropertyColumn, ValueColumn, ColumnCount };

    explicit ResourcePropertiesModel(Domain::Inventory& inventory, QObject* parent = nullptr);
    ~ResourcePropertiesModel() override;

    /// Shows @p id (a null id, or one not in the Inventory, shows nothing).
    void setResourceId(const Domain::ResourceId& id);
    Domain::ResourceId resourceId() const { return m_id; }
    /// The resource shown, or nullptr.
    Domain::ResourcePtr resource() const { return m_resource; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The resource shown was replaced, removed, or another one was chosen.
    void resourceChanged();

private:
    void onInventoryChanged(const Domain::ChangeBatch& batch);
    void show(const Domain::ResourcePtr& resource);
    /// The display properties of @p resource, parent and relations as "<Kind> <namespace>/<name>".
    QList<Domain::DisplayProperty> rowsOf(const Domain::Resource& resource) const;
    /// "<Kind> <namespace>/<name>" of @p id: from the Inventory when there, else from the id.
    QString reference(const Domain::ResourceId& id) const;

    Domain::Inventory& m_inventory;
    Domain::ResourceId m_id;
    Domain::ResourcePtr m_resource;
    QList<Domain::DisplayProperty> m_rows;
};

} // namespace Netloom::ItemModels
