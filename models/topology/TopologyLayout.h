#pragma once

#include "models/domain/ResourceId.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Netloom::Topology {

/// Sizes and spacing of the layered layout, in scene units (pixels at 100 % zoom).
struct LayoutMetrics
{
    qreal nodeWidth = 240;
    qreal nodeHeight = 54;
    qreal columnGap = 56;   ///< between two columns (layers)
    qreal rowGap = 12;      ///< between two nodes of a column
    qreal bandHeader = 30;  ///< title strip of a namespace box
    qreal bandPadding = 12; ///< inside a namespace box, around its nodes
    qreal bandGap = 12;     ///< between two namespace boxes
    qreal originHeader = 48;
    qreal originPadding = 18;
    qreal originGap = 48;

    qreal pitch() const { return nodeHeight + rowGap; }
};

/// One node as the layout sees it.
struct LayoutNode
{
    Domain::ResourceId id;
    int layer = 0;
    QString origin;
    QString namespaceName; ///< "" for the cluster-scoped band of the origin
    QString sortKey;       ///< initial order inside a column (the name)
};

/// Everything a layout run needs; a value, so that it can be computed on a worker thread.
struct LayoutInput
{
    QList<LayoutNode> nodes;
    QList<QPair<Domain::ResourceId, Domain::ResourceId>> edges;
    LayoutMetrics metrics;
};

/// One horizontal slab of the vertical stacking: an origin's header or footer, or a namespace band.
struct LayoutSlab
{
    enum class Type : quint8 { Header, Band, Footer };
    Type type = Type::Band;
    QString origin;
    QString namespaceName;
    qreal top = 0;
    qreal height = 0;

    QString key() const;
};

/// Where everything goes.
struct LayoutResult
{
    QHash<Domain::ResourceId, QPointF> positions; ///< top-left corner of each node
    QHash<Domain::ResourceId, QString> nodeBand;  ///< band key of each node (see bandKey())
    QHash<Domain::ResourceId, int> nodeLayer;
    QMap<int, qreal> columnX; ///< layer -> x of its column
    QList<LayoutSlab> slabs;  ///< top to bottom
    QMap<QString, QRectF> bandRects;   ///< namespace boxes by band key (bands with nodes only)
    QMap<QString, QRectF> originRects; ///< origin boxes by origin
    bool incremental = false;          ///< existing nodes kept their place (see TopologyLayout)
    LayoutMetrics metrics;

    QRectF nodeRect(const Domain::ResourceId& id) const;
    QRectF boundingRect() const;
};

/// The layered ("Sugiyama-style") layout of the topology.
///
/// Columns are layers chosen by the model from the kind (traffic flows left to right); rows are
/// namespace bands stacked top to bottom inside one box per origin (cluster-scoped band first, then
/// namespaces by name). Inside a band, each column is ordered by barycentre sweeps (crossing
/// reduction) and nodes are pulled towards the mean height of their neighbours. Nodes never overlap:
/// columns are disjoint horizontally and bands vertically.
///
/// With a previous result, the layout is incremental: nodes that were there keep their position
/// relative to their band, bands above any growth do not move at all, and new nodes take the free
/// slot nearest to their neighbours. Only a new layer (column) forces a full layout.
/// Deterministic: the same input gives the same result, whatever the hash seed.
class TopologyLayout final
{
public:
    static LayoutResult compute(const LayoutInput& input, const LayoutResult* previous = nullptr);
    static QString bandKey(const QString& origin, const QString& namespaceName);
};

} // namespace Netloom::Topology
