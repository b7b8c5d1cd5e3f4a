#include "widgets/InspectorPanel.h"

#include "models/itemmodels/ResourcePropertiesModel.h"
#include "models/itemmodels/YamlEmitter.h"
#include "widgets/KindGlyph.h"
#include "widgets/ResourceSelection.h"
#include "widgets/TopologyTheme.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Netloom::Widgets {

InspectorPanel::InspectorPanel(Domain::Inventory& inventory, ResourceSelection& selection, const TopologyTheme& theme,
                               QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_theme(theme)
    , m_model(new ItemModels::ResourcePropertiesModel(inventory, this))
    , m_yamlProvider([](const Domain::Resource& r) { return ItemModels::YamlEmitter::resourceToYaml(r); })
    , m_stack(new QStackedWidget(this))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_yaml(new QPlainTextEdit(this))
{
    auto* empty = new QLabel(tr("Select a resource on the canvas or in the tree to see its details."), this);
    empty->setObjectName(QStringLiteral("inspectorEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    empty->setContentsMargins(16, 16, 16, 16);

    auto* page = new QWidget(this);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("inspectorSubtitle"));
    m_subtitle->setEnabled(false);
    m_icon->setFixedSize(32, 32);

    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 8, 8, 4);
    header->setSpacing(10);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(text, 1);

    m_table->setObjectName(QStringLiteral("inspectorProperties"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ItemModels::ResourcePropertiesModel::PropertyColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_yaml->setObjectName(QStringLiteral("inspectorYaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFrameShape(QFrame::NoFrame);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_yaml->font().pointSizeF() * 0.95);
    m_yaml->setFont(mono);

    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("Properties"));
    m_tabs->addTab(m_yaml, tr("YAML"));

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(4);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_selection, &ResourceSelection::currentChanged, this,
            [this](const Domain::ResourceId& id) { m_model->setResourceId(id); });
    connect(m_model, &ItemModels::ResourcePropertiesModel::resourceChanged, this, &InspectorPanel::refresh);
    m_model->setResourceId(m_selection.current());
    refresh();
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::setYamlProvider(YamlProvider provider)
{
    m_yamlProvider = std::move(provider);
    refresh();
}

QString InspectorPanel::title() const
{
    return m_title->text();
}

void InspectorPanel::refresh()
{
    const Domain::ResourcePtr resource = m_model->resource();
    if (!resource) {
        m_stack->setCurrentIndex(0);
        m_title->clear();
        m_subtitle->clear();
        m_yaml->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    m_icon->setPixmap(KindGlyph::icon(resource->kind, m_theme.kindColor(resource->kind), 32).pixmap(32, 32));
    m_title->setText(resource->name);
    QString subtitle = Domain::displayName(resource->kind);
    if (!resource->namespaceName.isEmpty())
        subtitle = tr("%1 in %2").arg(subtitle, resource->namespaceName);
    m_subtitle->setText(subtitle);
    const int scroll = m_yaml->verticalScrollBar() ? m_yaml->verticalScrollBar()->value() : 0;
    m_yaml->setPlainText(m_yamlProvider ? m_yamlProvider(*resource) : QString());
    m_yaml->verticalScrollBar()->setValue(scroll);
    m_table->resizeRowsToContents();
}

} // namespace Netloom::Widgets
