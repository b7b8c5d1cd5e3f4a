#pragma once

#include <QCoreApplication>

namespace Netloom::Kube {

/// The translation context of models/kube ("Kube") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kube)
};

} // namespace Netloom::Kube
