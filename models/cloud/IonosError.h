#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QString>

namespace Netloom::Cloud {

/// The operator's message for an IONOS answer with an error status. IONOS's error body
/// ({"httpStatus": 422, "messages": [{"errorCode": "100", "message": "..."}]}) is quoted verbatim;
/// 401 and 403 say what they mean (credentials refused, not allowed), 429 when to try again.
class IonosError final
{
public:
    IonosError() = delete;

    /// @p what is the request as "GET /datacenters" (no host, no query, no secret).
    static Error fromResponse(int status, const QByteArray& body, const QString& what, const QByteArray& retryAfter = {});
    /// The messages of an error body joined with "; " ("[100] Invalid CIDR; [101] ..."), or the
    /// body itself (trimmed, at most 300 characters) when it is not IONOS's error JSON.
    static QString verbatimMessages(const QByteArray& body);
};

} // namespace Netloom::Cloud
