#include "models/net/HttpClient.h"

#include "models/net/CurlMulti.h"
#include "models/net/HttpReply.h"

namespace Netloom::Net {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_multi(std::make_unique<CurlMulti>())
{
}

HttpClient::~HttpClient() = default;

HttpReply* HttpClient::send(const HttpRequest& request)
{
    auto* reply = new HttpReply(this, request.url, request.streaming);
    m_multi->start(reply, request);
    return reply;
}

int HttpClient::activeTransfers() const
{
    return m_multi->activeTransfers();
}

void HttpClient::abandon(HttpReply* reply)
{
    m_multi->abandon(reply);
}

} // namespace Netloom::Net
