#pragma once

#include "models/core/Error.h"
#include "models/domain/Resource.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

namespace Netloom::Cloud {

/// One asynchronous provider operation (a read of the account, a write, a download). Owned by the
/// caller; deleting it, or cancel(), abandons it. finished() is emitted exactly once (not after
/// cancel() or deletion), always from the event loop.
class CloudJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudJob)

public:
    explicit CloudJob(QObject* parent = nullptr);
    ~CloudJob() override;

    bool isFinished() const { return m_finished; }
    /// Set once finished when the operation failed (the operator's message, verbatim server text).
    const std::optional<Error>& error() const { return m_error; }
    /// The resources read or written (reads: everything of the account; writes: the object as the
    /// provider reports it once DONE; delete: empty).
    const QList<Domain::ResourcePtr>& resources() const { return m_resources; }
    /// Downloaded content (a kubeconfig).
    const QByteArray& content() const { return m_content; }

    void cancel();

    // For providers:
    void setProgress(int done, int total);
    void finishWith(QList<Domain::ResourcePtr> resources, QByteArray content = {});
    void failWith(const Error& error);
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    /// @p done of @p total steps (API collections) are complete.
    void progress(int done, int total);
    void finished();
    /// Emitted by cancel() so that the provider stops what it was doing.
    void cancelRequested();

private:
    void finishLater();

    std::optional<Error> m_error;
    QList<Domain::ResourcePtr> m_resources;
    QByteArray m_content;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Netloom::Cloud
