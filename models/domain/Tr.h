#pragma once

#include <QCoreApplication>

namespace Netloom::Domain {

/// The translation context of models/domain ("Domain") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

} // namespace Netloom::Domain
