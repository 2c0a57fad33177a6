#include "StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace warden {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreFiles)
};

QMutex registryMutex;

QStringList& registry()
{
    static QStringList paths;
    return paths;
}

// Where a name points, by text: for names of files that do not exist (yet), such as a new export.
QString resolvedName(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((directory.isEmpty() ? info.absolutePath() : directory) + QLatin1Char('/')
                           + info.fileName());
}

// /proc/locks read with plain system calls, never through anything that might look at other files;
// nothing where the system has none.
std::optional<QByteArray> readProcLocks()
{
    const int fd = ::open("/proc/locks", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray text;
    char buffer[16384];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    ::close(fd);
    return text;
}

} // namespace

std::optional<FileIdentity> FileIdentity::of(const QString& path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino)};
}

const QStringList& StoreFiles::companionSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

void StoreFiles::add(const QString& databasePath)
{
    const QMutexLocker lock(&registryMutex);
    registry().append(resolvedName(databasePath));
}

void StoreFiles::remove(const QString& databasePath)
{
    const QMutexLocker lock(&registryMutex);
    registry().removeOne(resolvedName(databasePath));
}

Status StoreFiles::refuse(const QString& path)
{
    QStringList stores;
    {
        const QMutexLocker lock(&registryMutex);
        stores = registry();
    }
    if (stores.isEmpty())
        return {};
    const std::optional<FileIdentity> file = FileIdentity::of(path);
    const QString name = resolvedName(path);
    for (const QString& store : std::as_const(stores)) {
        for (const QString& suffix : companionSuffixes()) {
            const QString companion = store + suffix;
            const std::optional<FileIdentity> identity = file ? FileIdentity::of(companion) : std::nullopt;
            if (name == companion || (identity && *identity == *file))
                return refused(
                    Tr::tr("%1 is a file of the open store %2; Warden does not read or write it as another file")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(store)));
        }
    }
    return {};
}

bool StoreFiles::processHoldsLocks(const QList<FileIdentity>& files)
{
    const std::optional<QByteArray> locks = readProcLocks();
    if (!locks)
        return true;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    QSet<quint64> missing;
    for (const FileIdentity& file : files)
        missing.insert(file.inode);
    // "1: POSIX  ADVISORY  READ 4501 fe:00:10952866 128 128"; "1: -> POSIX ..." is a waiting request.
    for (const QByteArray& line : locks->split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) != "POSIX" || fields.at(4) != pid)
            continue;
        const QByteArray& where = fields.at(5);
        missing.remove(where.mid(where.lastIndexOf(':') + 1).toULongLong());
    }
    return missing.isEmpty();
}

} // namespace warden
