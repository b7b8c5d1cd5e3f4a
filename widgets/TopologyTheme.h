#pragma once

#include "models/domain/Relation.h"
#include "models/domain/ResourceKind.h"
#include "models/domain/ResourceStatus.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace Netloom::Widgets {

/// Colours and fonts of the topology canvas, in a light and a dark variant chosen from the
/// application palette, so that the canvas reads well with either desktop theme.
class TopologyTheme final
{
public:
    /// The light variant, or the dark one when @p palette's window colour is dark.
    static TopologyTheme fromPalette(const QPalette& palette);
    static TopologyTheme light();
    static TopologyTheme dark();

    bool isDark() const { return m_dark; }

    QColor background;
    QColor gridDot;
    QColor originFill;
    QColor originBorder;
    QColor bandFill;
    QColor bandBorder;
    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor subtext;
    QColor edge;
    QColor selection;
    QColor searchMatch;

    /// Accent colour of a kind (glyph tile, highlighted edges).
    QColor kindColor(Domain::ResourceKind kind) const;
    QColor stateColor(Domain::ResourceState state) const;
    QColor relationColor(Domain::RelationType type) const;

    /// DejaVu Sans in pixel sizes, so that text keeps its size in scene units on every screen.
    static QFont font(int pixelSize, bool bold = false);

private:
    bool m_dark = false;
};

} // namespace Netloom::Widgets
