#pragma once

#include <QCoreApplication>

namespace Netloom::Console {

/// The translation context of app/console ("Console") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Console)
};

} // namespace Netloom::Console
