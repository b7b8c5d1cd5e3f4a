#pragma once

#include <QCoreApplication>

namespace Netloom::Cloud {

/// The translation context of models/cloud ("Cloud") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloud)
};

} // namespace Netloom::Cloud
