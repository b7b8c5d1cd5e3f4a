// The informers' 410 paths against netloom-lab started with a short watch history
// (--watch-history 20): a watch that resumes from a compacted resourceVersion (ERROR 410 Expired ->
// re-list, only the difference goes out), and a paginated list whose continue token expires
// half-way (-> the list restarts). Both end with exactly the lab's state.
//
// Determinism: the changes that push the history on are made by a LabWriter (its own KubeClient in
// its own thread) while the main thread, which runs the informers and their HTTP client, is blocked
// in a BlockingQueuedConnection call. So no informer can reconnect or fetch a page in the middle of
// the changes: the watches come back (or the next page is asked) only once all of them are done.

#include "models/domain/Inventory.h"
#include "models/kube/ApiResource.h"
#include "models/kube/ClusterSession.h"
#include "models/kube/Informer.h"
#include "models/kube/KubeClient.h"
#include "models/kube/ObjectMapper.h"
#include "models/kube/Kubeconfig.h"
#include "models/net/HttpReply.h"
#include "tests/support/LabProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Kube;
using namespace Netloom::TestSupport;

namespace {

constexpr int WatchHistory = 20;

QMutex g_logMutex;
QStringList g_log;
// Called (without g_logMutex held) for every message of the main thread; may block.
std::function<void(const QString&)> g_onMainThreadMessage;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QString line
        = QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(line);
    }
    if (QThread::currentThread() == QCoreApplication::instance()->thread() && g_onMainThreadMessage)
        g_onMainThreadMessage(line);
}

QString logText()
{
    const QMutexLocker lock(&g_logMutex);
    return g_log.join(QLatin1Char('\n'));
}

/// Captures the log of the netloom.* categories (net at debug) while it lives.
class LogCapture final
{
public:
    LogCapture()
    {
        {
            const QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("netloom.net.debug=true\nnetloom.kube.debug=true"));
        m_previous = qInstallMessageHandler(captureLog);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        g_onMainThreadMessage = nullptr;
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

private:
    QtMessageHandler m_previous = nullptr;
};

/// Whether @p text has @p pattern with %1 replaced by @p name, quoted or not (QDebug quotes strings).
bool logHas(const QString& text, const QString& pattern, const QString& name)
{
    return text.contains(pattern.arg(name)) || text.contains(pattern.arg(QLatin1Char('"') + name + QLatin1Char('"')));
}

QString metaOf(const QJsonObject& object, const char* field)
{
    return object.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView(field)).toString();
}

QString keyOf(const QJsonObject& object)
{
    return metaOf(object, "namespace") + QLatin1Char('/') + metaOf(object, "name");
}

/// One raw API request of the LabWriter.
struct Step
{
    QByteArray method;
    QString path;
    QByteArray body = {};
    QByteArray contentType = "application/json";
};

Step createNamespace(const QString& name)
{
    return { "POST", QStringLiteral("/api/v1/namespaces"),
        QStringLiteral(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"%1"}})").arg(name).toUtf8() };
}

Step createService(const QString& ns, const QString& name)
{
    return { "POST", QStringLiteral("/api/v1/namespaces/%1/services").arg(ns),
        QStringLiteral(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"%1","namespace":"%2"},
                              "spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"%1"}}})")
            .arg(name, ns)
            .toUtf8() };
}

Step createIngress(const QString& ns, const QString& name, const QString& service)
{
    return { "POST", QStringLiteral("/apis/networking.k8s.io/v1/namespaces/%1/ingresses").arg(ns),
        QStringLiteral(
            R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"%1","namespace":"%2"},
                              "spec":{"ingressClassName":"nginx","rules":[{"host":"%1.%2.test","http":{"paths":[
                                {"path":"/","pathType":"Prefix","backend":{"service":{"name":"%3","port":{"number":80}}}}]}}]}})")
            .arg(name, ns, service)
            .toUtf8() };
}

Step labelService(const QString& ns, const QString& name, const QString& value)
{
    return { "PATCH", QStringLiteral("/api/v1/namespaces/%1/services/%2").arg(ns, name),
        QStringLiteral(R"({"metadata":{"labels":{"netloom.test/expiry":"%1"}}})").arg(value).toUtf8(),
        "application/merge-patch+json" };
}

Step deleteService(const QString& ns, const QString& name)
{
    return { "DELETE", QStringLiteral("/api/v1/namespaces/%1/services/%2").arg(ns, name) };
}

Step deleteIngress(const QString& ns, const QString& name)
{
    return { "DELETE", QStringLiteral("/apis/networking.k8s.io/v1/namespaces/%1/ingresses/%2").arg(ns, name) };
}

/// Changes the lab from its own thread (its own KubeClient and event loop), one request after the
/// other, while the thread that calls run() through runBlocked() waits.
class LabWriter final : public QObject
{
public:
    explicit LabWriter(ConnectionConfig config)
        : m_config(std::move(config))
    {
    }

    /// In the writer's thread. Empty when every step answered 2xx; the bodies go to @p answers.
    QString run(const QList<Step>& steps, QList<QJsonObject>* answers)
    {
        KubeClient client(m_config);
        for (const Step& step : steps) {
            Net::HttpRequest request = client.request(step.method, step.path);
            if (!step.body.isEmpty()) {
                request.body = step.body;
                request.headers.append({ QByteArrayLiteral("Content-Type"), step.contentType });
            }
            Net::HttpReply* reply = client.send(request, this);
            QEventLoop loop;
            connect(reply, &Net::HttpReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            const QString what = QString::fromLatin1(step.method) + QLatin1Char(' ') + step.path;
            const int status = reply->status();
            const QByteArray body = reply->body();
            const bool finished = reply->isFinished();
            delete reply;
            if (!finished)
                return what + QStringLiteral(": no answer within 20 s");
            if (status < 200 || status > 299)
                return what + QStringLiteral(": HTTP %1 %2").arg(status).arg(QString::fromUtf8(body));
            if (answers)
                answers->append(QJsonDocument::fromJson(body).object());
        }
        return {};
    }

private:
    ConnectionConfig m_config;
};

} // namespace

class TestInformerExpiry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    QThread m_writerThread;
    LabWriter* m_writer = nullptr;

    ConnectionConfig connection()
    {
        const auto config = Kubeconfig::loadFile(m_lab->kubeconfigPath());
        if (!config)
            qFatal("%s", qPrintable(config.error().toString()));
        const auto resolved = config->resolve();
        if (!resolved)
            qFatal("%s", qPrintable(resolved.error().toString()));
        return *resolved;
    }

    /// Runs @p steps in the writer's thread; this thread (and every informer in it) waits meanwhile.
    QString runBlocked(const QList<Step>& steps, QList<QJsonObject>* answers = nullptr)
    {
        QString error;
        QMetaObject::invokeMethod(
            m_writer, [&] { error = m_writer->run(steps, answers); }, Qt::BlockingQueuedConnection);
        return error;
    }

    /// uid -> resourceVersion of the collection @p resource (or of every watched one), by a fresh list.
    QMap<QString, QString> serverState(KubeClient* client, const std::optional<ApiResource>& only = std::nullopt)
    {
        QMap<QString, QString> state;
        int pending = 0;
        bool failed = false;
        const QList<ApiResource> resources = only ? QList<ApiResource> { *only } : ApiResource::watched();
        for (const ApiResource& resource : resources) {
            // Pods and EndpointSlices become summaries, not resources with their uid.
            if (!only && ObjectMapper::isSummarised(resource.mapperKind()))
                continue;
            ++pending;
            client->list(resource, QString(), this, [&, resource](Expected<ListResult> result) {
                --pending;
                // An add-on's kind the lab does not serve (yet) is not watched either.
                if (!result && resource.optional && !only)
                    return;
                if (!result) {
                    failed = true;
                    qWarning("list failed: %s", qPrintable(result.error().toString()));
                    return;
                }
                for (const QJsonObject& item : result->items)
                    state.insert(metaOf(item, "uid"), metaOf(item, "resourceVersion"));
            });
        }
        if (!QTest::qWaitFor([&] { return pending == 0; }, 20000))
            return { { QStringLiteral("error"), QStringLiteral("list timed out") } };
        if (failed)
            return { { QStringLiteral("error"), QStringLiteral("list failed") } };
        return state;
    }

    static QMap<QString, QString> inventoryState(const Inventory& inventory)
    {
        QMap<QString, QString> state;
        for (const ResourcePtr& r : inventory.all())
            if (!r->uid.isEmpty())
                state.insert(r->uid, r->resourceVersion);
        return state;
    }

    static QMap<QString, QString> informerState(const Informer& informer)
    {
        QMap<QString, QString> state;
        for (const Informer::ObjectMeta& meta : informer.objects())
            state.insert(meta.uid, meta.resourceVersion);
        return state;
    }

    static ResourceId kubeId(ResourceKind kind, const QString& ns, const QString& name)
    {
        return ResourceId::kube(QStringLiteral("netloom-lab"), kind, ns, name);
    }

    static Informer* informerOf(const ClusterSession& session, const QString& plural)
    {
        for (Informer* informer : session.informers())
            if (informer->resource().plural == plural)
                return informer;
        return nullptr;
    }

    /// The keys ("namespace/name") upserted and removed by the changed() signals in @p spy.
    static std::pair<QSet<QString>, QSet<QString>> changedKeys(const QSignalSpy& spy)
    {
        QSet<QString> upserted;
        QSet<QString> removed;
        for (const QList<QVariant>& args : spy) {
            for (const QJsonObject& object : args.at(0).value<QList<QJsonObject>>())
                upserted.insert(keyOf(object));
            for (const QJsonObject& object : args.at(1).value<QList<QJsonObject>>())
                removed.insert(keyOf(object));
        }
        return { upserted, removed };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_writerThread.setObjectName(QStringLiteral("lab-writer"));
        m_writerThread.start();
    }

    void cleanupTestCase()
    {
        m_writerThread.quit();
        m_writerThread.wait();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        for (const char* name : { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            qunsetenv(name);
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start({ QStringLiteral("--watch-history"), QString::number(WatchHistory) });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_writer = new LabWriter(connection());
        m_writer->moveToThread(&m_writerThread);
    }

    void cleanup()
    {
        if (m_writer)
            QMetaObject::invokeMethod(
                m_writer, [writer = m_writer] { delete writer; }, Qt::BlockingQueuedConnection);
        m_writer = nullptr;
        m_lab.reset();
        m_dir.reset();
    }

    // The option itself: documented in --help, range-checked.
    void watchHistoryOption()
    {
        const QString lab = executable(QStringLiteral("netloom-lab"));
        const ProcessResult help = runProcess(lab, { QStringLiteral("--help") });
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        QVERIFY2(help.out.contains("--watch-history"), qPrintable(help.describe()));
        for (const char* bad : { "5", "9", "abc", "-1", "1000001" }) {
            const ProcessResult refused = runProcess(lab,
                { QStringLiteral("--kubeconfig-out"), m_dir->filePath(QStringLiteral("unused-kubeconfig")),
                    QStringLiteral("--watch-history"), QString::fromLatin1(bad) },
                20000);
            QVERIFY2(refused.finished && refused.exitCode == 1, qPrintable(refused.describe()));
            QVERIFY2(refused.err.contains("--watch-history must be a number from 10 to 1000000"),
                qPrintable(refused.describe()));
        }
    }

    // Watches dropped, more than WatchHistory changes while they are down: every informer's resume
    // gets ERROR 410, re-lists once, and only the difference reaches the Inventory.
    void resumeAfterCompactionRelists()
    {
        LogCapture log;
        Inventory inventory;
        ClusterSession::Options options;
        options.pageSize = 4;
        ClusterSession session(connection(), &inventory, options);
        QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        KubeClient client(connection());
        QCOMPARE(inventoryState(inventory), serverState(&client));

        Informer* services = informerOf(session, QStringLiteral("services"));
        Informer* ingresses = informerOf(session, QStringLiteral("ingresses"));
        QVERIFY(services && ingresses);
        QVERIFY(session.informers().size() >= 4); // the four required kinds, and the add-ons the lab serves

        // A change that arrives through the watch before the gap: the cache then holds that object as a
        // watch event carries it (with kind/apiVersion), which a re-list must not count as a change.
        const QString cartId = QStringLiteral("shop/cart");
        const QString labelled
            = runBlocked({ labelService(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("watched")) });
        QVERIFY2(labelled.isEmpty(), qPrintable(labelled));
        QTRY_COMPARE_WITH_TIMEOUT(inventoryState(inventory), serverState(&client), 20000);
        QTest::qWait(300); // every watch is open

        QList<int> listsBefore;
        for (Informer* informer : session.informers()) {
            QCOMPARE(informer->listCount(), 1);
            listsBefore.append(informer->listCount());
        }
        QSignalSpy servicesChanged(services, &Informer::changed);
        QSignalSpy ingressesChanged(ingresses, &Informer::changed);
        QSignalSpy servicesResuming(services, &Informer::resuming);
        QSignalSpy servicesResumed(services, &Informer::resumed);

        // The gap: drop every watch, then 25 changes (> WatchHistory) before any informer can resume.
        QList<Step> steps { { "POST", QStringLiteral("/lab/v1/drop-watches") },
            createNamespace(QStringLiteral("expiry")) };
        for (int i = 0; i < 16; ++i)
            steps.append(
                createService(QStringLiteral("expiry"), QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'))));
        steps.append(createIngress(QStringLiteral("expiry"), QStringLiteral("web"), QStringLiteral("svc-15")));
        steps.append(labelService(QStringLiteral("shop"), QStringLiteral("catalog"), QStringLiteral("gap")));
        for (int i = 0; i < 4; ++i) // created and deleted inside the gap: never seen at all
            steps.append(
                deleteService(QStringLiteral("expiry"), QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'))));
        steps.append(deleteService(QStringLiteral("shop"), QStringLiteral("redis")));
        steps.append(deleteIngress(QStringLiteral("identity"), QStringLiteral("keycloak")));
        QVERIFY(steps.size() - 1 > WatchHistory);
        QList<QJsonObject> answers;
        const QString gap = runBlocked(steps, &answers);
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        QVERIFY2(answers.first().value(QStringLiteral("dropped")).toInt() >= 4,
            QJsonDocument(answers.first()).toJson().constData());

        // The session resumes by itself, through one re-list after 410 per informer (also for ingress
        // classes, where nothing changed), and ends with exactly the lab's state.
        for (qsizetype i = 0; i < session.informers().size(); ++i) {
            const Informer* informer = session.informers().at(i);
            QTRY_VERIFY2_WITH_TIMEOUT(informer->listCount() > listsBefore.at(i) && !informer->isResuming(),
                qPrintable(QStringLiteral("%1: %2 lists").arg(informer->resource().plural).arg(informer->listCount())),
                20000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Synced, 20000);
        QCOMPARE(inventoryState(inventory), serverState(&client));
        for (qsizetype i = 0; i < session.informers().size(); ++i) {
            const Informer* informer = session.informers().at(i);
            QCOMPARE(informer->listCount(), listsBefore.at(i) + 1);
            QCOMPARE(informerState(*informer), serverState(&client, informer->resource()));
        }
        const QString text = logText();
        QVERIFY2(text.contains(QStringLiteral("too old resource version")), qPrintable(text));
        for (const Informer* informer : session.informers())
            QVERIFY2(logHas(text, QStringLiteral("watch of %1 expired"), informer->resource().qualifiedName()),
                qPrintable(text));
        QVERIFY(servicesResuming.count() >= 1);
        QVERIFY(servicesResumed.count() >= 1);
        QVERIFY(!services->isResuming());
        // The watch that reports ERROR 410 opens (HTTP 200) first; that opening must not count as the
        // end of the resume, or ClusterSession would be Synced with stale data before the re-list.
        QCOMPARE(servicesResumed.count(), 1);

        // Only the difference, passed on page by page as the re-list arrives (pageSize 4): at most one
        // changed() a page, each object once, the removals with the last page only.
        const qsizetype servicePages = (serverState(&client, ApiResource::services()).size() + 3) / 4;
        QVERIFY2(servicesChanged.count() >= 1 && servicesChanged.count() <= servicePages,
            qPrintable(QStringLiteral("%1 changed() for %2 pages").arg(servicesChanged.count()).arg(servicePages)));
        qsizetype upsertedObjects = 0;
        for (qsizetype i = 0; i < servicesChanged.count(); ++i) {
            upsertedObjects += servicesChanged.at(i).at(0).value<QList<QJsonObject>>().size();
            if (i + 1 < servicesChanged.count())
                QVERIFY(servicesChanged.at(i).at(1).value<QList<QJsonObject>>().isEmpty());
        }
        const auto [upserted, removed] = changedKeys(servicesChanged);
        QCOMPARE(upsertedObjects, upserted.size());
        QSet<QString> expectedUpserted { QStringLiteral("shop/catalog") };
        for (int i = 4; i < 16; ++i)
            expectedUpserted.insert(QStringLiteral("expiry/svc-%1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(upserted, expectedUpserted);
        QVERIFY2(!upserted.contains(cartId), "an object unchanged since its watch event was emitted again");
        QCOMPARE(removed, QSet<QString> { QStringLiteral("shop/redis") });
        QVERIFY(ingressesChanged.count() >= 1);
        const auto [ingressesUpserted, ingressesRemoved] = changedKeys(ingressesChanged);
        QCOMPARE(ingressesUpserted, QSet<QString> { QStringLiteral("expiry/web") });
        QCOMPARE(ingressesRemoved, QSet<QString> { QStringLiteral("identity/keycloak") });

        // In the Inventory: what was deleted in the gap is gone, what was created is there.
        QVERIFY(!inventory.contains(kubeId(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("redis"))));
        QVERIFY(
            !inventory.contains(kubeId(ResourceKind::Ingress, QStringLiteral("identity"), QStringLiteral("keycloak"))));
        QVERIFY(!inventory.contains(kubeId(ResourceKind::Service, QStringLiteral("expiry"), QStringLiteral("svc-00"))));
        QVERIFY(inventory.contains(kubeId(ResourceKind::Namespace, QString(), QStringLiteral("expiry"))));
        const ResourcePtr web
            = inventory.get(kubeId(ResourceKind::Ingress, QStringLiteral("expiry"), QStringLiteral("web")));
        QVERIFY(web);
        QVERIFY(inventory.relationsOf(web->id).contains(Relation { RelationType::RoutesTo,
            kubeId(ResourceKind::Service, QStringLiteral("expiry"), QStringLiteral("svc-15")) }));

        // The new watches work: a deletion after the re-list arrives as an event, not a list.
        const QString later = runBlocked({ deleteService(QStringLiteral("expiry"), QStringLiteral("svc-04")) });
        QVERIFY2(later.isEmpty(), qPrintable(later));
        QTRY_VERIFY_WITH_TIMEOUT(
            !inventory.contains(kubeId(ResourceKind::Service, QStringLiteral("expiry"), QStringLiteral("svc-04"))),
            20000);
        QCOMPARE(services->listCount(), listsBefore.at(session.informers().indexOf(services)) + 1);
        QCOMPARE(inventoryState(inventory), serverState(&client));
        session.stop();
    }

    // A paginated list whose continue token expires half-way (more than WatchHistory changes between
    // two pages) starts again and delivers exactly the lab's state, without what was deleted meanwhile.
    void expiredContinueTokenRestartsTheList()
    {
        KubeClient client(connection());
        client.setPageSize(2);
        const QMap<QString, QString> before = serverState(&client, ApiResource::services());
        QVERIFY2(before.size() >= 10, "the demo seed has enough services for many pages");

        // Page 1 (pageSize 2, keys in order) is calico-system/calico-kube-controllers-metrics and
        // calico-system/calico-typha: deleting the latter after page 1 is what a list that just went on
        // with its old token would still report.
        QList<Step> steps { createNamespace(QStringLiteral("paging")) };
        for (int i = 0; i < 16; ++i)
            steps.append(
                createService(QStringLiteral("paging"), QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'))));
        steps.append(labelService(QStringLiteral("shop"), QStringLiteral("catalog"), QStringLiteral("paging")));
        for (int i = 0; i < 4; ++i)
            steps.append(
                deleteService(QStringLiteral("paging"), QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'))));
        steps.append(deleteService(QStringLiteral("calico-system"), QStringLiteral("calico-typha")));
        steps.append(deleteService(QStringLiteral("shop"), QStringLiteral("redis")));
        QVERIFY(steps.size() > WatchHistory);

        LogCapture log;
        std::atomic<bool> triggered = false;
        QString gap;
        // When the informer asks for its second page, the changes happen (this thread waits for them).
        g_onMainThreadMessage = [&](const QString& line) {
            if (triggered || !line.startsWith(QStringLiteral("netloom.net: GET"))
                || !line.contains(QStringLiteral("/api/v1/services?")) || !line.contains(QStringLiteral("continue=")))
                return;
            triggered = true;
            gap = runBlocked(steps);
        };

        Informer informer(&client, ApiResource::services());
        QSignalSpy synced(&informer, &Informer::synced);
        QSignalSpy failed(&informer, &Informer::failed);
        informer.start(false);
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1 || failed.count() == 1, 20000);
        g_onMainThreadMessage = nullptr;
        QVERIFY(triggered);
        QVERIFY2(gap.isEmpty(), qPrintable(gap));
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).value<Error>().toString()));

        const QString text = logText();
        QVERIFY2(logHas(text, QStringLiteral("continue token expired while listing %1 - restarting"),
                     ApiResource::services().qualifiedName()),
            qPrintable(text));
        QCOMPARE(informer.listCount(), 1); // the restart is inside the one list
        const QMap<QString, QString> expected = serverState(&client, ApiResource::services());
        QCOMPARE(informerState(informer), expected);
        QCOMPARE(informer.size(), before.size() + 12 - 2);
        QSet<QString> keys;
        for (auto it = informer.objects().cbegin(); it != informer.objects().cend(); ++it)
            keys.insert(it.key());
        QVERIFY(!keys.contains(QStringLiteral("calico-system/calico-typha")));
        QVERIFY(!keys.contains(QStringLiteral("shop/redis")));
        QVERIFY(!keys.contains(QStringLiteral("paging/svc-00")));
        QVERIFY(keys.contains(QStringLiteral("paging/svc-15")));
    }
};

QTEST_GUILESS_MAIN(TestInformerExpiry)
#include "tst_informerexpiry.moc"
