#include "app/lab/kube/ClusterIpAllocator.h"

#include <QStringList>

namespace Netloom::Lab {

namespace {

constexpr quint32 kBase = (10u << 24) | (96u << 16);
constexpr quint32 kSize = 1u << 20; // /12

} // namespace

ClusterIpAllocator::ClusterIpAllocator()
    : m_random(1096)
{
}

bool ClusterIpAllocator::parse(const QString& address, quint32& value)
{
    const QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    value = 0;
    for (const QString& part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255 || part.isEmpty() || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return false;
        value = (value << 8) | octet;
    }
    return true;
}

QString ClusterIpAllocator::format(quint32 value)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(value >> 24)
        .arg((value >> 16) & 0xff)
        .arg((value >> 8) & 0xff)
        .arg(value & 0xff);
}

Expected<QString> ClusterIpAllocator::allocate()
{
    if (m_used.size() >= static_cast<qsizetype>(kSize - 2))
        return Error(QStringLiteral("range is full"));
    for (;;) {
        // Skip the network and broadcast addresses and the first 16 (kept for well-known services).
        const quint32 candidate = kBase + 16 + m_random.bounded(kSize - 17);
        if (!m_used.contains(candidate)) {
            m_used.insert(candidate);
            return format(candidate);
        }
    }
}

Expected<void> ClusterIpAllocator::claim(const QString& address)
{
    quint32 value = 0;
    if (!parse(address, value))
        return Error(QStringLiteral("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
    if (value <= kBase || value >= kBase + kSize - 1)
        return Error(QStringLiteral(
            "failed to allocate IP %1: the provided IP (%1) is not in the valid range. The range of valid IPs is %2")
                         .arg(address, serviceCidr()));
    if (m_used.contains(value))
        return Error(QStringLiteral("failed to allocate IP %1: provided IP is already allocated").arg(address));
    m_used.insert(value);
    return {};
}

void ClusterIpAllocator::release(const QString& address)
{
    quint32 value = 0;
    if (parse(address, value))
        m_used.remove(value);
}

void ClusterIpAllocator::clear()
{
    m_used.clear();
}

bool ClusterIpAllocator::isAllocated(const QString& address) const
{
    quint32 value = 0;
    return parse(address, value) && m_used.contains(value);
}

} // namespace Netloom::Lab
