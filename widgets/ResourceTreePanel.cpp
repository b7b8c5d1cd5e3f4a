#include "widgets/ResourceTreePanel.h"

#include "models/itemmodels/ResourceTreeModel.h"
#include "widgets/ResourceSelection.h"
#include "widgets/ResourceTreeDecorator.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Netloom::Widgets {

using ItemModels::ResourceTreeModel;

ResourceTreePanel::ResourceTreePanel(
    ResourceTreeModel& model, ResourceSelection& selection, const TopologyTheme& theme, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_decorator(new ResourceTreeDecorator(theme, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    // the view moves its current row when rows go away: that is no user choice. Connected before
    // the proxies, so that the guard is up before they forward the removal to the view.
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_syncing = true; });
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_syncing = true; });
    m_decorator->setSourceModel(&m_model);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_syncing = false; });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { m_syncing = false; });
    m_proxy->setSourceModel(m_decorator);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("resourceTreeFilter"));
    m_filter->setPlaceholderText(tr("Filter resources"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setObjectName(QStringLiteral("resourceTreeView"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    m_view->setIconSize(QSize(16, 16));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->expandToDepth(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourceTreePanel::expandNewGroups);

    connect(&m_selection, &ResourceSelection::currentChanged, this, &ResourceTreePanel::onCurrentChanged);
    onCurrentChanged(m_selection.current());
}

ResourceTreePanel::~ResourceTreePanel() = default;

QModelIndex ResourceTreePanel::viewIndexOf(const Domain::ResourceId& id) const
{
    const QModelIndex source = m_model.indexOf(id);
    if (!source.isValid())
        return {};
    return m_proxy->mapFromSource(m_decorator->mapFromSource(source));
}

void ResourceTreePanel::expandNewGroups(const QModelIndex& parent, int first, int last)
{
    // Clusters open, kind groups closed, namespaces open while a cluster has at most
    // expandedNamespaceLimit() of them: the tree reads like the canvas, where the namespaces of a
    // large platform are collapsed too (and thousands of open rows would cost each insertion a
    // relayout of all of them). A new cluster row can arrive with its namespaces inside (one
    // insertion per batch and parent).
    const auto typeOf = [](const QModelIndex& index) {
        return static_cast<ResourceTreeModel::NodeType>(index.data(ResourceTreeModel::NodeTypeRole).toInt());
    };
    const auto openNamespaces = [&](const QModelIndex& origin, int from, int to) {
        const int count = m_proxy->rowCount(origin);
        const bool crowded = count > expandedNamespaceLimit();
        if (crowded) {
            // the cluster just grew past the limit: the namespaces opened so far close again
            const QPersistentModelIndex key(origin);
            if (!m_crowded.contains(key)) {
                m_crowded.removeIf([](const QPersistentModelIndex& index) { return !index.isValid(); });
                m_crowded.insert(key);
                for (int row = 0; row < count; ++row)
                    m_view->collapse(m_proxy->index(row, 0, origin));
            }
            return;
        }
        for (int row = from; row <= to; ++row) {
            const QModelIndex inner = m_proxy->index(row, 0, origin);
            if (typeOf(inner) == ResourceTreeModel::NodeType::Namespace)
                m_view->expand(inner);
        }
    };
    if (parent.isValid() && typeOf(parent) == ResourceTreeModel::NodeType::Origin) {
        openNamespaces(parent, first, last);
        return;
    }
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (typeOf(index) == ResourceTreeModel::NodeType::Origin) {
            m_view->expand(index);
            openNamespaces(index, 0, m_proxy->rowCount(index) - 1);
        }
    }
}

void ResourceTreePanel::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_syncing)
        return;
    const QVariant id = current.data(ResourceTreeModel::ResourceIdRole);
    if (id.isValid())
        m_selection.setCurrent(id.value<Domain::ResourceId>());
}

void ResourceTreePanel::onCurrentChanged(const Domain::ResourceId& id)
{
    m_syncing = true;
    const QModelIndex index = viewIndexOf(id);
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    } else if (!m_view->currentIndex().data(ResourceTreeModel::ResourceIdRole).isValid() || id.isNull()) {
        m_view->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

} // namespace Netloom::Widgets
