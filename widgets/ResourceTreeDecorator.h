#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace Netloom::Widgets {

class TopologyTheme;

/// Adds what a QtCore item model cannot carry to ResourceTreeModel rows: the kind's glyph as
/// decoration, bold group rows, muted counts.
class ResourceTreeDecorator final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeDecorator)

public:
    ResourceTreeDecorator(const TopologyTheme& theme, QObject* parent = nullptr);
    ~ResourceTreeDecorator() override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const TopologyTheme& m_theme;
    // Glyphs by kind and tile colour (a theme switch brings new colours): painting one costs two
    // pixmaps, and the tree asks for it at every size hint of a changed row.
    mutable QHash<quint64, QIcon> m_icons;
};

} // namespace Netloom::Widgets
