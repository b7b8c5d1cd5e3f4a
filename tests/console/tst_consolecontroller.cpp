// The console window end to end: ConsoleController (what `netloom` runs) on a real netloom-lab,
// compared with what kubectl sees; selection by clicking the canvas; the live YAML; objects created
// and deleted with kubectl appear and go without a restart; context switching, F5, broken input.

#include "app/console/ConsoleController.h"
#include "models/domain/Inventory.h"
#include "models/itemmodels/ResourcePropertiesModel.h"
#include "models/itemmodels/ResourceTreeModel.h"
#include "models/kube/Informer.h"
#include "models/kube/KubeClient.h"
#include "models/kube/Kubeconfig.h"
#include "models/net/HttpReply.h"
#include "models/topology/TopologyModel.h"
#include "tests/models/net/ConnectProxy.h"
#include "tests/models/net/ScriptedConnection.h"
#include "tests/models/net/ScriptedServer.h"
#include "models/kube/ExecCredentialProvider.h"
#include "tests/support/LabProcess.h"
#include "widgets/InspectorPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/NodeItem.h"
#include "widgets/ResourceSelection.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Netloom;
using namespace Netloom::Console;
using namespace Netloom::Domain;
using namespace Netloom::TestSupport;
using Netloom::Kube::ClusterSession;

namespace {

constexpr int kSyncTimeoutMs = 20000;
const QString kLabContext = QStringLiteral("netloom-lab");

struct LabObject
{
    ResourceKind kind;
    QString namespaceName;
    QString name;
    QString uid;
};

} // namespace

class TestConsoleController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    std::unique_ptr<ConsoleController> m_console;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;

    Widgets::MainWindow* window() const { return m_console->window(); }
    template <class T> T* find(const char* name) const { return window()->findChild<T*>(QLatin1String(name)); }
    Widgets::TopologyView* view() const { return find<Widgets::TopologyView>("topologyView"); }
    Widgets::TopologyScene* scene() const { return window()->topologyScene(); }

    QString path(const QString& name) const { return m_dir->filePath(name); }

    ProcessResult kubectl(const QStringList& args, const QString& kubeconfig = {}) const
    {
        return runProcess(QStringLiteral("kubectl"),
            QStringList { QStringLiteral("--kubeconfig"), kubeconfig.isEmpty() ? m_lab->kubeconfigPath() : kubeconfig,
                QStringLiteral("--cache-dir"), path(QStringLiteral("kubectl-cache")),
                QStringLiteral("--request-timeout=20s") }
                + args,
            60000);
    }

    // Every namespace and ingress the lab has, as kubectl lists them.
    QList<LabObject> labObjects()
    {
        const ProcessResult result = kubectl({ QStringLiteral("get"), QStringLiteral("ns,ingress,svc"),
            QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json") });
        if (result.exitCode != 0)
            qFatal("kubectl get failed: %s", qPrintable(result.describe()));
        QList<LabObject> objects;
        const QJsonArray items = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject o = item.toObject();
            const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
            const QString kind = o.value(QStringLiteral("kind")).toString();
            LabObject object { kind == QLatin1String("Namespace") ? ResourceKind::Namespace
                    : kind == QLatin1String("Ingress")            ? ResourceKind::Ingress
                                                                  : ResourceKind::Service,
                meta.value(QStringLiteral("namespace")).toString(), meta.value(QStringLiteral("name")).toString(),
                meta.value(QStringLiteral("uid")).toString() };
            objects.append(object);
        }
        return objects;
    }

    static ResourceId idOf(const LabObject& o, const QString& context = kLabContext)
    {
        return ResourceId::kube(context, o.kind, o.namespaceName, o.name);
    }

    bool synced() const
    {
        // Synced, every change delivered to the views (the Inventory notifies once per event-loop
        // turn, so the last list may still be pending), and the scene caught up with the model.
        return m_console->session() && m_console->session()->state() == ClusterSession::State::Synced
            && !m_console->inventory().hasPendingChanges() && window()->topologyModel().nodeCount() > 0
            && scene()->nodeItems().size() == window()->topologyModel().nodeCount();
    }

    QPoint viewPointOf(const ResourceId& id) const
    {
        Widgets::NodeItem* item = scene()->nodeItem(id);
        return view()->mapFromScene(QRectF(item->targetPos(), item->node().rect.size()).center());
    }

    static bool tableHas(const QAbstractItemModel* model, const QString& text)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                if (model->index(row, column).data().toString() == text)
                    return true;
        return false;
    }

    // A lab-only hook (POST /lab/v1/...) with the kubeconfig's current credentials.
    QJsonObject labPost(const QString& hook) const
    {
        const auto kubeconfig = Kube::Kubeconfig::loadFile(m_lab->kubeconfigPath());
        const auto config = kubeconfig ? kubeconfig->resolve(kLabContext) : Expected<Kube::ConnectionConfig>(Error());
        if (!config)
            qFatal("cannot read the lab's kubeconfig");
        Kube::KubeClient client(*config);
        std::unique_ptr<Net::HttpReply> reply(client.send(client.request("POST", hook), nullptr));
        QSignalSpy finished(reply.get(), &Net::HttpReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            qFatal("%s: no answer", qPrintable(hook));
        if (reply->status() != 200)
            qFatal("%s: HTTP %d", qPrintable(hook), reply->status());
        return QJsonDocument::fromJson(reply->body()).object();
    }

    QString statusText() const { return find<QLabel>("connectionState")->text(); }

    // Requests the current session's informers have made.
    int informerRequests() const
    {
        int n = 0;
        for (const Kube::Informer* informer : m_console->session()->informers())
            n += informer->listCount() + informer->watchCount();
        return n;
    }

    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom")).clear();
        for (const char* name : { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            qunsetenv(name);
        qunsetenv("KUBECONFIG");
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        QApplication::setFont(font);

        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(started.isEmpty(), qPrintable(started));

        m_console = std::make_unique<ConsoleController>();
        m_treeTester = std::make_unique<QAbstractItemModelTester>(&window()->treeModel());
        scene()->setAnimationsEnabled(false);
        window()->resize(1600, 1000);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        m_console->open(m_lab->kubeconfigPath());
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QCOMPARE(m_console->currentContext(), kLabContext);
    }

    void cleanupTestCase()
    {
        m_treeTester.reset();
        m_console.reset();
        m_lab.reset();
        m_dir.reset();
    }

    void windowHasItsParts()
    {
        QVERIFY(find<QDockWidget>("resourceTree")->isVisible());
        QVERIFY(find<QDockWidget>("inspector")->isVisible());
        QVERIFY(view()->isVisible());
        auto* chooser = find<QComboBox>("contextChooser");
        QCOMPARE(chooser->currentText(), kLabContext);
        QVERIFY(chooser->isEnabled());
        QTRY_VERIFY(find<QLabel>("connectionState")->text().contains(QStringLiteral("Connected to netloom-lab")));
        QVERIFY(find<QLabel>("objectCounts")->text().contains(QStringLiteral(" service")));
        // Every watched kind with its state: the demo lab serves them all, cert-manager's included.
        auto* kinds = find<QLabel>("kindStates");
        QTRY_VERIFY(kinds->isVisible());
        QTRY_VERIFY2(kinds->text().contains(QStringLiteral("17 kind")) && kinds->text().endsWith(QStringLiteral(" live")), qPrintable(kinds->text()));
        QVERIFY2(kinds->toolTip().contains(QStringLiteral("certificates.cert-manager.io: live")), qPrintable(kinds->toolTip()));
        QVERIFY(kinds->toolTip().contains(QStringLiteral("pods: live (")));
        QVERIFY(window()->windowTitle().contains(kLabContext));
        QVERIFY(QFile::exists(QStringLiteral(":/netloom/icons/netloom.svg")));
        QVERIFY(!window()->windowIcon().isNull());
        QVERIFY(m_console->lastProblem().isEmpty());
    }

    void treeAndSceneHoldTheLabsObjects()
    {
        const QList<LabObject> objects = labObjects();
        int namespaces = 0;
        int ingresses = 0;
        for (const LabObject& o : objects) {
            const ResourceId id = idOf(o);
            QVERIFY2(window()->treeModel().indexOf(id).isValid(), qPrintable(id.toString()));
            const ResourcePtr resource = m_console->inventory().get(id);
            QVERIFY2(resource, qPrintable(id.toString()));
            QCOMPARE(resource->uid, o.uid);
            if (o.kind == ResourceKind::Namespace) {
                ++namespaces;
                continue; // a namespace is a box, drawn once it holds something
            }
            QVERIFY2(window()->topologyModel().hasNode(id), qPrintable(id.toString()));
            QVERIFY2(scene()->nodeItem(id), qPrintable(id.toString()));
            if (o.kind == ResourceKind::Ingress) {
                ++ingresses;
                QVERIFY2(scene()->groupItemFor(
                             ResourceId::kube(kLabContext, ResourceKind::Namespace, QString(), o.namespaceName)),
                    qPrintable(o.namespaceName));
            }
        }
        QVERIFY(namespaces >= 4);
        QVERIFY(ingresses >= 1);
        qInfo("%d namespaces, %d ingresses, %lld objects from kubectl; %lld nodes in the scene", namespaces, ingresses,
            qint64(objects.size()), qint64(scene()->nodeItems().size()));
    }

    void clickingAnIngressShowsItInTheInspector()
    {
        LabObject ingress {};
        for (const LabObject& o : labObjects())
            if (o.kind == ResourceKind::Ingress) {
                ingress = o;
                break;
            }
        QVERIFY(!ingress.name.isEmpty());
        const ResourceId id = idOf(ingress);
        window()->selection().clear();
        view()->fitToView();
        QVERIFY2(scene()->nodeItem(id), qPrintable(id.toString()));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, viewPointOf(id));
        QTRY_COMPARE(window()->selection().current(), id);
        QCOMPARE(window()->inspector()->title(), ingress.name);
        QTRY_VERIFY(tableHas(window()->inspector()->propertiesView()->model(), ingress.namespaceName));
        // the tree follows
        auto* tree = find<QTreeView>("resourceTreeView");
        QCOMPARE(tree->currentIndex().data(ItemModels::ResourceTreeModel::ResourceIdRole).value<ResourceId>(), id);

        // The YAML tab: the summary at once, the live object soon (never a blocking wait).
        find<QTabWidget>("inspectorTabs")->setCurrentIndex(1);
        auto* yaml = find<QPlainTextEdit>("inspectorYaml");
        QTRY_VERIFY_WITH_TIMEOUT(
            yaml->toPlainText().contains(QStringLiteral("apiVersion: networking.k8s.io/v1")), 10000);
        const QString text = yaml->toPlainText();
        QVERIFY2(text.contains(ingress.uid), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("kind: Ingress")));
        QVERIFY(text.contains(QStringLiteral("creationTimestamp")));
        QVERIFY(!text.contains(QStringLiteral("managedFields")));
        QVERIFY(!text.contains(QString::fromUtf8(m_lab->token())));
        find<QTabWidget>("inspectorTabs")->setCurrentIndex(0);
    }

    void kubectlChangesAppearLive()
    {
        // An ingress next to the first one, routing to a Service that is there.
        LabObject service {};
        for (const LabObject& o : labObjects())
            if (o.kind == ResourceKind::Service && o.namespaceName != QLatin1String("default")
                && o.namespaceName != QLatin1String("kube-system")) {
                service = o;
                break;
            }
        QVERIFY(!service.name.isEmpty());
        const QByteArray manifest = QStringLiteral(R"(apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: console-probe
  namespace: %1
spec:
  ingressClassName: nginx
  rules:
  - host: console-probe.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: %2
            port:
              number: 80
)")
                                        .arg(service.namespaceName, service.name)
                                        .toUtf8();
        const QString file = writeFile(QStringLiteral("probe.yaml"), manifest);
        QVERIFY(!file.isEmpty());
        const ResourceId id = ResourceId::kube(
            kLabContext, ResourceKind::Ingress, service.namespaceName, QStringLiteral("console-probe"));
        QVERIFY(!window()->treeModel().indexOf(id).isValid());
        ClusterSession* session = m_console->session();

        const ProcessResult created = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), file });
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(window()->treeModel().indexOf(id).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(scene()->nodeItem(id), 10000);
        QTRY_VERIFY(find<QLabel>("objectCounts")->text().contains(QStringLiteral(" ingress")));
        QCOMPARE(m_console->session(), session); // no restart
        // its edge to the Service is drawn
        const ResourceId serviceId = idOf(service);
        QTRY_VERIFY(window()->topologyModel().neighbours(id).contains(serviceId));

        const ProcessResult deleted = kubectl({ QStringLiteral("delete"), QStringLiteral("ingress"),
            QStringLiteral("console-probe"), QStringLiteral("-n"), service.namespaceName });
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(!window()->treeModel().indexOf(id).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!scene()->nodeItem(id), 10000);
        QVERIFY(!m_console->inventory().get(id));
        QCOMPARE(m_console->session(), session);
    }

    void f5RestartsTheSession()
    {
        ClusterSession* session = m_console->session();
        QSignalSpy states(session, &ClusterSession::stateChanged);
        QSignalSpy syncs(session, &ClusterSession::initialSyncFinished);
        const qsizetype before = m_console->inventory().size();
        QApplication::setActiveWindow(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(syncs.count() == 1, kSyncTimeoutMs);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.constFirst().at(0).value<ClusterSession::State>(), ClusterSession::State::Connecting);
        QCOMPARE(m_console->inventory().size(), before);
        QTRY_VERIFY(synced());
    }

    void switchingContextReplacesTheOrigin()
    {
        // A second context on the same lab, and the console opened on a kubeconfig that has both.
        const QString two = path(QStringLiteral("two-contexts"));
        QFile::remove(two);
        QVERIFY(QFile::copy(m_lab->kubeconfigPath(), two));
        const ProcessResult set
            = kubectl({ QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("second"),
                          QStringLiteral("--cluster=netloom-lab"), QStringLiteral("--user=netloom-lab") },
                two);
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        m_console->open(two, kLabContext);
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        auto* chooser = find<QComboBox>("contextChooser");
        QCOMPARE(chooser->count(), 2);

        // The user picks "second" in the chooser.
        const int index = chooser->findText(QStringLiteral("second"));
        QVERIFY(index >= 0);
        chooser->setCurrentIndex(index);
        Q_EMIT chooser->activated(index);
        QCOMPARE(m_console->currentContext(), QStringLiteral("second"));
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QCOMPARE(m_console->session()->contextName(), QStringLiteral("second"));
        QTRY_VERIFY(window()->windowTitle().contains(QStringLiteral("second")));
        bool oldOrigin = false;
        bool newOrigin = false;
        for (const ResourcePtr& r : m_console->inventory().all()) {
            oldOrigin |= r->origin == QLatin1String("kube:netloom-lab");
            newOrigin |= r->origin == QLatin1String("kube:second");
        }
        QVERIFY(!oldOrigin);
        QVERIFY(newOrigin);
        QVERIFY(window()
                    ->treeModel()
                    .indexOf(ResourceId::kube(
                        QStringLiteral("second"), ResourceKind::Namespace, QString(), QStringLiteral("default")))
                    .isValid());

        // Remembered: the next start without --context uses it.
        QCOMPARE(window()->lastContext(), QStringLiteral("second"));
        m_console->open(two);
        QCOMPARE(m_console->currentContext(), QStringLiteral("second"));
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);

        // Back to the lab's context for what follows.
        m_console->open(m_lab->kubeconfigPath(), kLabContext);
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
    }

    // A context whose user logs in with an exec plugin: the console asks first (the command shown),
    // runs nothing when refused, asks again when the context is chosen again, and connects once
    // approved; the approval is remembered, so the next open does not ask.
    void execPluginIsApprovedBeforeItRuns()
    {
        const QByteArray token = m_lab->token();
        const QString plugin = writeFile(QStringLiteral("lab-login"),
            "#!/bin/sh\necho run >> \"$0.runs\"\n"
            "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\","
            "\"status\":{\"token\":\"%s\"}}' \""
                + token + "\"\n");
        QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QFile labConfig(m_lab->kubeconfigPath());
        QVERIFY(labConfig.open(QIODevice::ReadOnly));
        QByteArray yaml = labConfig.readAll();
        const QByteArray tokenLine = "    token: " + token;
        QVERIFY(yaml.contains(tokenLine));
        yaml.replace(tokenLine,
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: ./lab-login\n"
            "      env: [{name: LAB_REGION, value: loopback}]\n");
        const QString kubeconfig = writeFile(QStringLiteral("exec-config"), yaml);
        const QString runs = plugin + QStringLiteral(".runs");

        const auto approvalBox = [this] { return window()->findChild<QMessageBox*>(QStringLiteral("execApprovalBox")); };
        m_console->open(kubeconfig, kLabContext);
        QTRY_VERIFY(approvalBox() && approvalBox()->isVisible());
        QVERIFY2(approvalBox()->informativeText().contains(QStringLiteral("LAB_REGION=loopback ./lab-login")),
            qPrintable(approvalBox()->informativeText()));
        QVERIFY(approvalBox()->informativeText().contains(plugin));
        QVERIFY(!m_console->session());
        // Refused: nothing runs, the status says why.
        QTest::mouseClick(approvalBox()->findChild<QPushButton*>(QStringLiteral("execRefuse")), Qt::LeftButton);
        QTRY_COMPARE(window()->connectionState(), Widgets::ConnectionState::Error);
        QVERIFY2(m_console->lastProblem().contains(QStringLiteral("declined")), qPrintable(m_console->lastProblem()));
        QVERIFY(!QFile::exists(runs));
        QVERIFY(!m_console->session());
        QTRY_VERIFY(!approvalBox());

        // Asked again when the context is chosen again; approved, it runs once and connects.
        m_console->open(kubeconfig, kLabContext);
        QTRY_VERIFY(approvalBox() && approvalBox()->isVisible());
        QTest::mouseClick(approvalBox()->findChild<QPushButton*>(QStringLiteral("execApprove")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QCOMPARE(m_console->session()->credentials()->runs(), 1);
        QFile ran(runs);
        QVERIFY(ran.open(QIODevice::ReadOnly));
        QCOMPARE(ran.readAll(), QByteArray("run\n"));

        // Remembered: opening it again connects without asking.
        m_console->open(kubeconfig, kLabContext);
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QVERIFY(!approvalBox());

        // The kubeconfig's plugin changes (another environment value) and F5 reads it again: a
        // plugin that was never approved, so the console asks before it runs anything.
        const qint64 runsBefore = QFileInfo(runs).size();
        // F5 with the same plugin keeps the session and its credential: no new run.
        ClusterSession* const kept = m_console->session();
        m_console->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QCOMPARE(m_console->session(), kept);
        QCOMPARE(QFileInfo(runs).size(), runsBefore);
        writeFile(QStringLiteral("exec-config"), QByteArray(yaml).replace("value: loopback", "value: elsewhere"));
        m_console->refresh();
        QTRY_VERIFY(approvalBox() && approvalBox()->isVisible());
        QVERIFY(approvalBox()->informativeText().contains(QStringLiteral("LAB_REGION=elsewhere")));
        QTest::mouseClick(approvalBox()->findChild<QPushButton*>(QStringLiteral("execRefuse")), Qt::LeftButton);
        QTRY_COMPARE(window()->connectionState(), Widgets::ConnectionState::Error);
        QCOMPARE(QFileInfo(runs).size(), runsBefore); // the changed plugin never ran
        QTRY_VERIFY(!approvalBox());

        // Back to the lab's own kubeconfig for what follows.
        m_console->open(m_lab->kubeconfigPath(), kLabContext);
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
    }

    void brokenKubeconfigIsReportedNotFatal()
    {
        ConsoleController console;
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
        const QString broken = writeFile(QStringLiteral("broken"), "clusters: [\n  - name: x\n   server: {");
        console.open(broken);
        QVERIFY(console.window()->isVisible());
        QVERIFY2(console.lastProblem().contains(broken), qPrintable(console.lastProblem()));
        QCOMPARE(console.window()->connectionState(), Widgets::ConnectionState::Error);
        const QString status = console.window()->findChild<QLabel*>(QStringLiteral("connectionState"))->text();
        QVERIFY2(status.contains(QStringLiteral("Cannot read the kubeconfig")), qPrintable(status));
        QVERIFY2(status.contains(broken), qPrintable(status));
        auto* box = console.window()->findChild<QMessageBox*>(QStringLiteral("connectionProblem"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QVERIFY(!console.session());

        // a context that is not there
        console.open(m_lab->kubeconfigPath(), QStringLiteral("ghost"));
        QVERIFY2(console.lastProblem().contains(QStringLiteral("ghost")), qPrintable(console.lastProblem()));
        QCOMPARE(console.window()->connectionState(), Widgets::ConnectionState::Error);
    }

    void unreachableServerIsReportedNotFatal()
    {
        ConsoleController console;
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
        // A port nobody listens on (a closed listener's port).
        const QString config = writeFile(QStringLiteral("closed"), R"(apiVersion: v1
kind: Config
clusters:
- name: closed
  cluster:
    server: https://127.0.0.1:1
    insecure-skip-tls-verify: true
users:
- name: nobody
  user:
    token: not-a-secret-really
contexts:
- name: closed
  context:
    cluster: closed
    user: nobody
current-context: closed
)");
        console.open(config);
        QTRY_VERIFY_WITH_TIMEOUT(
            console.session() && console.session()->state() == ClusterSession::State::Failed, kSyncTimeoutMs);
        QCOMPARE(console.window()->connectionState(), Widgets::ConnectionState::Error);
        QVERIFY2(console.lastProblem().contains(QStringLiteral("127.0.0.1:1")), qPrintable(console.lastProblem()));
        QVERIFY(!console.lastProblem().contains(QStringLiteral("not-a-secret-really")));
        QVERIFY(console.window()->isVisible());
        // F5 tries again and fails again, calmly
        Q_EMIT console.window()->refreshRequested();
        QTRY_VERIFY_WITH_TIMEOUT(console.session()->state() == ClusterSession::State::Failed, kSyncTimeoutMs);
    }

    void proxyIsPerContext()
    {
        // Two contexts on the lab: "proxied" through a CONNECT proxy (proxy-url), "direct" without.
        // "direct" names the server by tls-server-name "localhost", so no NO_PROXY entry for
        // 127.0.0.1 can hide a proxy left behind in the environment by the first context.
        Net::Test::ProxyLog log;
        Net::Test::ScriptedServer proxy(
            [&](Net::Test::ScriptedConnection& c) { Net::Test::connectProxyHandler(c, log); });
        QFile lab(m_lab->kubeconfigPath());
        QVERIFY(lab.open(QIODevice::ReadOnly));
        const QString labText = QString::fromUtf8(lab.readAll());
        const auto field = [&](const char* key) {
            const QRegularExpression re(
                QStringLiteral("^\\s*%1:\\s*(\\S+)\\s*$").arg(QLatin1String(key)), QRegularExpression::MultilineOption);
            return re.match(labText).captured(1).toUtf8();
        };
        const QByteArray server = field("server");
        const QByteArray ca = field("certificate-authority-data");
        QVERIFY(server.startsWith("https://127.0.0.1:") && !ca.isEmpty());
        const QString config = writeFile(QStringLiteral("proxied"),
            "apiVersion: v1\nkind: Config\ncurrent-context: proxied\nclusters:\n"
            "- name: proxied\n  cluster:\n    server: "
                + server + "\n    certificate-authority-data: " + ca
                + "\n    proxy-url: http://127.0.0.1:" + QByteArray::number(proxy.port())
                + "\n"
                  "- name: direct\n  cluster:\n    server: "
                + server + "\n    certificate-authority-data: " + ca
                + "\n    tls-server-name: localhost\n"
                  "users:\n- name: u\n  user:\n    token: "
                + m_lab->token()
                + "\n"
                  "contexts:\n- name: proxied\n  context: {cluster: proxied, user: u}\n"
                  "- name: direct\n  context: {cluster: direct, user: u}\n");

        m_console->open(config, QStringLiteral("proxied"));
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        const QList<QByteArray> viaProxy = log.lines();
        QVERIFY2(!viaProxy.isEmpty(), "the proxied context did not use its proxy");
        for (const QByteArray& line : viaProxy)
            QCOMPARE(line, "CONNECT 127.0.0.1:" + server.mid(server.lastIndexOf(':') + 1) + " HTTP/1.1");

        m_console->switchContext(QStringLiteral("direct"));
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QCOMPARE(m_console->session()->contextName(), QStringLiteral("direct"));
        QCOMPARE(log.lines(), viaProxy); // nothing of "direct" went through the proxy
        QVERIFY(qEnvironmentVariableIsEmpty("https_proxy") && qEnvironmentVariableIsEmpty("HTTPS_PROXY"));

        m_console->open(m_lab->kubeconfigPath(), kLabContext);
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
    }

    void revokedTokenIsReportedAndF5Recovers()
    {
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        const QByteArray oldToken = m_lab->token();
        // The lab revokes the token (a new one is issued) and drops the open watches, which then
        // come back with the old token: 401 mid-connection.
        const QByteArray newToken
            = labPost(QStringLiteral("/lab/v1/rotate-token")).value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(newToken.size() >= 32 && newToken != oldToken);
        {
            QFile file(m_lab->kubeconfigPath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            file.close();
            const QString rotated = writeFile(QStringLiteral("rotated"), text.replace(oldToken, newToken));
            QFile::remove(m_lab->kubeconfigPath());
            QVERIFY(QFile::rename(rotated, m_lab->kubeconfigPath())); // the kubeconfig now has the new token
        }
        ClusterSession* session = m_console->session();
        QVERIFY(labPost(QStringLiteral("/lab/v1/drop-watches")).value(QStringLiteral("dropped")).toInt() >= 1);

        // Not "Reconnecting" forever: the console says the credentials were rejected, and for what.
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == ClusterSession::State::Failed, 15000);
        QVERIFY2(session->stateMessage().startsWith(QStringLiteral("credentials rejected")),
            qPrintable(session->stateMessage()));
        QVERIFY2(session->stateMessage().contains(QStringLiteral("401")), qPrintable(session->stateMessage()));
        QVERIFY2(statusText().contains(QStringLiteral("credentials rejected")), qPrintable(statusText()));
        QCOMPARE(window()->connectionState(), Widgets::ConnectionState::Error);
        QVERIFY(!statusText().contains(QString::fromLatin1(oldToken))
            && !statusText().contains(QString::fromLatin1(newToken)));

        // ... and does not retry in a loop: once every informer was refused, nothing more for a while
        // (the next try is a minute away).
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(session->informers().cbegin(), session->informers().cend(),
                                     [](const Kube::Informer* i) { return i->isDenied(); }),
            15000);
        const int requests = informerRequests();
        QTest::qWait(5000);
        QCOMPARE(informerRequests(), requests);
        QCOMPARE(session->state(), ClusterSession::State::Failed);
        QCOMPARE(m_console->session(), session);

        // F5 reads the kubeconfig again, which now has the new token: connected again.
        Q_EMIT window()->refreshRequested();
        QTRY_VERIFY_WITH_TIMEOUT(synced(), kSyncTimeoutMs);
        QVERIFY2(statusText().contains(QStringLiteral("Connected to")), qPrintable(statusText()));
        QCOMPARE(window()->connectionState(), Widgets::ConnectionState::Connected);
        QCOMPARE(m_lab->token(), newToken);
    }

    void selectWhenPresentSelectsOnceLoaded()
    {
        const ResourceId id
            = ResourceId::kube(kLabContext, ResourceKind::Namespace, QString(), QStringLiteral("default"));
        m_console->selectWhenPresent(id);
        QTRY_COMPARE(window()->selection().current(), id);
    }
};

QTEST_MAIN(TestConsoleController)
#include "tst_consolecontroller.moc"
