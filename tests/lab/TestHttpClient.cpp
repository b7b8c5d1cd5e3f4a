#include "tests/lab/TestHttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace Netloom::Lab::Test {

QByteArray HttpResponse::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray& lowerName) const
{
    QList<QByteArray> values;
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            values.append(value);
    }
    return values;
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestHttpClient::TestHttpClient(quint16 port, const QByteArray& caPem, const QString& token, QObject* parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
    , m_port(port)
    , m_token(token.toUtf8())
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    connect(m_socket, &QSslSocket::encrypted, this, &TestHttpClient::progressed);
    connect(m_socket, &QSslSocket::readyRead, this, &TestHttpClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_disconnected = true;
        emit progressed();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        m_disconnected = true;
        emit progressed();
    });
}

TestHttpClient::~TestHttpClient() = default;

bool TestHttpClient::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &TestHttpClient::progressed, &loop, [&] {
        if (done())
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return done();
}

bool TestHttpClient::connectToServer(int timeoutMs)
{
    m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    return waitFor([this] { return m_socket->isEncrypted() || m_disconnected; }, timeoutMs) && m_socket->isEncrypted();
}

bool TestHttpClient::isConnected() const
{
    return !m_disconnected && m_socket->state() == QAbstractSocket::ConnectedState;
}

void TestHttpClient::sendRaw(const QByteArray& bytes)
{
    m_socket->write(bytes);
}

void TestHttpClient::sendRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers, bool withToken)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    if (withToken)
        request += "Authorization: Bearer " + m_token + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : headers) {
        request += name + ": " + value + "\r\n";
        hasType = hasType || name.toLower() == "content-type";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        if (!hasType)
            request += "Content-Type: application/json\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n" + body;
    sendRaw(request);
}

void TestHttpClient::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    parse();
    emit progressed();
}

void TestHttpClient::parse()
{
    for (;;) {
        if (!m_current) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            HttpResponse response;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            response.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    response.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
            }
            m_buffer.remove(0, end + 4);
            response.chunked = response.header("transfer-encoding").toLower() == "chunked";
            m_contentLength = response.chunked ? -1 : response.header("content-length").toLongLong();
            m_current = response;
            m_streamEnded = false;
            m_lineBuffer.clear();
        }
        if (!m_current->chunked) {
            if (m_buffer.size() < m_contentLength)
                return;
            m_current->body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            m_complete.append(*m_current);
            m_current.reset();
            continue;
        }
        // Chunked: decode whole chunks; split the payload into event lines as it comes.
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return;
        bool ok = false;
        const qint64 size = m_buffer.left(lineEnd).split(';').value(0).toLongLong(&ok, 16);
        if (!ok)
            return;
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return;
        const QByteArray data = m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
        if (size == 0) {
            m_streamEnded = true;
            m_complete.append(*m_current);
            m_current.reset();
            continue;
        }
        m_current->body += data;
        m_lineBuffer += data;
        qsizetype newline;
        while ((newline = m_lineBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_lineBuffer.left(newline);
            m_lineBuffer.remove(0, newline + 1);
            if (!line.trimmed().isEmpty())
                m_events.append(QJsonDocument::fromJson(line).object());
        }
    }
}

std::optional<HttpResponse> TestHttpClient::waitForResponse(int timeoutMs)
{
    if (!waitFor([this] { return !m_complete.isEmpty() || m_disconnected; }, timeoutMs) || m_complete.isEmpty())
        return std::nullopt;
    return m_complete.takeFirst();
}

std::optional<HttpResponse> TestHttpClient::request(const QByteArray& method, const QByteArray& target,
    const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    sendRequest(method, target, body, headers);
    return waitForResponse(timeoutMs);
}

std::optional<HttpResponse> TestHttpClient::waitForStreamHead(int timeoutMs)
{
    if (!waitFor([this] { return m_current.has_value() || !m_complete.isEmpty() || m_disconnected; }, timeoutMs))
        return std::nullopt;
    if (m_current)
        return m_current;
    if (!m_complete.isEmpty())
        return m_complete.first();
    return std::nullopt;
}

QList<QJsonObject> TestHttpClient::takeEvents()
{
    return std::exchange(m_events, {});
}

bool TestHttpClient::waitForEvents(int count, int timeoutMs)
{
    return waitFor([this, count] { return m_events.size() >= count; }, timeoutMs);
}

bool TestHttpClient::waitForStreamEnd(int timeoutMs)
{
    return waitFor([this] { return m_streamEnded || m_disconnected; }, timeoutMs) && m_streamEnded;
}

bool TestHttpClient::waitForDisconnected(int timeoutMs)
{
    return waitFor([this] { return m_disconnected; }, timeoutMs);
}

} // namespace Netloom::Lab::Test
