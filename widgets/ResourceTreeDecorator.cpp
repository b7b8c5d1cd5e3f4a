#include "widgets/ResourceTreeDecorator.h"

#include "models/itemmodels/ResourceTreeModel.h"
#include "widgets/KindGlyph.h"
#include "widgets/TopologyTheme.h"

#include <QFont>

namespace Netloom::Widgets {

using ItemModels::ResourceTreeModel;

ResourceTreeDecorator::ResourceTreeDecorator(const TopologyTheme& theme, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_theme(theme)
{
}

ResourceTreeDecorator::~ResourceTreeDecorator() = default;

QVariant ResourceTreeDecorator::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto type = static_cast<ResourceTreeModel::NodeType>(
        QIdentityProxyModel::data(index, ResourceTreeModel::NodeTypeRole).toInt());
    switch (role) {
    case Qt::DecorationRole: {
        const auto kind = static_cast<Domain::ResourceKind>(QIdentityProxyModel::data(index, ResourceTreeModel::KindRole).toInt());
        return KindGlyph::icon(kind, m_theme.kindColor(kind)); // cached there
    }
    case Qt::FontRole:
        if (type == ResourceTreeModel::NodeType::Origin || type == ResourceTreeModel::NodeType::Namespace) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Netloom::Widgets
