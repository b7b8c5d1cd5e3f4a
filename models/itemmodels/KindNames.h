#pragma once

#include "models/domain/ResourceKind.h"

#include <QString>

namespace Netloom::ItemModels {

/// Translated plural name of a kind, for group rows ("Services", "Ingress classes").
QString pluralName(Domain::ResourceKind kind);

} // namespace Netloom::ItemModels
