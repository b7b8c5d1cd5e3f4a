#pragma once

#include "models/domain/ResourceKind.h"

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

namespace Netloom::Widgets {

/// Icon-like glyphs of the resource kinds, painted with QPainter (no image files): a line drawing
/// in a 24×24 design grid, scaled to any rectangle.
class KindGlyph final
{
public:
    /// Draws the glyph of @p kind into @p rect with strokes of @p color.
    static void paint(QPainter& painter, const QRectF& rect, Domain::ResourceKind kind, const QColor& color);
    /// The glyph on a rounded tile of @p tile colour (white strokes), as drawn on the canvas.
    static void paintTile(QPainter& painter, const QRectF& rect, Domain::ResourceKind kind, const QColor& tile);
    /// The tile as an icon (tree, inspector), rendered for 1× and 2× screens.
    static QIcon icon(Domain::ResourceKind kind, const QColor& tile, int size = 16);
};

} // namespace Netloom::Widgets
