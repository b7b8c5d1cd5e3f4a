#include "models/cloud/CloudJob.h"

#include <QMetaObject>

namespace Netloom::Cloud {

CloudJob::CloudJob(QObject* parent)
    : QObject(parent)
{
}

CloudJob::~CloudJob() = default;

void CloudJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelRequested();
}

void CloudJob::setProgress(int done, int total)
{
    if (!m_finished && !m_cancelled)
        Q_EMIT progress(done, total);
}

void CloudJob::finishWith(QList<Domain::ResourcePtr> resources, QByteArray content)
{
    if (m_finished || m_cancelled)
        return;
    m_resources = std::move(resources);
    m_content = std::move(content);
    finishLater();
}

void CloudJob::failWith(const Error& error)
{
    if (m_finished || m_cancelled)
        return;
    m_error = error;
    finishLater();
}

void CloudJob::finishLater()
{
    m_finished = true;
    QMetaObject::invokeMethod(this, &CloudJob::finished, Qt::QueuedConnection);
}

} // namespace Netloom::Cloud
