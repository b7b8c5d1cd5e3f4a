#pragma once

#include <QCoreApplication>

namespace Netloom::ItemModels {

/// The translation context of models/itemmodels ("ItemModels") for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ItemModels)
};

} // namespace Netloom::ItemModels
