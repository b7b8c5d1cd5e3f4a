#pragma once

#include <QCoreApplication>

namespace Netloom::Net {

/// The module's one translation context, for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Net)
};

} // namespace Netloom::Net
