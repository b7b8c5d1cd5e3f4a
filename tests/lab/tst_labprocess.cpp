// netloom-lab as a process: the command-line contract, the kubeconfig it writes, clean shutdown on
// SIGTERM/SIGINT, and persistence with --state-dir.
#include "tests/lab/LabProcess.h"
#include "tests/lab/TestHttpClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Netloom::Lab::Test;

namespace {

QStringList namespaceNames(TestHttpClient& client)
{
    QStringList names;
    const auto response = client.request("GET", "/api/v1/namespaces");
    for (const QJsonValue& item : response ? response->json().value(QStringLiteral("items")).toArray() : QJsonArray())
        names.append(
            item.toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace

class TestLabProcess final : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void missingKubeconfigOutIsAnError();
    void writesKubeconfigAndServes();
    void sigintAlsoStopsCleanly();
    void emptySeedHasOnlySystemNamespaces();
    void stateDirPersistsObjectsAndCa();
    void headerTimeoutOptionCutsSlowHeads();
    void badHeaderTimeoutIsAnError();
};

void TestLabProcess::helpAndVersion()
{
    QProcess help;
    help.start(LabProcess::executable(), { QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char* option :
        { "--kubeconfig-out", "--state-dir", "--seed", "--port", "--header-timeout-ms", "--version" })
        QVERIFY2(text.contains(option), option);
    QProcess version;
    version.start(LabProcess::executable(), { QStringLiteral("--version") });
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("netloom-lab "));
}

void TestLabProcess::missingKubeconfigOutIsAnError()
{
    QProcess lab;
    lab.start(LabProcess::executable(), { QStringLiteral("--seed"), QStringLiteral("demo") });
    QVERIFY(lab.waitForFinished(10000));
    QVERIFY(lab.exitCode() != 0);
    QVERIFY(lab.readAllStandardError().contains("--kubeconfig-out"));
}

void TestLabProcess::writesKubeconfigAndServes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString kubeconfig = dir.filePath(QStringLiteral("kube/config"));
    LabProcess lab;
    QVERIFY2(lab.start(kubeconfig), qPrintable(lab.error()));
    const QString text = QString::fromUtf8([&] {
        QFile file(kubeconfig);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }());
    QVERIFY(text.contains(QStringLiteral("current-context: netloom-lab")));
    QVERIFY(text.contains(QStringLiteral("- name: netloom-lab\n  cluster:")));
    QVERIFY(text.contains(QStringLiteral("- name: netloom-lab\n  context:")));
    QCOMPARE(QFileInfo(kubeconfig).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
    QVERIFY(lab.token().size() >= 32);

    TestHttpClient client(lab.port(), lab.caPem(), lab.token());
    QVERIFY2(client.connectToServer(), "TLS handshake with the CA from the kubeconfig failed");
    QVERIFY(namespaceNames(client).contains(QStringLiteral("shop")));
    QCOMPARE(lab.terminate(), 0);
}

void TestLabProcess::sigintAlsoStopsCleanly()
{
    QTemporaryDir dir;
    LabProcess lab;
    QVERIFY2(lab.start(dir.filePath(QStringLiteral("kubeconfig"))), qPrintable(lab.error()));
    ::kill(static_cast<pid_t>(lab.process().processId()), SIGINT);
    QVERIFY(lab.process().waitForFinished(10000));
    QCOMPARE(lab.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(lab.process().exitCode(), 0);
}

void TestLabProcess::emptySeedHasOnlySystemNamespaces()
{
    QTemporaryDir dir;
    LabProcess lab;
    QVERIFY2(
        lab.start(dir.filePath(QStringLiteral("kubeconfig")), { QStringLiteral("--seed"), QStringLiteral("empty") }),
        qPrintable(lab.error()));
    TestHttpClient client(lab.port(), lab.caPem(), lab.token());
    QVERIFY(client.connectToServer());
    QStringList names = namespaceNames(client);
    names.sort();
    QCOMPARE(names,
        (QStringList { QStringLiteral("default"), QStringLiteral("kube-node-lease"), QStringLiteral("kube-public"),
            QStringLiteral("kube-system") }));
    QCOMPARE(lab.terminate(), 0);
}

void TestLabProcess::stateDirPersistsObjectsAndCa()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    QByteArray firstCa;
    {
        LabProcess lab;
        QVERIFY2(lab.start(dir.filePath(QStringLiteral("kubeconfig")), { QStringLiteral("--state-dir"), state }),
            qPrintable(lab.error()));
        firstCa = lab.caPem();
        TestHttpClient client(lab.port(), lab.caPem(), lab.token());
        QVERIFY(client.connectToServer());
        const auto created = client.request(
            "POST", "/api/v1/namespaces", R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kept"}})");
        QVERIFY(created);
        QCOMPARE(created->status, 201);
        const auto nodePort = client.request("POST", "/api/v1/namespaces/default/services",
            R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"exposed"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30777}]}})");
        QVERIFY(nodePort);
        QCOMPARE(nodePort->status, 201);
        QCOMPARE(lab.terminate(), 0);
    }
    QVERIFY(QFile::exists(state + QStringLiteral("/objects.json")));
    QVERIFY(QFile::exists(state + QStringLiteral("/ca.crt")));
    LabProcess again;
    QVERIFY2(again.start(dir.filePath(QStringLiteral("kubeconfig")), { QStringLiteral("--state-dir"), state }),
        qPrintable(again.error()));
    QCOMPARE(again.caPem(), firstCa);
    TestHttpClient client(again.port(), again.caPem(), again.token());
    QVERIFY(client.connectToServer());
    QVERIFY(namespaceNames(client).contains(QStringLiteral("kept")));
    // Cluster IPs stay allocated: a new service does not get one that is in use.
    const auto service = client.request("POST", "/api/v1/namespaces/default/services",
        R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"again"},"spec":{"clusterIP":"10.96.0.10","ports":[{"port":80}]}})");
    QVERIFY(service);
    QCOMPARE(service->status, 422);
    // So do node ports.
    const auto sameNodePort = client.request("POST", "/api/v1/namespaces/default/services",
        R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"again"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30777}]}})");
    QVERIFY(sameNodePort);
    QCOMPARE(sameNodePort->status, 422);
    QVERIFY(sameNodePort->json()
                .value(QStringLiteral("message"))
                .toString()
                .endsWith(QStringLiteral("provided port is already allocated")));
    QCOMPARE(again.terminate(), 0);
}

void TestLabProcess::headerTimeoutOptionCutsSlowHeads()
{
    QTemporaryDir dir;
    LabProcess lab;
    QVERIFY2(lab.start(dir.filePath(QStringLiteral("kubeconfig")),
                 { QStringLiteral("--header-timeout-ms"), QStringLiteral("300") }),
        qPrintable(lab.error()));
    TestHttpClient client(lab.port(), lab.caPem(), lab.token());
    QVERIFY(client.connectToServer());
    QElapsedTimer clock;
    clock.start();
    client.sendRaw("GET /version HTTP/1.1\r\n");
    std::optional<HttpResponse> response;
    for (int line = 0; line < 30 && !response && client.isConnected(); ++line) {
        client.sendRaw("X-Slow: " + QByteArray::number(line) + "\r\n");
        response = client.waitForResponse(100);
    }
    QVERIFY2(response, "a slow head got no answer");
    QCOMPARE(response->status, 408);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(client.waitForDisconnected());
    // A normal request on a new connection is unaffected.
    TestHttpClient fresh(lab.port(), lab.caPem(), lab.token());
    QVERIFY(fresh.connectToServer());
    const auto version = fresh.request("GET", "/version");
    QVERIFY(version);
    QCOMPARE(version->status, 200);
    QCOMPARE(lab.terminate(), 0);
}

void TestLabProcess::badHeaderTimeoutIsAnError()
{
    QTemporaryDir dir;
    for (const char* value : { "0", "-5", "soon", "3600001" }) {
        QProcess process;
        process.start(LabProcess::executable(),
            { QStringLiteral("--kubeconfig-out"), dir.filePath(QStringLiteral("kubeconfig")),
                QStringLiteral("--header-timeout-ms=") + QString::fromLatin1(value) });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(
            process.readAllStandardError().contains("--header-timeout-ms must be a number from 10 to 3600000"), value);
    }
}

QTEST_GUILESS_MAIN(TestLabProcess)
#include "tst_labprocess.moc"
