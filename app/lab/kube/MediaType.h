#pragma once

#include <QByteArray>

namespace Netloom::Lab {

/// Media types of request bodies and Accept headers, as the API server negotiates them.
class MediaType final
{
public:
    static constexpr const char* json = "application/json";
    static constexpr const char* protobuf = "application/vnd.kubernetes.protobuf";

    /// "application/json" for "Application/JSON; charset=utf-8": the type without parameters, lower-case.
    static QByteArray essence(const QByteArray& headerValue);
    /// Whether an Accept header allows a JSON answer: absent or empty, or listing application/json
    /// (with any parameters), application/* or */*.
    static bool acceptsJson(const QByteArray& accept);
};

} // namespace Netloom::Lab
