#include "models/kube/WatchStream.h"

#include "models/kube/ConnectionConfig.h"
#include "models/kube/KubeClient.h"
#include "models/kube/Logging.h"
#include "models/kube/Tr.h"
#include "models/net/HttpReply.h"

namespace Netloom::Kube {

WatchStream::WatchStream(
    Net::HttpReply* reply, const ConnectionConfig& config, QString what, QObject* parent, bool namespaced)
    : QObject(parent)
    , m_reply(reply)
    , m_what(std::move(what))
    , m_server(config.serverText())
    , m_user(config.userName)
    , m_namespaced(namespaced)
{
    m_reply->setParent(this);
    connect(m_reply, &Net::HttpReply::metaDataReceived, this, &WatchStream::onMetaData);
    connect(m_reply, &Net::HttpReply::lineReceived, this, &WatchStream::onLine);
    connect(m_reply, &Net::HttpReply::finished, this, &WatchStream::onFinished);
}

WatchStream::~WatchStream() = default;

void WatchStream::onMetaData()
{
    m_ok = m_reply->status() == 200;
    m_errorBody.clear();
    if (m_ok)
        Q_EMIT opened();
}

void WatchStream::onLine(const QByteArray& line)
{
    if (m_done)
        return;
    if (!m_ok) {
        // Only a Status is expected here: keep its start, whatever a hostile server goes on sending.
        if (m_errorBody.size() < 64 * 1024)
            m_errorBody.append(line.left(64 * 1024)).append('\n');
        return;
    }
    if (line.trimmed().isEmpty())
        return;
    auto parsed = WatchEvent::parse(line);
    if (!parsed) {
        ++m_skipped;
        qCWarning(lcKube) << m_what << "skipped an event:" << parsed.error().toString();
        return;
    }
    const bool objectEvent = parsed->type == WatchEvent::Type::Added || parsed->type == WatchEvent::Type::Modified
        || parsed->type == WatchEvent::Type::Deleted;
    if (objectEvent) {
        // As in a list: an object no server can send (no name...) must not reach the cache.
        if (const QString problem = KubeClient::objectProblem(parsed->object, m_namespaced); !problem.isEmpty()) {
            ++m_skipped;
            qCWarning(lcKube).noquote() << m_what << "skipped a malformed" << WatchEvent::typeName(parsed->type)
                                        << "event:" << problem;
            return;
        }
    }
    ++m_events;
    if (parsed->type == WatchEvent::Type::Error) {
        m_done = true;
        if (parsed->errorCode == 410) {
            Q_EMIT expired(parsed->errorMessage);
        } else {
            Q_EMIT closed(Error(Tr::tr("%1: the server ended the watch: %2").arg(m_what, parsed->errorMessage),
                                QStringLiteral("ERROR event, code %1").arg(parsed->errorCode)));
        }
        m_reply->cancel();
        return;
    }
    Q_EMIT eventReceived(*parsed);
}

void WatchStream::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    const int status = m_reply->status();
    if (status == 410) {
        Q_EMIT expired(Tr::tr("the resourceVersion is too old (410 Gone)"));
        return;
    }
    if (status == 200 && !m_reply->error()) {
        Q_EMIT closed(std::nullopt);
        return;
    }
    ConnectionConfig config;
    config.server = QUrl(m_server);
    config.userName = m_user;
    Q_EMIT closed(KubeClient::errorFor(config, status, m_reply->error(), m_errorBody, m_what));
}

} // namespace Netloom::Kube
