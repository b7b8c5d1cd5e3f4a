#include "widgets/KindGlyph.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace Netloom::Widgets {

using Domain::ResourceKind;

namespace {

void polygon(QPainter& p, int corners, QPointF centre, qreal radius, qreal rotation = -90)
{
    QPolygonF poly;
    for (int i = 0; i < corners; ++i) {
        const qreal a = (rotation + 360.0 * i / corners) * std::numbers::pi / 180.0;
        poly << centre + QPointF(std::cos(a) * radius, std::sin(a) * radius);
    }
    p.drawPolygon(poly);
}

void arrowHead(QPainter& p, QPointF tip, QPointF from, qreal size)
{
    const QPointF d = tip - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len <= 0)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    p.drawLine(tip, tip - u * size + n * size * 0.7);
    p.drawLine(tip, tip - u * size - n * size * 0.7);
}

void dot(QPainter& p, QPointF c, qreal r)
{
    p.save();
    p.setBrush(p.pen().color());
    p.drawEllipse(c, r, r);
    p.restore();
}

} // namespace

void KindGlyph::paint(QPainter& p, const QRectF& rect, ResourceKind kind, const QColor& color)
{
    p.save();
    p.translate(rect.topLeft());
    p.scale(rect.width() / 24.0, rect.height() / 24.0);
    QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case ResourceKind::Cluster: {
        polygon(p, 7, { 12, 12 }, 9.5);
        p.drawEllipse(QPointF(12, 12), 3, 3);
        for (int i = 0; i < 7; ++i) {
            const qreal a = (-90 + 360.0 * i / 7) * std::numbers::pi / 180.0;
            p.drawLine(QPointF(12 + std::cos(a) * 3, 12 + std::sin(a) * 3),
                       QPointF(12 + std::cos(a) * 7.5, 12 + std::sin(a) * 7.5));
        }
        break;
    }
    case ResourceKind::Namespace: {
        QPen dashed = pen;
        dashed.setDashPattern({ 2, 1.6 });
        p.setPen(dashed);
        p.drawRoundedRect(QRectF(3, 4, 18, 16), 3, 3);
        break;
    }
    case ResourceKind::Service:
        p.drawLine(QPointF(7, 12), QPointF(16.5, 6.5));
        p.drawLine(QPointF(7, 12), QPointF(16.5, 17.5));
        dot(p, { 6, 12 }, 3);
        p.drawEllipse(QPointF(17.5, 6), 2.6, 2.6);
        p.drawEllipse(QPointF(17.5, 18), 2.6, 2.6);
        break;
    case ResourceKind::Ingress:
        p.drawLine(QPointF(3, 12), QPointF(13, 12));
        arrowHead(p, { 13.5, 12 }, { 3, 12 }, 4);
        p.drawRoundedRect(QRectF(15.5, 4, 5.5, 16), 2, 2);
        break;
    case ResourceKind::IngressController: {
        p.drawEllipse(QPointF(12, 12), 9, 9);
        const QList<std::pair<QPointF, QPointF>> arrows { { { 12, 12 }, { 12, 5.5 } },
                                                          { { 12, 12 }, { 18.5, 12 } },
                                                          { { 12, 12 }, { 12, 18.5 } },
                                                          { { 12, 12 }, { 5.5, 12 } } };
        for (const auto& [from, to] : arrows) {
            p.drawLine(from, to);
            arrowHead(p, to, from, 2.4);
        }
        break;
    }
    case ResourceKind::IngressClass: {
        QPainterPath tag;
        tag.moveTo(4, 5);
        tag.lineTo(12.5, 5);
        tag.lineTo(20, 12.5);
        tag.lineTo(12.5, 20);
        tag.lineTo(4, 11.5);
        tag.closeSubpath();
        p.drawPath(tag);
        dot(p, { 8.5, 9.5 }, 1.5);
        break;
    }
    case ResourceKind::HttpRoute: {
        QPainterPath path;
        path.moveTo(3, 12);
        path.lineTo(9, 12);
        path.cubicTo(13, 12, 13, 6, 19, 6);
        path.moveTo(9, 12);
        path.cubicTo(13, 12, 13, 18, 19, 18);
        p.drawPath(path);
        arrowHead(p, { 20, 6 }, { 15, 6 }, 3);
        arrowHead(p, { 20, 18 }, { 15, 18 }, 3);
        break;
    }
    case ResourceKind::GatewayApiGateway: {
        QPainterPath arch;
        arch.moveTo(5, 20);
        arch.lineTo(5, 11);
        arch.arcTo(QRectF(5, 4, 14, 14), 180, -180);
        arch.lineTo(19, 20);
        p.drawPath(arch);
        p.drawLine(QPointF(3, 20), QPointF(21, 20));
        p.drawLine(QPointF(9.5, 20), QPointF(9.5, 13));
        p.drawLine(QPointF(14.5, 20), QPointF(14.5, 13));
        break;
    }
    case ResourceKind::Certificate: {
        p.drawEllipse(QPointF(12, 9.5), 6, 6);
        p.drawLine(QPointF(8.5, 14.5), QPointF(7, 21));
        p.drawLine(QPointF(7, 21), QPointF(9.8, 19.6));
        p.drawLine(QPointF(15.5, 14.5), QPointF(17, 21));
        p.drawLine(QPointF(17, 21), QPointF(14.2, 19.6));
        dot(p, { 12, 9.5 }, 2);
        break;
    }
    case ResourceKind::Issuer: {
        p.drawRoundedRect(QRectF(4, 15, 16, 5), 1.5, 1.5);
        p.drawLine(QPointF(12, 15), QPointF(12, 10));
        p.drawEllipse(QPointF(12, 7), 3.2, 3.2);
        break;
    }
    case ResourceKind::TlsSecret: {
        p.drawRoundedRect(QRectF(5, 10.5, 14, 10), 2, 2);
        QPainterPath shackle;
        shackle.moveTo(8, 10.5);
        shackle.lineTo(8, 8);
        shackle.arcTo(QRectF(8, 4, 8, 8), 180, -180);
        shackle.lineTo(16, 10.5);
        p.drawPath(shackle);
        dot(p, { 12, 15.5 }, 1.5);
        break;
    }
    case ResourceKind::DnsZone:
    case ResourceKind::DnsRecord:
        p.drawEllipse(QPointF(12, 12), 9, 9);
        p.drawEllipse(QRectF(8, 3, 8, 18));
        p.drawLine(QPointF(3.5, 9), QPointF(20.5, 9));
        p.drawLine(QPointF(3.5, 15), QPointF(20.5, 15));
        break;
    case ResourceKind::IpAddress: {
        QPainterPath pin;
        pin.moveTo(12, 21);
        pin.cubicTo(12, 21, 5, 14, 5, 9.5);
        pin.arcTo(QRectF(5, 2.5, 14, 14), 180, -180);
        pin.cubicTo(19, 14, 12, 21, 12, 21);
        p.drawPath(pin);
        p.drawEllipse(QPointF(12, 9.5), 2.6, 2.6);
        break;
    }
    case ResourceKind::IpBlock:
        p.drawRect(QRectF(4, 4, 7, 7));
        p.drawRect(QRectF(13, 4, 7, 7));
        p.drawRect(QRectF(4, 13, 7, 7));
        p.drawRect(QRectF(13, 13, 7, 7));
        break;
    case ResourceKind::Gateway:
        p.drawLine(QPointF(4, 9), QPointF(19, 9));
        arrowHead(p, { 20, 9 }, { 4, 9 }, 3.5);
        p.drawLine(QPointF(20, 15), QPointF(5, 15));
        arrowHead(p, { 4, 15 }, { 20, 15 }, 3.5);
        break;
    case ResourceKind::LoadBalancer:
        dot(p, { 5, 12 }, 2.6);
        p.drawLine(QPointF(7, 12), QPointF(17, 5));
        p.drawLine(QPointF(7, 12), QPointF(17, 12));
        p.drawLine(QPointF(7, 12), QPointF(17, 19));
        p.drawEllipse(QPointF(19, 5), 2, 2);
        p.drawEllipse(QPointF(19, 12), 2, 2);
        p.drawEllipse(QPointF(19, 19), 2, 2);
        break;
    case ResourceKind::Subnet:
        p.drawRoundedRect(QRectF(8, 3, 8, 6), 1.5, 1.5);
        p.drawLine(QPointF(12, 9), QPointF(12, 13));
        p.drawLine(QPointF(5, 13), QPointF(19, 13));
        p.drawLine(QPointF(5, 13), QPointF(5, 16));
        p.drawLine(QPointF(19, 13), QPointF(19, 16));
        p.drawLine(QPointF(12, 13), QPointF(12, 16));
        p.drawRect(QRectF(3, 16, 4, 4));
        p.drawRect(QRectF(10, 16, 4, 4));
        p.drawRect(QRectF(17, 16, 4, 4));
        break;
    case ResourceKind::Vdc: {
        QPainterPath cloud;
        cloud.moveTo(7, 18.5);
        cloud.cubicTo(3, 18.5, 2.5, 12.5, 6.5, 12);
        cloud.cubicTo(6.5, 7, 13.5, 5, 15.5, 9.5);
        cloud.cubicTo(20.5, 8.5, 22.5, 14, 19, 16);
        cloud.cubicTo(19.5, 18, 18, 18.5, 17, 18.5);
        cloud.closeSubpath();
        p.drawPath(cloud);
        break;
    }
    case ResourceKind::NodePool:
        p.drawRoundedRect(QRectF(4, 4, 16, 4.5), 1.2, 1.2);
        p.drawRoundedRect(QRectF(4, 9.8, 16, 4.5), 1.2, 1.2);
        p.drawRoundedRect(QRectF(4, 15.5, 16, 4.5), 1.2, 1.2);
        break;
    case ResourceKind::EndpointSummary:
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.drawEllipse(QPointF(12, 12), 4.5, 4.5);
        dot(p, { 12, 12 }, 1.5);
        break;
    case ResourceKind::PodSummary:
        polygon(p, 6, { 12, 12 }, 9, -90);
        p.drawLine(QPointF(12, 12), QPointF(12, 21));
        p.drawLine(QPointF(12, 12), QPointF(4.2, 7.5));
        p.drawLine(QPointF(12, 12), QPointF(19.8, 7.5));
        break;
    case ResourceKind::NetworkPolicy: {
        QPainterPath shield;
        shield.moveTo(12, 3);
        shield.lineTo(19.5, 6);
        shield.cubicTo(19.5, 13, 17, 18, 12, 21);
        shield.cubicTo(7, 18, 4.5, 13, 4.5, 6);
        shield.closeSubpath();
        p.drawPath(shield);
        p.drawLine(QPointF(8.5, 12), QPointF(11, 14.5));
        p.drawLine(QPointF(11, 14.5), QPointF(15.5, 9.5));
        break;
    }
    case ResourceKind::IpPool: {
        p.drawEllipse(QRectF(4, 4, 16, 6));
        p.drawLine(QPointF(4, 7), QPointF(4, 17));
        p.drawLine(QPointF(20, 7), QPointF(20, 17));
        p.drawArc(QRectF(4, 14, 16, 6), 180 * 16, 180 * 16);
        p.drawArc(QRectF(4, 9, 16, 6), 180 * 16, 180 * 16);
        break;
    }
    }
    p.restore();
}

void KindGlyph::paintTile(QPainter& painter, const QRectF& rect, ResourceKind kind, const QColor& tile)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(tile);
    const qreal radius = rect.width() * 0.24;
    painter.drawRoundedRect(rect, radius, radius);
    const qreal inset = rect.width() * 0.17;
    paint(painter, rect.adjusted(inset, inset, -inset, -inset), kind, Qt::white);
    painter.restore();
}

QIcon KindGlyph::icon(ResourceKind kind, const QColor& tile, int size)
{
    // Made once per kind, colour and size (GUI thread only, as pixmaps are): the tree asks for a
    // row's glyph at every size hint of a changed row, and painting one costs two pixmaps.
    static QHash<quint64, QIcon> cache;
    const quint64 key = (quint64(quint16(kind)) << 48) | (quint64(quint16(size)) << 32) | tile.rgba();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon result;
    for (int scale : { 1, 2 }) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paintTile(painter, QRectF(0.5, 0.5, size * scale - 1.0, size * scale - 1.0), kind, tile);
        }
        pixmap.setDevicePixelRatio(scale);
        result.addPixmap(pixmap);
    }
    cache.insert(key, result);
    return result;
}

} // namespace Netloom::Widgets
