#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Netloom::Kube {

/// The `exec` section of a kubeconfig user: a credential plugin (client.authentication.k8s.io v1
/// or v1beta1) that prints an ExecCredential. Read as client-go reads it; run by
/// ExecCredentialProvider, and only once the operator approved exactly this command, arguments and
/// environment for this kubeconfig file (ExecApprovals).
struct ExecPlugin
{
    enum class Interactive { Never, IfAvailable, Always };

    QString apiVersion; ///< client.authentication.k8s.io/v1 or /v1beta1
    QString command;    ///< as written in the kubeconfig
    QStringList args;
    QList<QPair<QString, QString>> env; ///< added to the console's own environment, in order
    QString installHint;
    bool provideClusterInfo = false;
    Interactive interactiveMode = Interactive::IfAvailable;
    QString kubeconfigFile; ///< the file that declared the user: approvals are kept per file
    QString userName;

    static constexpr QLatin1StringView V1 { "client.authentication.k8s.io/v1" };
    static constexpr QLatin1StringView V1Beta1 { "client.authentication.k8s.io/v1beta1" };

    /// The program that runs: a command with a slash is relative to the kubeconfig's folder (as
    /// client-go does), one without is looked up in PATH (empty when not found).
    QString program() const;
    /// One line a shell would run, environment first: `FOO=bar ./bin/plug --a b` (for the approval
    /// dialog and for messages; shell-quoted where needed).
    QString commandLine() const;
    /// SHA-256 (hex) of what an approval covers: the file, the command, the arguments and the
    /// environment. Any change asks again.
    QByteArray fingerprint() const;
    static QString interactiveName(Interactive mode);
};

/// What a plugin printed. Holds secrets: never log it.
struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiry; ///< invalid: does not expire

    bool isValidAt(const QDateTime& now) const { return !expiry.isValid() || now < expiry; }

    /// Parses a plugin's stdout as client-go does: an ExecCredential of the requested apiVersion,
    /// with a token or a client certificate and its key. Errors name the plugin, never a value.
    static Expected<ExecCredential> parse(const QByteArray& output, const ExecPlugin& plugin);
};

/// The operator's approvals of exec plugins, per kubeconfig file, kept in the settings (shared by
/// the console and `netloom inventory`). An approval covers ExecPlugin::fingerprint(): the same
/// command with other arguments or environment asks again.
class ExecApprovals final
{
public:
    static bool isApproved(const ExecPlugin& plugin);
    static void approve(const ExecPlugin& plugin);
    static void revoke(const ExecPlugin& plugin);
};

} // namespace Netloom::Kube
