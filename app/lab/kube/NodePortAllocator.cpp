#include "app/lab/kube/NodePortAllocator.h"

#include <algorithm>

#include <QHash>
#include <QJsonObject>

namespace Netloom::Lab {

namespace {

constexpr int kSize = NodePortAllocator::kLast - NodePortAllocator::kFirst + 1;

int nodePortOf(const QJsonValue& port)
{
    return port.toObject().value(QStringLiteral("nodePort")).toInt();
}

int portOf(const QJsonValue& port)
{
    return port.toObject().value(QStringLiteral("port")).toInt();
}

void setNodePort(QJsonArray& ports, qsizetype index, int nodePort)
{
    QJsonObject port = ports[index].toObject();
    if (nodePort == 0)
        port.remove(QStringLiteral("nodePort"));
    else
        port.insert(QStringLiteral("nodePort"), nodePort);
    ports[index] = port;
}

QSet<int> nodePortsOf(const QJsonArray& ports)
{
    QSet<int> result;
    for (const QJsonValue& port : ports) {
        if (const int nodePort = nodePortOf(port); nodePort != 0)
            result.insert(nodePort);
    }
    return result;
}

} // namespace

NodePortAllocator::NodePortAllocator()
    : m_random(30000)
{
}

QString NodePortAllocator::range()
{
    return QStringLiteral("%1-%2").arg(kFirst).arg(kLast);
}

Expected<int> NodePortAllocator::allocate()
{
    if (m_used.size() >= kSize)
        return Error(QStringLiteral("range is full"));
    // A random start, then the next free one: bounded however full the range is.
    const int offset = static_cast<int>(m_random.bounded(quint32(kSize)));
    for (int i = 0; i < kSize; ++i) {
        const int candidate = kFirst + (offset + i) % kSize;
        if (!m_used.contains(candidate)) {
            m_used.insert(candidate);
            return candidate;
        }
    }
    return Error(QStringLiteral("range is full"));
}

Expected<void> NodePortAllocator::claim(int port)
{
    if (port < kFirst || port > kLast)
        return Error(
            QStringLiteral("provided port is not in the valid range. The range of valid ports is %1").arg(range()));
    if (m_used.contains(port))
        return Error(QStringLiteral("provided port is already allocated"));
    m_used.insert(port);
    return {};
}

void NodePortAllocator::release(int port)
{
    m_used.remove(port);
}

void NodePortAllocator::clear()
{
    m_used.clear();
}

std::optional<NodePortAllocator::Problem> NodePortAllocator::assign(
    QJsonArray& ports, bool allocateMissing, const QJsonArray* previous)
{
    auto claimAt = [this](qsizetype index, int nodePort) -> std::optional<Problem> {
        if (const Expected<void> claimed = claim(nodePort); !claimed)
            return Problem { index, nodePort, claimed.error().message, false };
        return std::nullopt;
    };
    auto allocateAt = [this, &ports](qsizetype index) -> std::optional<Problem> {
        const Expected<int> allocated = allocate();
        if (!allocated)
            return Problem { index, 0, allocated.error().message, true };
        setNodePort(ports, index, *allocated);
        return std::nullopt;
    };

    if (!previous) {
        // Create: entries with the same port number (say 53/UDP and 53/TCP) share one node port.
        QHash<int, int> byPortNumber;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            const int requested = nodePortOf(ports[i]);
            if (requested == 0 && !allocateMissing)
                continue;
            const int number = portOf(ports[i]);
            const auto shared = byPortNumber.constFind(number);
            if (shared == byPortNumber.constEnd()) {
                // A node port requested by a later entry with this port number counts for this one too.
                int wanted = requested;
                for (qsizetype j = i + 1; wanted == 0 && j < ports.size(); ++j) {
                    if (portOf(ports[j]) == number)
                        wanted = nodePortOf(ports[j]);
                }
                if (wanted != 0) {
                    if (auto problem = claimAt(i, wanted))
                        return problem;
                    setNodePort(ports, i, wanted);
                } else if (auto problem = allocateAt(i)) {
                    return problem;
                }
                byPortNumber.insert(number, nodePortOf(ports[i]));
            } else if (requested == 0) {
                setNodePort(ports, i, *shared);
            } else if (requested != *shared) {
                if (auto problem = claimAt(i, requested))
                    return problem;
            }
        }
        return std::nullopt;
    }

    // Update: what the Service held stays its own; only net-new ports are claimed.
    const QSet<int> held = nodePortsOf(*previous);
    QSet<int> claimedNow;
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const int requested = nodePortOf(ports[i]);
        if (requested == 0 && !allocateMissing)
            continue;
        if (requested != 0) {
            if (!held.contains(requested) && !claimedNow.contains(requested)) {
                if (auto problem = claimAt(i, requested))
                    return problem;
                claimedNow.insert(requested);
            }
        } else if (auto problem = allocateAt(i)) {
            return problem;
        }
    }
    const QSet<int> kept = nodePortsOf(ports);
    for (const int port : held) {
        if (!kept.contains(port))
            release(port);
    }
    return std::nullopt;
}

void NodePortAllocator::releaseAll(const QJsonArray& ports)
{
    for (const int port : nodePortsOf(ports))
        release(port);
}

void NodePortAllocator::carryOver(
    QJsonArray& ports, const QJsonArray& previous, bool previousNeedsNodePorts, bool needsNodePorts)
{
    if (previousNeedsNodePorts && needsNodePorts) {
        const QSet<int> usedByBoth = nodePortsOf(previous).intersect(nodePortsOf(ports));
        QHash<QString, int> byName;
        for (const QJsonValue& port : previous)
            byName.insert(port.toObject().value(QStringLiteral("name")).toString(), nodePortOf(port));
        for (qsizetype i = 0; i < ports.size(); ++i) {
            if (nodePortOf(ports[i]) != 0)
                continue;
            const int old = byName.value(ports[i].toObject().value(QStringLiteral("name")).toString());
            if (old != 0 && !usedByBoth.contains(old))
                setNodePort(ports, i, old);
        }
    }
    if (previousNeedsNodePorts && !needsNodePorts) {
        // Only ports the Service already had: the user did not ask for new ones, so drop them all.
        const QSet<int> held = nodePortsOf(previous);
        const QSet<int> asked = nodePortsOf(ports);
        if (std::all_of(asked.begin(), asked.end(), [&held](int port) { return held.contains(port); })) {
            for (qsizetype i = 0; i < ports.size(); ++i)
                setNodePort(ports, i, 0);
        }
    }
}

} // namespace Netloom::Lab
