#include "FileAccess.h"

#include "models/store/StoreFiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace warden {

Result<QByteArray> FileAccess::read(const QString& path, qint64 maxBytes)
{
    if (Status s = StoreFiles::refuse(path))
        return *s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxBytes)
        return invalid(tr("%1: the file is larger than %2 MB").arg(QDir::toNativeSeparators(path)).arg(maxBytes / 1024 / 1024));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

Status FileAccess::write(const QString& path, const QByteArray& bytes, const std::function<bool()>& commitNow)
{
    if (Status s = StoreFiles::refuse(path))
        return s;
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write %1: %2").arg(name, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
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
