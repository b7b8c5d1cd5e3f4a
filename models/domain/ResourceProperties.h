#pragma once

#include "models/domain/Resource.h"

#include <QList>
#include <QString>

namespace Netloom::Domain {

/// One row of the inspector / `--format table`: translated label and display text.
struct DisplayProperty
{
    QString label;
    QString value;

    bool operator==(const DisplayProperty&) const = default;
};

/// The display properties of @p resource, in a stable order: the common fields (kind, name,
/// namespace, status, origin, created, labels, ...) first, then the kind-specific details.
/// Empty values (empty text, empty lists, invalid dates) are left out; booleans read "yes"/"no".
/// The "Relations" row lists @p relations (the Inventory's resolved ones: Inventory::relationsOf).
QList<DisplayProperty> displayProperties(const Resource& resource, const QList<Relation>& relations);
/// Same, with the relations stated in the resource itself (Resource::relations).
QList<DisplayProperty> displayProperties(const Resource& resource);

} // namespace Netloom::Domain
