#include "widgets/TopologyView.h"

#include "widgets/GroupItem.h"
#include "widgets/NodeItem.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyTheme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Netloom::Widgets {

namespace {

constexpr qreal kStep = 1.2;
constexpr qreal kGrid = 24;

} // namespace

TopologyView::TopologyView(TopologyScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_emptyTitle(tr("Nothing to show yet"))
    , m_emptyHint(tr("Choose a context to connect to a cluster; its network appears here as it is discovered."))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    viewport()->setCursor(Qt::ArrowCursor);
    connect(m_scene, &TopologyScene::layoutApplied, this, &TopologyView::onLayoutApplied);
    // while the scene builds thousands of items in slices, paint once at the end, not once a slice
    // (no viewport updates at all: the scene then does not even work out the dirty regions of
    // thousands of moved items for this view)
    connect(m_scene, &TopologyScene::workingChanged, this, [this](bool working) {
        setViewportUpdateMode(working ? QGraphicsView::NoViewportUpdate : QGraphicsView::SmartViewportUpdate);
        viewport()->setUpdatesEnabled(!working);
        if (!working)
            viewport()->update();
    });
}

TopologyView::~TopologyView() = default;

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::setEmptyText(const QString& title, const QString& hint)
{
    m_emptyTitle = title;
    m_emptyHint = hint;
    viewport()->update();
}

void TopologyView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    m_autoFit = false;
    const qreal f = target / zoom();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::zoomIn()
{
    scaleBy(kStep);
}

void TopologyView::zoomOut()
{
    scaleBy(1 / kStep);
}

void TopologyView::setZoom(qreal value)
{
    scaleBy(value / zoom());
}

void TopologyView::resetZoom()
{
    setZoom(1.0);
}

void TopologyView::fitToView()
{
    const QRectF rect = m_scene->contentRect();
    if (rect.isNull()) {
        resetTransform();
        Q_EMIT zoomChanged(zoom());
        m_autoFit = true;
        return;
    }
    // the whole scroll range (content and scene margin) fits, so that no scroll bar shows
    const QRectF scroll = sceneRect();
    const QSizeF view = scrollFreeSize();
    const qreal factor
        = std::clamp(std::min(view.width() / scroll.width(), view.height() / scroll.height()), MinimumZoom, 1.0);
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(rect.center());
    m_autoFit = true;
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::reveal(const Domain::ResourceId& id)
{
    QRectF target;
    if (NodeItem* node = m_scene->nodeItem(id))
        target = QRectF(node->targetPos(), node->boundingRect().size());
    else if (GroupItem* group = m_scene->groupItemFor(id))
        target = group->headerRect();
    if (target.isNull())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.contains(target))
        return;
    const QPointF from = visible.center();
    const QPointF to = target.center();
    if (!m_pan) {
        m_pan = new QVariantAnimation(this);
        m_pan->setDuration(300);
        m_pan->setEasingCurve(QEasingCurve::OutCubic);
        connect(m_pan, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { centerOn(value.toPointF()); });
    }
    m_pan->stop();
    m_pan->setStartValue(from);
    m_pan->setEndValue(to);
    m_pan->start();
}

void TopologyView::onLayoutApplied()
{
    if (m_autoFit)
        frame();
    viewport()->update();
}

QSizeF TopologyView::scrollFreeSize() const
{
    // the viewport without scroll bars, less a pixel against rounding up to a scroll range of 1
    const QSize size = maximumViewportSize();
    return QSizeF(std::max(1, size.width() - 1), std::max(1, size.height() - 1));
}

void TopologyView::frame()
{
    // like fitToView(), but never below a zoom where labels are still readable: a big graph is
    // shown from its top-left corner (where the traffic enters) and scrolls from there
    const QRectF content = m_scene->contentRect();
    if (content.isNull()) {
        fitToView();
        return;
    }
    const QRectF scroll = sceneRect();
    const QSizeF full = scrollFreeSize();
    const qreal fit = std::min(full.width() / scroll.width(), full.height() / scroll.height());
    if (fit >= ReadableZoom) {
        fitToView();
        return;
    }
    // fit the width; when the graph is then taller than the view, the vertical scroll bar takes
    // its share of the width, so that the width still fits (no horizontal scroll bar) unless the
    // readable zoom is too wide anyway
    qreal width = full.width();
    qreal factor = std::clamp(width / scroll.width(), ReadableZoom, 1.0);
    if (verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff && scroll.height() * factor > full.height()) {
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
        factor = std::clamp(width / scroll.width(), ReadableZoom, 1.0);
    }
    setTransform(QTransform::fromScale(factor, factor));
    const QRectF rect = content.adjusted(-24, -24, 24, 24);
    const QSizeF visible(width / factor, full.height() / factor);
    centerOn(rect.topLeft() + QPointF(visible.width() / 2, visible.height() / 2));
    m_autoFit = true;
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, delta.y()));
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToView();
        return;
    case Qt::Key_Escape:
        m_scene->selectResource({});
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void TopologyView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        frame();
}

void TopologyView::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, m_scene->theme().background);
    const qreal scale = zoom();
    if (scale < 0.45)
        return;
    // A faint dot grid gives the canvas depth without competing with the graph. One tile with one
    // dot, as a texture brush: drawn dot by dot, a zoomed-out window's 14,000 round points were a
    // quarter of each paint of a large platform.
    const int tile = std::max(4, qRound(kGrid * scale));
    const QColor dot = m_scene->theme().gridDot;
    if (m_gridTile.isNull() || m_gridTile.width() != tile || m_gridDot != dot) {
        QPixmap pixmap(tile, tile);
        pixmap.fill(Qt::transparent);
        QPainter tilePainter(&pixmap);
        tilePainter.setRenderHint(QPainter::Antialiasing);
        tilePainter.setPen(Qt::NoPen);
        tilePainter.setBrush(dot);
        tilePainter.drawEllipse(QPointF(tile / 2.0, tile / 2.0), 0.8, 0.8);
        tilePainter.end();
        m_gridTile = pixmap;
        m_gridDot = dot;
    }
    QBrush brush(m_gridTile);
    // one tile is kGrid scene units, its dot on the grid's points (multiples of kGrid)
    brush.setTransform(QTransform::fromScale(kGrid / tile, kGrid / tile)
        * QTransform::fromTranslate(-kGrid / 2.0, -kGrid / 2.0));
    painter->fillRect(rect, brush);
}

void TopologyView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene->nodeItemCount() > 0 || m_emptyTitle.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    const QRectF area = viewport()->rect();
    const TopologyTheme& theme = m_scene->theme();
    painter->setPen(theme.text);
    painter->setFont(TopologyTheme::font(18, true));
    painter->drawText(QRectF(area.left(), area.center().y() - 40, area.width(), 30), Qt::AlignCenter, m_emptyTitle);
    painter->setPen(theme.subtext);
    painter->setFont(TopologyTheme::font(13));
    painter->drawText(QRectF(area.left() + 40, area.center().y() - 4, area.width() - 80, 60),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyHint);
    painter->restore();
}

} // namespace Netloom::Widgets
