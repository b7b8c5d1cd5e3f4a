#pragma once

#include "models/domain/Resource.h"
#include "models/domain/ResourceJson.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::Console {

/// Renders resources for `netloom inventory`: the documented JSON of models/domain (ResourceJson),
/// the same structure as YAML, or an aligned text table. Resources are sorted by id.
class InventoryPrinter final
{
public:
    enum class Format { Json, Yaml, Table };

    /// "json", "yaml", "table" (case-insensitive); false for anything else.
    static bool parseFormat(const QString& text, Format* format);

    /// Everything in @p inventory, with its resolved relations (Inventory::relationsOf).
    static QByteArray render(const Domain::Inventory& inventory, Format format);
    /// @p resources with the relations @p relationsOf gives (default: those stated in each resource).
    static QByteArray render(const QList<Domain::ResourcePtr>& resources, Format format,
        const Domain::ResourceJson::RelationsOf& relationsOf = {});
    static QByteArray toJson(
        const QList<Domain::ResourcePtr>& resources, const Domain::ResourceJson::RelationsOf& relationsOf = {});
    static QByteArray toYaml(
        const QList<Domain::ResourcePtr>& resources, const Domain::ResourceJson::RelationsOf& relationsOf = {});
    static QByteArray toTable(
        const QList<Domain::ResourcePtr>& resources, const Domain::ResourceJson::RelationsOf& relationsOf = {});
};

} // namespace Netloom::Console
