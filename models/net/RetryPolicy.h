#pragma once

#include <QByteArrayView>

#include <chrono>

namespace Netloom::Net {

/// When and how often a request is tried again.
///
/// Retries happen only for idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS), never for POST or
/// PATCH, and only after
///  - a failure to connect (refused, unreachable, connect timeout),
///  - a connection reset / early close before any body byte was delivered to the caller
///    (for a streaming request: before the first line was delivered),
///  - an HTTP 429, 502, 503 or 504 answer (its Retry-After is honoured; a Retry-After longer than
///    maxDelay is not waited for: the answer is delivered to the caller instead).
/// The delay before retry n (n = 1 for the second attempt) is drawn uniformly from
/// [cap/2, cap] with cap = min(maxDelay, baseDelay * 2^(n-1)) ("equal jitter"), or is the server's Retry-After.
struct RetryPolicy
{
    /// Total number of attempts, the first one included. 1 (or less) disables retries.
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay { 200 };
    std::chrono::milliseconds maxDelay { 5000 };

    /// Upper bound of the jittered delay before retry @p retry (1-based): min(maxDelay, baseDelay * 2^(retry-1)).
    std::chrono::milliseconds backoffCap(int retry) const;
    /// A random delay in [0, backoffCap(retry)].
    std::chrono::milliseconds backoffDelay(int retry) const;

    /// Whether @p method (upper case) may be retried at all: GET, HEAD, PUT, DELETE, OPTIONS.
    static bool isIdempotent(QByteArrayView method);
    /// Whether an HTTP status asks for a retry: 429, 502, 503, 504.
    static bool isRetryableStatus(int status);
};

} // namespace Netloom::Net
