#include "models/cloud/IonosError.h"

#include "models/cloud/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Netloom::Cloud {

QString IonosError::verbatimMessages(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray messages = document.object().value(QLatin1String("messages")).toArray();
    QStringList parts;
    for (const QJsonValue& entry : messages) {
        const QJsonObject message = entry.toObject();
        const QString code = message.value(QLatin1String("errorCode")).toString();
        const QString text = message.value(QLatin1String("message")).toString();
        parts.append(code.isEmpty() ? text : QStringLiteral("[%1] %2").arg(code, text));
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1String("; "));
    QString raw = QString::fromUtf8(body).trimmed();
    if (raw.size() > 300)
        raw = raw.left(300) + QChar(0x2026);
    return raw;
}

Error IonosError::fromResponse(int status, const QByteArray& body, const QString& what, const QByteArray& retryAfter)
{
    const QString server = verbatimMessages(body);
    const QString detail = QStringLiteral("HTTP %1 on %2").arg(status).arg(what);
    QString message;
    switch (status) {
    case 401:
        message = Tr::tr("The IONOS Cloud API refused the credentials (401 Unauthorized): %1").arg(server);
        break;
    case 403:
        message = Tr::tr("Forbidden (403): these credentials may not %1: %2").arg(what, server);
        break;
    case 404:
        message = Tr::tr("Not found (404): %1: %2").arg(what, server);
        break;
    case 429:
        message = retryAfter.isEmpty()
            ? Tr::tr("The IONOS Cloud API's rate limit was reached (429) on %1: %2").arg(what, server)
            : Tr::tr("The IONOS Cloud API's rate limit was reached (429) on %1; try again in %2 s: %3")
                  .arg(what, QString::fromLatin1(retryAfter), server);
        break;
    default:
        message = Tr::tr("The IONOS Cloud API answered %1 to %2: %3").arg(status).arg(what, server);
        break;
    }
    return Error(message, detail);
}

} // namespace Netloom::Cloud
