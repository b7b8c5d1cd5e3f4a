#include "models/kube/Kubeconfig.h"

#include "models/kube/Tr.h"
#include "models/net/Redactor.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <string>

namespace Netloom::Kube {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString where(const QString& path, const YAML::Mark& mark)
{
    if (mark.is_null())
        return path;
    return QStringLiteral("%1:%2:%3").arg(path).arg(mark.line + 1).arg(mark.column + 1);
}

// Reads a kubeconfig structure; every error names the file, line and column.
class Reader
{
public:
    explicit Reader(QString path)
        : m_path(std::move(path))
        , m_folder(QFileInfo(m_path).absolutePath())
    {
    }

    std::optional<Error> error;

    Error fail(const YAML::Node& node, const QString& what)
    {
        Error e(Tr::tr("%1: %2").arg(where(m_path, node.Mark()), what));
        if (!error)
            error = e;
        return e;
    }

    // Scalar text of map key @p key, empty when absent or null.
    QString text(const YAML::Node& map, const char* key)
    {
        const YAML::Node node = map[key];
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            fail(node, Tr::tr("\"%1\" must be a string").arg(QString::fromLatin1(key)));
            return {};
        }
        return fromStd(node.Scalar());
    }

    bool boolean(const YAML::Node& map, const char* key)
    {
        const YAML::Node node = map[key];
        if (!node || node.IsNull())
            return false;
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            fail(node, Tr::tr("\"%1\" must be true or false").arg(QString::fromLatin1(key)));
            return false;
        }
        return value;
    }

    // A relative path in a kubeconfig is relative to the folder of that kubeconfig.
    QString path(const YAML::Node& map, const char* key)
    {
        const QString value = text(map, key);
        if (value.isEmpty())
            return {};
        QString expanded = value;
        if (expanded.startsWith(QLatin1String("~/")))
            expanded = QDir::homePath() + expanded.mid(1);
        return QDir::cleanPath(QDir(m_folder).absoluteFilePath(expanded));
    }

    QByteArray base64(const YAML::Node& map, const char* key, const QString& owner)
    {
        const QString value = text(map, key);
        if (value.isEmpty())
            return {};
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toLatin1().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            // Never the value itself: it may be a private key.
            fail(map[key], Tr::tr("%1 of %2 is not valid base64").arg(QString::fromLatin1(key), owner));
            return {};
        }
        return *decoded;
    }

    // The sequence at @p key; null or absent is an empty list.
    std::optional<YAML::Node> sequence(const YAML::Node& root, const char* key)
    {
        const YAML::Node node = root[key];
        if (!node || node.IsNull())
            return std::nullopt;
        if (!node.IsSequence()) {
            fail(node, Tr::tr("\"%1\" must be a list").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return node;
    }

    // The map at @p key of a list entry ("cluster", "user", "context").
    std::optional<YAML::Node> entryMap(const YAML::Node& entry, const char* key, const QString& owner)
    {
        const YAML::Node node = entry[key];
        if (!node || node.IsNull())
            return YAML::Node(YAML::NodeType::Map);
        if (!node.IsMap()) {
            fail(node, Tr::tr("\"%1\" of %2 must be a map").arg(QString::fromLatin1(key), owner));
            return std::nullopt;
        }
        return node;
    }

    const QString& filePath() const { return m_path; }

private:
    QString m_path;
    QString m_folder;
};

Expected<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

} // namespace

namespace {

// The exec section of user @p u, read as client-go validates it. A problem belongs to this user
// only (execProblem, naming file, line and field): the file's other contexts still work.
void readExec(const YAML::Node& exec, KubeconfigUser& u, const QString& sourcePath)
{
    const auto problem = [&](const YAML::Node& node, const QString& what) {
        if (u.execProblem.isEmpty())
            u.execProblem = Tr::tr("%1: exec: %2").arg(where(sourcePath, node.Mark()), what);
    };
    if (!exec.IsMap()) {
        problem(exec, Tr::tr("must be a map with apiVersion and command"));
        return;
    }
    const auto scalar = [&](const char* key) -> QString {
        const YAML::Node node = exec[key];
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            problem(node, Tr::tr("\"%1\" must be a string").arg(QString::fromLatin1(key)));
            return {};
        }
        return fromStd(node.Scalar());
    };
    ExecPlugin plugin;
    plugin.kubeconfigFile = sourcePath;
    plugin.userName = u.name;
    plugin.command = scalar("command");
    plugin.apiVersion = scalar("apiVersion");
    plugin.installHint = scalar("installHint");
    if (const YAML::Node args = exec["args"]; args && !args.IsNull()) {
        if (!args.IsSequence())
            problem(args, Tr::tr("\"args\" must be a list of strings"));
        else
            for (const YAML::Node& arg : args) {
                if (!arg.IsScalar())
                    problem(arg, Tr::tr("each of \"args\" must be a string"));
                else
                    plugin.args.append(fromStd(arg.Scalar()));
            }
    }
    if (const YAML::Node env = exec["env"]; env && !env.IsNull()) {
        if (!env.IsSequence())
            problem(env, Tr::tr("\"env\" must be a list of name and value"));
        else
            for (const YAML::Node& entry : env) {
                const YAML::Node name = entry.IsMap() ? entry["name"] : YAML::Node();
                const YAML::Node value = entry.IsMap() ? entry["value"] : YAML::Node();
                if (!name || !name.IsScalar() || name.Scalar().empty() || (value && !value.IsNull() && !value.IsScalar()))
                    problem(entry, Tr::tr("each of \"env\" must have a name and a string value"));
                else
                    plugin.env.append({ fromStd(name.Scalar()), value && value.IsScalar() ? fromStd(value.Scalar()) : QString() });
            }
    }
    if (const YAML::Node info = exec["provideClusterInfo"]; info && !info.IsNull()) {
        bool value = false;
        if (!info.IsScalar() || !YAML::convert<bool>::decode(info, value))
            problem(info, Tr::tr("\"provideClusterInfo\" must be true or false"));
        plugin.provideClusterInfo = value;
    }
    const QString mode = scalar("interactiveMode");
    if (plugin.command.isEmpty())
        problem(exec, Tr::tr("\"command\" is required"));
    if (plugin.apiVersion != ExecPlugin::V1 && plugin.apiVersion != ExecPlugin::V1Beta1)
        problem(exec["apiVersion"] ? exec["apiVersion"] : exec,
            plugin.apiVersion.isEmpty()
                ? Tr::tr("\"apiVersion\" is required (%1 or %2)").arg(ExecPlugin::V1, ExecPlugin::V1Beta1)
                : Tr::tr("apiVersion \"%1\" is not supported (%2 or %3)")
                      .arg(plugin.apiVersion, ExecPlugin::V1, ExecPlugin::V1Beta1));
    if (mode == QLatin1String("Never"))
        plugin.interactiveMode = ExecPlugin::Interactive::Never;
    else if (mode == QLatin1String("Always"))
        plugin.interactiveMode = ExecPlugin::Interactive::Always;
    else if (mode == QLatin1String("IfAvailable") || (mode.isEmpty() && plugin.apiVersion != ExecPlugin::V1))
        plugin.interactiveMode = ExecPlugin::Interactive::IfAvailable; // v1beta1's default
    else if (mode.isEmpty())
        problem(exec, Tr::tr("\"interactiveMode\" is required for %1 (Never, IfAvailable or Always)").arg(ExecPlugin::V1));
    else
        problem(exec["interactiveMode"], Tr::tr("interactiveMode \"%1\" is not Never, IfAvailable or Always").arg(mode));
    u.exec = plugin;
}

} // namespace

Expected<Kubeconfig> Kubeconfig::parse(const QByteArray& yaml, const QString& sourcePath)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException& e) {
        return Error(Tr::tr("%1: YAML syntax error: %2").arg(where(sourcePath, e.mark), fromStd(e.msg)));
    } catch (const YAML::Exception& e) {
        return Error(Tr::tr("%1: invalid YAML: %2").arg(sourcePath, fromStd(e.msg)));
    }

    Kubeconfig config;
    config.m_files = { sourcePath };
    if (!root || root.IsNull())
        return config; // an empty file is an empty config, as for kubectl
    if (!root.IsMap())
        return Error(Tr::tr("%1: a kubeconfig must be a YAML map (apiVersion, clusters, contexts, users)")
                         .arg(where(sourcePath, root.Mark())));

    Reader r(sourcePath);
    try {
        const QString kind = r.text(root, "kind");
        if (!kind.isEmpty() && kind != QLatin1String("Config"))
            r.fail(root["kind"], Tr::tr("kind is \"%1\", expected \"Config\"").arg(kind));
        config.m_currentContext = r.text(root, "current-context");

        if (const auto clusters = r.sequence(root, "clusters")) {
            for (const YAML::Node& entry : *clusters) {
                if (!entry.IsMap()) {
                    r.fail(entry, Tr::tr("each clusters entry must be a map with name and cluster"));
                    continue;
                }
                KubeconfigCluster c;
                c.name = r.text(entry, "name");
                c.sourceFile = sourcePath;
                const QString owner = Tr::tr("cluster \"%1\"").arg(c.name);
                const auto body = r.entryMap(entry, "cluster", owner);
                if (!body)
                    continue;
                c.server = r.text(*body, "server");
                c.certificateAuthority = r.path(*body, "certificate-authority");
                c.certificateAuthorityData = r.base64(*body, "certificate-authority-data", owner);
                c.insecureSkipTlsVerify = r.boolean(*body, "insecure-skip-tls-verify");
                c.tlsServerName = r.text(*body, "tls-server-name");
                c.proxyUrl = r.text(*body, "proxy-url");
                if (c.name.isEmpty())
                    r.fail(entry, Tr::tr("a clusters entry has no name"));
                else if (!config.cluster(c.name))
                    config.m_clusters.append(c);
            }
        }
        if (const auto users = r.sequence(root, "users")) {
            for (const YAML::Node& entry : *users) {
                if (!entry.IsMap()) {
                    r.fail(entry, Tr::tr("each users entry must be a map with name and user"));
                    continue;
                }
                KubeconfigUser u;
                u.name = r.text(entry, "name");
                u.sourceFile = sourcePath;
                const QString owner = Tr::tr("user \"%1\"").arg(u.name);
                const auto body = r.entryMap(entry, "user", owner);
                if (!body)
                    continue;
                u.token = r.text(*body, "token").toUtf8();
                u.tokenFile = r.path(*body, "tokenFile");
                u.clientCertificate = r.path(*body, "client-certificate");
                u.clientCertificateData = r.base64(*body, "client-certificate-data", owner);
                u.clientKey = r.path(*body, "client-key");
                u.clientKeyData = r.base64(*body, "client-key-data", owner);
                u.username = r.text(*body, "username");
                u.password = r.text(*body, "password");
                if (const YAML::Node exec = (*body)["exec"]; exec && !exec.IsNull())
                    readExec(exec, u, sourcePath);
                if (const YAML::Node provider = (*body)["auth-provider"]; provider && provider.IsMap()) {
                    u.authProvider = r.text(provider, "name");
                    if (u.authProvider.isEmpty())
                        u.authProvider = QStringLiteral("?");
                }
                if (u.name.isEmpty())
                    r.fail(entry, Tr::tr("a users entry has no name"));
                else if (!config.user(u.name))
                    config.m_users.append(u);
            }
        }
        if (const auto contexts = r.sequence(root, "contexts")) {
            for (const YAML::Node& entry : *contexts) {
                if (!entry.IsMap()) {
                    r.fail(entry, Tr::tr("each contexts entry must be a map with name and context"));
                    continue;
                }
                KubeconfigContext c;
                c.name = r.text(entry, "name");
                c.sourceFile = sourcePath;
                const auto body = r.entryMap(entry, "context", Tr::tr("context \"%1\"").arg(c.name));
                if (!body)
                    continue;
                c.cluster = r.text(*body, "cluster");
                c.user = r.text(*body, "user");
                c.namespaceName = r.text(*body, "namespace");
                if (c.name.isEmpty())
                    r.fail(entry, Tr::tr("a contexts entry has no name"));
                else if (!config.context(c.name))
                    config.m_contexts.append(c);
            }
        }
    } catch (const YAML::Exception& e) {
        return Error(Tr::tr("%1: invalid kubeconfig: %2").arg(where(sourcePath, e.mark), fromStd(e.msg)));
    }
    if (r.error)
        return *r.error;
    return config;
}

Expected<Kubeconfig> Kubeconfig::loadFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto data = readFile(absolute, Tr::tr("kubeconfig"));
    if (!data)
        return data.error();
    return parse(*data, absolute);
}

Expected<Kubeconfig> Kubeconfig::loadFiles(const QStringList& paths)
{
    Kubeconfig merged;
    QStringList missing;
    bool any = false;
    for (const QString& path : paths) {
        if (path.isEmpty())
            continue;
        if (!QFileInfo::exists(path)) {
            missing.append(path);
            continue;
        }
        auto one = loadFile(path);
        if (!one)
            return one.error();
        if (!any)
            merged = *one;
        else
            merged.mergeFrom(*one);
        any = true;
    }
    if (!any) {
        if (missing.isEmpty())
            return Error(Tr::tr("no kubeconfig file given"));
        return Error(Tr::tr("kubeconfig not found: %1").arg(missing.join(QLatin1String(", "))));
    }
    return merged;
}

Expected<Kubeconfig> Kubeconfig::loadDefault()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.trimmed().isEmpty())
        return loadFiles(env.split(QDir::listSeparator(), Qt::SkipEmptyParts));
    const QString home = QDir::home().filePath(QStringLiteral(".kube/config"));
    if (!QFileInfo::exists(home))
        return Error(Tr::tr("no kubeconfig: KUBECONFIG is not set and %1 does not exist (use --kubeconfig)").arg(home));
    return loadFile(home);
}

Expected<Kubeconfig> Kubeconfig::load(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        if (!QFileInfo::exists(explicitPath))
            return Error(Tr::tr("kubeconfig not found: %1").arg(QFileInfo(explicitPath).absoluteFilePath()));
        return loadFile(explicitPath);
    }
    return loadDefault();
}

void Kubeconfig::mergeFrom(const Kubeconfig& other)
{
    m_files.append(other.m_files);
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    for (const auto& c : other.m_clusters)
        if (!cluster(c.name))
            m_clusters.append(c);
    for (const auto& u : other.m_users)
        if (!user(u.name))
            m_users.append(u);
    for (const auto& c : other.m_contexts)
        if (!context(c.name))
            m_contexts.append(c);
}

QString Kubeconfig::filesText() const
{
    return m_files.join(QDir::listSeparator());
}

QStringList Kubeconfig::contextNames() const
{
    QStringList names;
    for (const auto& c : m_contexts)
        names.append(c.name);
    return names;
}

const KubeconfigCluster* Kubeconfig::cluster(const QString& name) const
{
    for (const auto& c : m_clusters)
        if (c.name == name)
            return &c;
    return nullptr;
}

const KubeconfigUser* Kubeconfig::user(const QString& name) const
{
    for (const auto& u : m_users)
        if (u.name == name)
            return &u;
    return nullptr;
}

const KubeconfigContext* Kubeconfig::context(const QString& name) const
{
    for (const auto& c : m_contexts)
        if (c.name == name)
            return &c;
    return nullptr;
}

Expected<ConnectionConfig> Kubeconfig::resolve(const QString& contextName) const
{
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty())
        return Error(Tr::tr("no context given and no current-context set in %1 (use --context)").arg(filesText()));
    const KubeconfigContext* ctx = context(name);
    if (!ctx)
        return Error(Tr::tr("context \"%1\" not found in %2").arg(name, filesText()));
    if (ctx->cluster.isEmpty())
        return Error(Tr::tr("context \"%1\" in %2 names no cluster").arg(name, ctx->sourceFile));
    const KubeconfigCluster* cl = cluster(ctx->cluster);
    if (!cl)
        return Error(Tr::tr("cluster \"%1\" of context \"%2\" not found in %3").arg(ctx->cluster, name, filesText()));

    ConnectionConfig out;
    out.contextName = name;
    out.clusterName = cl->name;
    out.namespaceName = ctx->namespaceName;
    out.sourceFile = filesText();

    QString server = cl->server;
    if (server.isEmpty())
        return Error(Tr::tr("cluster \"%1\" in %2 has no server").arg(cl->name, cl->sourceFile));
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    out.server = QUrl(server, QUrl::StrictMode);
    if (!out.server.isValid() || out.server.host().isEmpty()
        || (out.server.scheme() != QLatin1String("https") && out.server.scheme() != QLatin1String("http")))
        return Error(Tr::tr("cluster \"%1\" in %2 has an invalid server URL \"%3\"")
                         .arg(cl->name, cl->sourceFile, Net::Redactor::text(server)));

    out.tls.verifyPeer = !cl->insecureSkipTlsVerify;
    out.tls.serverName = cl->tlsServerName;
    out.proxyUrl = cl->proxyUrl;
    if (!out.proxyUrl.isEmpty()) {
        // kubectl accepts http, https and socks5 proxies; say so now rather than at the first request.
        const QUrl proxy(out.proxyUrl, QUrl::StrictMode);
        const QString scheme = proxy.scheme().toLower();
        if (!proxy.isValid() || proxy.host().isEmpty()
            || (scheme != u"http" && scheme != u"https" && scheme != u"socks5" && scheme != u"socks5h"))
            return Error(Tr::tr("cluster \"%1\" in %2 has an invalid proxy-url \"%3\" (http, https or socks5 URL)")
                             .arg(cl->name, cl->sourceFile, Net::Redactor::text(out.proxyUrl)));
    }
    if (!cl->certificateAuthorityData.isEmpty()) {
        out.tls.caPem = cl->certificateAuthorityData;
    } else if (!cl->certificateAuthority.isEmpty()) {
        const auto ca
            = readFile(cl->certificateAuthority, Tr::tr("certificate-authority file of cluster \"%1\"").arg(cl->name));
        if (!ca)
            return ca.error();
        out.tls.caPem = *ca;
    }

    // A context without a user (or with an unknown one) connects anonymously, as kubectl does.
    if (!ctx->user.isEmpty()) {
        const KubeconfigUser* u = user(ctx->user);
        if (!u)
            return Error(Tr::tr("user \"%1\" of context \"%2\" not found in %3").arg(ctx->user, name, filesText()));
        out.userName = u->name;
        if (!u->execProblem.isEmpty())
            return Error(Tr::tr("user \"%1\" of context \"%2\": %3").arg(u->name, name, u->execProblem));
        if (!u->authProvider.isEmpty())
            return Error(Tr::tr("user \"%1\" of context \"%2\" authenticates with the auth-provider \"%3\", "
                                "which is not supported yet")
                             .arg(u->name, name, u->authProvider));
        out.bearerToken = u->token;
        if (out.bearerToken.isEmpty() && !u->tokenFile.isEmpty()) {
            const auto token = readFile(u->tokenFile, Tr::tr("tokenFile of user \"%1\"").arg(u->name));
            if (!token)
                return token.error();
            out.bearerToken = token->trimmed();
        }
        if (!u->clientCertificateData.isEmpty()) {
            out.tls.clientCertPem = u->clientCertificateData;
        } else if (!u->clientCertificate.isEmpty()) {
            const auto cert
                = readFile(u->clientCertificate, Tr::tr("client-certificate file of user \"%1\"").arg(u->name));
            if (!cert)
                return cert.error();
            out.tls.clientCertPem = *cert;
        }
        if (!u->clientKeyData.isEmpty()) {
            out.tls.clientKeyPem = u->clientKeyData;
        } else if (!u->clientKey.isEmpty()) {
            const auto key = readFile(u->clientKey, Tr::tr("client-key file of user \"%1\"").arg(u->name));
            if (!key)
                return key.error();
            out.tls.clientKeyPem = *key;
        }
        if (out.tls.clientCertPem.isEmpty() != out.tls.clientKeyPem.isEmpty())
            return Error(Tr::tr("user \"%1\" in %2 has a client certificate without a key, or a key without "
                                "a certificate")
                             .arg(u->name, u->sourceFile));
        out.username = u->username;
        out.password = u->password;
        // A static token wins over the plugin, as in client-go (its exec round tripper leaves a
        // request that already has an Authorization header alone).
        if (u->exec && out.bearerToken.isEmpty())
            out.exec = u->exec;
    }
    return out;
}

} // namespace Netloom::Kube
