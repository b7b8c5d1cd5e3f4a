#pragma once

#include "models/core/Expected.h"
#include "models/domain/Cidr.h"

#include <QString>
#include <QStringView>

namespace Netloom::Cloud {

/// IONOS's rule for a LAN's IPv4 CIDR block (ipv4CidrBlock), as documented for the Terraform
/// provider's `ionoscloud_lan`: a private (RFC 1918) block, /23 to /28, aligned on its size.
/// Checked before a LAN is sent, so that the operator reads which rule failed instead of a 422.
///
/// Every failure names the rule: "LAN CIDR rule “aligned” (ionos.lan.cidr.aligned): ...".
class LanCidrRule final
{
public:
    LanCidrRule() = delete;

    /// Stable names of the three rules (they appear in the messages).
    static constexpr const char* Private = "ionos.lan.cidr.private";
    static constexpr const char* PrefixLength = "ionos.lan.cidr.prefix";
    static constexpr const char* Aligned = "ionos.lan.cidr.aligned";

    static constexpr int MinPrefixLength = 23;
    static constexpr int MaxPrefixLength = 28;

    /// The block if @p text satisfies every rule; else an Error whose message names the rule broken
    /// first (syntax, then family and private range, then prefix length, then alignment).
    static Expected<Domain::Cidr> check(QStringView text);
};

} // namespace Netloom::Cloud
