#pragma once

#include "models/domain/Resource.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Netloom::Domain {
class Inventory;
}
namespace Netloom::ItemModels {
class ResourcePropertiesModel;
}

namespace Netloom::Widgets {

class ResourceSelection;
class TopologyTheme;

/// The content of the "inspector" dock: a header (glyph, name, kind and namespace), then tabs with
/// the properties table ("inspectorProperties") and the resource as YAML ("inspectorYaml"). Shows
/// the window's current resource and follows its updates in the Inventory.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    /// Turns a resource into the YAML shown; the default renders its ResourceJson summary.
    using YamlProvider = std::function<QString(const Domain::Resource&)>;

    InspectorPanel(Domain::Inventory& inventory, ResourceSelection& selection, const TopologyTheme& theme,
                   QWidget* parent = nullptr);
    ~InspectorPanel() override;

    /// Replaces the YAML renderer (e.g. the full object from the API server, later).
    void setYamlProvider(YamlProvider provider);

    ItemModels::ResourcePropertiesModel* propertiesModel() const { return m_model; }
    QTableView* propertiesView() const { return m_table; }
    QPlainTextEdit* yamlView() const { return m_yaml; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The header's title text (the resource name, or empty).
    QString title() const;

private:
    void refresh();

    ResourceSelection& m_selection;
    const TopologyTheme& m_theme;
    ItemModels::ResourcePropertiesModel* m_model;
    YamlProvider m_yamlProvider;
    QStackedWidget* m_stack;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QTableView* m_table;
    QPlainTextEdit* m_yaml;
};

} // namespace Netloom::Widgets
