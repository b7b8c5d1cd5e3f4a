#pragma once

#include "models/domain/ResourceId.h"
#include "widgets/ConnectionState.h"
#include "widgets/InspectorPanel.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;

namespace Netloom::Domain {
class Inventory;
}
namespace Netloom::ItemModels {
class ResourceTreeModel;
}
namespace Netloom::Topology {
class TopologyModel;
}

namespace Netloom::Widgets {

class ResourceSelection;
class ResourceTreePanel;
class TopologyScene;
class TopologyTheme;
class TopologyView;

/// The console's main window: the topology canvas in the centre ("topologyView"), the resource
/// tree ("resourceTree") and the inspector ("inspector") as docks, a toolbar with the context
/// chooser ("contextChooser") and the search field ("searchField"), a status bar with the
/// connection state ("connectionState"), object counts ("objectCounts") and zoom ("zoomLevel").
///
/// Knows nothing of kubeconfig or networking: the app feeds it contexts and connection states and
/// follows contextRequested() / refreshRequested(). Geometry, dock state and the last context are
/// kept with QSettings (organisation "Netloom").
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Domain::Inventory& inventory, QWidget* parent = nullptr);
    ~MainWindow() override;

    Domain::Inventory& inventory() const { return m_inventory; }
    Topology::TopologyModel& topologyModel() const { return *m_topology; }
    ItemModels::ResourceTreeModel& treeModel() const { return *m_treeModel; }
    ResourceSelection& selection() const { return *m_selection; }
    TopologyScene* topologyScene() const { return m_scene; }
    TopologyView* topologyView() const { return m_view; }
    InspectorPanel* inspector() const { return m_inspector; }

    /// Replaces how the inspector renders a resource as YAML.
    void setYamlProvider(InspectorPanel::YamlProvider provider);

    /// The context chosen last time (QSettings), for the app to connect to at start-up.
    QString lastContext() const;
    ConnectionState connectionState() const { return m_connectionState; }
    QString currentContext() const;

    /// What the operator is asked before an exec credential plugin runs for the first time.
    struct ExecApprovalRequest
    {
        QString context;
        QString user;
        QString kubeconfigFile;
        QString commandLine; ///< environment, command and arguments, as a shell would run them
        QString program;     ///< the file that will run (resolved), or empty when not found
    };
    /// Asks, without blocking (a window-modal message box), whether the plugin may run; @p answer
    /// gets true for "Run and remember", false for "Do not run" (also when the box is closed).
    void askExecApproval(const ExecApprovalRequest& request, std::function<void(bool)> answer);

public Q_SLOTS:
    /// Shows @p text with the colour of @p state in the status bar.
    void setConnectionState(const QString& text, Netloom::Widgets::ConnectionState state);
    /// The cloud account's state, in its own part of the status bar ("cloudState"), shown from the
    /// first call on; @p toolTip: a warning that stays (an http:// API URL).
    void setCloudState(const QString& text, Netloom::Widgets::ConnectionState state, const QString& toolTip = {});
    /// The state of the watched kinds ("kindStates" in the status bar): a summary, and every kind
    /// with its state in the tooltip. Empty @p text hides it.
    void setKindStates(const QString& text, Netloom::Widgets::ConnectionState state, const QString& toolTip);
    /// Fills the context chooser; @p current is shown selected (no contextRequested() for it).
    void setContexts(const QStringList& contexts, const QString& current);
    /// Makes @p id the current resource (canvas, tree and inspector follow).
    void selectResource(const Netloom::Domain::ResourceId& id);
    /// Puts the focus into the search field (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    /// The user chose another context in the chooser.
    void contextRequested(const QString& name);
    /// File > Refresh (F5).
    void refreshRequested();
    /// "Connect the cluster" ("connectCluster" action, or a double-click on the card) on a cloud
    /// VDC, managed cluster or node pool: its Kubernetes side should be shown.
    void cloudClusterRequested(const Netloom::Domain::ResourceId& id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void updateCounts();
    void updateTitle();
    void onSearchTextChanged(const QString& text);
    void showMatchCount(int count);
    void onSearchReturn();
    void onContextActivated(int index);
    void showAbout();
    void updateConnectClusterAction();
    /// True for a cloud VDC, managed cluster or node pool (what leads to a Kubernetes cluster).
    bool leadsToCluster(const Domain::ResourceId& id) const;
    QString stateDot(ConnectionState state) const;

    Domain::Inventory& m_inventory;
    std::unique_ptr<TopologyTheme> m_theme;
    ResourceSelection* m_selection;
    Topology::TopologyModel* m_topology;
    ItemModels::ResourceTreeModel* m_treeModel;
    TopologyScene* m_scene;
    TopologyView* m_view;
    ResourceTreePanel* m_treePanel = nullptr;
    InspectorPanel* m_inspector = nullptr;
    QDockWidget* m_treeDock = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QComboBox* m_contextChooser = nullptr;
    QLineEdit* m_searchField = nullptr;
    QLabel* m_searchMatches = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_cloudLabel = nullptr;
    QLabel* m_kindsLabel = nullptr;
    ConnectionState m_connectionState = ConnectionState::Disconnected;
    int m_searchCursor = -1;

    QAction* m_refreshAction = nullptr;
    QAction* m_connectClusterAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_resetZoomAction = nullptr;
    QAction* m_arrangeAction = nullptr;
    QAction* m_groupByClusterAction = nullptr;
    QAction* m_groupByOriginAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace Netloom::Widgets
