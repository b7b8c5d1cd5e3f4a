#include "widgets/MainWindow.h"

#include "models/domain/Inventory.h"
#include "models/itemmodels/ResourceTreeModel.h"
#include "models/topology/TopologyModel.h"
#include "widgets/ResourceSelection.h"
#include "widgets/ResourceTreePanel.h"
#include "widgets/ToolbarIcons.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyTheme.h"
#include "widgets/TopologyView.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Netloom::Widgets {

using Domain::ResourceKind;

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom"));
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kContextKey = QStringLiteral("connection/lastContext");
const QString kGroupingKey = QStringLiteral("resourceTree/grouping");
// The namespaces the operator collapsed or opened on the map, by group key (cluster and name):
// kept across restarts, per platform (the key holds the cluster).
const QString kCollapsedKey = QStringLiteral("topology/namespaceChoices");

} // namespace

MainWindow::MainWindow(Domain::Inventory& inventory, QWidget* parent)
    : QMainWindow(parent)
    , m_inventory(inventory)
    , m_theme(std::make_unique<TopologyTheme>(TopologyTheme::fromPalette(QApplication::palette())))
    , m_selection(new ResourceSelection(this))
    , m_topology(new Topology::TopologyModel(inventory, this))
    , m_treeModel(new ItemModels::ResourceTreeModel(inventory, this))
    , m_scene(new TopologyScene(*m_topology, *m_selection, this))
    , m_view(new TopologyView(m_scene, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/netloom/icons/netloom.svg")));
    m_view->setObjectName(QStringLiteral("topologyView"));
    setCentralWidget(m_view);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();

    connect(&m_inventory, &Domain::Inventory::changed, this, &MainWindow::updateCounts);
    // namespaces collapsed or opened (also by the operator, between batches)
    connect(m_topology, &Topology::TopologyModel::layoutChanged, this, &MainWindow::updateCounts);
    // the operator's choices are saved when made (a crash keeps them too)
    connect(m_topology, &Topology::TopologyModel::collapseChoicesChanged, this, [this] {
        QVariantMap stored;
        const QHash<QString, bool> choices = m_topology->collapseChoices();
        for (auto it = choices.cbegin(); it != choices.cend(); ++it)
            stored.insert(it.key(), it.value());
        QSettings s = settings();
        s.setValue(kCollapsedKey, stored);
    });
    // nodes added or gone during a search (once per event-loop turn, see TopologyScene)
    connect(m_scene, &TopologyScene::searchMatchesChanged, this, [this](int count) {
        if (m_searchCursor < 0)
            showMatchCount(count);
    });
    connect(m_selection, &ResourceSelection::currentChanged, m_view, &TopologyView::reveal);
    connect(m_selection, &ResourceSelection::currentChanged, this, &MainWindow::updateConnectClusterAction);
    connect(&m_inventory, &Domain::Inventory::changed, this, &MainWindow::updateConnectClusterAction);
    connect(m_scene, &TopologyScene::nodeActivated, this, [this](const Domain::ResourceId& id) {
        if (leadsToCluster(id))
            Q_EMIT cloudClusterRequested(id);
    });
    connect(m_view, &TopologyView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });

    resize(1440, 900);
    restoreSettings();
    updateCounts();
    updateTitle();
    setConnectionState(tr("Not connected"), ConnectionState::Disconnected);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QColor iconColor = palette().color(QPalette::WindowText);
    m_refreshAction = new QAction(ToolbarIcons::icon(ToolbarIcons::Icon::Refresh, iconColor), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload everything from the cluster (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    m_connectClusterAction = new QAction(tr("&Connect Kubernetes Cluster"), this);
    m_connectClusterAction->setObjectName(QStringLiteral("connectCluster"));
    m_connectClusterAction->setToolTip(tr("Show the Kubernetes side of the selected VDC or managed cluster: its "
                                          "kubeconfig is downloaded from the cloud (double-click on the card)"));
    m_connectClusterAction->setEnabled(false);
    connect(m_connectClusterAction, &QAction::triggered, this, [this] {
        if (leadsToCluster(m_selection->current()))
            Q_EMIT cloudClusterRequested(m_selection->current());
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_zoomInAction = new QAction(ToolbarIcons::icon(ToolbarIcons::Icon::ZoomIn, iconColor), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    connect(m_zoomInAction, &QAction::triggered, m_view, &TopologyView::zoomIn);

    m_zoomOutAction = new QAction(ToolbarIcons::icon(ToolbarIcons::Icon::ZoomOut, iconColor), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &TopologyView::zoomOut);

    m_fitAction = new QAction(ToolbarIcons::icon(ToolbarIcons::Icon::Fit, iconColor), tr("&Fit to View"), this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, m_view, &TopologyView::fitToView);

    m_resetZoomAction = new QAction(tr("&Actual Size"), this);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_resetZoomAction, &QAction::triggered, m_view, &TopologyView::resetZoom);

    m_arrangeAction = new QAction(ToolbarIcons::icon(ToolbarIcons::Icon::Arrange, iconColor), tr("Re&arrange"), this);
    m_arrangeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_arrangeAction->setToolTip(tr("Lay the whole graph out afresh (Ctrl+L)"));
    connect(m_arrangeAction, &QAction::triggered, m_topology, &Topology::TopologyModel::relayout);

    auto* grouping = new QActionGroup(this);
    m_groupByClusterAction = new QAction(tr("By &Cluster, Namespace and Kind"), grouping);
    m_groupByOriginAction = new QAction(tr("By &Origin and Namespace"), grouping);
    for (QAction* action : { m_groupByClusterAction, m_groupByOriginAction })
        action->setCheckable(true);
    m_groupByClusterAction->setChecked(true);
    connect(grouping, &QActionGroup::triggered, this, [this](QAction* action) {
        m_treeModel->setGrouping(action == m_groupByOriginAction ? ItemModels::ResourceTreeModel::Grouping::ByOrigin
                                                                 : ItemModels::ResourceTreeModel::Grouping::ByCluster);
        m_treePanel->treeView()->expandToDepth(1);
        m_treePanel->treeView()->scrollTo(m_treePanel->viewIndexOf(m_selection->current()));
    });

    m_aboutAction = new QAction(tr("&About Netloom"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_refreshAction);
    file->addAction(m_connectClusterAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_findAction);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_resetZoomAction);
    view->addAction(m_fitAction);
    view->addSeparator();
    view->addAction(m_arrangeAction);
    QMenu* grouping = view->addMenu(tr("Group &Resource Tree"));
    grouping->addAction(m_groupByClusterAction);
    grouping->addAction(m_groupByOriginAction);
    view->addSeparator(); // dock toggles follow (createDocks)

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* contextLabel = new QLabel(tr("Context"), bar);
    contextLabel->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(contextLabel);
    m_contextChooser = new QComboBox(bar);
    m_contextChooser->setObjectName(QStringLiteral("contextChooser"));
    m_contextChooser->setMinimumContentsLength(18);
    m_contextChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contextChooser->setToolTip(tr("The kubeconfig context to show"));
    m_contextChooser->setPlaceholderText(tr("No contexts"));
    m_contextChooser->setEnabled(false);
    contextLabel->setBuddy(m_contextChooser);
    connect(m_contextChooser, &QComboBox::activated, this, &MainWindow::onContextActivated);
    bar->addWidget(m_contextChooser);
    bar->addAction(m_refreshAction);
    bar->addSeparator();
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_zoomInAction);
    bar->addAction(m_fitAction);
    bar->addAction(m_arrangeAction);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_searchMatches = new QLabel(bar);
    m_searchMatches->setObjectName(QStringLiteral("searchMatches"));
    m_searchMatches->setContentsMargins(0, 0, 8, 0);
    m_searchMatches->setEnabled(false);
    bar->addWidget(m_searchMatches);
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search the topology (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setFixedWidth(280);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::onSearchReturn);
    bar->addWidget(m_searchField);
    auto* pad = new QWidget(bar);
    pad->setFixedWidth(6);
    bar->addWidget(pad);
}

void MainWindow::createDocks()
{
    m_treePanel = new ResourceTreePanel(*m_treeModel, *m_selection, *m_theme, this);
    m_treeDock = new QDockWidget(tr("Resources"), this);
    m_treeDock->setObjectName(QStringLiteral("resourceTree"));
    m_treeDock->setWidget(m_treePanel);
    m_treeDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);

    m_inspector = new InspectorPanel(m_inventory, *m_selection, *m_theme, this);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspector"));
    m_inspectorDock->setWidget(m_inspector);
    m_inspectorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({ m_treeDock, m_inspectorDock }, { 250, 330 }, Qt::Horizontal);

    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* tree = m_treeDock->toggleViewAction();
        tree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        view->addAction(tree);
        QAction* inspector = m_inspectorDock->toggleViewAction();
        inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        view->addAction(inspector);
    }
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_connectionLabel->setTextFormat(Qt::RichText);
    m_connectionLabel->setContentsMargins(6, 0, 12, 0);
    statusBar()->addWidget(m_connectionLabel);
    m_cloudLabel = new QLabel(this);
    m_cloudLabel->setObjectName(QStringLiteral("cloudState"));
    m_cloudLabel->setTextFormat(Qt::RichText);
    m_cloudLabel->setContentsMargins(6, 0, 12, 0);
    m_cloudLabel->hide(); // until a cloud account is configured
    statusBar()->addWidget(m_cloudLabel);
    m_kindsLabel = new QLabel(this);
    m_kindsLabel->setObjectName(QStringLiteral("kindStates"));
    m_kindsLabel->setTextFormat(Qt::RichText);
    m_kindsLabel->setContentsMargins(6, 0, 12, 0);
    m_kindsLabel->hide(); // until a cluster was discovered
    statusBar()->addWidget(m_kindsLabel);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("objectCounts"));
    statusBar()->addWidget(m_countsLabel, 1);
    m_zoomLabel = new QLabel(tr("%1 %").arg(100), this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setToolTip(tr("Zoom (Ctrl+0 fits everything)"));
    m_zoomLabel->setContentsMargins(12, 0, 6, 0);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::setYamlProvider(InspectorPanel::YamlProvider provider)
{
    m_inspector->setYamlProvider(std::move(provider));
}

QString MainWindow::lastContext() const
{
    return settings().value(kContextKey).toString();
}

QString MainWindow::currentContext() const
{
    return m_contextChooser->currentIndex() >= 0 ? m_contextChooser->currentText() : QString();
}

void MainWindow::askExecApproval(const ExecApprovalRequest& request, std::function<void(bool)> answer)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Run credential plugin?"),
        tr("Context \"%1\" logs in by running a program (user \"%2\" in %3). Run it only if you trust this "
           "kubeconfig: the program runs with your rights.")
            .arg(request.context, request.user, request.kubeconfigFile),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("execApprovalBox"));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Command:\n%1\n\nProgram: %2\n\nYour answer is remembered for this kubeconfig "
                               "file; a change of the command, its arguments or environment asks again.")
                                .arg(request.commandLine,
                                    request.program.isEmpty() ? tr("(not found)") : request.program));
    QPushButton* run = box->addButton(tr("&Run and remember"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("execApprove"));
    QPushButton* refuse = box->addButton(tr("&Do not run"), QMessageBox::RejectRole);
    refuse->setObjectName(QStringLiteral("execRefuse"));
    box->setDefaultButton(refuse); // Enter never runs a program by accident
    box->setEscapeButton(refuse);
    connect(box, &QMessageBox::finished, this, [box, run, answer = std::move(answer)] {
        answer(box->clickedButton() == run);
    });
    box->open();
}

void MainWindow::setCloudState(const QString& text, ConnectionState state, const QString& toolTip)
{
    m_cloudLabel->setText(
        QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;%2").arg(stateDot(state), text.toHtmlEscaped()));
    m_cloudLabel->setToolTip(toolTip.isEmpty() ? text : text + QStringLiteral("\n\n") + toolTip);
    m_cloudLabel->show();
}

void MainWindow::setKindStates(const QString& text, ConnectionState state, const QString& toolTip)
{
    if (text.isEmpty()) {
        m_kindsLabel->hide();
        return;
    }
    m_kindsLabel->setText(
        QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;%2").arg(stateDot(state), text.toHtmlEscaped()));
    m_kindsLabel->setToolTip(toolTip);
    m_kindsLabel->show();
}

bool MainWindow::leadsToCluster(const Domain::ResourceId& id) const
{
    const Domain::ResourcePtr resource = m_inventory.get(id);
    return resource && resource->origin.startsWith(QLatin1String("cloud:"))
        && (resource->kind == ResourceKind::Vdc || resource->kind == ResourceKind::Cluster
            || resource->kind == ResourceKind::NodePool);
}

void MainWindow::updateConnectClusterAction()
{
    m_connectClusterAction->setEnabled(leadsToCluster(m_selection->current()));
}

QString MainWindow::stateDot(ConnectionState state) const
{
    switch (state) {
    case ConnectionState::Disconnected:
        return m_theme->stateColor(Domain::ResourceState::Unknown).name();
    case ConnectionState::Connecting:
        return m_theme->stateColor(Domain::ResourceState::Progressing).name();
    case ConnectionState::Connected:
        return m_theme->stateColor(Domain::ResourceState::Ok).name();
    case ConnectionState::Error:
        return m_theme->stateColor(Domain::ResourceState::Error).name();
    }
    return {};
}

void MainWindow::setConnectionState(const QString& text, ConnectionState state)
{
    m_connectionState = state;
    QColor dot;
    switch (state) {
    case ConnectionState::Disconnected:
        dot = m_theme->stateColor(Domain::ResourceState::Unknown);
        break;
    case ConnectionState::Connecting:
        dot = m_theme->stateColor(Domain::ResourceState::Progressing);
        break;
    case ConnectionState::Connected:
        dot = m_theme->stateColor(Domain::ResourceState::Ok);
        break;
    case ConnectionState::Error:
        dot = m_theme->stateColor(Domain::ResourceState::Error);
        break;
    }
    m_connectionLabel->setText(
        QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;%2").arg(dot.name(), text.toHtmlEscaped()));
    m_connectionLabel->setToolTip(text);
}

void MainWindow::setContexts(const QStringList& contexts, const QString& current)
{
    const QSignalBlocker blocker(m_contextChooser);
    m_contextChooser->clear();
    m_contextChooser->addItems(contexts);
    m_contextChooser->setCurrentIndex(int(contexts.indexOf(current)));
    m_contextChooser->setEnabled(!contexts.isEmpty());
    if (!current.isEmpty() && contexts.contains(current)) {
        QSettings s = settings();
        s.setValue(kContextKey, current);
    }
    updateTitle();
}

void MainWindow::onContextActivated(int index)
{
    const QString name = m_contextChooser->itemText(index);
    if (name.isEmpty())
        return;
    QSettings s = settings();
    s.setValue(kContextKey, name);
    updateTitle();
    Q_EMIT contextRequested(name);
}

void MainWindow::selectResource(const Domain::ResourceId& id)
{
    m_selection->setCurrent(id);
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::onSearchTextChanged(const QString& text)
{
    const int count = m_scene->setSearchText(text);
    m_searchCursor = -1;
    showMatchCount(count);
    if (count > 0)
        m_view->reveal(m_scene->searchMatches().constFirst());
}

void MainWindow::showMatchCount(int count)
{
    if (m_scene->searchText().isEmpty())
        m_searchMatches->clear();
    else if (count == 0)
        m_searchMatches->setText(tr("No match"));
    else
        m_searchMatches->setText(tr("%n match(es)", nullptr, count));
}

void MainWindow::onSearchReturn()
{
    const QList<Domain::ResourceId> matches = m_scene->searchMatches();
    if (matches.isEmpty())
        return;
    m_searchCursor = int((m_searchCursor + 1) % matches.size());
    m_selection->setCurrent(matches.at(m_searchCursor));
    m_searchMatches->setText(tr("%1 of %n", nullptr, int(matches.size())).arg(m_searchCursor + 1));
}

void MainWindow::updateCounts()
{
    // O(1) per batch: the Inventory keeps its counts per kind
    const int total = int(m_inventory.size());
    QStringList parts { tr("%n resource(s)", nullptr, total) };
    const int namespaces = int(m_inventory.countOfKind(ResourceKind::Namespace));
    const int services = int(m_inventory.countOfKind(ResourceKind::Service));
    const int ingresses = int(m_inventory.countOfKind(ResourceKind::Ingress));
    const int certificates = int(m_inventory.countOfKind(ResourceKind::Certificate));
    if (namespaces > 0)
        parts << tr("%n namespace(s)", nullptr, namespaces);
    if (services > 0)
        parts << tr("%n service(s)", nullptr, services);
    if (ingresses > 0)
        parts << tr("%n ingress(es)", nullptr, ingresses);
    if (certificates > 0)
        parts << tr("%n certificate(s)", nullptr, certificates);
    // what the canvas does not show card by card is counted (never dropped silently)
    const int collapsed = int(m_topology->collapsedCount());
    if (collapsed > 0) {
        parts << tr("%n namespace(s) collapsed", nullptr, collapsed);
        m_countsLabel->setToolTip(tr("%n resource(s) inside collapsed namespaces. Double-click a namespace on the "
                                     "map, or choose a resource in the tree, to open it.",
            nullptr, int(m_topology->hiddenCount())));
    } else {
        m_countsLabel->setToolTip(QString());
    }
    m_countsLabel->setText(parts.join(QStringLiteral("  \u00b7  ")));
}

void MainWindow::updateTitle()
{
    const QString context = currentContext();
    setWindowTitle(context.isEmpty() ? tr("Netloom") : tr("%1 \u2014 Netloom").arg(context));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Netloom"),
        tr("<h3>Netloom %1</h3><p>One live topology of a platform's cloud network and its "
           "Kubernetes networking.</p>")
            .arg(QStringLiteral(NETLOOM_VERSION)));
}

void MainWindow::restoreSettings()
{
    const QSettings s = settings();
    QHash<QString, bool> choices;
    const QVariantMap stored = s.value(kCollapsedKey).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        choices.insert(it.key(), it.value().toBool());
    m_topology->setCollapseChoices(choices);
    if (s.contains(kGeometryKey))
        restoreGeometry(s.value(kGeometryKey).toByteArray());
    if (s.contains(kStateKey))
        restoreState(s.value(kStateKey).toByteArray());
    if (s.value(kGroupingKey).toString() == QLatin1String("origin"))
        m_groupByOriginAction->trigger();
}

void MainWindow::saveSettings() const
{
    QSettings s = settings();
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kStateKey, saveState());
    s.setValue(kGroupingKey, m_groupByOriginAction->isChecked() ? QStringLiteral("origin") : QStringLiteral("cluster"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Netloom::Widgets
