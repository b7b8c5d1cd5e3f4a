#include "models/cloud/LanCidrRule.h"

#include "models/cloud/Tr.h"
#include "models/domain/IpAddress.h"

#include <array>

namespace Netloom::Cloud {

using Domain::Cidr;
using Domain::IpAddress;

namespace {

Error broken(const char* rule, const QString& title, const QString& why)
{
    return Error(Tr::tr("LAN CIDR rule “%1” (%2): %3").arg(title, QLatin1String(rule), why),
        QStringLiteral("rule %1").arg(QLatin1String(rule)));
}

bool isRfc1918(const Cidr& block)
{
    static const std::array<Cidr, 3> ranges = { Cidr::parse(u"10.0.0.0/8").value(),
        Cidr::parse(u"172.16.0.0/12").value(), Cidr::parse(u"192.168.0.0/16").value() };
    for (const Cidr& range : ranges) {
        if (range.contains(block))
            return true;
    }
    return false;
}

} // namespace

Expected<Cidr> LanCidrRule::check(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const Expected<Cidr> block = Cidr::normalised(trimmed);
    if (!block)
        return block.error();
    const QString written = trimmed.toString();
    if (!block->isV4())
        return broken(Private, Tr::tr("private"),
            Tr::tr("%1 is not an IPv4 block; a LAN's ipv4CidrBlock must lie in 10.0.0.0/8, 172.16.0.0/12 or "
                   "192.168.0.0/16 (RFC 1918)")
                .arg(written));
    if (!isRfc1918(*block))
        return broken(Private, Tr::tr("private"),
            Tr::tr("%1 is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)").arg(written));
    if (block->prefixLength() < MinPrefixLength || block->prefixLength() > MaxPrefixLength)
        return broken(PrefixLength, Tr::tr("prefix /%1 to /%2").arg(MinPrefixLength).arg(MaxPrefixLength),
            Tr::tr("%1 is a /%2; IONOS accepts /%3 to /%4")
                .arg(written)
                .arg(block->prefixLength())
                .arg(MinPrefixLength)
                .arg(MaxPrefixLength));
    const Expected<Cidr> strict = Cidr::parse(trimmed);
    if (!strict)
        return broken(Aligned, Tr::tr("aligned"),
            Tr::tr("%1 does not start on a /%2 boundary (did you mean %3?)")
                .arg(written)
                .arg(block->prefixLength())
                .arg(block->toString()));
    return *strict;
}

} // namespace Netloom::Cloud
