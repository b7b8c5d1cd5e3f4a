#pragma once

#include "models/core/Expected.h"

#include <QObject>
#include <QString>

class QTimer;

namespace Netloom::Lab {

class ObjectStore;

/// Keeps the store's objects in <state-dir>/objects.json: loads them at start, writes them
/// atomically (QSaveFile) a short while after changes, so bursts cost one write.
class StateFile final : public QObject
{
    Q_OBJECT

public:
    StateFile(ObjectStore* store, const QString& path, QObject* parent = nullptr);
    ~StateFile() override;
    Q_DISABLE_COPY_MOVE(StateFile)

    bool exists() const;
    Expected<void> load();
    /// Writes now if a change is pending.
    Expected<void> flush();
    void setDebounceMs(int ms);

private:
    Expected<void> save();

    ObjectStore* m_store;
    QString m_path;
    QTimer* m_timer;
    bool m_dirty = false;
};

} // namespace Netloom::Lab
