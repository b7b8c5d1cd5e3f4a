#pragma once

#include "models/domain/ResourceId.h"

#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Netloom::ItemModels {
class ResourceTreeModel;
}

namespace Netloom::Widgets {

class ResourceSelection;
class ResourceTreeDecorator;
class TopologyTheme;

/// The content of the "resourceTree" dock: a filter field ("resourceTreeFilter") over the tree
/// ("resourceTreeView"). Its current row follows and drives the window's ResourceSelection.
class ResourceTreePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreePanel)

public:
    ResourceTreePanel(ItemModels::ResourceTreeModel& model, ResourceSelection& selection, const TopologyTheme& theme,
                      QWidget* parent = nullptr);
    ~ResourceTreePanel() override;

    QTreeView* treeView() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    /// A cluster's namespace rows start open while it has at most this many (see expandNewGroups).
    static constexpr int expandedNamespaceLimit() { return 50; }
    /// The view's index of @p id (through the proxies), or invalid.
    QModelIndex viewIndexOf(const Domain::ResourceId& id) const;

private:
    void onCurrentRowChanged(const QModelIndex& current);
    void onCurrentChanged(const Domain::ResourceId& id);
    void expandNewGroups(const QModelIndex& parent, int first, int last);

    ItemModels::ResourceTreeModel& m_model;
    ResourceSelection& m_selection;
    ResourceTreeDecorator* m_decorator;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
    bool m_syncing = false;
    QSet<QPersistentModelIndex> m_crowded; // clusters past expandedNamespaceLimit()
};

} // namespace Netloom::Widgets
