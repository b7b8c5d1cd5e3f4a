// The informers (ClusterSession) against netloom-lab: initial sync, resume after the lab drops every
// watch while objects change, and no credential in the logs.

#include "models/domain/Inventory.h"
#include "models/kube/ClusterSession.h"
#include "models/kube/Informer.h"
#include "models/kube/KubeClient.h"
#include "models/kube/ObjectMapper.h"
#include "models/kube/Kubeconfig.h"
#include "models/net/HttpReply.h"
#include "models/topology/TopologyModel.h"
#include "models/kube/ExecCredentialProvider.h"
#include "tests/support/LabProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Kube;
using namespace Netloom::TestSupport;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message);
}

QJsonObject parseJson(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestClusterSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;

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

    // uid -> resourceVersion of every namespace, service, ingress, ingressclass, by a fresh list.
    QMap<QString, QString> serverState(KubeClient* client)
    {
        QMap<QString, QString> state;
        int pending = 0;
        bool failed = false;
        for (const ApiResource& resource : ApiResource::watched()) {
            // Pods and EndpointSlices become summaries, not resources with their uid.
            if (ObjectMapper::isSummarised(resource.mapperKind()))
                continue;
            ++pending;
            client->list(resource, QString(), this, [&, resource](Expected<ListResult> result) {
                --pending;
                // An add-on's kind the lab does not serve (yet) is not watched either.
                if (!result && resource.optional)
                    return;
                if (!result) {
                    failed = true;
                    qWarning("list failed: %s", qPrintable(result.error().toString()));
                    return;
                }
                for (const QJsonObject& item : result->items) {
                    const QJsonObject meta = item.value(QStringLiteral("metadata")).toObject();
                    state.insert(meta.value(QStringLiteral("uid")).toString(),
                                 meta.value(QStringLiteral("resourceVersion")).toString());
                }
            });
        }
        if (!QTest::qWaitFor([&] { return pending == 0; }, 20000))
            return {{QStringLiteral("error"), QStringLiteral("list timed out")}};
        if (failed)
            return {{QStringLiteral("error"), QStringLiteral("list failed")}};
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

    // Runs @p call (which takes a callback) and waits for the callback; fails the test on error.
    template<class T, class Call>
    Expected<T> await(Call call)
    {
        std::optional<Expected<T>> result;
        call([&](Expected<T> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(QStringLiteral("no answer within 20 s"));
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        for (const char* name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanup()
    {
        m_lab.reset();
        m_dir.reset();
    }

    // Defect 5.1: the topology of the lab's real objects, mapped by ObjectMapper through the
    // session, has every arrow of the ingress path along the traffic:
    // LoadBalancer Service -> ingress controller -> IngressClass -> Ingress -> backend Service.
    void ingressPathPointsAlongTheTraffic()
    {
        Inventory inventory;
        ClusterSession session(connection(), &inventory);
        QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        inventory.flush();
        Topology::TopologyModel model(inventory);
        const auto id = [](ResourceKind kind, const char* ns, const char* name) {
            return ResourceId::kube(QStringLiteral("netloom-lab"), kind, QLatin1String(ns), QLatin1String(name));
        };
        const auto edge = [&model](const ResourceId& from, const ResourceId& to) {
            for (const Topology::TopologyEdge& e : model.edges())
                if (e.source == from && e.target == to)
                    return true;
            return false;
        };
        const QList<ResourceId> path {
            id(ResourceKind::Service, "ingress-nginx", "ingress-nginx-controller"),
            id(ResourceKind::IngressController, "ingress-nginx", "ingress-nginx-controller"),
            id(ResourceKind::IngressClass, "", "nginx"),
            id(ResourceKind::Ingress, "shop", "storefront"),
            id(ResourceKind::Service, "shop", "storefront"),
        };
        for (const ResourceId& hop : path)
            QVERIFY2(model.hasNode(hop), qPrintable(hop.toString()));
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            const QByteArray hop = (path[i].toString() + QStringLiteral(" -> ") + path[i + 1].toString()).toUtf8();
            QVERIFY2(edge(path[i], path[i + 1]), hop.constData());
            QVERIFY2(!edge(path[i + 1], path[i]), QByteArray("backwards: " + hop).constData());
            // and the columns of the layout follow the traffic left to right
            QVERIFY2(model.node(path[i])->layer < model.node(path[i + 1])->layer, hop.constData());
        }
    }

    // The lab's token handed out by an exec plugin for 3 s at a time: the session runs the plugin
    // before its first request and again before each credential runs out, and stays synced (the
    // watches opened later carry the new token).
    void execCredentialIsRefreshedBeforeItExpires()
    {
        const QString plugin = m_dir->filePath(QStringLiteral("short-lived"));
        {
            QFile script(plugin);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\necho run >> \"$0.runs\"\n"
                         "exp=$(date -u -d '+3 seconds' +%Y-%m-%dT%H:%M:%SZ)\n"
                         "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                         "\"status\":{\"token\":\"%s\",\"expirationTimestamp\":\"%s\"}}' \""
                + m_lab->token() + "\" \"$exp\"\n");
        }
        QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        ConnectionConfig config = connection();
        config.bearerToken.clear();
        ExecPlugin exec;
        exec.apiVersion = ExecPlugin::V1;
        exec.command = plugin;
        exec.interactiveMode = ExecPlugin::Interactive::Never;
        exec.kubeconfigFile = m_lab->kubeconfigPath();
        exec.userName = QStringLiteral("netloom-lab");
        config.exec = exec;

        Inventory inventory;
        ClusterSession session(config, &inventory);
        QVERIFY(session.credentials());
        session.credentials()->setTrusted(true);
        QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        QCOMPARE(session.credentials()->runs(), 1);
        // Refreshed a little before each expiry (3 s lifetime: 1 s ahead), never after it ran out.
        QTRY_VERIFY_WITH_TIMEOUT(session.credentials()->runs() >= 3, 10000);
        QVERIFY(session.credentials()->cached());
        QCOMPARE(session.state(), ClusterSession::State::Synced);
        // A request made now carries the current credential: the server accepts it.
        QVERIFY(!serverState(session.client()).isEmpty());
    }

    // The lab's token rotated while the watches are open: the reopened watches get 401, which runs
    // the exec plugin again (it now prints the new token), and the refused informers use the new
    // credential at once instead of a minute later.
    void aRefusedWatchRunsTheExecPluginAgain()
    {
        const QString tokenFile = m_dir->filePath(QStringLiteral("token"));
        const auto writeToken = [&](const QByteArray& token) {
            QFile f(tokenFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(token);
        };
        writeToken(m_lab->token());
        const QString plugin = m_dir->filePath(QStringLiteral("from-file"));
        {
            QFile script(plugin);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                         "\"status\":{\"token\":\"%s\"}}' \"$(cat '" + tokenFile.toUtf8() + "')\"\n");
        }
        QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        ConnectionConfig config = connection();
        config.bearerToken.clear();
        ExecPlugin exec;
        exec.apiVersion = ExecPlugin::V1;
        exec.command = plugin;
        exec.interactiveMode = ExecPlugin::Interactive::Never;
        exec.kubeconfigFile = m_lab->kubeconfigPath();
        exec.userName = QStringLiteral("netloom-lab");
        config.exec = exec;
        Inventory inventory;
        ClusterSession session(config, &inventory);
        session.credentials()->setTrusted(true);
        QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
        QElapsedTimer sinceStart;
        sinceStart.start();
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        QCOMPARE(session.credentials()->runs(), 1);
        // The session runs the plugin on a 401 at most every 10 s: wait for that much.
        QTest::qWait(std::max<qint64>(0, 10'500 - sinceStart.elapsed()));

        const auto post = [&](KubeClient& client, const char* path) {
            return await<QJsonObject>([&](auto done) {
                Net::HttpReply* reply = client.send(client.request("POST", QLatin1String(path)), this);
                connect(reply, &Net::HttpReply::finished, this, [reply, done] {
                    reply->deleteLater();
                    if (reply->status() != 200)
                        return done(Error(QStringLiteral("HTTP %1").arg(reply->status())));
                    done(QJsonDocument::fromJson(reply->body()).object());
                });
            });
        };
        KubeClient oldClient(connection());
        const auto rotated = post(oldClient, "/lab/v1/rotate-token");
        QVERIFY(rotated.hasValue());
        const QByteArray newToken = rotated->value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(!newToken.isEmpty());
        writeToken(newToken);
        ConnectionConfig fresh = connection();
        fresh.bearerToken = newToken;
        KubeClient newClient(fresh);
        QVERIFY(post(newClient, "/lab/v1/drop-watches").hasValue());

        QTRY_VERIFY_WITH_TIMEOUT(session.credentials()->runs() == 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Synced, 10000);
        // Live again with the new credential: a namespace created now arrives through the watch.
        const auto ns = await<QJsonObject>([&](auto done) {
            newClient.create(ApiResource::namespaces(), QString(),
                parseJson("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"after-rotation\"}}"), this, done);
        });
        QVERIFY(ns.hasValue());
        QTRY_VERIFY_WITH_TIMEOUT(inventory.get(ResourceId::kube(QStringLiteral("netloom-lab"), ResourceKind::Namespace,
                                     QString(), QStringLiteral("after-rotation"))),
            10000);
        QCOMPARE(session.credentials()->runs(), 2);
    }

    void syncsAndResumesAfterDroppedWatches()
    {
        Inventory inventory;
        ClusterSession::Options options;
        options.pageSize = 4; // several pages per collection
        ClusterSession session(connection(), &inventory, options);
        QSignalSpy states(&session, &ClusterSession::stateChanged);
        QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        QCOMPARE(session.state(), ClusterSession::State::Synced);
        QVERIFY(session.initialSyncMs() >= 0);
        QVERIFY(session.objectCount() > 10);
        qInfo("initial sync of the demo lab: %lld objects, %lld inventory resources, %lld ms",
              static_cast<long long>(session.objectCount()), static_cast<long long>(inventory.size()),
              static_cast<long long>(session.initialSyncMs()));

        KubeClient client(connection());
        QCOMPARE(inventoryState(inventory), serverState(&client));
        QVERIFY(inventory.get(ResourceId::kube(QStringLiteral("netloom-lab"), ResourceKind::Cluster, QString(),
                                               QStringLiteral("netloom-lab"))));
        QList<int> watchesBefore;
        for (Informer* informer : session.informers()) {
            QVERIFY(informer->listCount() >= 1);
            watchesBefore.append(informer->watchCount());
        }

        // Let the watches open, then drop them all and change things while they are down.
        QTest::qWait(300);
        auto dropped = await<QJsonObject>([&](auto done) {
            Net::HttpReply* reply = client.send(client.request("POST", QStringLiteral("/lab/v1/drop-watches")), this);
            connect(reply, &Net::HttpReply::finished, this, [reply, done] {
                reply->deleteLater();
                if (reply->status() != 200)
                    return done(Error(QStringLiteral("drop-watches: HTTP %1").arg(reply->status())));
                done(QJsonDocument::fromJson(reply->body()).object());
            });
        });
        QVERIFY2(dropped, qPrintable(dropped ? QString() : dropped.error().toString()));
        QVERIFY2(dropped->value(QStringLiteral("dropped")).toInt() >= 4, QJsonDocument(*dropped).toJson().constData());

        const auto ns = await<QJsonObject>([&](auto done) {
            client.create(ApiResource::namespaces(), QString(),
                          parseJson(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"resume-test"}})"), this,
                          done);
        });
        QVERIFY2(ns, qPrintable(ns ? QString() : ns.error().toString()));
        const auto svc = await<QJsonObject>([&](auto done) {
            client.create(ApiResource::services(), QStringLiteral("resume-test"),
                          parseJson(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"api","namespace":"resume-test"},
                                       "spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"api"}}})"),
                          this, done);
        });
        QVERIFY2(svc, qPrintable(svc ? QString() : svc.error().toString()));
        const auto ing = await<QJsonObject>([&](auto done) {
            client.create(ApiResource::ingresses(), QStringLiteral("resume-test"),
                          parseJson(R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress",
                                       "metadata":{"name":"api","namespace":"resume-test"},
                                       "spec":{"ingressClassName":"nginx","rules":[{"host":"api.resume.test","http":{"paths":[
                                         {"path":"/","pathType":"Prefix","backend":{"service":{"name":"api","port":{"number":80}}}}]}}]}})"),
                          this, done);
        });
        QVERIFY2(ing, qPrintable(ing ? QString() : ing.error().toString()));
        const auto removed = await<QJsonObject>([&](auto done) {
            client.remove(ApiResource::services(), QStringLiteral("shop"), QStringLiteral("redis"), this, done);
        });
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));

        // The session resumes by itself and ends with exactly the server's state.
        const QMap<QString, QString> expected = serverState(&client);
        QVERIFY(expected.contains(ing->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("uid")).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(inventoryState(inventory), expected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Synced, 20000);
        bool sawReconnecting = false;
        for (const QList<QVariant>& s : std::as_const(states))
            sawReconnecting |= s.at(0).value<ClusterSession::State>() == ClusterSession::State::Reconnecting;
        QVERIFY(sawReconnecting);
        for (qsizetype i = 0; i < session.informers().size(); ++i)
            QVERIFY2(session.informers().at(i)->watchCount() > watchesBefore.at(i), "the watch was not reopened");
        QVERIFY(!inventory.contains(ResourceId::kube(QStringLiteral("netloom-lab"), ResourceKind::Service,
                                                     QStringLiteral("shop"), QStringLiteral("redis"))));
        const ResourcePtr ingress = inventory.get(ResourceId::kube(QStringLiteral("netloom-lab"), ResourceKind::Ingress,
                                                                   QStringLiteral("resume-test"), QStringLiteral("api")));
        QVERIFY(ingress);
        QVERIFY(inventory.relationsOf(ingress->id)
                    .contains(Relation { RelationType::RoutesTo,
                        ResourceId::kube(QStringLiteral("netloom-lab"), ResourceKind::Service,
                            QStringLiteral("resume-test"), QStringLiteral("api")) }));

        // A deletion after the resume arrives through the watch too.
        const auto removedNs = await<QJsonObject>([&](auto done) {
            client.remove(ApiResource::ingresses(), QStringLiteral("resume-test"), QStringLiteral("api"), this, done);
        });
        QVERIFY(removedNs);
        QTRY_VERIFY_WITH_TIMEOUT(!inventory.contains(ingress->id), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(inventoryState(inventory), serverState(&client), 20000);

        // Stopped, the server changes, started again: what is gone is removed after the new sync.
        session.stop();
        const auto removedSvc = await<QJsonObject>([&](auto done) {
            client.remove(ApiResource::services(), QStringLiteral("resume-test"), QStringLiteral("api"), this, done);
        });
        QVERIFY(removedSvc);
        QSignalSpy resynced(&session, &ClusterSession::initialSyncFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(resynced.count() == 1, 20000);
        QCOMPARE(inventoryState(inventory), serverState(&client));
        QVERIFY(!inventory.contains(ResourceId::kube(QStringLiteral("netloom-lab"), ResourceKind::Service,
                                                     QStringLiteral("resume-test"), QStringLiteral("api"))));
    }

    void clientErrorsAreReadable()
    {
        KubeClient client(connection());
        const auto missing = await<QJsonObject>([&](auto done) {
            client.get(ApiResource::ingresses(), QStringLiteral("shop"), QStringLiteral("x"), this, done);
        });
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, QStringLiteral("ingresses.networking.k8s.io \"x\" not found"));

        ConnectionConfig wrongToken = connection();
        wrongToken.bearerToken = "wrong-token-value";
        KubeClient unauthorized(wrongToken);
        const auto denied = await<ListResult>([&](auto done) {
            unauthorized.list(ApiResource::namespaces(), QString(), this, done);
        });
        QVERIFY(!denied);
        QVERIFY2(denied.error().message.contains(QStringLiteral("401")), qPrintable(denied.error().message));
        QVERIFY(!denied.error().toString().contains(QStringLiteral("wrong-token-value")));

        // Session level: a refused sync fails with the reason.
        Inventory inventory;
        ClusterSession session(wrongToken, &inventory);
        QSignalSpy failed(&session, &ClusterSession::failed);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
        QCOMPARE(session.state(), ClusterSession::State::Failed);
        QVERIFY(session.lastError().message.contains(QStringLiteral("401")));
    }

    void logsOfAnAuthenticatedSyncHoldNoToken()
    {
        const QByteArray token = m_lab->token();
        QVERIFY(token.size() >= 16);
        {
            const QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        {
            Inventory inventory;
            ClusterSession session(connection(), &inventory);
            QSignalSpy synced(&session, &ClusterSession::initialSyncFinished);
            session.start();
            const bool ok = QTest::qWaitFor([&] { return synced.count() == 1; }, 20000);
            QTest::qWait(200); // the watches open and log too
            session.stop();
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
            QVERIFY(ok);
        }
        const QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(g_log.size() > 10, qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("netloom.net")));
        QVERIFY(all.contains(QStringLiteral("watch=1")));
        QVERIFY2(!all.contains(QString::fromLatin1(token)), "the bearer token appears in the log output");
    }
};

QTEST_GUILESS_MAIN(TestClusterSession)
#include "tst_clustersession.moc"
