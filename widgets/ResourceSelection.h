#pragma once

#include "models/domain/ResourceId.h"

#include <QObject>

namespace Netloom::Widgets {

/// The one current resource of the window, shared by the canvas, the tree and the inspector: each
/// sets it on user input and follows currentChanged(); nobody keeps a selection of their own.
class ResourceSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSelection)

public:
    explicit ResourceSelection(QObject* parent = nullptr);
    ~ResourceSelection() override;

    Domain::ResourceId current() const { return m_current; }

public Q_SLOTS:
    /// Makes @p id current (a null id clears); emits currentChanged() when it differs.
    void setCurrent(const Netloom::Domain::ResourceId& id);
    void clear();

Q_SIGNALS:
    void currentChanged(const Netloom::Domain::ResourceId& current);

private:
    Domain::ResourceId m_current;
};

} // namespace Netloom::Widgets
