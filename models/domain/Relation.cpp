#include "models/domain/Relation.h"

#include "models/domain/Tr.h"

#include <array>

namespace Netloom::Domain {

namespace {

struct TypeInfo
{
    const char* machine;
    const char* display;
};

// Indexed by RelationType; machine names are a public format (JSON): never rename one.
constexpr std::array<TypeInfo, RelationTypeCount> kTypes = { {
    { "contains", QT_TRANSLATE_NOOP("Domain", "contains") },
    { "attachedTo", QT_TRANSLATE_NOOP("Domain", "attached to") },
    { "exposes", QT_TRANSLATE_NOOP("Domain", "exposes") },
    { "routesTo", QT_TRANSLATE_NOOP("Domain", "routes to") },
    { "secures", QT_TRANSLATE_NOOP("Domain", "secures") },
    { "resolvesTo", QT_TRANSLATE_NOOP("Domain", "resolves to") },
    { "selects", QT_TRANSLATE_NOOP("Domain", "selects") },
} };

} // namespace

QList<RelationType> allRelationTypes()
{
    QList<RelationType> types;
    types.reserve(RelationTypeCount);
    for (int i = 0; i < RelationTypeCount; ++i)
        types.append(static_cast<RelationType>(i));
    return types;
}

QString machineName(RelationType type)
{
    return QLatin1String(kTypes.at(static_cast<std::size_t>(type)).machine);
}

std::optional<RelationType> relationTypeFromName(QStringView name)
{
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        if (name == QLatin1String(kTypes[i].machine))
            return static_cast<RelationType>(i);
    }
    return std::nullopt;
}

QString displayName(RelationType type)
{
    return Tr::tr(kTypes.at(static_cast<std::size_t>(type)).display);
}

} // namespace Netloom::Domain
