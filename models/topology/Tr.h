#pragma once

#include <QCoreApplication>

namespace Netloom::Topology {

/// The translation context of models/topology ("Topology") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Topology)
};

} // namespace Netloom::Topology
