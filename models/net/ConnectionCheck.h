#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace warden {

// "Test connection": one HTTP GET of a type's check URL, given up after a timeout. Any answer below
// 400 counts as reachable; the message says what came back, or why nothing did.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject* parent = nullptr);

    // headers: name and value pairs sent with the request, such as the type's credentials.
    void start(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 10000);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void finished(bool reachable, const QString& message);

private:
    void done();

    QNetworkAccessManager* m_network;
    QNetworkReply* m_reply = nullptr;
    bool m_timedOut = false;
    int m_timeoutMs = 0;
};

} // namespace warden
