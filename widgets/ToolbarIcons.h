#pragma once

#include <QColor>
#include <QIcon>

namespace Netloom::Widgets {

/// The few toolbar icons of the window, painted (no image files, no icon theme needed).
class ToolbarIcons final
{
public:
    enum class Icon { Refresh, ZoomIn, ZoomOut, Fit, Arrange };
    static QIcon icon(Icon icon, const QColor& color);
};

} // namespace Netloom::Widgets
