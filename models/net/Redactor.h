#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace Netloom::Net {

/// Removes secrets from what the HTTP layer logs or puts into an Error's detail.
///
/// Rules:
///  - headers Authorization, Proxy-Authorization, Cookie, Set-Cookie (and any header whose name
///    contains "token", "secret", "password" or "api-key") keep their name, their value becomes "<redacted>";
///  - URL userinfo (user:password@) is removed;
///  - query parameters named token, access_token, id_token, refresh_token, password, secret,
///    client_secret, api_key (case-insensitive) keep their name, their value becomes "<redacted>";
///  - in free text, "Bearer <anything>" and "Basic <anything>" become "Bearer <redacted>", and the
///    userinfo of anything URL-like ("https://user:secret@host") is removed.
/// Every module that shows a server or proxy URL to a person or a log uses these (kube's
/// ConnectionConfig::serverText() is Redactor::url()).
/// Bodies are never logged at all, so they are not redacted.
class Redactor final
{
public:
    Redactor() = delete;

    /// The URL for a log line: no userinfo, secret query values replaced by REDACTED, fragment dropped.
    static QString url(const QUrl& url);
    /// Whether a header's value must not be logged.
    static bool isSensitiveHeader(QByteArrayView name);
    /// Whether a URL query parameter's value must not be logged.
    static bool isSensitiveQueryKey(QStringView key);
    /// "Name: value" with the value replaced when the header is sensitive.
    static QByteArray headerLine(QByteArrayView name, QByteArrayView value);
    /// Free text (e.g. a libcurl error message, a URL as written in a file) with bearer/basic
    /// credentials replaced and URL userinfo removed.
    static QString text(const QString& text);
};

} // namespace Netloom::Net
