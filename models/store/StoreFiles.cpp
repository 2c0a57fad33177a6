#include "StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <dirent.h>
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

// A proc file read with plain system calls, never through anything that might look at other files;
// nothing where the system has none.
std::optional<QByteArray> readProcFile(const char* path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray text;
    char buffer[16384];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    ::close(fd);
    return text;
}

std::optional<QByteArray> readProcLocks() { return readProcFile("/proc/locks"); }

// The lock lines of this process's open files among these, as /proc/self/fdinfo shows them: a few
// small reads, where /proc/locks lists every lock of the system (tens of milliseconds on some).
// Nothing where the system shows no lock there at all.
std::optional<QByteArray> ownFilesLocks(const QList<FileIdentity>& files)
{
    DIR* open = ::opendir("/proc/self/fd");
    if (!open)
        return std::nullopt;
    QByteArray lines;
    while (const dirent* entry = ::readdir(open)) {
        bool number = false;
        const int fd = QByteArray(entry->d_name).toInt(&number);
        struct stat info;
        if (!number || ::fstat(fd, &info) != 0
            || !files.contains(FileIdentity{quint64(info.st_dev), quint64(info.st_ino)}))
            continue;
        const std::optional<QByteArray> text
            = readProcFile(QByteArray("/proc/self/fdinfo/" + QByteArray::number(fd)).constData());
        for (const QByteArray& line : text ? text->split('\n') : QList<QByteArray>()) {
            if (line.startsWith("lock:"))
                lines += line.mid(5) + '\n';
        }
    }
    ::closedir(open);
    return lines.isEmpty() ? std::nullopt : std::optional<QByteArray>(lines);
}

// Takes out of missing the inodes that these lock lines show this process holding a POSIX lock on:
// "1: POSIX  ADVISORY  READ 4501 fe:00:10952866 128 128"; "1: -> POSIX ..." is a waiting request.
void dropHeld(const QByteArray& locks, QSet<quint64>& missing)
{
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    for (const QByteArray& line : locks.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) != "POSIX" || fields.at(4) != pid)
            continue;
        const QByteArray& where = fields.at(5);
        missing.remove(where.mid(where.lastIndexOf(':') + 1).toULongLong());
    }
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
    QSet<quint64> missing;
    for (const FileIdentity& file : files)
        missing.insert(file.inode);
    if (const std::optional<QByteArray> own = ownFilesLocks(files)) {
        dropHeld(*own, missing);
        if (missing.isEmpty())
            return true;
    }
    // Not shown per open file (an older system), or missing there: the system's whole list decides.
    const std::optional<QByteArray> locks = readProcLocks();
    if (!locks)
        return true;
    dropHeld(*locks, missing);
    return missing.isEmpty();
}

} // namespace warden
