#include "models/domain/ResourceStatus.h"

#include "models/domain/Tr.h"

#include <array>

namespace Netloom::Domain {

namespace {

struct StateInfo
{
    const char* machine;
    const char* display;
};

constexpr std::array<StateInfo, 5> kStates = { {
    { "ok", QT_TRANSLATE_NOOP("Domain", "OK") },
    { "progressing", QT_TRANSLATE_NOOP("Domain", "Progressing") },
    { "warning", QT_TRANSLATE_NOOP("Domain", "Warning") },
    { "error", QT_TRANSLATE_NOOP("Domain", "Error") },
    { "unknown", QT_TRANSLATE_NOOP("Domain", "Unknown") },
} };
static_assert(kStates.size() == static_cast<std::size_t>(ResourceState::Unknown) + 1);

} // namespace

QString machineName(ResourceState state)
{
    return QLatin1String(kStates.at(static_cast<std::size_t>(state)).machine);
}

std::optional<ResourceState> resourceStateFromName(QStringView name)
{
    for (std::size_t i = 0; i < kStates.size(); ++i) {
        if (name == QLatin1String(kStates[i].machine))
            return static_cast<ResourceState>(i);
    }
    return std::nullopt;
}

QString displayName(ResourceState state)
{
    return Tr::tr(kStates.at(static_cast<std::size_t>(state)).display);
}

} // namespace Netloom::Domain
