#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Netloom::Domain {

/// Health of a resource as the console shows it.
enum class ResourceState : quint8 {
    Ok,
    Progressing, ///< being created / updated / rolled out
    Warning,
    Error,
    Unknown,
};

/// Stable machine name: "ok", "progressing", "warning", "error", "unknown".
QString machineName(ResourceState state);
/// The state whose machineName() is @p name, or nullopt.
std::optional<ResourceState> resourceStateFromName(QStringView name);
/// Translated, user-visible name.
QString displayName(ResourceState state);

/// State plus a short human-readable reason ("2/3 endpoints ready").
struct ResourceStatus
{
    ResourceState state = ResourceState::Unknown;
    QString message;

    bool operator==(const ResourceStatus&) const = default;
};

} // namespace Netloom::Domain
