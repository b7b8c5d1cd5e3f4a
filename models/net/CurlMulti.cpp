#include "models/net/CurlMulti.h"

#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"
#include "models/net/Logging.h"
#include "models/net/Tr.h"
#include "models/net/Transfer.h"

#include <QSocketNotifier>

#include <algorithm>
#include <limits>
#include <utility>

namespace Netloom::Net {

namespace {

// curl_global_init is not thread-safe in old libcurls; do it once, before the first multi handle.
void ensureCurlGlobalInit()
{
    static const bool done = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

CurlMulti::CurlMulti()
{
    ensureCurlGlobalInit();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setObjectName(QStringLiteral("curlMultiTimeout"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    // Replies outlive the client: they finish with "cancelled" from the event loop.
    auto transfers = std::move(m_transfers);
    m_transfers.clear();
    for (auto& [reply, transfer] : transfers) {
        detachHandle(transfer.get());
        reply->m_client = nullptr;
        reply->finishWith(Error(Tr::tr("The request was cancelled."), QStringLiteral("HTTP client destroyed")));
    }
    transfers.clear();
    m_graveyard.clear();
    for (auto& [socket, watch] : m_sockets) {
        delete watch.read;
        delete watch.write;
    }
    m_sockets.clear();
    curl_multi_cleanup(m_multi);
}

void CurlMulti::start(HttpReply* reply, const HttpRequest& request)
{
    auto transfer = std::make_unique<Transfer>(*this, reply, request);
    Expected<void> ready = transfer->setUp();
    if (!ready) {
        reply->m_client = nullptr;
        reply->startAttempt(1);
        reply->finishWith(ready.error());
        return;
    }
    Transfer* raw = transfer.get();
    m_transfers.emplace(reply, std::move(transfer));
    addAttempt(raw);
}

void CurlMulti::addAttempt(Transfer* transfer)
{
    transfer->beginAttempt();
    // Not inside libcurl here: called from send() or from the retry timer.
    const CURLMcode rc = curl_multi_add_handle(m_multi, transfer->easy());
    if (rc != CURLM_OK) {
        finish(transfer,
            Error(Tr::tr("The HTTP request could not be started."),
                QStringLiteral("curl_multi_add_handle: %1").arg(QString::fromUtf8(curl_multi_strerror(rc)))));
        return;
    }
    transfer->setInMulti(true);
}

void CurlMulti::abandon(HttpReply* reply)
{
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end())
        return;
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    m_transfers.erase(it);
    qCDebug(lcNet).noquote() << transfer->request().method << "request abandoned by its caller on attempt"
                             << transfer->attempt();
    if (m_inCurl) {
        m_graveyard.push_back(std::move(transfer));
        return;
    }
    detachHandle(transfer.get());
}

void CurlMulti::detachHandle(Transfer* transfer)
{
    transfer->retryTimer().stop();
    if (transfer->inMulti()) {
        curl_multi_remove_handle(m_multi, transfer->easy());
        transfer->setInMulti(false);
    }
}

void CurlMulti::expireIdle(Transfer* transfer)
{
    detachHandle(transfer);
    finish(transfer, transfer->idleError());
}

void CurlMulti::retryNow(Transfer* transfer)
{
    addAttempt(transfer);
}

void CurlMulti::finish(Transfer* transfer, std::optional<Netloom::Error> error)
{
    transfer->logEnd(error);
    HttpReply* reply = transfer->reply();
    detachHandle(transfer);
    transfer->stopTimers();
    reply->m_client = nullptr;
    reply->finishWith(std::move(error));
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end())
        return;
    std::unique_ptr<Transfer> owned = std::move(it->second);
    m_transfers.erase(it);
    // The transfer may be running one of its own timer slots (idle, retry): delete it later.
    if (m_inCurl)
        m_graveyard.push_back(std::move(owned));
    else
        QMetaObject::invokeMethod(
            this, [doomed = std::shared_ptr<Transfer>(std::move(owned))] {}, Qt::QueuedConnection);
}

int CurlMulti::onSocket(CURL* /*easy*/, curl_socket_t socket, int what, void* self, void* /*socketData*/)
{
    static_cast<CurlMulti*>(self)->updateSocket(socket, what);
    return 0;
}

int CurlMulti::onTimer(CURLM* /*multi*/, long timeoutMs, void* self)
{
    auto* multi = static_cast<CurlMulti*>(self);
    // Never call back into libcurl from here: a 0 ms timeout also goes through the event loop.
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(static_cast<int>(std::min<long>(timeoutMs, std::numeric_limits<int>::max())));
    return 0;
}

void CurlMulti::updateSocket(curl_socket_t socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        const auto it = m_sockets.find(socket);
        if (it == m_sockets.end())
            return;
        // We may be inside this very notifier's activated(): disable now, delete later.
        for (QSocketNotifier* notifier : { it->second.read, it->second.write }) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
        m_sockets.erase(it);
        return;
    }
    SocketWatch& watch = m_sockets[socket];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !watch.read) {
        watch.read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(
            watch.read, &QSocketNotifier::activated, this, [this, socket] { socketAction(socket, CURL_CSELECT_IN); });
    }
    if (wantWrite && !watch.write) {
        watch.write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(
            watch.write, &QSocketNotifier::activated, this, [this, socket] { socketAction(socket, CURL_CSELECT_OUT); });
    }
    if (watch.read)
        watch.read->setEnabled(wantRead);
    if (watch.write)
        watch.write->setEnabled(wantWrite);
}

void CurlMulti::socketAction(curl_socket_t socket, int events)
{
    int running = 0;
    m_inCurl = true;
    curl_multi_socket_action(m_multi, socket, events, &running);
    m_inCurl = false;
    afterCurl();
}

void CurlMulti::afterCurl()
{
    for (auto& transfer : m_graveyard)
        detachHandle(transfer.get());
    m_graveyard.clear();
    processDone();
}

void CurlMulti::processDone()
{
    std::vector<std::pair<Transfer*, CURLcode>> done;
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        char* priv = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &priv);
        done.emplace_back(reinterpret_cast<Transfer*>(priv), message->data.result);
    }
    for (const auto& [transfer, code] : done) {
        detachHandle(transfer);
        Transfer::Outcome outcome = transfer->complete(code);
        if (outcome.retry)
            transfer->retryTimer().start(outcome.delay);
        else
            finish(transfer, std::move(outcome.error));
    }
}

} // namespace Netloom::Net
