#include "models/topology/TopologyLayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace Netloom::Topology {

using Domain::ResourceId;

namespace {

constexpr int kOrderSweeps = 4;
constexpr int kAlignSweeps = 3;

struct Band
{
    QString key;
    QString origin;
    QString namespaceName;
    QMap<int, QList<int>> columns; // layer -> node indices, top to bottom
    qreal contentHeight = 0;
    bool existed = false; // present in the previous result (incremental)
};

// Builds one result; all containers iterated for ordering are sorted ones (QMap, sorted lists), so
// the outcome never depends on the hash seed.
class Builder
{
public:
    Builder(const LayoutInput& input, const LayoutResult* previous)
        : m_metrics(input.metrics)
        , m_previous(previous)
        , m_nodes(input.nodes)
    {
        std::sort(m_nodes.begin(), m_nodes.end(),
                  [](const LayoutNode& a, const LayoutNode& b) { return a.id < b.id; });
        const qsizetype count = m_nodes.size();
        m_index.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            m_index.insert(m_nodes.at(i).id, int(i));
        m_adjacent.resize(count);
        for (const auto& [from, to] : input.edges) {
            const int a = m_index.value(from, -1);
            const int b = m_index.value(to, -1);
            if (a < 0 || b < 0 || a == b)
                continue;
            m_adjacent[a].append(b);
            m_adjacent[b].append(a);
        }
        for (QList<int>& list : m_adjacent) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
        }
        m_y.fill(0, count);
        m_band.fill(-1, count);
        m_placed.fill(false, count);
        m_pos.fill(0, count);
        m_columnSize.fill(1, count);
        buildBands();
    }

    LayoutResult run()
    {
        if (m_previous && canIncrement())
            return incremental();
        return full();
    }

private:
    static QString bandOrderKey(const QString& origin, const QString& namespaceName)
    {
        // cluster-scoped band first, then namespaces by name
        return origin % QChar(0x1f) % (namespaceName.isEmpty() ? QStringLiteral("0") : QStringLiteral("1") % namespaceName);
    }

    void buildBands()
    {
        QMap<QString, int> byOrder;
        for (qsizetype i = 0; i < m_nodes.size(); ++i) {
            const LayoutNode& node = m_nodes.at(i);
            const QString order = bandOrderKey(node.origin, node.namespaceName);
            auto it = byOrder.find(order);
            if (it == byOrder.end()) {
                Band band;
                band.key = TopologyLayout::bandKey(node.origin, node.namespaceName);
                band.origin = node.origin;
                band.namespaceName = node.namespaceName;
                m_bands.append(band);
                it = byOrder.insert(order, int(m_bands.size() - 1));
            }
            m_bands[it.value()].columns[node.layer].append(int(i));
        }
        // re-index bands in display order
        QList<Band> ordered;
        ordered.reserve(m_bands.size());
        for (int index : std::as_const(byOrder))
            ordered.append(m_bands.at(index));
        m_bands = std::move(ordered);
        for (qsizetype b = 0; b < m_bands.size(); ++b) {
            for (QList<int>& column : m_bands[b].columns) {
                std::sort(column.begin(), column.end(), [this](int a, int c) {
                    const LayoutNode& x = m_nodes.at(a);
                    const LayoutNode& y = m_nodes.at(c);
                    const int cmp = x.sortKey.compare(y.sortKey, Qt::CaseInsensitive);
                    return cmp != 0 ? cmp < 0 : x.id < y.id;
                });
                for (int node : std::as_const(column))
                    m_band[node] = int(b);
                indexColumn(column);
            }
        }
    }

    bool canIncrement() const
    {
        for (const LayoutNode& node : m_nodes) {
            if (!m_previous->columnX.contains(node.layer))
                return false;
        }
        return true;
    }

    // --- ordering (crossing reduction) ---

    // Position of @p node in its column and that column's size, kept by indexColumn(): O(1), where a
    // search of the column made the ordering sweeps quadratic in the size of a column.
    double rank(int node) const
    {
        const qsizetype size = m_columnSize.at(node);
        return m_band.at(node) + (double(m_pos.at(node)) + 0.5) / double(std::max<qsizetype>(1, size));
    }

    void indexColumn(const QList<int>& column)
    {
        for (qsizetype i = 0; i < column.size(); ++i) {
            m_pos[column.at(i)] = int(i);
            m_columnSize[column.at(i)] = int(column.size());
        }
    }

    void reorderColumn(int bandIndex, int layer, bool towardsLower, bool sameBandOnly)
    {
        QList<int>& column = m_bands[bandIndex].columns[layer];
        if (column.size() < 2)
            return;
        QList<std::pair<double, int>> keyed;
        keyed.reserve(column.size());
        for (int node : std::as_const(column)) {
            double sum = 0;
            int count = 0;
            for (int other : m_adjacent.at(node)) {
                const int otherLayer = m_nodes.at(other).layer;
                if (towardsLower ? otherLayer >= layer : otherLayer <= layer)
                    continue;
                if (sameBandOnly && m_band.at(other) != bandIndex)
                    continue;
                sum += rank(other);
                ++count;
            }
            keyed.append({ count > 0 ? sum / count : rank(node), node });
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype i = 0; i < keyed.size(); ++i)
            column[i] = keyed.at(i).second;
        indexColumn(column);
    }

    void orderBands(const QList<int>& bands, bool sameBandOnly)
    {
        QList<int> layers;
        for (int b : bands) {
            for (auto it = m_bands.at(b).columns.keyBegin(); it != m_bands.at(b).columns.keyEnd(); ++it)
                layers.append(*it);
        }
        std::sort(layers.begin(), layers.end());
        layers.erase(std::unique(layers.begin(), layers.end()), layers.end());
        for (int sweep = 0; sweep < kOrderSweeps; ++sweep) {
            for (int layer : std::as_const(layers)) {
                for (int b : bands)
                    reorderColumn(b, layer, true, sameBandOnly);
            }
            for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
                for (int b : bands)
                    reorderColumn(b, *it, false, sameBandOnly);
            }
        }
    }

    // --- vertical placement inside a band (relative to its content top) ---

    void alignBand(int bandIndex)
    {
        Band& band = m_bands[bandIndex];
        const qreal pitch = m_metrics.pitch();
        qsizetype rows = 0;
        for (const QList<int>& column : std::as_const(band.columns))
            rows = std::max(rows, column.size());
        const qreal maxY = qreal(rows - 1) * pitch;
        for (const QList<int>& column : std::as_const(band.columns)) {
            for (qsizetype i = 0; i < column.size(); ++i)
                m_y[column.at(i)] = qreal(i) * pitch;
        }
        QList<int> layers = band.columns.keys();
        for (int sweep = 0; sweep < kAlignSweeps; ++sweep) {
            for (int pass = 0; pass < 2; ++pass) {
                for (qsizetype l = 0; l < layers.size(); ++l) {
                    const int layer = layers.at(pass == 0 ? l : layers.size() - 1 - l);
                    const QList<int>& column = band.columns.value(layer);
                    if (column.size() == rows)
                        continue;
                    QList<qreal> desired;
                    for (int node : column) {
                        qreal sum = 0;
                        int count = 0;
                        for (int other : m_adjacent.at(node)) {
                            if (m_band.at(other) == bandIndex && m_nodes.at(other).layer != layer) {
                                sum += m_y.at(other);
                                ++count;
                            }
                        }
                        desired.append(count > 0 ? sum / count : m_y.at(node));
                    }
                    // keep the order, keep the spacing, stay inside [0, maxY]
                    for (qsizetype i = 0; i < desired.size(); ++i)
                        desired[i] = std::max(desired.at(i), i == 0 ? 0.0 : desired.at(i - 1) + pitch);
                    for (qsizetype i = desired.size() - 1; i >= 0; --i)
                        desired[i] = std::min(desired.at(i), i == desired.size() - 1 ? maxY : desired.at(i + 1) - pitch);
                    for (qsizetype i = 0; i < desired.size(); ++i)
                        m_y[column.at(i)] = std::round(desired.at(i));
                }
            }
        }
        band.contentHeight = qreal(rows) * pitch - m_metrics.rowGap;
    }

    // --- vertical stacking ---

    struct SlabPlan
    {
        LayoutSlab slab;
        int band = -1;
    };

    QList<SlabPlan> plannedSlabs() const
    {
        QList<SlabPlan> plan;
        QString origin;
        for (qsizetype b = 0; b < m_bands.size(); ++b) {
            const Band& band = m_bands.at(b);
            if (b == 0 || band.origin != origin) {
                if (b > 0)
                    plan.append({ { LayoutSlab::Type::Footer, origin, {}, 0, footerHeight() }, -1 });
                origin = band.origin;
                plan.append({ { LayoutSlab::Type::Header, origin, {}, 0, m_metrics.originHeader }, -1 });
            }
            const qreal height = m_metrics.bandHeader + band.contentHeight + m_metrics.bandPadding;
            plan.append({ { LayoutSlab::Type::Band, band.origin, band.namespaceName, 0, height }, int(b) });
        }
        if (!m_bands.isEmpty())
            plan.append({ { LayoutSlab::Type::Footer, origin, {}, 0, footerHeight() }, -1 });
        return plan;
    }

    qreal footerHeight() const { return std::max<qreal>(0, m_metrics.originPadding - m_metrics.bandGap); }

    qreal gapAfter(LayoutSlab::Type type) const
    {
        switch (type) {
        case LayoutSlab::Type::Header:
            return 0;
        case LayoutSlab::Type::Band:
            return m_metrics.bandGap;
        case LayoutSlab::Type::Footer:
            return m_metrics.originGap;
        }
        return 0;
    }

    LayoutResult finish(QList<SlabPlan> plan, const QMap<int, qreal>& columnX, bool incremental)
    {
        QHash<QString, LayoutSlab> previousSlabs;
        if (incremental) {
            for (const LayoutSlab& slab : m_previous->slabs)
                previousSlabs.insert(slab.key(), slab);
        }
        qreal cursor = 0;
        qreal shift = 0;
        for (SlabPlan& entry : plan) {
            const auto prev = previousSlabs.constFind(entry.slab.key());
            if (prev != previousSlabs.cend()) {
                entry.slab.top = std::max(prev->top + shift, cursor);
                shift = entry.slab.top - prev->top;
            } else {
                entry.slab.top = cursor;
            }
            cursor = entry.slab.top + entry.slab.height + gapAfter(entry.slab.type);
        }

        LayoutResult result;
        result.metrics = m_metrics;
        result.incremental = incremental;
        result.columnX = columnX;
        QMap<QString, std::pair<qreal, qreal>> originX; // origin -> [left, right] of its columns
        QMap<QString, std::pair<qreal, qreal>> originY; // origin -> [header top, footer bottom]
        for (const SlabPlan& entry : std::as_const(plan)) {
            result.slabs.append(entry.slab);
            auto& y = originY[entry.slab.origin];
            if (entry.slab.type == LayoutSlab::Type::Header)
                y.first = entry.slab.top;
            if (entry.slab.type == LayoutSlab::Type::Footer)
                y.second = entry.slab.top + entry.slab.height;
            if (entry.band < 0)
                continue;
            const Band& band = m_bands.at(entry.band);
            const qreal contentTop = entry.slab.top + m_metrics.bandHeader;
            for (auto it = band.columns.cbegin(); it != band.columns.cend(); ++it) {
                const qreal x = columnX.value(it.key());
                auto ox = originX.find(band.origin);
                if (ox == originX.end())
                    ox = originX.insert(band.origin, { x, x + m_metrics.nodeWidth });
                ox->first = std::min(ox->first, x);
                ox->second = std::max(ox->second, x + m_metrics.nodeWidth);
                for (int node : it.value()) {
                    const ResourceId& id = m_nodes.at(node).id;
                    result.positions.insert(id, QPointF(x, contentTop + m_y.at(node)));
                    result.nodeBand.insert(id, band.key);
                    result.nodeLayer.insert(id, it.key());
                }
            }
        }
        for (const SlabPlan& entry : std::as_const(plan)) {
            if (entry.band < 0)
                continue;
            const auto [left, right] = originX.value(entry.slab.origin);
            result.bandRects.insert(m_bands.at(entry.band).key,
                                    QRectF(QPointF(left - m_metrics.bandPadding, entry.slab.top),
                                           QPointF(right + m_metrics.bandPadding, entry.slab.top + entry.slab.height)));
        }
        for (auto it = originX.cbegin(); it != originX.cend(); ++it) {
            const auto [top, bottom] = originY.value(it.key());
            const qreal pad = m_metrics.bandPadding + m_metrics.originPadding;
            result.originRects.insert(it.key(), QRectF(QPointF(it->first - pad, top), QPointF(it->second + pad, bottom)));
        }
        return result;
    }

    LayoutResult full()
    {
        QMap<int, qreal> columnX;
        {
            QSet<int> layerSet;
            for (const LayoutNode& node : std::as_const(m_nodes))
                layerSet.insert(node.layer);
            QList<int> layers(layerSet.cbegin(), layerSet.cend());
            std::sort(layers.begin(), layers.end());
            const qreal left = m_metrics.originPadding + m_metrics.bandPadding;
            for (qsizetype i = 0; i < layers.size(); ++i)
                columnX.insert(layers.at(i), left + qreal(i) * (m_metrics.nodeWidth + m_metrics.columnGap));
        }
        QList<int> all;
        for (qsizetype b = 0; b < m_bands.size(); ++b)
            all.append(int(b));
        orderBands(all, false);
        for (int b : std::as_const(all))
            alignBand(b);
        return finish(plannedSlabs(), columnX, false);
    }

    LayoutResult incremental()
    {
        const LayoutMetrics& prevMetrics = m_previous->metrics;
        QHash<QString, LayoutSlab> prevBands;
        for (const LayoutSlab& slab : m_previous->slabs) {
            if (slab.type == LayoutSlab::Type::Band)
                prevBands.insert(TopologyLayout::bandKey(slab.origin, slab.namespaceName), slab);
        }
        QList<int> newBands;
        for (qsizetype b = 0; b < m_bands.size(); ++b) {
            Band& band = m_bands[b];
            const auto prev = prevBands.constFind(band.key);
            if (prev == prevBands.cend()) {
                newBands.append(int(b));
                continue;
            }
            band.existed = true;
            band.contentHeight = prev->height - prevMetrics.bandHeader - prevMetrics.bandPadding;
            const qreal contentTop = prev->top + prevMetrics.bandHeader;
            QList<int> fresh;
            for (auto col = band.columns.begin(); col != band.columns.end(); ++col) {
                for (int node : std::as_const(col.value())) {
                    const ResourceId& id = m_nodes.at(node).id;
                    if (m_previous->nodeBand.value(id) == band.key && m_previous->nodeLayer.value(id, -1) == col.key()
                        && m_previous->positions.contains(id)) {
                        m_y[node] = m_previous->positions.value(id).y() - contentTop;
                        m_placed[node] = true;
                    } else {
                        fresh.append(node);
                    }
                }
            }
            std::stable_sort(fresh.begin(), fresh.end(),
                             [this](int a, int c) { return m_nodes.at(a).layer < m_nodes.at(c).layer; });
            for (int node : std::as_const(fresh))
                placeInFreeSlot(int(b), node);
            for (auto col = band.columns.begin(); col != band.columns.end(); ++col) {
                std::stable_sort(col->begin(), col->end(), [this](int a, int c) { return m_y.at(a) < m_y.at(c); });
                indexColumn(*col);
            }
        }
        if (!newBands.isEmpty()) {
            orderBands(newBands, true);
            for (int b : std::as_const(newBands))
                alignBand(b);
        }
        return finish(plannedSlabs(), m_previous->columnX, true);
    }

    void placeInFreeSlot(int bandIndex, int node)
    {
        Band& band = m_bands[bandIndex];
        const int layer = m_nodes.at(node).layer;
        const qreal pitch = m_metrics.pitch();
        const qreal height = m_metrics.nodeHeight;
        QList<qreal> taken;
        for (int other : band.columns.value(layer)) {
            if (other != node && m_placed.at(other))
                taken.append(m_y.at(other));
        }
        std::sort(taken.begin(), taken.end());
        qreal sum = 0;
        int count = 0;
        for (int other : m_adjacent.at(node)) {
            if (m_band.at(other) == bandIndex && m_placed.at(other)) {
                sum += m_y.at(other);
                ++count;
            }
        }
        const qreal desired = count > 0 ? sum / count : (taken.isEmpty() ? 0 : taken.last() + pitch);
        QList<qreal> candidates { 0, std::round(desired) };
        for (qreal y : std::as_const(taken)) {
            candidates.append(y + pitch);
            candidates.append(y - pitch);
        }
        // taken is sorted: only the two neighbours of y can be too close (O(log n), not O(n))
        const auto fits = [&](qreal y) {
            if (y < 0 || y + height > band.contentHeight + 0.5)
                return false;
            const auto next = std::lower_bound(taken.cbegin(), taken.cend(), y);
            if (next != taken.cend() && std::abs(*next - y) < pitch - 0.5)
                return false;
            return next == taken.cbegin() || std::abs(*std::prev(next) - y) >= pitch - 0.5;
        };
        std::optional<qreal> best;
        for (qreal y : std::as_const(candidates)) {
            if (!fits(y))
                continue;
            if (!best || std::abs(y - desired) < std::abs(*best - desired)
                || (std::abs(y - desired) == std::abs(*best - desired) && y < *best))
                best = y;
        }
        if (!best) {
            best = taken.isEmpty() ? 0 : taken.last() + pitch;
            band.contentHeight = std::max(band.contentHeight, *best + height);
        }
        m_y[node] = *best;
        m_placed[node] = true;
    }

    LayoutMetrics m_metrics;
    const LayoutResult* m_previous;
    QList<LayoutNode> m_nodes;
    QHash<ResourceId, int> m_index;
    QList<QList<int>> m_adjacent;
    QList<qreal> m_y;
    QList<int> m_band;
    QList<bool> m_placed;
    QList<int> m_pos; // index of each node in its column
    QList<int> m_columnSize; // size of that column
    QList<Band> m_bands;
};

} // namespace

QString LayoutSlab::key() const
{
    return QString::number(int(type)) % QChar(0x1f) % origin % QChar(0x1f) % namespaceName;
}

QRectF LayoutResult::nodeRect(const ResourceId& id) const
{
    const auto it = positions.constFind(id);
    if (it == positions.cend())
        return {};
    return QRectF(*it, QSizeF(metrics.nodeWidth, metrics.nodeHeight));
}

QRectF LayoutResult::boundingRect() const
{
    QRectF rect;
    for (const QRectF& r : originRects)
        rect = rect.united(r);
    return rect;
}

LayoutResult TopologyLayout::compute(const LayoutInput& input, const LayoutResult* previous)
{
    return Builder(input, previous).run();
}

QString TopologyLayout::bandKey(const QString& origin, const QString& namespaceName)
{
    return origin % QChar(0x1f) % namespaceName;
}

} // namespace Netloom::Topology
