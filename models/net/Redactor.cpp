#include "models/net/Redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Netloom::Net {

namespace {

const QString redactedText = QStringLiteral("<redacted>");

} // namespace

QString Redactor::url(const QUrl& url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        bool changed = false;
        for (auto& [key, value] : items) {
            if (isSensitiveQueryKey(QUrl::fromPercentEncoding(key.toUtf8()))) {
                value = QStringLiteral("REDACTED");
                changed = true;
            }
        }
        if (changed) {
            query.setQueryItems(items);
            copy.setQuery(query);
        }
    }
    return copy.toString(QUrl::FullyEncoded);
}

bool Redactor::isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie"
        || lower.contains("token") || lower.contains("secret") || lower.contains("password")
        || lower.contains("api-key") || lower.contains("apikey");
}

bool Redactor::isSensitiveQueryKey(QStringView key)
{
    static const QStringList keys { QStringLiteral("token"), QStringLiteral("access_token"), QStringLiteral("id_token"),
        QStringLiteral("refresh_token"), QStringLiteral("password"), QStringLiteral("secret"),
        QStringLiteral("client_secret"), QStringLiteral("api_key") };
    return keys.contains(key.toString().toLower());
}

QByteArray Redactor::headerLine(QByteArrayView name, QByteArrayView value)
{
    QByteArray line = name.toByteArray() + ": ";
    line += isSensitiveHeader(name) ? redactedText.toUtf8() : value.toByteArray();
    return line;
}

QString Redactor::text(const QString& text)
{
    static const QRegularExpression credentials(
        QStringLiteral("\\b(Bearer|Basic)\\s+\\S+"), QRegularExpression::CaseInsensitiveOption);
    // scheme://user:password@host -> scheme://host (also inside URLs QUrl would not parse)
    static const QRegularExpression userinfo(QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\\s]*@"));
    QString copy = text;
    copy.replace(credentials, QStringLiteral("\\1 <redacted>"));
    copy.replace(userinfo, QStringLiteral("\\1"));
    return copy;
}

} // namespace Netloom::Net
