#include "models/net/RetryPolicy.h"

#include <QTest>

using Netloom::Net::RetryPolicy;
using namespace std::chrono_literals;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capDoublesUpToMaxDelay()
    {
        const RetryPolicy policy { 5, 200ms, 1000ms };
        QCOMPARE(policy.backoffCap(1), 200ms);
        QCOMPARE(policy.backoffCap(2), 400ms);
        QCOMPARE(policy.backoffCap(3), 800ms);
        QCOMPARE(policy.backoffCap(4), 1000ms);
        QCOMPARE(policy.backoffCap(100), 1000ms); // no overflow
    }

    void delayIsJitteredWithinCap()
    {
        const RetryPolicy policy { 5, 100ms, 5000ms };
        std::chrono::milliseconds smallest = 1h;
        std::chrono::milliseconds largest = 0ms;
        for (int i = 0; i < 2000; ++i) {
            const auto delay = policy.backoffDelay(2);
            QVERIFY(delay >= 100ms && delay <= 200ms);
            smallest = std::min(smallest, delay);
            largest = std::max(largest, delay);
        }
        // Equal jitter: never below half the cap, spread over the upper half.
        QVERIFY(smallest < 120ms);
        QVERIFY(largest > 180ms);
    }

    void onlyIdempotentMethods()
    {
        for (const char* method : { "GET", "HEAD", "PUT", "DELETE", "OPTIONS" })
            QVERIFY2(RetryPolicy::isIdempotent(method), method);
        for (const char* method : { "POST", "PATCH", "get", "CONNECT" })
            QVERIFY2(!RetryPolicy::isIdempotent(method), method);
    }

    void retryableStatuses()
    {
        for (int status : { 429, 502, 503, 504 })
            QVERIFY(RetryPolicy::isRetryableStatus(status));
        for (int status : { 200, 400, 401, 404, 409, 500, 501 })
            QVERIFY(!RetryPolicy::isRetryableStatus(status));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
