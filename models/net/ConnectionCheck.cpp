#include "ConnectionCheck.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace warden {

ConnectionCheck::ConnectionCheck(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) { }

void ConnectionCheck::start(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    cancel();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        Q_EMIT finished(false, tr("%1 is not an http or https address").arg(url.toString()));
        return;
    }
    m_timedOut = false;
    m_timeoutMs = timeoutMs;
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    auto* timer = new QTimer(m_reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_reply, [this] {
        m_timedOut = true;
        m_reply->abort();
    });
    timer->start(timeoutMs);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionCheck::done);
}

void ConnectionCheck::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ConnectionCheck::done()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        Q_EMIT finished(false, tr("No answer within %n second(s).", nullptr, m_timeoutMs / 1000));
        return;
    }
    if (status == 0) {
        Q_EMIT finished(false, tr("Not reachable: %1").arg(reply->errorString()));
        return;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status >= 400)
        Q_EMIT finished(false, tr("The server answered %1 %2.").arg(status).arg(reason));
    else
        Q_EMIT finished(true, tr("Reachable: the server answered %1 %2.").arg(status).arg(reason));
}

} // namespace warden
