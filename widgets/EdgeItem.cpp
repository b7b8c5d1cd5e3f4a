#include "widgets/EdgeItem.h"

#include "widgets/NodeItem.h"
#include "widgets/TopologyTheme.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

namespace Netloom::Widgets {

namespace {

constexpr qreal kArrow = 9;
constexpr int kSamples = 32; // points along a curve, for long edges and hit tests
constexpr qreal kStub = 90; // drawn length of a long edge at an end in view
constexpr qsizetype kFanSample = 64; // stubs drawn of a card's fan of long edges (see paint())

QRectF sceneCard(const NodeItem* item)
{
    return QRectF(item->pos(), item->boundingRect().adjusted(5, 5, -5, -5).size());
}

// The points of @p points within kStub of one end (a long edge drawn only near the end in view).
QPolygonF stubOf(const QPolygonF& points, bool fromStart)
{
    QPolygonF stub;
    qreal length = 0;
    for (qsizetype k = 0; k < points.size(); ++k) {
        const QPointF& point = points.at(fromStart ? k : points.size() - 1 - k);
        if (!stub.isEmpty()) {
            const QPointF step = point - stub.constLast();
            const qreal segment = std::hypot(step.x(), step.y());
            if (length + segment > kStub) {
                stub.append(stub.constLast() + step * ((kStub - length) / segment));
                break;
            }
            length += segment;
        }
        stub.append(point);
    }
    return stub;
}

} // namespace

EdgeItem::EdgeItem(const Topology::TopologyEdge& edge, NodeItem* source, NodeItem* target, const TopologyTheme& theme)
    : m_edge(edge)
    , m_source(source)
    , m_target(target)
    , m_theme(theme)
    , m_sample(quint32(qHash(edge.target)))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: long edges draw only what is exposed
    setZValue(0);
    m_source->addEdge(this);
    m_target->addEdge(this);
    adjust();
}

EdgeItem::~EdgeItem()
{
    if (m_source)
        m_source->removeEdge(this);
    if (m_target)
        m_target->removeEdge(this);
}

void EdgeItem::forgetNode(NodeItem* node)
{
    if (m_source == node)
        m_source = nullptr;
    if (m_target == node)
        m_target = nullptr;
}

void EdgeItem::adjust()
{
    if (!m_source || !m_target)
        return;
    prepareGeometryChange();
    const QRectF s = sceneCard(m_source);
    const QRectF t = sceneCard(m_target);
    QPointF p0;
    QPointF p3;
    QPointF c1;
    QPointF c2;
    if (t.left() >= s.right() + 8) {
        p0 = QPointF(s.right(), s.center().y());
        p3 = QPointF(t.left(), t.center().y());
        const qreal dx = std::max<qreal>(36, (p3.x() - p0.x()) * 0.5);
        c1 = p0 + QPointF(dx, 0);
        c2 = p3 - QPointF(dx, 0);
    } else if (s.left() >= t.right() + 8) {
        p0 = QPointF(s.left(), s.center().y());
        p3 = QPointF(t.right(), t.center().y());
        const qreal dx = std::max<qreal>(36, (p0.x() - p3.x()) * 0.5);
        c1 = p0 - QPointF(dx, 0);
        c2 = p3 + QPointF(dx, 0);
    } else {
        // same column: a loop out to the right
        p0 = QPointF(s.right(), s.center().y());
        p3 = QPointF(t.right(), t.center().y());
        const qreal dx = 40 + std::abs(p3.y() - p0.y()) * 0.15;
        c1 = p0 + QPointF(dx, 0);
        c2 = p3 + QPointF(dx, 0);
    }
    // the line ends at the arrow's base, the arrow's tip touches the card
    const QPointF dir = p3 - c2;
    const qreal len = std::hypot(dir.x(), dir.y());
    const QPointF u = len > 0 ? dir / len : QPointF(1, 0);
    const QPointF n(-u.y(), u.x());
    const QPointF base = p3 - u * kArrow;
    m_path = QPainterPath(p0);
    m_path.cubicTo(c1, c2 - u * kArrow, base);
    m_arrow = QPolygonF({ p3, base + n * kArrow * 0.5, base - n * kArrow * 0.5 });
    // A fixed number of points along the curve, denser at its ends (where it bends): Qt's own
    // flattening of a curve 100,000 px long gives thousands of points, read at every paint.
    const QPointF e2 = c2 - u * kArrow;
    m_points.resize(kSamples + 1);
    static const std::array<qreal, kSamples + 1> ts = [] {
        std::array<qreal, kSamples + 1> values {};
        for (int i = 0; i <= kSamples; ++i)
            values[std::size_t(i)] = (1 - std::cos(M_PI * i / kSamples)) / 2;
        return values;
    }();
    for (int i = 0; i <= kSamples; ++i) {
        const qreal f = ts[std::size_t(i)];
        const qreal mf = 1 - f;
        m_points[i] = mf * mf * mf * p0 + 3 * mf * mf * f * c1 + 3 * mf * f * f * e2 + f * f * f * base;
    }
    // Far away the curve is a few pixels: every fourth point is enough (12,000 edges of 33 points
    // each were a third of a zoomed-out paint).
    m_coarse.resize(kSamples / 4 + 1);
    for (int i = 0; i <= kSamples / 4; ++i)
        m_coarse[i] = m_points.at(std::min(kSamples, i * 4));
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
    m_startStub = stubOf(m_points, true);
    m_endStub = stubOf(m_points, false);
    m_shape = QPainterPath();
    update();
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 5 : 0);
    update();
}

void EdgeItem::setDimmed(bool dimmed)
{
    setOpacity(dimmed ? 0.12 : 1.0);
}

QRectF EdgeItem::boundingRect() const
{
    // asked for every item at every paint (no scene index): computed once per geometry in adjust()
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    // made once per geometry: hit tests under the mouse ask for it at every move
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        QPainterPath line(m_points.value(0));
        for (qsizetype i = 1; i < m_points.size(); ++i)
            line.lineTo(m_points.at(i));
        m_shape = stroker.createStroke(line);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!option->exposedRect.isEmpty() && !option->exposedRect.adjusted(-4, -4, 4, 4).intersects(boundingRect()))
        return;
    QColor color = m_highlighted ? m_theme.selection : m_theme.relationColor(m_edge.type);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35) {
        // far away (thousands of edges in view): a thin line, no arrow, no antialiasing; the
        // sampled curve, not the path (a path is flattened again at every paint)
        painter->setPen(QPen(color, 0));
        painter->setBrush(Qt::NoBrush);
        if (m_coarse.size() > 1)
            painter->drawPolyline(m_coarse);
        else
            painter->drawPath(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_highlighted && m_edge.type != Domain::RelationType::RoutesTo
        && m_edge.type != Domain::RelationType::Contains)
        color.setAlpha(210);
    QPen pen(color, m_highlighted ? 2.4 : 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (m_edge.type == Domain::RelationType::Secures)
        pen.setDashPattern({ 5, 3.5 });
    else if (m_edge.type == Domain::RelationType::Selects)
        pen.setDashPattern({ 1, 3 });
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    const QRectF bounds = boundingRect();
    if (exposed.width() * exposed.height() * 4 < bounds.width() * bounds.height() && m_points.size() > 1) {
        // A long edge (a class fanning out to thousands of Ingresses across the whole canvas). Drawn
        // whole, such a fan is thousands of curves over the same pixels (hundreds of milliseconds
        // a paint); so, level of detail: a short stub at each end that is in view (with the arrow
        // at the target), nothing where neither end is. Hovering or selecting a card still shows its
        // edges highlighted; a one-pixel cosmetic pen is the rasteriser's fast path.
        QPen thin = pen;
        thin.setWidthF(m_highlighted ? 2 : 1);
        thin.setCosmetic(true);
        painter->setPen(thin);
        const bool sourceInView = exposed.contains(m_points.constFirst());
        const bool targetInView = exposed.contains(m_points.constLast());
        if (!sourceInView && !targetInView)
            return;
        if (sourceInView && targetInView) {
            painter->drawPolyline(m_points);
        } else {
            // the stub at the end in view, made once per geometry (adjust())
            const bool fromStart = sourceInView;
            if (fromStart && !m_highlighted && m_source) {
                // A card with thousands of edges (a class and its 5,000 Ingresses): its stubs are a
                // fan over the same pixels, and drawing each was most of a paint. A fixed sample of
                // about kFanSample of them draws the same fan; all are drawn when highlighted.
                const qsizetype fan = m_source->edges().size();
                if (fan > kFanSample && m_sample % quint32((fan + kFanSample - 1) / kFanSample) != 0)
                    return;
            }
            painter->drawPolyline(fromStart ? m_startStub : m_endStub);
            if (fromStart)
                return;
        }
    } else {
        painter->drawPath(m_path);
    }
    if (!exposed.intersects(m_arrow.boundingRect()))
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
}

} // namespace Netloom::Widgets
