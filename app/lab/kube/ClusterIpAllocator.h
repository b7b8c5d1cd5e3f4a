#pragma once

#include "models/core/Expected.h"

#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace Netloom::Lab {

/// Hands out Service cluster IPs from the service CIDR 10.96.0.0/12, like the API server's
/// allocator: random free addresses, a requested address only if it is inside and free.
class ClusterIpAllocator final
{
public:
    ClusterIpAllocator();

    static QString serviceCidr() { return QStringLiteral("10.96.0.0/12"); }

    /// A free address (deterministic sequence, so the demo looks the same on every start).
    Expected<QString> allocate();
    /// Claims a specific address; an error names why it cannot be used.
    Expected<void> claim(const QString& address);
    void release(const QString& address);
    void clear();
    bool isAllocated(const QString& address) const;

private:
    static bool parse(const QString& address, quint32& value);
    static QString format(quint32 value);

    QSet<quint32> m_used;
    QRandomGenerator m_random;
};

} // namespace Netloom::Lab
