#include "app/lab/kube/MediaType.h"

#include <QByteArrayList>

namespace Netloom::Lab {

QByteArray MediaType::essence(const QByteArray& headerValue)
{
    return headerValue.split(';').value(0).trimmed().toLower();
}

bool MediaType::acceptsJson(const QByteArray& accept)
{
    if (accept.trimmed().isEmpty())
        return true;
    for (const QByteArray& range : accept.split(',')) {
        const QByteArray type = essence(range);
        if (type == json || type == "application/*" || type == "*/*")
            return true;
    }
    return false;
}

} // namespace Netloom::Lab
