#include "app/lab/kube/StateFile.h"

#include "app/lab/kube/ObjectStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace Netloom::Lab {

StateFile::StateFile(ObjectStore* store, const QString& path, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (const Expected<void> saved = save(); !saved)
            qWarning("netloom-lab: %s", qPrintable(saved.error().toString()));
    });
    connect(m_store, &ObjectStore::eventRecorded, this, [this] {
        m_dirty = true;
        if (!m_timer->isActive())
            m_timer->start();
    });
}

StateFile::~StateFile()
{
    (void)flush();
}

void StateFile::setDebounceMs(int ms)
{
    m_timer->setInterval(ms);
}

bool StateFile::exists() const
{
    return QFile::exists(m_path);
}

Expected<void> StateFile::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("Could not read the lab state %1").arg(m_path), file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error(QStringLiteral("The lab state %1 is not valid JSON").arg(m_path), error.errorString());
    m_store->loadJson(document.object());
    m_dirty = false;
    return {};
}

Expected<void> StateFile::flush()
{
    m_timer->stop();
    return m_dirty ? save() : Expected<void>();
}

Expected<void> StateFile::save()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("Could not write the lab state %1").arg(m_path), file.errorString());
    file.write(QJsonDocument(m_store->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(QStringLiteral("Could not write the lab state %1").arg(m_path), file.errorString());
    m_dirty = false;
    return {};
}

} // namespace Netloom::Lab
