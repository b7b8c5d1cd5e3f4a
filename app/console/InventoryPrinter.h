#pragma once

#include "models/domain/Resource.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Netloom::Console {

/// Renders resources for `netloom inventory`: the documented JSON of models/domain (ResourceJson),
/// the same structure as YAML, or an aligned text table. Resources are sorted by id.
class InventoryPrinter final
{
public:
    enum class Format { Json, Yaml, Table };

    /// "json", "yaml", "table" (case-insensitive); false for anything else.
    static bool parseFormat(const QString& text, Format* format);

    static QByteArray render(const QList<Domain::ResourcePtr>& resources, Format format);
    static QByteArray toJson(const QList<Domain::ResourcePtr>& resources);
    static QByteArray toYaml(const QList<Domain::ResourcePtr>& resources);
    static QByteArray toTable(const QList<Domain::ResourcePtr>& resources);
};

} // namespace Netloom::Console
