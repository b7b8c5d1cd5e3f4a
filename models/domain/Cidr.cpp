#include "models/domain/Cidr.h"

#include "models/domain/Tr.h"

#include <QHashFunctions>

#include <algorithm>

namespace Netloom::Domain {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxLength = 60;
    if (text.size() <= maxLength)
        return text.toString();
    return text.left(maxLength).toString() + QChar(0x2026);
}

QString examplePrefix(IpAddress::Family family)
{
    return family == IpAddress::Family::V4 ? QStringLiteral("/24") : QStringLiteral("/64");
}

Error outOfRange(IpAddress::Family family, const QString& prefixText)
{
    return family == IpAddress::Family::V4 ? Error(Tr::tr("/%1 is out of range for IPv4").arg(prefixText))
                                           : Error(Tr::tr("/%1 is out of range for IPv6").arg(prefixText));
}

struct Parts
{
    IpAddress address;
    int prefixLength = 0;
};

// Everything parse() and normalised() share: syntax, address and prefix range, not host bits.
Expected<Parts> parseParts(QStringView text, Cidr::ParseOptions options)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Tr::tr("Empty CIDR: enter one such as 10.0.0.0/16 or 2001:db8::/32"));
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return Error(Tr::tr("'%1' contains white space").arg(quoted(trimmed)));
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash >= 0 && trimmed.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return Error(Tr::tr("'%1' has more than one '/'").arg(quoted(trimmed)));
    const QStringView addressText = slash >= 0 ? trimmed.left(slash) : trimmed;
    if (addressText.isEmpty())
        return Error(Tr::tr("'%1' has no address before '/'").arg(quoted(trimmed)));
    const bool looksLikeAddress = addressText.contains(QLatin1Char(':')) || addressText.contains(QLatin1Char('.'))
        || std::all_of(addressText.begin(), addressText.end(), isAsciiDigit);
    if (!looksLikeAddress)
        return Error(Tr::tr("'%1' is not an IPv4 or IPv6 CIDR").arg(quoted(trimmed)));

    Expected<IpAddress> address = IpAddress::parse(addressText);
    if (!address)
        return address.error();
    const IpAddress::Family family = address->family();

    if (slash < 0) {
        if (options.testFlag(Cidr::ParseOption::AllowBareAddress))
            return Parts { *address, address->bitWidth() };
        return Error(
            Tr::tr("'%1' has no prefix length: add one such as %2").arg(quoted(trimmed), examplePrefix(family)));
    }
    const QStringView prefixText = trimmed.mid(slash + 1);
    if (prefixText.isEmpty())
        return Error(Tr::tr("'%1' has no prefix length after '/': add one such as %2")
                         .arg(quoted(trimmed), examplePrefix(family)));
    if (!std::all_of(prefixText.begin(), prefixText.end(), isAsciiDigit))
        return Error(Tr::tr("prefix length '%1' is not a number").arg(quoted(prefixText)));
    if (prefixText.size() > 1 && prefixText.front() == QLatin1Char('0'))
        return Error(Tr::tr("prefix length '%1' has a leading zero").arg(quoted(prefixText)));
    int prefixLength = 0;
    for (QChar c : prefixText) {
        prefixLength = prefixLength * 10 + (c.unicode() - u'0');
        if (prefixLength > address->bitWidth())
            return outOfRange(family, quoted(prefixText));
    }
    return Parts { *address, prefixLength };
}

} // namespace

Cidr::Cidr(const IpAddress& network, int prefixLength)
    : m_network(network)
    , m_prefixLength(prefixLength)
{
}

Expected<Cidr> Cidr::parse(QStringView text, ParseOptions options)
{
    Expected<Parts> parts = parseParts(text, options);
    if (!parts)
        return parts.error();
    return create(parts->address, parts->prefixLength);
}

Expected<Cidr> Cidr::normalised(QStringView text, ParseOptions options)
{
    Expected<Parts> parts = parseParts(text, options);
    if (!parts)
        return parts.error();
    return containing(parts->address, parts->prefixLength);
}

Expected<Cidr> Cidr::create(const IpAddress& network, int prefixLength)
{
    if (Expected<void> valid = checkPrefixLength(network.family(), prefixLength); !valid)
        return valid.error();
    if (network.hasHostBits(prefixLength)) {
        const QString given = network.toString() + QLatin1Char('/') + QString::number(prefixLength);
        const Cidr suggestion(network.masked(prefixLength), prefixLength);
        return Error(Tr::tr("%1 has host bits set (did you mean %2?)").arg(given, suggestion.toString()));
    }
    return Cidr(network, prefixLength);
}

Expected<Cidr> Cidr::containing(const IpAddress& address, int prefixLength)
{
    if (Expected<void> valid = checkPrefixLength(address.family(), prefixLength); !valid)
        return valid.error();
    return Cidr(address.masked(prefixLength), prefixLength);
}

Cidr Cidr::host(const IpAddress& address)
{
    return Cidr(address, address.bitWidth());
}

Expected<void> Cidr::checkPrefixLength(IpAddress::Family family, int prefixLength)
{
    if (prefixLength < 0 || prefixLength > IpAddress::bitWidth(family))
        return outOfRange(family, QString::number(prefixLength));
    return {};
}

IpAddress Cidr::last() const
{
    return IpAddress::fromValue(family(), m_network.value() | hostmask().value());
}

IpAddress Cidr::netmask() const
{
    return IpAddress::netmask(family(), m_prefixLength);
}

IpAddress Cidr::hostmask() const
{
    return IpAddress::hostmask(family(), m_prefixLength);
}

AddressCount Cidr::addressCount() const
{
    return AddressCount::powerOfTwo(bitWidth() - m_prefixLength);
}

bool Cidr::contains(const IpAddress& address) const
{
    return address.family() == family() && address.masked(m_prefixLength) == m_network;
}

bool Cidr::contains(const Cidr& other) const
{
    return other.family() == family() && other.m_prefixLength >= m_prefixLength && contains(other.m_network);
}

bool Cidr::overlaps(const Cidr& other) const
{
    // Two aligned blocks overlap only when one contains the other.
    return contains(other) || other.contains(*this);
}

Expected<QList<Cidr>> Cidr::split(int newPrefixLength, int maxPieces) const
{
    if (Expected<void> valid = checkPrefixLength(family(), newPrefixLength); !valid)
        return valid.error();
    if (newPrefixLength < m_prefixLength)
        return Error(Tr::tr("cannot split %1 into /%2 blocks: the new prefix must be /%3 or longer")
                         .arg(toString(), QString::number(newPrefixLength), QString::number(m_prefixLength)));
    const int extraBits = newPrefixLength - m_prefixLength;
    const AddressCount pieces = AddressCount::powerOfTwo(extraBits);
    if (pieces > AddressCount(UInt128(std::max(maxPieces, 0))))
        return Error(
            Tr::tr("splitting %1 into /%2 blocks gives %3 pieces, more than the limit of %4")
                .arg(toString(), QString::number(newPrefixLength), pieces.toString(), QString::number(maxPieces)));
    const int count = 1 << extraBits; // extraBits <= 30 here since maxPieces is an int
    const int hostBits = bitWidth() - newPrefixLength;
    QList<Cidr> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        const UInt128 offset = hostBits >= 128 ? 0 : UInt128(static_cast<unsigned>(i)) << hostBits;
        result.append(Cidr(IpAddress::fromValue(family(), m_network.value() + offset), newPrefixLength));
    }
    return result;
}

Expected<Cidr> Cidr::supernet(int newPrefixLength) const
{
    if (Expected<void> valid = checkPrefixLength(family(), newPrefixLength); !valid)
        return valid.error();
    if (newPrefixLength > m_prefixLength)
        return Error(Tr::tr("cannot widen %1 to /%2: the new prefix must be /%3 or shorter")
                         .arg(toString(), QString::number(newPrefixLength), QString::number(m_prefixLength)));
    return Cidr(m_network.masked(newPrefixLength), newPrefixLength);
}

QString Cidr::toString() const
{
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefixLength);
}

std::strong_ordering Cidr::operator<=>(const Cidr& other) const
{
    if (const std::strong_ordering byNetwork = m_network <=> other.m_network; byNetwork != 0)
        return byNetwork;
    return m_prefixLength <=> other.m_prefixLength;
}

size_t qHash(const Cidr& cidr, size_t seed)
{
    return qHashMulti(seed, cidr.network(), cidr.prefixLength());
}

} // namespace Netloom::Domain
