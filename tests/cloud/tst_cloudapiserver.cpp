// The lab's CloudApiServer on the wire, with a plain HTTP client (not Netloom's IONOS client): depth,
// pages and their links, hrefs on the public URL, auth, the write lifecycle (202 + Location, BUSY,
// QUEUED -> RUNNING -> DONE, the second write to a busy object), the rate-limit bucket, IONOS's
// error body, validation of properties.
#include "tests/cloud/CloudLab.h"

#include "app/lab/cloud/CloudDemoSeed.h"
#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Netloom;
using Netloom::CloudTest::CloudLab;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    std::unique_ptr<Net::HttpReply> reply;
    QByteArray header(const char* name) const { return reply->header(name); }
};

} // namespace

class TestCloudApiServer final : public QObject
{
    Q_OBJECT

private:
    CloudLab m_lab;
    Net::HttpClient m_http;
    const QString m_dc = QLatin1String(Lab::CloudDemoSeed::DatacenterId);

    Answer call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
        const QByteArray& authorization = {})
    {
        Net::HttpRequest request;
        request.method = method;
        request.url = QUrl(m_lab.server().directUrl().toString() + pathAndQuery);
        request.tls.caPem = m_lab.caPem();
        request.proxy = QUrl();
        request.retry.maxAttempts = 1;
        request.headers.emplaceBack(QByteArray("Authorization"),
            authorization.isEmpty() ? "Bearer " + m_lab.server().token().toUtf8() : authorization);
        if (!body.isEmpty())
            request.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("application/json"));
        request.body = body;
        Answer answer;
        answer.reply.reset(m_http.send(request));
        QSignalSpy finished(answer.reply.get(), &Net::HttpReply::finished);
        if (!finished.wait(10000))
            return answer;
        answer.status = answer.reply->status();
        answer.raw = answer.reply->body();
        answer.body = QJsonDocument::fromJson(answer.raw).object();
        return answer;
    }

    QString requestStatus(const QByteArray& location)
    {
        const QString prefix = m_lab.server().directUrl().toString();
        const Answer status = call("GET", QString::fromLatin1(location).mid(prefix.size()));
        return status.body.value(QLatin1String("metadata")).toObject().value(QLatin1String("status")).toString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_lab.start(), qPrintable(m_lab.error())); }

    void depthDecidesWhatAnObjectCarries()
    {
        const Answer zero = call("GET", QStringLiteral("/datacenters?depth=0"));
        QCOMPARE(zero.status, 200);
        const QJsonObject ref = zero.body.value(QLatin1String("items")).toArray().first().toObject();
        QCOMPARE(ref.keys(), QStringList({ QStringLiteral("href"), QStringLiteral("id"), QStringLiteral("type") }));
        QCOMPARE(ref.value(QLatin1String("type")).toString(), QStringLiteral("datacenter"));

        const Answer one = call("GET", QStringLiteral("/datacenters/%1?depth=1").arg(m_dc));
        QCOMPARE(one.body.value(QLatin1String("properties")).toObject().value(QLatin1String("location")).toString(),
            QStringLiteral("de/fra"));
        const QJsonObject lans = one.body.value(QLatin1String("entities")).toObject().value(QLatin1String("lans")).toObject();
        QVERIFY(!lans.contains(QLatin1String("items"))); // children as references only
        QCOMPARE(lans.value(QLatin1String("href")).toString(),
            m_lab.server().directUrl().toString() + QStringLiteral("/datacenters/%1/lans").arg(m_dc));

        const Answer three = call("GET", QStringLiteral("/datacenters/%1?depth=3").arg(m_dc));
        const QJsonArray rules = three.body.value(QLatin1String("entities"))
                                     .toObject()
                                     .value(QLatin1String("networkloadbalancers"))
                                     .toObject()
                                     .value(QLatin1String("items"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("entities"))
                                     .toObject()
                                     .value(QLatin1String("forwardingrules"))
                                     .toObject()
                                     .value(QLatin1String("items"))
                                     .toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1).toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("listenerIp")).toString(),
            QLatin1String(CloudLab::LoadBalancerIp));
        QCOMPARE(call("GET", QStringLiteral("/datacenters?depth=11")).status, 422);
    }

    void pagesCarryTheirLinks()
    {
        const Answer first = call("GET", QStringLiteral("/datacenters/%1/lans?depth=1&offset=0&limit=2").arg(m_dc));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(QLatin1String("items")).toArray().size(), 2);
        QCOMPARE(first.body.value(QLatin1String("offset")).toInt(), 0);
        QCOMPARE(first.body.value(QLatin1String("limit")).toInt(), 2);
        const QJsonObject links = first.body.value(QLatin1String("_links")).toObject();
        QVERIFY(!links.contains(QLatin1String("prev")));
        QVERIFY(links.value(QLatin1String("next")).toString().endsWith(QStringLiteral("lans?depth=1&offset=2&limit=2")));
        const Answer last = call("GET", QStringLiteral("/datacenters/%1/lans?depth=1&offset=2&limit=2").arg(m_dc));
        QCOMPARE(last.body.value(QLatin1String("items")).toArray().size(), 1);
        QVERIFY(!last.body.value(QLatin1String("_links")).toObject().contains(QLatin1String("next")));
        QVERIFY(last.body.value(QLatin1String("_links")).toObject().contains(QLatin1String("prev")));
        QCOMPARE(call("GET", QStringLiteral("/datacenters/%1/lans?limit=0").arg(m_dc)).status, 422);
        // The /k8s collections have no pages in the spec.
        const Answer clusters = call("GET", QStringLiteral("/k8s?depth=1"));
        QVERIFY(!clusters.body.contains(QLatin1String("offset")));
        QCOMPARE(clusters.body.value(QLatin1String("items")).toArray().size(), 1);
    }

    void hrefsUseThePublicUrl()
    {
        m_lab.server().setPublicUrl(QUrl(QStringLiteral("http://127.0.0.1:4010/cloudapi/v6")));
        const Answer lan = call("GET", QStringLiteral("/datacenters/%1/lans/2?depth=1").arg(m_dc));
        m_lab.server().setPublicUrl({});
        QCOMPARE(lan.body.value(QLatin1String("href")).toString(),
            QStringLiteral("http://127.0.0.1:4010/cloudapi/v6/datacenters/%1/lans/2").arg(m_dc));
    }

    void refusesWithIonosErrorBodies()
    {
        const Answer anonymous = call("GET", QStringLiteral("/datacenters"), {}, "Bearer wrong");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.body.value(QLatin1String("httpStatus")).toInt(), 401);
        QCOMPARE(anonymous.body.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("errorCode")).toString(),
            QStringLiteral("315"));
        const Answer basic = call("GET", QStringLiteral("/datacenters"), {}, "Basic " + QByteArray("ops@example.com:lab-password").toBase64());
        QCOMPARE(basic.status, 200);
        const Answer readOnly = call("DELETE", QStringLiteral("/datacenters/%1/lans/3").arg(m_dc), {},
            "Bearer read-only-token-fedcba9876543210");
        QCOMPARE(readOnly.status, 403);
        QCOMPARE(call("GET", QStringLiteral("/datacenters/%1/lans/99").arg(m_dc)).status, 404);
        const Answer invalid = call("POST", QStringLiteral("/datacenters/%1/lans").arg(m_dc),
            R"({"properties":{"ipv4CidrBlock":"10.7.0.0/22"}})");
        QCOMPARE(invalid.status, 422);
        QVERIFY(invalid.raw.contains("between /23 and /28"));
        QCOMPARE(call("POST", QStringLiteral("/datacenters/%1/lans").arg(m_dc), "not json").status, 400);
    }

    void writesGoThroughTheirRequest()
    {
        m_lab.server().setRequestDelays(500, 500); // long enough to see each state on a loaded machine
        const auto restore = qScopeGuard([this]() { m_lab.server().setRequestDelays(60, 90); });
        const Answer created = call("POST", QStringLiteral("/datacenters/%1/lans").arg(m_dc),
            R"({"properties":{"name":"wire","public":false,"ipv4CidrBlock":"10.7.8.0/24"}})");
        QCOMPARE(created.status, 202);
        const QString id = created.body.value(QLatin1String("id")).toString();
        QCOMPARE(created.body.value(QLatin1String("metadata")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("BUSY"));
        const QByteArray location = created.header("Location");
        QVERIFY(location.startsWith(QByteArray(m_lab.server().directUrl().toString().toUtf8() + "/requests/")));
        QVERIFY(location.endsWith("/status"));
        QCOMPARE(requestStatus(location), QStringLiteral("QUEUED"));
        // A second write to a BUSY object waits its turn.
        QCOMPARE(call("PATCH", QStringLiteral("/datacenters/%1/lans/%2").arg(m_dc, id), R"({"name":"x"})").status, 422);
        QTRY_COMPARE_WITH_TIMEOUT(requestStatus(location), QStringLiteral("RUNNING"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(requestStatus(location), QStringLiteral("DONE"), 3000);
        QCOMPARE(call("GET", QStringLiteral("/datacenters/%1/lans/%2?depth=1").arg(m_dc, id))
                     .body.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
            QStringLiteral("AVAILABLE"));

        const Answer deleted = call("DELETE", QStringLiteral("/datacenters/%1/lans/%2").arg(m_dc, id));
        QCOMPARE(deleted.status, 202);
        QVERIFY(deleted.raw.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(requestStatus(deleted.header("Location")), QStringLiteral("DONE"), 3000);
        QCOMPARE(call("GET", QStringLiteral("/datacenters/%1/lans/%2").arg(m_dc, id)).status, 404);
    }

    void theBucketAnswers429()
    {
        const Answer before = call("GET", QStringLiteral("/ipblocks"));
        QVERIFY(before.header("X-RateLimit-Limit").toInt() > 0);
        QVERIFY(before.header("X-RateLimit-Burst").toInt() > 0);
        QVERIFY(!before.header("X-RateLimit-Remaining").isEmpty());
        m_lab.server().setRateLimit(60, 2); // one a second, two at once
        QCOMPARE(call("GET", QStringLiteral("/ipblocks")).status, 200);
        const Answer second = call("GET", QStringLiteral("/ipblocks"));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("0"));
        const Answer refused = call("GET", QStringLiteral("/ipblocks"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QCOMPARE(refused.body.value(QLatin1String("httpStatus")).toInt(), 429);
        QTest::qWait(1100);
        QCOMPARE(call("GET", QStringLiteral("/ipblocks")).status, 200);
        m_lab.server().setRateLimit(12000, 200);
    }
};

QTEST_GUILESS_MAIN(TestCloudApiServer)
#include "tst_cloudapiserver.moc"
