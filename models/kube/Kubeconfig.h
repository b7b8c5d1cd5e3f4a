#pragma once

#include "models/core/Expected.h"
#include "models/kube/ConnectionConfig.h"
#include "models/kube/ExecPlugin.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Netloom::Kube {

/// A `clusters[]` entry of a kubeconfig. Paths are already absolute (relative ones are resolved
/// against the folder of the file that declared them, as kubectl does).
struct KubeconfigCluster
{
    QString name;
    QString server;
    QString certificateAuthority;        ///< absolute path, or empty
    QByteArray certificateAuthorityData; ///< decoded PEM, or empty
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString sourceFile; ///< the file that declared it
};

/// A `users[]` entry. Holds secrets: never log it, never copy it into an Error.
struct KubeconfigUser
{
    QString name;
    QByteArray token;
    QString tokenFile; ///< absolute path, or empty
    QString clientCertificate; ///< absolute path, or empty
    QByteArray clientCertificateData;
    QString clientKey; ///< absolute path, or empty
    QByteArray clientKeyData;
    QString username;
    QString password;
    std::optional<ExecPlugin> exec; ///< an exec credential plugin (client.authentication.k8s.io v1/v1beta1)
    QString execProblem; ///< why the exec section cannot be used ("file:line:col: ..."): this user only
    QString authProvider; ///< set when the user uses an auth-provider (not supported yet)
    QString sourceFile;
};

/// A `contexts[]` entry.
struct KubeconfigContext
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName;
    QString sourceFile;
};

/// A kubeconfig, possibly merged from several files like kubectl does with KUBECONFIG:
/// for clusters, users and contexts the first file that names an entry wins; current-context comes
/// from the first file that sets a non-empty one. A plain value; loading reads files synchronously
/// (they are small).
class Kubeconfig final
{
public:
    Kubeconfig() = default;

    /// Parses one file.
    static Expected<Kubeconfig> loadFile(const QString& path);
    /// Parses and merges several files in order. Missing files are skipped (as kubectl does) as long
    /// as one exists; empty entries are ignored.
    static Expected<Kubeconfig> loadFiles(const QStringList& paths);
    /// KUBECONFIG (colon-separated) when set and not empty, else ~/.kube/config.
    static Expected<Kubeconfig> loadDefault();
    /// @p explicitPath when not empty, else loadDefault().
    static Expected<Kubeconfig> load(const QString& explicitPath);
    /// Parses YAML text; @p sourcePath names it in errors and resolves relative paths.
    static Expected<Kubeconfig> parse(const QByteArray& yaml, const QString& sourcePath);

    /// The files this config was read from, in merge order.
    const QStringList& files() const { return m_files; }
    /// The files joined with ':' for error messages.
    QString filesText() const;
    QString currentContext() const { return m_currentContext; }
    const QList<KubeconfigCluster>& clusters() const { return m_clusters; }
    const QList<KubeconfigUser>& users() const { return m_users; }
    const QList<KubeconfigContext>& contexts() const { return m_contexts; }
    QStringList contextNames() const;

    const KubeconfigCluster* cluster(const QString& name) const;
    const KubeconfigUser* user(const QString& name) const;
    const KubeconfigContext* context(const QString& name) const;

    /// Everything needed to connect with context @p contextName (empty: the current context): reads
    /// the referenced certificate, key and token files. Errors name the context, the entry and the
    /// file, never a secret.
    Expected<ConnectionConfig> resolve(const QString& contextName = {}) const;

private:
    void mergeFrom(const Kubeconfig& other);

    QStringList m_files;
    QString m_currentContext;
    QList<KubeconfigCluster> m_clusters;
    QList<KubeconfigUser> m_users;
    QList<KubeconfigContext> m_contexts;
};

} // namespace Netloom::Kube
