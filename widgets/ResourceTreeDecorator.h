#pragma once

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
};

} // namespace Netloom::Widgets
