#include "PasswordVault.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace warden {

namespace {

QString g_lastError;
const QString service = QStringLiteral("Warden");

// Runs a keychain job to its end, or gives up after a few seconds when no keychain answers.
bool finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        g_lastError = job.errorString();
        return false;
    }
    g_lastError.clear();
    return true;
}

} // namespace

QString PasswordVault::read(const QString& location)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(location);
    return finish(job) ? job.textData() : QString();
}

bool PasswordVault::write(const QString& location, const QString& password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(location);
    job.setTextData(password);
    return finish(job);
}

void PasswordVault::forget(const QString& location)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(location);
    finish(job);
}

QString PasswordVault::lastError() { return g_lastError; }

} // namespace warden
