#pragma once

#include <QString>

namespace Netloom {

/// An error as a value: what the operator reads, and what an engineer needs to dig further.
/// Errors cross module boundaries this way, never as exceptions.
struct Error
{
    /// One sentence for the operator, already translated ("10.0.0.1/24 has host bits set").
    QString message;
    /// Technical detail for logs and the details pane (HTTP status, libcurl code, server text).
    /// Must never hold a secret.
    QString detail;

    Error() = default;
    explicit Error(QString message, QString detail = {});

    /// "message (detail)" or just the message when there is no detail.
    QString toString() const;
    bool operator==(const Error&) const = default;
};

} // namespace Netloom
