#include "models/kube/ExecPlugin.h"

#include "models/kube/Tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Netloom::Kube {

namespace {

QString shellQuoted(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,@+%-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString settingsKey(const ExecPlugin& plugin)
{
    return QStringLiteral("execApprovals/") + QString::fromLatin1(plugin.fingerprint());
}

} // namespace

QString ExecPlugin::program() const
{
    if (command.contains(QLatin1Char('/'))) {
        QString expanded = command;
        if (expanded.startsWith(QLatin1String("~/")))
            expanded = QDir::homePath() + expanded.mid(1);
        return QDir::cleanPath(QDir(QFileInfo(kubeconfigFile).absolutePath()).absoluteFilePath(expanded));
    }
    return QStandardPaths::findExecutable(command);
}

QString ExecPlugin::commandLine() const
{
    QStringList words;
    for (const auto& [name, value] : env)
        words.append(name + QLatin1Char('=') + shellQuoted(value));
    words.append(shellQuoted(command));
    for (const QString& arg : args)
        words.append(shellQuoted(arg));
    return words.join(QLatin1Char(' '));
}

QByteArray ExecPlugin::fingerprint() const
{
    QJsonArray environment;
    for (const auto& [name, value] : env)
        environment.append(QJsonArray { name, value });
    const QJsonArray covered { QFileInfo(kubeconfigFile).absoluteFilePath(), command, QJsonArray::fromStringList(args),
        environment };
    return QCryptographicHash::hash(QJsonDocument(covered).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QString ExecPlugin::interactiveName(Interactive mode)
{
    switch (mode) {
    case Interactive::Never:
        return QStringLiteral("Never");
    case Interactive::IfAvailable:
        return QStringLiteral("IfAvailable");
    case Interactive::Always:
        return QStringLiteral("Always");
    }
    return {};
}

Expected<ExecCredential> ExecCredential::parse(const QByteArray& output, const ExecPlugin& plugin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject())
        return Error(Tr::tr("exec plugin \"%1\" printed no ExecCredential").arg(plugin.command),
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();
    const QString kind = object.value(QLatin1StringView("kind")).toString();
    if (kind != QLatin1String("ExecCredential"))
        return Error(Tr::tr("exec plugin \"%1\" printed a \"%2\", not an ExecCredential").arg(plugin.command, kind));
    const QString apiVersion = object.value(QLatin1StringView("apiVersion")).toString();
    if (apiVersion != plugin.apiVersion)
        return Error(Tr::tr("exec plugin \"%1\" answered with apiVersion \"%2\"; the kubeconfig asks for \"%3\"")
                         .arg(plugin.command, apiVersion, plugin.apiVersion));
    const QJsonValue statusValue = object.value(QLatin1StringView("status"));
    if (!statusValue.isObject())
        return Error(Tr::tr("exec plugin \"%1\" printed an ExecCredential without a status").arg(plugin.command));
    const QJsonObject status = statusValue.toObject();
    ExecCredential credential;
    credential.token = status.value(QLatin1StringView("token")).toString().toUtf8();
    credential.clientCertificatePem = status.value(QLatin1StringView("clientCertificateData")).toString().toUtf8();
    credential.clientKeyPem = status.value(QLatin1StringView("clientKeyData")).toString().toUtf8();
    if (credential.clientCertificatePem.isEmpty() != credential.clientKeyPem.isEmpty())
        return Error(Tr::tr("exec plugin \"%1\" returned a client certificate without its key, or a key without its "
                            "certificate")
                         .arg(plugin.command));
    if (credential.token.isEmpty() && credential.clientCertificatePem.isEmpty())
        return Error(
            Tr::tr("exec plugin \"%1\" returned neither a token nor a client certificate and key").arg(plugin.command));
    const QString expiry = status.value(QLatin1StringView("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        credential.expiry = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!credential.expiry.isValid())
            return Error(Tr::tr("exec plugin \"%1\" returned an expirationTimestamp that is not an RFC 3339 time: \"%2\"")
                             .arg(plugin.command, expiry));
    }
    return credential;
}

bool ExecApprovals::isApproved(const ExecPlugin& plugin)
{
    return QSettings().contains(settingsKey(plugin));
}

void ExecApprovals::approve(const ExecPlugin& plugin)
{
    QSettings settings;
    // The value says what was approved, for a person reading the settings; the key is what counts.
    // The command only: arguments and environment may carry secrets (the fingerprint covers them).
    settings.setValue(settingsKey(plugin), QStringList { plugin.kubeconfigFile, plugin.command });
}

void ExecApprovals::revoke(const ExecPlugin& plugin)
{
    QSettings().remove(settingsKey(plugin));
}

} // namespace Netloom::Kube
