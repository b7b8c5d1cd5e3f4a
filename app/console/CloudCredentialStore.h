#pragma once

#include "models/core/Error.h"
#include "models/core/Expected.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Netloom::Console {

/// The secrets of the cloud accounts the console keeps (an API token, or a password), in the OS
/// keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux. Never a plain
/// file and no insecure fallback: without a keychain, storing fails with the keychain's message.
/// Asynchronous (the Secret Service may ask the user to unlock): callbacks run on this object's
/// thread, never after it was destroyed. Entries are service "netloom-cloud", key the profile name.
class CloudCredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudCredentialStore)

public:
    static constexpr const char* Service = "netloom-cloud";

    explicit CloudCredentialStore(QObject* parent = nullptr);
    ~CloudCredentialStore() override;

    /// Stores @p secret for @p profile (replacing what was there); @p done gets the error, if any.
    void store(const QString& profile, const QByteArray& secret, std::function<void(std::optional<Error>)> done);
    /// Reads the secret of @p profile.
    void read(const QString& profile, std::function<void(Expected<QByteArray>)> done);
    /// Removes the secret of @p profile.
    void remove(const QString& profile, std::function<void(std::optional<Error>)> done);
};

} // namespace Netloom::Console
