// Exec credential plugins: the kubeconfig's exec section read as kubectl reads it (kubectl config
// view is the oracle), the ExecCredential a plugin prints, the approval, and real plugins (small
// shell scripts) run by ExecCredentialProvider: cached until expiry, environment and
// KUBERNETES_EXEC_INFO passed, failures, hangs and interactive plugins reported clearly.
#include "models/kube/ExecCredentialProvider.h"
#include "models/kube/Kubeconfig.h"
#include "tests/support/LabProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Kube;
using namespace Netloom::TestSupport;

namespace {

const QByteArray Header = "apiVersion: v1\nkind: Config\n"
                          "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:6443'}\n";

} // namespace

class tst_ExecPlugin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content, bool executable = false)
    {
        const QString file = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        return file;
    }

    // A plugin that counts its runs, records its environment and prints a token valid for @p seconds.
    QString tokenPlugin(const QString& name, const QByteArray& token, int seconds)
    {
        return write(name,
            "#!/bin/sh\n"
            "echo run >> \"$0.runs\"\n"
            "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$0.info\"\n"
            "printf '%s' \"$PLUGIN_FLAVOUR\" > \"$0.flavour\"\n"
            "printf '%s\\n' \"$@\" > \"$0.args\"\n"
            "exp=$(date -u -d \"+"
                + QByteArray::number(seconds)
                + " seconds\" +%Y-%m-%dT%H:%M:%SZ)\n"
                  "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                  "\"status\":{\"token\":\""
                + token + "\",\"expirationTimestamp\":\"%s\"}}' \"$exp\"\n",
            true);
    }

    static int lines(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }

    static QByteArray read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static Expected<ExecCredential> fetchNow(ExecCredentialProvider& provider)
    {
        std::optional<Expected<ExecCredential>> result;
        provider.fetch([&](Expected<ExecCredential> credential) { result = std::move(credential); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(QStringLiteral("the provider never answered"));
        return *result;
    }

    ExecPlugin pluginAt(const QString& program, const QString& kubeconfig = {})
    {
        ExecPlugin plugin;
        plugin.apiVersion = ExecPlugin::V1;
        plugin.command = program;
        plugin.interactiveMode = ExecPlugin::Interactive::Never;
        plugin.kubeconfigFile = kubeconfig.isEmpty() ? m_dir.filePath(QStringLiteral("config")) : kubeconfig;
        plugin.userName = QStringLiteral("u");
        return plugin;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // approvals go to a test settings file
        QCoreApplication::setOrganizationName(QStringLiteral("NetloomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_execplugin"));
    }

    // kubectl is the oracle: every field of both apiVersions as `kubectl config view --merge
    // --flatten -o json` prints it, interactiveMode's default for v1beta1 included.
    void sectionReadAsKubectlReadsIt()
    {
        const QString file = write(QStringLiteral("oracle/config"),
            Header
                + "users:\n"
                  "- name: full\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: ./bin/plug\n      args: ['--region', 'eu de', '-v']\n"
                  "      env: [{name: FLAVOUR, value: 'a b'}, {name: EMPTY, value: ''}]\n"
                  "      installHint: 'apt install plug'\n      provideClusterInfo: true\n"
                  "      interactiveMode: Never\n"
                  "- name: beta\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                  "      command: plug\n"
                  "contexts:\n- name: full\n  context: {cluster: c, user: full}\n"
                  "- name: beta\n  context: {cluster: c, user: beta}\ncurrent-context: full\n");
        const ProcessResult view = runProcess(QStringLiteral("kubectl"),
            { QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--merge"), QStringLiteral("--flatten"),
                QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), file });
        QVERIFY2(view.exitCode == 0, qPrintable(view.describe()));
        const auto config = Kubeconfig::loadFile(file);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        const QJsonArray users = QJsonDocument::fromJson(view.out).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 2);
        for (const QJsonValue& entry : users) {
            const QString name = entry[QStringLiteral("name")].toString();
            const QJsonObject exec = entry[QStringLiteral("user")][QStringLiteral("exec")].toObject();
            const KubeconfigUser* user = config->user(name);
            QVERIFY2(user && user->exec, qPrintable(name));
            QVERIFY2(user->execProblem.isEmpty(), qPrintable(user->execProblem));
            const ExecPlugin& plugin = *user->exec;
            QCOMPARE(plugin.command, exec[QStringLiteral("command")].toString());
            QCOMPARE(plugin.apiVersion, exec[QStringLiteral("apiVersion")].toString());
            QStringList args;
            for (const QJsonValue& a : exec[QStringLiteral("args")].toArray())
                args.append(a.toString());
            QCOMPARE(plugin.args, args);
            QList<QPair<QString, QString>> env;
            for (const QJsonValue& e : exec[QStringLiteral("env")].toArray())
                env.append({ e[QStringLiteral("name")].toString(), e[QStringLiteral("value")].toString() });
            QCOMPARE(plugin.env, env);
            QCOMPARE(plugin.installHint, exec[QStringLiteral("installHint")].toString());
            QCOMPARE(plugin.provideClusterInfo, exec[QStringLiteral("provideClusterInfo")].toBool());
            QCOMPARE(ExecPlugin::interactiveName(plugin.interactiveMode), exec[QStringLiteral("interactiveMode")].toString());
        }
        // A command with a slash is relative to the kubeconfig's folder; one without is looked up in PATH.
        QCOMPARE(config->user(QStringLiteral("full"))->exec->program(), m_dir.filePath(QStringLiteral("oracle/bin/plug")));
        QCOMPARE(config->user(QStringLiteral("full"))->exec->commandLine(),
            QStringLiteral("FLAVOUR='a b' EMPTY='' ./bin/plug --region 'eu de' -v"));
        // The context resolves with the plugin to run (no static token).
        const auto resolved = config->resolve(QStringLiteral("full"));
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        QVERIFY(resolved->exec);
        QVERIFY(resolved->bearerToken.isEmpty());
    }

    void staticTokenWinsOverThePlugin()
    {
        const QString file = write(QStringLiteral("both.yaml"),
            Header
                + "users:\n- name: u\n  user:\n    token: static\n    exec:\n"
                  "      apiVersion: client.authentication.k8s.io/v1beta1\n      command: plug\n"
                  "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n");
        const auto resolved = Kubeconfig::loadFile(file)->resolve();
        QVERIFY(resolved);
        QCOMPARE(resolved->bearerToken, QByteArray("static"));
        QVERIFY(!resolved->exec);
    }

    void malformedSectionsNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("exec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QByteArray("{apiVersion: client.authentication.k8s.io/v1beta1}")
                                    << QStringLiteral("\"command\" is required");
        QTest::newRow("no apiVersion") << QByteArray("{command: plug}") << QStringLiteral("\"apiVersion\" is required");
        QTest::newRow("v1alpha1") << QByteArray("{command: plug, apiVersion: client.authentication.k8s.io/v1alpha1}")
                                  << QStringLiteral("apiVersion \"client.authentication.k8s.io/v1alpha1\" is not supported");
        QTest::newRow("v1 without interactiveMode")
            << QByteArray("{command: plug, apiVersion: client.authentication.k8s.io/v1}")
            << QStringLiteral("\"interactiveMode\" is required");
        QTest::newRow("bad interactiveMode")
            << QByteArray("{command: plug, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Sometimes}")
            << QStringLiteral("interactiveMode \"Sometimes\" is not");
        QTest::newRow("args not a list") << QByteArray(
            "{command: plug, apiVersion: client.authentication.k8s.io/v1beta1, args: '--a'}")
                                         << QStringLiteral("\"args\" must be a list");
        QTest::newRow("env without name") << QByteArray(
            "{command: plug, apiVersion: client.authentication.k8s.io/v1beta1, env: [{value: x}]}")
                                          << QStringLiteral("\"env\" must have a name");
        QTest::newRow("not a map") << QByteArray("plug") << QStringLiteral("must be a map");
    }

    void malformedSectionsNameFileLineAndField()
    {
        QFETCH(QByteArray, exec);
        QFETCH(QString, expected);
        const QString file = write(QStringLiteral("bad.yaml"),
            Header
                + "users:\n- name: good\n  user: {token: t}\n- name: bad\n  user:\n    exec: " + exec
                + "\ncontexts:\n- name: good\n  context: {cluster: c, user: good}\n"
                  "- name: bad\n  context: {cluster: c, user: bad}\ncurrent-context: bad\n");
        const auto config = Kubeconfig::loadFile(file);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        const auto bad = config->resolve(QStringLiteral("bad"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(expected), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(file + QStringLiteral(":11:")), qPrintable(bad.error().message));
        // The file's other contexts still work.
        const auto good = config->resolve(QStringLiteral("good"));
        QVERIFY(good);
        QCOMPARE(good->bearerToken, QByteArray("t"));
    }

    void credentialsParsedAsClientGoDoes_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("error"); // empty: valid
        const QByteArray head = R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)";
        QTest::newRow("token") << head + R"("status":{"token":"abc"}})" << QString();
        QTest::newRow("certificate") << head + R"("status":{"clientCertificateData":"C","clientKeyData":"K"}})"
                                     << QString();
        QTest::newRow("expiry") << head + R"("status":{"token":"abc","expirationTimestamp":"2030-01-02T03:04:05Z"}})"
                                << QString();
        QTest::newRow("not JSON") << QByteArray("login required") << QStringLiteral("printed no ExecCredential");
        QTest::newRow("other kind") << QByteArray(R"({"apiVersion":"v1","kind":"Status"})")
                                    << QStringLiteral("printed a \"Status\"");
        QTest::newRow("other version")
            << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"a"}})")
            << QStringLiteral("answered with apiVersion");
        QTest::newRow("no status") << head + R"("spec":{}})" << QStringLiteral("without a status");
        QTest::newRow("empty status") << head + R"("status":{}})" << QStringLiteral("neither a token");
        QTest::newRow("certificate without key") << head + R"("status":{"clientCertificateData":"C"}})"
                                                 << QStringLiteral("without its key");
        QTest::newRow("bad expiry") << head + R"("status":{"token":"a","expirationTimestamp":"tomorrow"}})"
                                    << QStringLiteral("not an RFC 3339 time");
    }

    void credentialsParsedAsClientGoDoes()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, error);
        ExecPlugin plugin = pluginAt(QStringLiteral("plug"));
        const auto credential = ExecCredential::parse(output, plugin);
        if (error.isEmpty()) {
            QVERIFY2(credential, qPrintable(credential ? QString() : credential.error().message));
            QVERIFY(!credential->token.isEmpty() || !credential->clientKeyPem.isEmpty());
            if (output.contains("2030"))
                QCOMPARE(credential->expiry, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
            return;
        }
        QVERIFY(!credential);
        QVERIFY2(credential.error().message.contains(error), qPrintable(credential.error().message));
        QVERIFY(!credential.error().message.contains(QLatin1String("abc")));
    }

    void approvalsCoverCommandArgumentsAndEnvironment()
    {
        ExecPlugin plugin = pluginAt(QStringLiteral("plug"));
        plugin.args = { QStringLiteral("--a") };
        ExecApprovals::revoke(plugin);
        QVERIFY(!ExecApprovals::isApproved(plugin));
        ExecApprovals::approve(plugin);
        QVERIFY(ExecApprovals::isApproved(plugin));
        ExecPlugin otherArgs = plugin;
        otherArgs.args = { QStringLiteral("--b") };
        ExecPlugin otherEnv = plugin;
        otherEnv.env = { { QStringLiteral("X"), QStringLiteral("1") } };
        ExecPlugin otherFile = plugin;
        otherFile.kubeconfigFile = m_dir.filePath(QStringLiteral("other-config"));
        QVERIFY(!ExecApprovals::isApproved(otherArgs));
        QVERIFY(!ExecApprovals::isApproved(otherEnv));
        QVERIFY(!ExecApprovals::isApproved(otherFile));
        ExecApprovals::revoke(plugin);
        QVERIFY(!ExecApprovals::isApproved(plugin));
    }

    void unapprovedPluginNeverRuns()
    {
        const QString program = tokenPlugin(QStringLiteral("unapproved/plug"), "t1", 3600);
        ExecPlugin plugin = pluginAt(program);
        ExecApprovals::revoke(plugin);
        ExecCredentialProvider provider(plugin, ConnectionConfig {});
        const auto credential = fetchNow(provider);
        QVERIFY(!credential);
        QVERIFY2(credential.error().message.contains(QLatin1String("has not been approved")),
            qPrintable(credential.error().message));
        QCOMPARE(provider.runs(), 0);
        QVERIFY(!QFile::exists(program + QStringLiteral(".runs")));
        // Trusted for one run (netloom inventory --trust-exec), it runs.
        provider.setTrusted(true);
        QVERIFY(fetchNow(provider));
        QCOMPARE(lines(program + QStringLiteral(".runs")), 1);
    }

    void pluginRunsOnceUntilItsCredentialExpires()
    {
        const QString program = tokenPlugin(QStringLiteral("cached/plug"), "t2", 2);
        ExecPlugin plugin = pluginAt(program);
        plugin.args = { QStringLiteral("--cluster"), QStringLiteral("lab one") };
        plugin.env = { { QStringLiteral("PLUGIN_FLAVOUR"), QStringLiteral("sour") } };
        plugin.provideClusterInfo = true;
        ExecApprovals::approve(plugin);
        ConnectionConfig config;
        config.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        config.tls.caPem = "-----BEGIN CERTIFICATE-----\n";
        ExecCredentialProvider provider(plugin, config);

        // Three callers at once share one run.
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            provider.fetch([&](Expected<ExecCredential> credential) {
                QVERIFY(credential);
                QCOMPARE(credential->token, QByteArray("t2"));
                ++answered;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 20000);
        QCOMPARE(provider.runs(), 1);
        QVERIFY(fetchNow(provider));
        QCOMPARE(lines(program + QStringLiteral(".runs")), 1); // cached
        QCOMPARE(read(program + QStringLiteral(".flavour")), QByteArray("sour"));
        QCOMPARE(read(program + QStringLiteral(".args")), QByteArray("--cluster\nlab one\n"));
        const QJsonObject info = QJsonDocument::fromJson(read(program + QStringLiteral(".info"))).object();
        QCOMPARE(info[QStringLiteral("kind")].toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(info[QStringLiteral("apiVersion")].toString(), ExecPlugin::V1);
        QCOMPARE(info[QStringLiteral("spec")][QStringLiteral("interactive")].toBool(true), false);
        QCOMPARE(info[QStringLiteral("spec")][QStringLiteral("cluster")][QStringLiteral("server")].toString(),
            QStringLiteral("https://127.0.0.1:6443"));
        QCOMPARE(info[QStringLiteral("spec")][QStringLiteral("cluster")][QStringLiteral("certificate-authority-data")]
                     .toString(),
            QString::fromLatin1(config.tls.caPem.toBase64()));

        // Expired (2 s), it runs again; invalidated (a 401), too.
        QTRY_VERIFY_WITH_TIMEOUT(!provider.cached(), 5000);
        QVERIFY(fetchNow(provider));
        QCOMPARE(lines(program + QStringLiteral(".runs")), 2);
        provider.invalidate();
        QVERIFY(fetchNow(provider));
        QCOMPARE(lines(program + QStringLiteral(".runs")), 3);
        // A renewal ahead of expiry runs the plugin while the valid credential stays in use.
        bool renewed = false;
        provider.renew([&](Expected<ExecCredential> credential) { renewed = bool(credential); });
        QVERIFY(provider.cached());
        QTRY_VERIFY_WITH_TIMEOUT(renewed, 20000);
        QCOMPARE(lines(program + QStringLiteral(".runs")), 4);
    }

    void failuresAreClear_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::newRow("exit code") << QByteArray("echo 'error: run plug login first' >&2\nexit 4\n") << 20000
                                   << QStringLiteral("failed with exit code 4")
                                   << QStringLiteral("run plug login first");
        QTest::newRow("garbage") << QByteArray("echo 'Please open https://login.example'\n") << 20000
                                 << QStringLiteral("printed no ExecCredential") << QString();
        QTest::newRow("hangs") << QByteArray("sleep 30\n") << 500 << QStringLiteral("did not finish within 0.5 s")
                               << QString();
    }

    void failuresAreClear()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, timeoutMs);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        const QString program
            = write(QStringLiteral("fail-%1/plug").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')),
                "#!/bin/sh\n" + script, true);
        ExecPlugin plugin = pluginAt(program);
        ExecCredentialProvider provider(plugin, ConnectionConfig {});
        provider.setTrusted(true);
        provider.setTimeout(timeoutMs);
        QElapsedTimer clock;
        clock.start();
        const auto credential = fetchNow(provider);
        QVERIFY(!credential);
        QVERIFY2(credential.error().message.contains(message), qPrintable(credential.error().message));
        QVERIFY2(credential.error().detail.contains(detail), qPrintable(credential.error().detail));
        QVERIFY2(clock.elapsed() < 10000, "a hanging plugin is killed at its timeout");
    }

    void missingAndInteractivePluginsAreRefused()
    {
        ExecPlugin missing = pluginAt(QStringLiteral("netloom-no-such-plugin"));
        missing.installHint = QStringLiteral("Install it with: apt install netloom-plugin");
        ExecCredentialProvider first(missing, ConnectionConfig {});
        first.setTrusted(true);
        auto credential = fetchNow(first);
        QVERIFY(!credential);
        QVERIFY2(credential.error().message.contains(QLatin1String("was not found (not in PATH)"))
                && credential.error().message.contains(missing.installHint),
            qPrintable(credential.error().message));

        const QString program = tokenPlugin(QStringLiteral("interactive/plug"), "t3", 3600);
        ExecPlugin interactive = pluginAt(program);
        interactive.interactiveMode = ExecPlugin::Interactive::Always;
        ExecCredentialProvider second(interactive, ConnectionConfig {});
        second.setTrusted(true);
        credential = fetchNow(second);
        QVERIFY(!credential);
        QVERIFY2(credential.error().message.contains(QLatin1String("needs a terminal")),
            qPrintable(credential.error().message));
        QCOMPARE(second.runs(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ExecPlugin)
#include "tst_execplugin.moc"
