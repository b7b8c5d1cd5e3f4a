// The write primitives of KubeClient (create, replace with resourceVersion, update from a fresh
// read, JSON merge patch, delete, each also as a server-side dry run) against netloom-lab, and
// what the real kubectl then shows.

#include "models/kube/KubeClient.h"
#include "models/kube/Kubeconfig.h"
#include "tests/support/LabProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Netloom;
using namespace Netloom::Kube;
using namespace Netloom::TestSupport;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// QVERIFY2 builds its message even when the check holds: never ask a value for its error.
QString why(const Expected<QJsonObject>& result)
{
    return result.hasValue() ? QString() : result.error().toString();
}

QString meta(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView(key)).toString();
}

} // namespace

class TestKubeWrites final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    std::unique_ptr<KubeClient> m_client;
    const ApiResource m_services = ApiResource::services();

    ProcessResult kubectl(const QStringList& args) const
    {
        return runProcess(QStringLiteral("kubectl"),
            QStringList { QStringLiteral("--kubeconfig"), m_lab->kubeconfigPath(), QStringLiteral("--cache-dir"),
                m_dir->filePath(QStringLiteral("kubectl-cache")), QStringLiteral("--request-timeout=20s") }
                + args,
            60000);
    }

    // The Service as kubectl shows it (empty when it does not exist).
    QJsonObject kubectlGet(const QString& name)
    {
        const ProcessResult got = kubectl({ QStringLiteral("get"), QStringLiteral("service"), name, QStringLiteral("-n"),
            QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--ignore-not-found") });
        if (got.exitCode != 0)
            qWarning("%s", qPrintable(got.describe()));
        return parse(got.out);
    }

    template<class T, class Call> Expected<T> await(Call call)
    {
        std::optional<Expected<T>> result;
        call([&](Expected<T> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(QStringLiteral("no answer within 20 s"));
        return *result;
    }

    struct WriteAnswer
    {
        Expected<QJsonObject> result = Error(QStringLiteral("no answer"));
        std::optional<KubeClient::Conflict> conflict;
        bool done = false;
    };
    template<class Call> WriteAnswer awaitWrite(Call call)
    {
        WriteAnswer answer;
        call([&](Expected<QJsonObject> r, const std::optional<KubeClient::Conflict>& c) {
            answer.result = std::move(r);
            answer.conflict = c;
            answer.done = true;
        });
        if (!QTest::qWaitFor([&] { return answer.done; }, 20000))
            answer.result = Error(QStringLiteral("no answer within 20 s"));
        return answer;
    }

    QJsonObject service(const char* name)
    {
        QJsonObject object = parse("{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {"
                                   "\"namespace\": \"default\", \"labels\": {\"app\": \"shop\"}}, \"spec\": "
                                   "{\"selector\": {\"app\": \"shop\"}, \"sessionAffinity\": \"ClientIP\", "
                                   "\"ports\": [{\"name\": \"http\", \"port\": 80, \"targetPort\": 8080}]}}");
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("name"), QLatin1String(name));
        object.insert(QStringLiteral("metadata"), metadata);
        return object;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        for (const char* name : { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            qunsetenv(name);
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start({ QStringLiteral("--seed"), QStringLiteral("empty") });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const auto config = Kubeconfig::loadFile(m_lab->kubeconfigPath());
        QVERIFY(config.hasValue());
        const auto resolved = config->resolve();
        QVERIFY(resolved.hasValue());
        m_client = std::make_unique<KubeClient>(*resolved);
    }

    void cleanup()
    {
        m_client.reset();
        m_lab.reset();
        m_dir.reset();
    }

    void dryRunsStoreNothing()
    {
        KubeClient::WriteOptions dry;
        dry.dryRun = true;
        const auto created = await<QJsonObject>([&](auto cb) { m_client->create(m_services, QStringLiteral("default"), service("preview"), dry, this, cb); });
        QVERIFY2(created.hasValue(), qPrintable(why(created)));
        // The server's answer is what it would store: defaults and a cluster IP filled in.
        QVERIFY(!created->value(QStringLiteral("spec")).toObject().value(QStringLiteral("clusterIP")).toString().isEmpty());
        QVERIFY(kubectlGet(QStringLiteral("preview")).isEmpty());

        const auto real = await<QJsonObject>([&](auto cb) { m_client->create(m_services, QStringLiteral("default"), service("preview"), {}, this, cb); });
        QVERIFY(real.hasValue());
        const auto patched = await<QJsonObject>([&](auto cb) {
            m_client->mergePatch(m_services, QStringLiteral("default"), QStringLiteral("preview"),
                parse("{\"metadata\": {\"labels\": {\"tier\": \"web\"}}}"), dry, this, cb);
        });
        QVERIFY(patched.hasValue());
        QCOMPARE(patched->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("web"));
        QVERIFY(!kubectlGet(QStringLiteral("preview")).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().contains(QStringLiteral("tier")));
        const auto removed = await<QJsonObject>([&](auto cb) { m_client->remove(m_services, QStringLiteral("default"), QStringLiteral("preview"), dry, this, cb); });
        QVERIFY(removed.hasValue());
        QVERIFY(!kubectlGet(QStringLiteral("preview")).isEmpty());
        // Strict field validation: an unknown field is an error, not dropped.
        QJsonObject typo = service("typo");
        QJsonObject spec = typo.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("sessionAfinity"), QStringLiteral("None"));
        typo.insert(QStringLiteral("spec"), spec);
        const auto refused = await<QJsonObject>([&](auto cb) { m_client->create(m_services, QStringLiteral("default"), typo, dry, this, cb); });
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().message.contains(QStringLiteral("sessionAfinity")), qPrintable(refused.error().message));
    }

    void mergePatchAndUpdateKeepWhatTheConsoleDoesNotModel()
    {
        const auto created = await<QJsonObject>([&](auto cb) { m_client->create(m_services, QStringLiteral("default"), service("shop"), {}, this, cb); });
        QVERIFY2(created.hasValue(), qPrintable(why(created)));
        // Someone else annotates it with kubectl.
        const ProcessResult annotate = kubectl({ QStringLiteral("annotate"), QStringLiteral("service"), QStringLiteral("shop"),
            QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("owner=team-a") });
        QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.describe()));

        const auto patched = await<QJsonObject>([&](auto cb) {
            m_client->mergePatch(m_services, QStringLiteral("default"), QStringLiteral("shop"),
                parse("{\"metadata\": {\"labels\": {\"tier\": \"web\", \"app\": null}}}"), {}, this, cb);
        });
        QVERIFY2(patched.hasValue(), qPrintable(why(patched)));
        QJsonObject shown = kubectlGet(QStringLiteral("shop"));
        QJsonObject labels = shown.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("tier")).toString(), QStringLiteral("web"));
        QVERIFY(!labels.contains(QStringLiteral("app"))); // null removed it
        QCOMPARE(shown.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("team-a"));
        QCOMPARE(shown.value(QStringLiteral("spec")).toObject().value(QStringLiteral("sessionAffinity")).toString(), QStringLiteral("ClientIP"));

        // update(): a fresh read, one change, the rest sent back as the server had it.
        const WriteAnswer updated = awaitWrite([&](auto cb) {
            m_client->update(m_services, QStringLiteral("default"), QStringLiteral("shop"),
                [](QJsonObject& object) {
                    QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
                    QJsonArray ports = spec.value(QStringLiteral("ports")).toArray();
                    ports.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("https") }, { QStringLiteral("port"), 443 } });
                    spec.insert(QStringLiteral("ports"), ports);
                    object.insert(QStringLiteral("spec"), spec);
                },
                {}, this, cb);
        });
        QVERIFY2(updated.result.hasValue(), qPrintable(why(updated.result)));
        QVERIFY(!updated.conflict);
        shown = kubectlGet(QStringLiteral("shop"));
        QCOMPARE(shown.value(QStringLiteral("spec")).toObject().value(QStringLiteral("ports")).toArray().size(), 2);
        QCOMPARE(shown.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("team-a"));
        QCOMPARE(shown.value(QStringLiteral("spec")).toObject().value(QStringLiteral("sessionAffinity")).toString(), QStringLiteral("ClientIP"));
        QCOMPARE(meta(shown, "resourceVersion"), meta(*updated.result, "resourceVersion"));

        const auto deleted = await<QJsonObject>([&](auto cb) { m_client->remove(m_services, QStringLiteral("default"), QStringLiteral("shop"), {}, this, cb); });
        QVERIFY(deleted.hasValue());
        QVERIFY(kubectlGet(QStringLiteral("shop")).isEmpty());
    }

    void aConflictIsReportedWithBothVersionsNeverOverwritten()
    {
        const auto created = await<QJsonObject>([&](auto cb) { m_client->create(m_services, QStringLiteral("default"), service("race"), {}, this, cb); });
        QVERIFY(created.hasValue());
        const QJsonObject readByUs = *created;
        // kubectl changes it in between.
        const ProcessResult label = kubectl({ QStringLiteral("label"), QStringLiteral("service"), QStringLiteral("race"),
            QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("changed-by=kubectl") });
        QVERIFY2(label.exitCode == 0, qPrintable(label.describe()));

        QJsonObject ours = readByUs;
        QJsonObject metadata = ours.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("labels"), QJsonObject { { QStringLiteral("changed-by"), QStringLiteral("netloom") } });
        ours.insert(QStringLiteral("metadata"), metadata);
        const WriteAnswer answer = awaitWrite([&](auto cb) { m_client->replace(m_services, QStringLiteral("default"), ours, {}, this, cb); });
        QVERIFY(!answer.result.hasValue());
        QCOMPARE(KubeClient::httpStatusOf(answer.result.error()), 409);
        QVERIFY(answer.conflict.has_value());
        QCOMPARE(answer.conflict->sentVersion, meta(readByUs, "resourceVersion"));
        const QJsonObject shown = kubectlGet(QStringLiteral("race"));
        QCOMPARE(answer.conflict->currentVersion, meta(shown, "resourceVersion"));
        QVERIFY(answer.conflict->currentVersion != answer.conflict->sentVersion);
        QCOMPARE(answer.conflict->current.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("changed-by")).toString(), QStringLiteral("kubectl"));
        const QString message = answer.result.error().message;
        QVERIFY2(message.contains(answer.conflict->currentVersion) && message.contains(answer.conflict->sentVersion)
                && message.contains(QStringLiteral("nothing was written")),
            qPrintable(message));
        // kubectl still shows kubectl's change: nothing was overwritten.
        QCOMPARE(shown.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("changed-by")).toString(), QStringLiteral("kubectl"));
        // And a replace without a resourceVersion is refused before it is sent.
        metadata.remove(QStringLiteral("resourceVersion"));
        ours.insert(QStringLiteral("metadata"), metadata);
        const WriteAnswer blind = awaitWrite([&](auto cb) { m_client->replace(m_services, QStringLiteral("default"), ours, {}, this, cb); });
        QVERIFY(!blind.result.hasValue());
        QVERIFY(blind.result.error().message.contains(QStringLiteral("resourceVersion")));
        QCOMPARE(kubectlGet(QStringLiteral("race")).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("changed-by")).toString(), QStringLiteral("kubectl"));
    }
};

QTEST_GUILESS_MAIN(TestKubeWrites)
#include "tst_kubewrites.moc"
