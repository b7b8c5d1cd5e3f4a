#pragma once

#include "models/domain/ResourceId.h"

#include <QColor>
#include <QGraphicsView>
#include <QPixmap>

class QVariantAnimation;

namespace Netloom::Widgets {

class TopologyScene;

/// The topology canvas: wheel and keys zoom (around the cursor), dragging the background pans,
/// fitToView() frames everything. Frames the graph by itself after layouts until the user zooms
/// (at a readable zoom at least, see ReadableZoom). Framing fits the scene rect (content and
/// margin), so that no scroll bar shows when the graph fits at the chosen zoom.
/// Shows a hint when there is nothing to draw.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(TopologyScene* scene, QWidget* parent = nullptr);
    ~TopologyView() override;

    TopologyScene* topologyScene() const { return m_scene; }
    /// 1.0 is 100 %.
    qreal zoom() const;
    static constexpr qreal MinimumZoom = 0.1;
    static constexpr qreal MaximumZoom = 3.0;
    /// Automatic framing never goes below this zoom (labels stay readable).
    static constexpr qreal ReadableZoom = 0.62;

    /// Text shown when the scene is empty.
    void setEmptyText(const QString& title, const QString& hint);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    void resetZoom();
    /// Frames the whole graph and the scene margin (never above 100 %); re-enables framing after
    /// layouts.
    void fitToView();
    /// Brings @p id into view (centring on it) when it is outside.
    void reveal(const Netloom::Domain::ResourceId& id);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void scaleBy(qreal factor);
    void frame();
    /// The viewport size when no scroll bar shows.
    QSizeF scrollFreeSize() const;
    void onLayoutApplied();

    TopologyScene* m_scene;
    bool m_autoFit = true;
    QString m_emptyTitle;
    QString m_emptyHint;
    QVariantAnimation* m_pan = nullptr;
    QPixmap m_gridTile; // the background's dot grid at the current zoom (drawBackground)
    QColor m_gridDot;
};

} // namespace Netloom::Widgets
