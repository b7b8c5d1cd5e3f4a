#include "widgets/ToolbarIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Netloom::Widgets {

namespace {

void draw(QPainter& p, ToolbarIcons::Icon icon)
{
    switch (icon) {
    case ToolbarIcons::Icon::Refresh: {
        p.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 280 * 16);
        QPainterPath head;
        head.moveTo(17.5, 2.5);
        head.lineTo(17.5, 8.2);
        head.lineTo(11.8, 8.2);
        p.drawPath(head);
        break;
    }
    case ToolbarIcons::Icon::ZoomIn:
    case ToolbarIcons::Icon::ZoomOut:
        p.drawEllipse(QRectF(3.5, 3.5, 13, 13));
        p.drawLine(QPointF(14.5, 14.5), QPointF(20.5, 20.5));
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        if (icon == ToolbarIcons::Icon::ZoomIn)
            p.drawLine(QPointF(10, 7), QPointF(10, 13));
        break;
    case ToolbarIcons::Icon::Fit:
        p.drawPolyline(QPolygonF({ { 3, 8 }, { 3, 3 }, { 8, 3 } }));
        p.drawPolyline(QPolygonF({ { 16, 3 }, { 21, 3 }, { 21, 8 } }));
        p.drawPolyline(QPolygonF({ { 21, 16 }, { 21, 21 }, { 16, 21 } }));
        p.drawPolyline(QPolygonF({ { 8, 21 }, { 3, 21 }, { 3, 16 } }));
        p.drawRoundedRect(QRectF(8, 8, 8, 8), 1.5, 1.5);
        break;
    case ToolbarIcons::Icon::Arrange:
        p.drawRoundedRect(QRectF(2.5, 4, 6, 5), 1.2, 1.2);
        p.drawRoundedRect(QRectF(15.5, 2.5, 6, 5), 1.2, 1.2);
        p.drawRoundedRect(QRectF(15.5, 16.5, 6, 5), 1.2, 1.2);
        p.drawLine(QPointF(8.5, 6.5), QPointF(15.5, 5));
        p.drawLine(QPointF(8.5, 6.5), QPointF(15.5, 19));
        break;
    }
}

} // namespace

QIcon ToolbarIcons::icon(Icon which, const QColor& color)
{
    QIcon result;
    for (int scale : { 1, 2 }) {
        for (const QIcon::Mode mode : { QIcon::Normal, QIcon::Disabled }) {
            QPixmap pixmap(24 * scale, 24 * scale);
            pixmap.fill(Qt::transparent);
            {
                QPainter p(&pixmap);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(scale, scale);
                QColor c = color;
                if (mode == QIcon::Disabled)
                    c.setAlphaF(0.35f);
                p.setPen(QPen(c, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                draw(p, which);
            }
            pixmap.setDevicePixelRatio(scale);
            result.addPixmap(pixmap, mode);
        }
    }
    return result;
}

} // namespace Netloom::Widgets
