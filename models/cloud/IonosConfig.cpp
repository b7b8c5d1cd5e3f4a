#include "models/cloud/IonosConfig.h"

#include "models/cloud/Tr.h"
#include "models/net/Redactor.h"

#include <QFile>

namespace Netloom::Cloud {

Expected<IonosConfig> IonosConfig::fromEnvironment(const QProcessEnvironment& environment)
{
    IonosConfig config;
    const QString url = environment.value(QStringLiteral("IONOS_API_URL"), QLatin1String(DefaultApiUrl));
    config.apiUrl = QUrl(url, QUrl::StrictMode);
    if (!config.apiUrl.isValid() || config.apiUrl.host().isEmpty()
        || (config.apiUrl.scheme() != QLatin1String("https") && config.apiUrl.scheme() != QLatin1String("http")))
        return Error(Tr::tr("IONOS_API_URL is not an http:// or https:// URL: %1").arg(Net::Redactor::text(url)));
    if (config.apiUrl.path().endsWith(QLatin1Char('/')))
        config.apiUrl.setPath(config.apiUrl.path().chopped(1));
    config.token = environment.value(QStringLiteral("IONOS_TOKEN")).toUtf8();
    config.username = environment.value(QStringLiteral("IONOS_USERNAME"));
    config.password = environment.value(QStringLiteral("IONOS_PASSWORD")).toUtf8();
    config.contractNumber = environment.value(QStringLiteral("IONOS_CONTRACT_NUMBER"));
    if (config.token.isEmpty() && (config.username.isEmpty() || config.password.isEmpty()))
        return Error(Tr::tr("No IONOS credentials: set IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD."));
    const QString caPath = environment.value(QStringLiteral("IONOS_CA_BUNDLE"));
    if (!caPath.isEmpty()) {
        QFile file(caPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::tr("Cannot read the CA bundle %1: %2").arg(caPath, file.errorString()));
        config.caPem = file.readAll();
        if (!config.caPem.contains("-----BEGIN CERTIFICATE-----"))
            return Error(Tr::tr("The CA bundle %1 holds no PEM certificate.").arg(caPath));
    }
    return config;
}

QUrl IonosConfig::urlFor(const QString& path) const
{
    QUrl url = apiUrl;
    url.setPath(apiUrl.path() + path);
    return url;
}

QString IonosConfig::describe() const
{
    const QString who = token.isEmpty() ? username : Tr::tr("token");
    return Tr::tr("%1 as %2").arg(Net::Redactor::url(apiUrl), who);
}

bool IonosConfig::isPlainHttp() const
{
    return apiUrl.scheme() == QLatin1String("http");
}

} // namespace Netloom::Cloud
