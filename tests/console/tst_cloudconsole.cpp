// The cloud side in the console window, end to end: ConsoleController (what `netloom --cloud-env`
// and `netloom --lab` run) on a real netloom-lab serving both the Kubernetes API and the IONOS
// Cloud API of its demo VDC (--cloud-env-out). The VDC above the cluster on the map, the load
// balancer linked to the ingress controller's Service, the managed cluster linked to the Kubernetes
// cluster, the live JSON in the inspector, the cluster one action away from its VDC, F5, errors.

#include "app/console/CloudSession.h"
#include "app/console/ConsoleController.h"
#include "app/console/LabLauncher.h"
#include "models/domain/Inventory.h"
#include "models/itemmodels/ResourceTreeModel.h"
#include "models/topology/TopologyModel.h"
#include "tests/support/LabProcess.h"
#include "widgets/GroupItem.h"
#include "widgets/InspectorPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/NodeItem.h"
#include "widgets/ResourceSelection.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Netloom;
using namespace Netloom::Console;
using namespace Netloom::Domain;
using namespace Netloom::TestSupport;
using Netloom::Kube::ClusterSession;

namespace {

constexpr int kSyncTimeoutMs = 20000;
const QString kContext = QStringLiteral("netloom-lab");
const QString kLoadBalancerIp = QStringLiteral("203.0.113.10");
const ResourceId kIngressService
    = ResourceId::kube(kContext, ResourceKind::Service, QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"));
const ResourceId kIngressController = ResourceId::kube(
    kContext, ResourceKind::IngressController, QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"));
const ResourceId kKubeCluster = ResourceId::kube(kContext, ResourceKind::Cluster, QString(), kContext);

} // namespace

class TestCloudConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;
    std::unique_ptr<ConsoleController> m_console;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    QString m_cloudEnv;

    static ResourcePtr named(const Inventory& inventory, ResourceKind kind, const QString& name, const QString& originPrefix)
    {
        for (const ResourcePtr& r : inventory.byKind(kind))
            if (r->name == name && r->origin.startsWith(originPrefix))
                return r;
        return {};
    }
    static ResourcePtr cloud(const ConsoleController& console, ResourceKind kind, const QString& name)
    {
        return named(console.inventory(), kind, name, QStringLiteral("cloud:"));
    }

    static bool cloudSynced(const ConsoleController& console)
    {
        return console.cloudSession() && console.cloudSession()->state() == CloudSession::State::Synced
            && !console.inventory().hasPendingChanges();
    }
    static bool settled(const ConsoleController& console)
    {
        Widgets::TopologyScene* scene = console.window()->topologyScene();
        return !console.inventory().hasPendingChanges() && console.window()->topologyModel().nodeCount() > 0
            && scene->nodeItems().size() == console.window()->topologyModel().nodeCount() && scene->isSettled();
    }
    bool bothSynced() const
    {
        return cloudSynced(*m_console) && m_console->session()
            && m_console->session()->state() == ClusterSession::State::Synced && settled(*m_console)
            && m_console->inventory().hasRelation({ cloud(*m_console, ResourceKind::Cluster, QStringLiteral("netloom-demo"))
                                                          ? cloud(*m_console, ResourceKind::Cluster, QStringLiteral("netloom-demo"))->id
                                                          : ResourceId(),
                kKubeCluster, RelationType::Exposes });
    }

    static QRectF sceneRectOf(ConsoleController& console, const ResourceId& id)
    {
        Widgets::NodeItem* item = console.window()->topologyScene()->nodeItem(id);
        return item ? QRectF(item->targetPos(), item->node().rect.size()) : QRectF();
    }

    QString writeEnv(const QString& name, const QString& from, const QString& to) const
    {
        QFile in(m_cloudEnv);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(from), to);
        QFile out(m_dir->filePath(name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(text.toUtf8());
        return out.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom")).clear();
        for (const char* name : { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            qunsetenv(name);
        qunsetenv("KUBECONFIG");
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        QApplication::setFont(font);

        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cloudEnv = m_dir->filePath(QStringLiteral("cloud.env"));
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start(
            { QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--cloud-env-out"), m_cloudEnv });
        QVERIFY2(started.isEmpty(), qPrintable(started));

        m_console = std::make_unique<ConsoleController>();
        m_treeTester = std::make_unique<QAbstractItemModelTester>(&m_console->window()->treeModel());
        m_console->window()->topologyScene()->setAnimationsEnabled(false);
        m_console->window()->resize(1600, 1000);
        m_console->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        m_console->open(m_lab->kubeconfigPath());
        m_console->openCloud(m_cloudEnv, QProcessEnvironment());
        QVERIFY(m_console->cloudSession());
        QTRY_VERIFY_WITH_TIMEOUT(bothSynced(), kSyncTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_treeTester.reset();
        m_console.reset();
        m_lab.reset();
        m_dir.reset();
    }

    void theVdcIsInTheInventoryWithTheCluster()
    {
        const Inventory& inventory = m_console->inventory();
        const ResourcePtr vdc = cloud(*m_console, ResourceKind::Vdc, QStringLiteral("netloom-demo"));
        QVERIFY(vdc);
        QCOMPARE(vdc->origin, QStringLiteral("cloud:ionos"));
        for (const char* lan : { "internet", "k8s-nodes", "data" }) {
            const ResourcePtr subnet = cloud(*m_console, ResourceKind::Subnet, QLatin1String(lan));
            QVERIFY2(subnet, lan);
            QVERIFY2(inventory.hasRelation({ vdc->id, subnet->id, RelationType::Contains }), lan);
        }
        const ResourcePtr nlb = cloud(*m_console, ResourceKind::LoadBalancer, QStringLiteral("nlb-ingress"));
        const ResourcePtr nat = cloud(*m_console, ResourceKind::Gateway, QStringLiteral("nat-egress"));
        QVERIFY(nlb);
        QVERIFY(nat);
        // The load balancer's public IP is the ingress-nginx Service's LoadBalancer IP: resolved.
        const ResourcePtr service = inventory.get(kIngressService);
        QVERIFY(service);
        QVERIFY(service->as<ServiceDetails>()->externalAddresses.contains(kLoadBalancerIp));
        QVERIFY(inventory.hasRelation({ nlb->id, kIngressService, RelationType::RoutesTo }));
        QVERIFY(inventory.hasRelation({ kIngressService, kIngressController, RelationType::Exposes }));
        // ... and the managed cluster to the Kubernetes cluster at its kubeconfig's API server.
        const ResourcePtr managed = cloud(*m_console, ResourceKind::Cluster, QStringLiteral("netloom-demo"));
        QVERIFY(managed);
        QCOMPARE(managed->as<ClusterDetails>()->apiServer, inventory.get(kKubeCluster)->as<ClusterDetails>()->apiServer);
        QVERIFY(inventory.hasRelation({ managed->id, kKubeCluster, RelationType::Exposes }));
        QVERIFY(!m_console->cloudSession()->kubeconfigOf(managed->id).isEmpty());

        const QString status = m_console->window()->findChild<QLabel*>(QStringLiteral("cloudState"))->text();
        QVERIFY2(status.contains(QStringLiteral("Cloud: ")) && status.contains(QStringLiteral("resource")),
            qPrintable(status));
        QVERIFY(m_console->lastProblem().isEmpty());
    }

    void theMapShowsTheVdcAboveTheCluster()
    {
        Widgets::TopologyScene* scene = m_console->window()->topologyScene();
        const ResourcePtr vdc = cloud(*m_console, ResourceKind::Vdc, QStringLiteral("netloom-demo"));
        const ResourcePtr lan = cloud(*m_console, ResourceKind::Subnet, QStringLiteral("internet"));
        const ResourcePtr nlb = cloud(*m_console, ResourceKind::LoadBalancer, QStringLiteral("nlb-ingress"));
        const ResourcePtr nat = cloud(*m_console, ResourceKind::Gateway, QStringLiteral("nat-egress"));
        const ResourcePtr managed = cloud(*m_console, ResourceKind::Cluster, QStringLiteral("netloom-demo"));
        for (const ResourcePtr& r : { vdc, lan, nlb, nat, managed })
            QVERIFY2(scene->nodeItem(r->id), qPrintable(r->id.toString()));

        // The account's box above the cluster's, both drawn.
        Widgets::GroupItem* clusterBox = scene->groupItemFor(kKubeCluster);
        QVERIFY(clusterBox);
        Widgets::GroupItem* accountBox = nullptr;
        for (Widgets::GroupItem* group : scene->groupItems())
            if (group->group().key == QLatin1String("cloud:ionos"))
                accountBox = group;
        QVERIFY(accountBox);
        QCOMPARE(accountBox->group().title, QStringLiteral("ionos"));
        QVERIFY2(accountBox->group().rect.bottom() <= clusterBox->group().rect.top(),
            qPrintable(QStringLiteral("account %1, cluster %2")
                           .arg(accountBox->group().rect.bottom())
                           .arg(clusterBox->group().rect.top())));

        // Traffic left to right: VDC -> subnets -> load balancer, one column left of the ingress
        // controller's Service it forwards to (the edge enters the Service from the left).
        const QRectF vdcRect = sceneRectOf(*m_console, vdc->id);
        const QRectF lanRect = sceneRectOf(*m_console, lan->id);
        const QRectF nlbRect = sceneRectOf(*m_console, nlb->id);
        const QRectF serviceRect = sceneRectOf(*m_console, kIngressService);
        const QRectF controllerRect = sceneRectOf(*m_console, kIngressController);
        QVERIFY(vdcRect.right() < lanRect.left());
        QVERIFY(lanRect.right() < nlbRect.left());
        QVERIFY(nlbRect.right() < serviceRect.left());
        QVERIFY(serviceRect.left() - nlbRect.right() < nlbRect.width()); // the next column
        QVERIFY(nlbRect.bottom() < serviceRect.top());
        QVERIFY(serviceRect.right() < controllerRect.left());

        // The edges are the Inventory's relations, drawn.
        const Topology::TopologyModel& model = m_console->window()->topologyModel();
        for (const Topology::TopologyEdge& edge :
            { Topology::TopologyEdge { vdc->id, lan->id, RelationType::Contains },
                Topology::TopologyEdge { lan->id, nlb->id, RelationType::RoutesTo },
                Topology::TopologyEdge { nlb->id, kIngressService, RelationType::RoutesTo } }) {
            QVERIFY2(model.hasEdge(edge), qPrintable(edge.source.toString() + QStringLiteral(" -> ") + edge.target.toString()));
            QVERIFY2(scene->edgeItem(edge), qPrintable(edge.target.toString()));
        }
        QVERIFY(scene->nodeItem(managed->id)->node().subtitle.contains(QStringLiteral("Managed cluster")));
        // The link to the Kubernetes cluster, which is a box and not a card, is named on both.
        QVERIFY2(scene->nodeItem(managed->id)->node().subtitle.startsWith(QStringLiteral("Serves netloom-lab")),
            qPrintable(scene->nodeItem(managed->id)->node().subtitle));
        QVERIFY2(clusterBox->group().subtitle.contains(QStringLiteral("managed cluster netloom-demo of cloud:ionos")),
            qPrintable(clusterBox->group().subtitle));
    }

    void treeAndInspectorShowTheLiveObject()
    {
        const ResourcePtr nlb = cloud(*m_console, ResourceKind::LoadBalancer, QStringLiteral("nlb-ingress"));
        Widgets::MainWindow* window = m_console->window();
        QVERIFY(window->treeModel().indexOf(nlb->id).isValid());
        QVERIFY(window->treeModel().indexOf(cloud(*m_console, ResourceKind::Cluster, QStringLiteral("netloom-demo"))->id).isValid());
        window->selectResource(nlb->id);
        QCOMPARE(window->inspector()->title(), QStringLiteral("nlb-ingress"));
        window->findChild<QTabWidget*>(QStringLiteral("inspectorTabs"))->setCurrentIndex(1);
        auto* yaml = window->findChild<QPlainTextEdit*>(QStringLiteral("inspectorYaml"));
        // The live object from the cloud API, at depth 2 (its forwarding rules), not the summary.
        QTRY_VERIFY_WITH_TIMEOUT(yaml->toPlainText().contains(QStringLiteral("forwardingrules")), 10000);
        const QString text = yaml->toPlainText();
        QVERIFY2(text.contains(nlb->uid), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("listenerLan")));
        QVERIFY(text.contains(kLoadBalancerIp));
        QVERIFY(!text.contains(QStringLiteral("Reading the live object")));
    }

    void theClusterIsOneActionFromItsVdc()
    {
        // Connected already: the action selects the Kubernetes cluster.
        const ResourcePtr vdc = cloud(*m_console, ResourceKind::Vdc, QStringLiteral("netloom-demo"));
        m_console->window()->selectResource(vdc->id);
        QAction* action = m_console->window()->findChild<QAction*>(QStringLiteral("connectCluster"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(m_console->window()->selection().current(), kKubeCluster);

        // A console that shows only the cloud: a double-click on the VDC's card downloads the
        // cluster's kubeconfig from the cloud API and connects to it.
        ConsoleController console;
        console.window()->topologyScene()->setAnimationsEnabled(false);
        console.window()->resize(1600, 1000);
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
        console.openCloud(m_cloudEnv, QProcessEnvironment());
        QTRY_VERIFY_WITH_TIMEOUT(cloudSynced(console) && settled(console), kSyncTimeoutMs);
        QVERIFY(!console.session());
        const ResourcePtr ownVdc = cloud(console, ResourceKind::Vdc, QStringLiteral("netloom-demo"));
        Widgets::TopologyView* view = console.window()->topologyView();
        view->fitToView();
        const QPoint at = view->mapFromScene(sceneRectOf(console, ownVdc->id).center());
        QSignalSpy started(&console, &ConsoleController::sessionStarted);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console.session()->state() == ClusterSession::State::Synced, kSyncTimeoutMs);
        QCOMPARE(console.currentContext(), kContext);
        QTRY_VERIFY_WITH_TIMEOUT(console.inventory().get(kIngressService), 5000);
        const ResourcePtr managed = cloud(console, ResourceKind::Cluster, QStringLiteral("netloom-demo"));
        QTRY_VERIFY(console.inventory().hasRelation({ managed->id, kKubeCluster, RelationType::Exposes }));
        QTRY_COMPARE(console.window()->selection().current(), kKubeCluster);
        QVERIFY2(console.lastProblem().isEmpty(), qPrintable(console.lastProblem()));
    }

    void f5ReadsTheAccountAgain()
    {
        const qsizetype before = m_console->inventory().byOrigin(QStringLiteral("cloud:ionos")).size();
        QSignalSpy states(m_console->cloudSession(), &CloudSession::stateChanged);
        m_console->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(cloudSynced(*m_console), kSyncTimeoutMs);
        QVERIFY(states.count() >= 2);
        QCOMPARE(states.first().first().value<CloudSession::State>(), CloudSession::State::Loading);
        QCOMPARE(m_console->inventory().byOrigin(QStringLiteral("cloud:ionos")).size(), before);
        QTRY_VERIFY_WITH_TIMEOUT(bothSynced(), kSyncTimeoutMs);
    }

    void aRejectedTokenIsShownWithTheServersMessage()
    {
        const QString env = writeEnv(QStringLiteral("bad-token.env"), QStringLiteral("IONOS_TOKEN='[^']*'"),
            QStringLiteral("IONOS_TOKEN='not-the-token'"));
        QVERIFY(!env.isEmpty());
        ConsoleController console;
        QSignalSpy problems(&console, &ConsoleController::problemShown);
        console.openCloud(env, QProcessEnvironment());
        QTRY_VERIFY_WITH_TIMEOUT(console.cloudSession()->state() == CloudSession::State::Failed, kSyncTimeoutMs);
        QVERIFY2(console.lastProblem().contains(QStringLiteral("401")), qPrintable(console.lastProblem()));
        QCOMPARE(problems.count(), 1);
        const QString status = console.window()->findChild<QLabel*>(QStringLiteral("cloudState"))->text();
        QVERIFY2(status.contains(QStringLiteral("401")), qPrintable(status));
        QVERIFY(console.inventory().byOrigin(QStringLiteral("cloud:ionos")).isEmpty());
    }

    void aBrokenFileIsNamed()
    {
        const QString env = writeEnv(QStringLiteral("broken.env"), QStringLiteral("IONOS_TOKEN="), QStringLiteral("TOKEN="));
        ConsoleController console;
        console.openCloud(env, QProcessEnvironment());
        QVERIFY(!console.cloudSession());
        QVERIFY2(console.lastProblem().contains(env) && console.lastProblem().contains(QStringLiteral("line")),
            qPrintable(console.lastProblem()));
    }

    void aPlainHttpUrlIsWarnedAbout()
    {
        const QString env = writeEnv(QStringLiteral("http.env"), QStringLiteral("IONOS_API_URL='https://"),
            QStringLiteral("IONOS_API_URL='http://"));
        ConsoleController console;
        console.openCloud(env, QProcessEnvironment());
        QVERIFY(console.cloudSession());
        // The lab speaks TLS only, so the read fails too; the warning stays beside it.
        QTRY_VERIFY_WITH_TIMEOUT(console.cloudSession()->state() == CloudSession::State::Failed, kSyncTimeoutMs);
        auto* label = console.window()->findChild<QLabel*>(QStringLiteral("cloudState"));
        QVERIFY2(label->text().contains(QStringLiteral("http://")), qPrintable(label->text()));
        QVERIFY2(label->toolTip().contains(QStringLiteral("unencrypted")), qPrintable(label->toolTip()));
    }

    void labModeShowsBothSides()
    {
        // `netloom --lab`: the lab it starts serves its cloud API too, and both sides are shown.
        QString cloudEnv;
        {
            ConsoleController console;
            console.openLab(executable(QStringLiteral("netloom-lab")));
            QTRY_VERIFY_WITH_TIMEOUT(console.session() && console.session()->state() == ClusterSession::State::Synced
                    && cloudSynced(console),
                kSyncTimeoutMs);
            cloudEnv = console.lab()->cloudEnvPath();
            QVERIFY(QFile::exists(cloudEnv));
            const ResourcePtr nlb = cloud(console, ResourceKind::LoadBalancer, QStringLiteral("nlb-ingress"));
            QVERIFY(nlb);
            QTRY_VERIFY(console.inventory().hasRelation({ nlb->id, kIngressService, RelationType::RoutesTo }));
            const ResourcePtr managed = cloud(console, ResourceKind::Cluster, QStringLiteral("netloom-demo"));
            QTRY_VERIFY(console.inventory().hasRelation({ managed->id, kKubeCluster, RelationType::Exposes }));
        }
        QVERIFY(!QFile::exists(cloudEnv)); // the lab's files go with it
    }

    void theEnvironmentConfiguresTheAccountToo()
    {
        QProcessEnvironment none;
        ConsoleController console;
        console.openCloud(QString(), none);
        QVERIFY(!console.cloudSession()); // nothing configured: no cloud, no problem
        QVERIFY(console.lastProblem().isEmpty());

        QFile file(m_cloudEnv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QProcessEnvironment environment;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^(IONOS_[A-Z_]+)='(.*)'$")).match(QString::fromUtf8(line));
            if (m.hasMatch())
                environment.insert(m.captured(1), m.captured(2));
        }
        console.openCloud(QString(), environment);
        QVERIFY(console.cloudSession());
        QTRY_VERIFY_WITH_TIMEOUT(cloudSynced(console), kSyncTimeoutMs);
        QVERIFY(cloud(console, ResourceKind::LoadBalancer, QStringLiteral("nlb-ingress")));
    }
};

QTEST_MAIN(TestCloudConsole)
#include "tst_cloudconsole.moc"
