#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QString>

namespace Netloom::Lab {

/// Writes the kubeconfig that points kubectl (and the console) at the lab: cluster "netloom-lab"
/// with the CA inline, a user with the bearer token, context "netloom-lab" as current context.
class KubeconfigWriter final
{
public:
    static QByteArray render(quint16 port, const QByteArray& caPem, const QString& token);
    /// Written atomically, readable by the owner only (it holds the token).
    static Expected<void> write(const QString& path, quint16 port, const QByteArray& caPem, const QString& token);
};

} // namespace Netloom::Lab
