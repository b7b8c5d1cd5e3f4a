#include "app/lab/http/HttpRequest.h"

namespace Netloom::Lab {

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& lowerName) const
{
    for (const auto& entry : headers) {
        if (entry.first == lowerName)
            return true;
    }
    return false;
}

namespace {

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

void HttpRequest::setTarget(const QByteArray& rawTarget)
{
    target = rawTarget;
    const qsizetype mark = rawTarget.indexOf('?');
    path = QString::fromUtf8(QByteArray::fromPercentEncoding(mark < 0 ? rawTarget : rawTarget.left(mark)));
    query.clear();
    if (mark < 0)
        return;
    const QList<QByteArray> items = rawTarget.mid(mark + 1).split('&');
    for (const QByteArray& item : items) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            query.append({ formDecode(item), QString() });
        else
            query.append({ formDecode(item.left(eq)), formDecode(item.mid(eq + 1)) });
    }
}

QString HttpRequest::queryValue(const QString& key) const
{
    for (const auto& [name, value] : query) {
        if (name == key)
            return value;
    }
    return {};
}

bool HttpRequest::hasQuery(const QString& key) const
{
    for (const auto& item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

bool HttpRequest::queryFlag(const QString& key) const
{
    const QString value = queryValue(key);
    return value == QLatin1String("true") || value == QLatin1String("1");
}

} // namespace Netloom::Lab
