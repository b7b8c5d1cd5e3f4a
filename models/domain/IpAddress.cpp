#include "models/domain/IpAddress.h"

#include "models/domain/Tr.h"

#include <QHashFunctions>
#include <QList>

#include <algorithm>
#include <array>

namespace Netloom::Domain {

namespace {

// Host-bit mask for a block with @p hostBits host bits (0..128) without shifting by 128.
UInt128 lowBits(int hostBits)
{
    return hostBits >= 128 ? ~UInt128(0) : (UInt128(1) << hostBits) - 1;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int hexDigitValue(QChar c)
{
    if (isAsciiDigit(c))
        return c.unicode() - u'0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - u'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - u'A' + 10;
    return -1;
}

bool containsWhitespace(QStringView text)
{
    for (QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// Parses a strict dotted quad; on failure @p reason says which part is wrong.
std::optional<quint32> parseV4(QStringView text, QString* reason)
{
    const QList<QStringView> octets = text.split(QLatin1Char('.'));
    if (octets.size() != 4) {
        *reason = Tr::tr("expected 4 octets, found %1").arg(octets.size());
        return std::nullopt;
    }
    quint32 value = 0;
    for (qsizetype i = 0; i < octets.size(); ++i) {
        const QStringView octet = octets.at(i);
        if (octet.isEmpty()) {
            *reason = Tr::tr("octet %1 is empty").arg(i + 1);
            return std::nullopt;
        }
        if (!std::all_of(octet.begin(), octet.end(), isAsciiDigit)) {
            *reason = Tr::tr("octet '%1' is not a decimal number").arg(octet.toString());
            return std::nullopt;
        }
        if (octet.size() > 1 && octet.front() == QLatin1Char('0')) {
            *reason = Tr::tr("octet '%1' has a leading zero").arg(octet.toString());
            return std::nullopt;
        }
        int number = 0;
        for (QChar c : octet) {
            number = number * 10 + (c.unicode() - u'0');
            if (number > 255)
                break;
        }
        if (number > 255) {
            *reason = Tr::tr("octet '%1' is greater than 255").arg(octet.toString());
            return std::nullopt;
        }
        value = (value << 8) | static_cast<quint32>(number);
    }
    return value;
}

// Appends the 16-bit groups of one side of "::" to @p groups; @p mayEndWithV4 allows an embedded
// IPv4 address as the last group.
bool parseV6Groups(QStringView side, bool mayEndWithV4, QList<quint16>* groups, QString* reason)
{
    if (side.isEmpty())
        return true;
    const QList<QStringView> parts = side.split(QLatin1Char(':'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if (part.contains(QLatin1Char('.'))) {
            if (!mayEndWithV4 || i != parts.size() - 1) {
                *reason = Tr::tr("embedded IPv4 part '%1' must come last").arg(part.toString());
                return false;
            }
            QString v4Reason;
            const std::optional<quint32> v4 = parseV4(part, &v4Reason);
            if (!v4) {
                *reason = Tr::tr("embedded IPv4 part '%1' is invalid: %2").arg(part.toString(), v4Reason);
                return false;
            }
            groups->append(static_cast<quint16>(*v4 >> 16));
            groups->append(static_cast<quint16>(*v4 & 0xffff));
            continue;
        }
        if (part.isEmpty()) {
            *reason = Tr::tr("group %1 is empty").arg(groups->size() + 1);
            return false;
        }
        if (!std::all_of(part.begin(), part.end(), [](QChar c) { return hexDigitValue(c) >= 0; })) {
            *reason = Tr::tr("group '%1' is not hexadecimal").arg(part.toString());
            return false;
        }
        if (part.size() > 4) {
            *reason = Tr::tr("group '%1' has more than 4 hex digits").arg(part.toString());
            return false;
        }
        quint16 group = 0;
        for (QChar c : part)
            group = static_cast<quint16>((group << 4) | hexDigitValue(c));
        groups->append(group);
    }
    return true;
}

std::optional<UInt128> parseV6(QStringView text, QString* reason)
{
    const qsizetype zone = text.indexOf(QLatin1Char('%'));
    if (zone >= 0) {
        *reason = Tr::tr("zone index '%1' is not supported").arg(text.mid(zone).toString());
        return std::nullopt;
    }
    if (text.contains(u":::")) {
        *reason = Tr::tr("it contains ':::'");
        return std::nullopt;
    }
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 2) >= 0) {
        *reason = Tr::tr("'::' appears more than once");
        return std::nullopt;
    }
    const QStringView head = gap >= 0 ? text.left(gap) : text;
    const QStringView tail = gap >= 0 ? text.mid(gap + 2) : QStringView();
    if (head.startsWith(QLatin1Char(':'))) {
        *reason = Tr::tr("it starts with a single ':'");
        return std::nullopt;
    }
    if ((gap < 0 && head.endsWith(QLatin1Char(':'))) || tail.endsWith(QLatin1Char(':'))) {
        *reason = Tr::tr("it ends with a single ':'");
        return std::nullopt;
    }
    QList<quint16> headGroups;
    QList<quint16> tailGroups;
    if (!parseV6Groups(head, gap < 0, &headGroups, reason) || !parseV6Groups(tail, true, &tailGroups, reason))
        return std::nullopt;
    const qsizetype total = headGroups.size() + tailGroups.size();
    if (gap < 0 && total != 8) {
        *reason = Tr::tr("expected 8 groups, found %1").arg(total);
        return std::nullopt;
    }
    if (gap >= 0 && total > 7) {
        *reason = Tr::tr("found %1 groups besides '::', at most 7 are allowed").arg(total);
        return std::nullopt;
    }
    std::array<quint16, 8> groups {};
    std::copy(headGroups.cbegin(), headGroups.cend(), groups.begin());
    std::copy(tailGroups.cbegin(), tailGroups.cend(), groups.end() - tailGroups.size());
    UInt128 value = 0;
    for (quint16 group : groups)
        value = (value << 16) | group;
    return value;
}

QString v4ToString(quint32 value)
{
    return QString::number(value >> 24) + QLatin1Char('.') + QString::number((value >> 16) & 0xff) + QLatin1Char('.')
        + QString::number((value >> 8) & 0xff) + QLatin1Char('.') + QString::number(value & 0xff);
}

QString v6ToString(UInt128 value)
{
    std::array<quint16, 8> groups {};
    for (int i = 7; i >= 0; --i) {
        groups[static_cast<size_t>(i)] = static_cast<quint16>(value & 0xffff);
        value >>= 16;
    }
    // RFC 5952 4.2: compress the longest run of at least two zero groups, the first on ties.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[static_cast<size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[static_cast<size_t>(j)] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        text += QString::number(groups[static_cast<size_t>(i)], 16);
    }
    return text;
}

QString quoted(QStringView text)
{
    // Keep messages readable when someone pastes a whole file into the field.
    constexpr qsizetype maxLength = 60;
    if (text.size() <= maxLength)
        return text.toString();
    return text.left(maxLength).toString() + QChar(0x2026);
}

} // namespace

IpAddress::IpAddress(Family family, UInt128 value)
    : m_value(value)
    , m_family(family)
{
}

IpAddress IpAddress::fromV4(quint32 value)
{
    return IpAddress(Family::V4, value);
}

IpAddress IpAddress::fromV6(UInt128 value)
{
    return IpAddress(Family::V6, value);
}

IpAddress IpAddress::fromV6(quint64 high, quint64 low)
{
    return IpAddress(Family::V6, (UInt128(high) << 64) | low);
}

IpAddress IpAddress::fromValue(Family family, UInt128 value)
{
    return IpAddress(family, value & maxValue(family));
}

Expected<IpAddress> IpAddress::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Tr::tr("Empty address: enter one such as 10.0.0.1 or 2001:db8::1"));
    if (containsWhitespace(trimmed))
        return Error(Tr::tr("'%1' contains white space").arg(quoted(trimmed)));
    QString reason;
    if (trimmed.contains(QLatin1Char(':'))) {
        if (const std::optional<UInt128> value = parseV6(trimmed, &reason))
            return fromV6(*value);
        return Error(Tr::tr("'%1' is not a valid IPv6 address: %2").arg(quoted(trimmed), reason));
    }
    const bool looksV4
        = std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return isAsciiDigit(c) || c == QLatin1Char('.'); })
        || trimmed.contains(QLatin1Char('.'));
    if (!looksV4)
        return Error(Tr::tr("'%1' is not an IPv4 or IPv6 address").arg(quoted(trimmed)));
    if (const std::optional<quint32> value = parseV4(trimmed, &reason))
        return fromV4(*value);
    return Error(Tr::tr("'%1' is not a valid IPv4 address: %2").arg(quoted(trimmed), reason));
}

int IpAddress::bitWidth(Family family)
{
    return family == Family::V4 ? 32 : 128;
}

QString IpAddress::familyName(Family family)
{
    return family == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

UInt128 IpAddress::maxValue(Family family)
{
    return lowBits(bitWidth(family));
}

IpAddress IpAddress::netmask(Family family, int prefixLength)
{
    Q_ASSERT(prefixLength >= 0 && prefixLength <= bitWidth(family));
    return IpAddress(family, maxValue(family) & ~lowBits(bitWidth(family) - prefixLength));
}

IpAddress IpAddress::hostmask(Family family, int prefixLength)
{
    Q_ASSERT(prefixLength >= 0 && prefixLength <= bitWidth(family));
    return IpAddress(family, lowBits(bitWidth(family) - prefixLength));
}

std::optional<int> IpAddress::prefixLengthOfNetmask(const IpAddress& mask)
{
    const int width = mask.bitWidth();
    for (int prefix = 0; prefix <= width; ++prefix) {
        if (netmask(mask.family(), prefix) == mask)
            return prefix;
    }
    return std::nullopt;
}

bool IpAddress::isV4Mapped() const
{
    return isV6() && (m_value >> 32) == 0xffff;
}

QString IpAddress::toString() const
{
    if (isV4())
        return v4ToString(static_cast<quint32>(m_value));
    if (isV4Mapped())
        return QStringLiteral("::ffff:") + v4ToString(static_cast<quint32>(m_value));
    return v6ToString(m_value);
}

std::optional<IpAddress> IpAddress::plus(UInt128 offset) const
{
    if (offset > maxValue(m_family) - m_value)
        return std::nullopt;
    return IpAddress(m_family, m_value + offset);
}

std::optional<IpAddress> IpAddress::minus(UInt128 offset) const
{
    if (offset > m_value)
        return std::nullopt;
    return IpAddress(m_family, m_value - offset);
}

std::optional<IpAddress> IpAddress::next() const
{
    return plus(1);
}

std::optional<IpAddress> IpAddress::previous() const
{
    return minus(1);
}

UInt128 IpAddress::distanceTo(const IpAddress& other) const
{
    Q_ASSERT(m_family == other.m_family);
    return other.m_value >= m_value ? other.m_value - m_value : m_value - other.m_value;
}

IpAddress IpAddress::masked(int prefixLength) const
{
    return IpAddress(m_family, m_value & netmask(m_family, prefixLength).m_value);
}

bool IpAddress::hasHostBits(int prefixLength) const
{
    return (m_value & hostmask(m_family, prefixLength).m_value) != 0;
}

std::strong_ordering IpAddress::operator<=>(const IpAddress& other) const
{
    if (m_family != other.m_family)
        return m_family < other.m_family ? std::strong_ordering::less : std::strong_ordering::greater;
    if (m_value == other.m_value)
        return std::strong_ordering::equal;
    return m_value < other.m_value ? std::strong_ordering::less : std::strong_ordering::greater;
}

size_t qHash(const IpAddress& address, size_t seed)
{
    return qHashMulti(seed, static_cast<int>(address.family()), address.high64(), address.low64());
}

} // namespace Netloom::Domain
