#pragma once

#include <QString>

#include <optional>

namespace Netloom::Cloud {

/// What an operator asks of a subnet (an IONOS LAN): unset fields are left as they are on update.
struct SubnetSpec
{
    std::optional<QString> name;
    std::optional<bool> isPublic;
    /// "10.7.0.0/24": checked against the provider's rules before anything is sent.
    std::optional<QString> ipv4Cidr;
};

} // namespace Netloom::Cloud
