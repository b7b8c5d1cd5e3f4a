#pragma once

#include "models/core/Expected.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <optional>

namespace Netloom::Lab {

/// Hands out Service node ports from 30000-32767, like the API server's port allocator: a requested
/// port only if it is inside the range and free, otherwise a free one. Copyable, so that a caller
/// can undo a failed or dry-run admission by restoring a copy (at most 2,768 entries).
class NodePortAllocator final
{
public:
    static constexpr int kFirst = 30000;
    static constexpr int kLast = 32767;

    NodePortAllocator();

    /// "30000-32767", as the API server names its --service-node-port-range.
    static QString range();

    /// A free port (deterministic sequence, so the demo looks the same on every start).
    Expected<int> allocate();
    /// Claims a specific port; the error carries the API server's wording.
    Expected<void> claim(int port);
    void release(int port);
    void clear();
    bool isAllocated(int port) const { return m_used.contains(port); }
    int allocatedCount() const { return static_cast<int>(m_used.size()); }

    /// Why one entry of spec.ports could not get its node port.
    struct Problem
    {
        qsizetype index = -1;
        int port = 0;
        QString message;
        /// The range is full: an internal error (500), not an invalid request (422).
        bool rangeFull = false;
    };

    /// Gives one Service's spec.ports their node ports (in place), as the API server's allocator
    /// does. On create (`previous` is null) requested ports are claimed, entries with the same port
    /// number share one node port, and missing ones are allocated when `allocateMissing`. On update
    /// the ports the Service already held are kept without a claim, new requested ones are
    /// claimed, missing ones allocated when `allocateMissing`, and the held ports the Service no
    /// longer uses are released. On a problem some ports may already be claimed: the caller
    /// restores its copy.
    std::optional<Problem> assign(QJsonArray& ports, bool allocateMissing, const QJsonArray* previous);
    /// Releases every node port that spec.ports holds.
    void releaseAll(const QJsonArray& ports);

    /// The API server's update rules before allocation (patchAllocatedValues and
    /// dropTypeDependentFields): a port sent without nodePort keeps the one its namesake had, unless
    /// another port now uses it; a Service that changes to a type without node ports and asks for
    /// no new ones drops them all.
    static void carryOver(
        QJsonArray& ports, const QJsonArray& previous, bool previousNeedsNodePorts, bool needsNodePorts);

private:
    QSet<int> m_used;
    QRandomGenerator m_random;
};

} // namespace Netloom::Lab
