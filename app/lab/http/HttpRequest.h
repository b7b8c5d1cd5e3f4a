#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Netloom::Lab {

/// Response or request header lines, in order.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One parsed HTTP/1.1 request. Header names are stored lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    /// Percent-decoded path without the query.
    QString path;
    /// Query items decoded as a form ('+' is a space, as Go's url.Values encodes it).
    QList<QPair<QString, QString>> query;
    HttpHeaders headers;
    QByteArray body;
    bool http10 = false;

    /// Splits "path?query" of the request target into path and query.
    void setTarget(const QByteArray& rawTarget);

    /// Value of the first header with this (lower-case) name; empty when absent.
    QByteArray header(const QByteArray& lowerName) const;
    bool hasHeader(const QByteArray& lowerName) const;
    /// Fully decoded query value; empty when absent.
    QString queryValue(const QString& key) const;
    bool hasQuery(const QString& key) const;
    /// Query flag in the Kubernetes sense: "true" or "1".
    bool queryFlag(const QString& key) const;
};

} // namespace Netloom::Lab
