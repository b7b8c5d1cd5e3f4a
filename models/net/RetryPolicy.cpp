#include "models/net/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Netloom::Net {

std::chrono::milliseconds RetryPolicy::backoffCap(int retry) const
{
    const qint64 base = std::max<qint64>(0, baseDelay.count());
    const qint64 cap = std::max<qint64>(0, maxDelay.count());
    // Shift at most 30 times: beyond that the cap has long been reached, and no overflow.
    const int shift = std::clamp(retry - 1, 0, 30);
    return std::chrono::milliseconds(std::min(cap, base << shift));
}

std::chrono::milliseconds RetryPolicy::backoffDelay(int retry) const
{
    // "Equal jitter": half the cap is always waited, the other half is random. Retries of many
    // clients still spread out, and none comes back at once to a server that just refused it.
    const qint64 cap = backoffCap(retry).count();
    const qint64 floor = cap / 2;
    return std::chrono::milliseconds(floor + QRandomGenerator::global()->bounded(cap - floor + 1));
}

bool RetryPolicy::isIdempotent(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace Netloom::Net
