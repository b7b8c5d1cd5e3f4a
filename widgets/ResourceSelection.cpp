#include "widgets/ResourceSelection.h"

namespace Netloom::Widgets {

ResourceSelection::ResourceSelection(QObject* parent)
    : QObject(parent)
{
}

ResourceSelection::~ResourceSelection() = default;

void ResourceSelection::setCurrent(const Domain::ResourceId& id)
{
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentChanged(m_current);
}

void ResourceSelection::clear()
{
    setCurrent({});
}

} // namespace Netloom::Widgets
