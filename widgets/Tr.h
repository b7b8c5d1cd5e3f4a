#pragma once

#include <QCoreApplication>

namespace Netloom::Widgets {

/// The translation context of widgets/ ("Widgets") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Widgets)
};

} // namespace Netloom::Widgets
