#include "FileAccess.h"

#include "models/store/StoreFiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace warden {

Result<QByteArray> FileAccess::read(const QString& path, qint64 maxBytes)
{
    if (Status s = StoreFiles::refuse(path); s.failed())
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxBytes)
        return invalid(
            tr("%1: the file is larger than %2 MB").arg(QDir::toNativeSeparators(path)).arg(maxBytes / 1024 / 1024));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

Status FileAccess::write(const QString& path, const QByteArray& bytes, const std::function<bool()>& commitNow)
{
    if (Status s = StoreFiles::refuse(path); s.failed())
        return s;
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write %1: %2").arg(name, file.errorString()));
    // Flushed before the rename is decided, so that a full disk is told as such.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // The system's reason (a full disk) says more than the device's "Unknown error".
        const QString why = errno ? QString::fromLocal8Bit(strerror(errno)) : file.errorString();
        file.cancelWriting();
        return failed(tr("cannot write %1: %2").arg(name, why));
    }
    if (commitNow && !commitNow()) {
        file.cancelWriting();
        return failed(tr("cancelled; %1 was not written").arg(name));
    }
    if (!file.commit())
        return failed(tr("cannot write %1: %2").arg(name, file.errorString()));
    return {};
}

} // namespace warden
