#pragma once

#include <QString>

namespace Netloom::Cloud {

/// A block of public IPs to reserve (an IONOS IP block). The provider picks the addresses.
struct IpBlockSpec
{
    QString name;
    QString location; ///< "de/fra"
    int size = 1;
};

} // namespace Netloom::Cloud
