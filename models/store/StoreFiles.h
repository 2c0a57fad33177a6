#pragma once

#include "models/domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace warden {

// Which file a name leads to on disk: its device and inode, following symbolic links.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileIdentity& other) const { return device == other.device && inode == other.inode; }
    bool operator!=(const FileIdentity& other) const { return !(*this == other); }
    // Nothing when there is no such file; asks the file system only, never opens the file.
    static std::optional<FileIdentity> of(const QString& path);
};

// The files of the SQLite stores open in this process. POSIX advisory locks belong to the process:
// opening and closing any of these files other than through SQLite drops the store's locks, after
// which another program takes this one for gone, deletes the write-ahead log and the store is
// corrupted. Everything that opens a file a person named asks here first.
class StoreFiles
{
public:
    static void add(const QString& databasePath);
    static void remove(const QString& databasePath);
    // A refusal when path is (or leads to) the database, its write-ahead log, shared memory or journal.
    static Status refuse(const QString& path);
    // Whether this process still holds a lock on each file: false once a stray close dropped one.
    // True where the system does not tell (no /proc/locks).
    static bool processHoldsLocks(const QList<FileIdentity>& files);
    static const QStringList& companionSuffixes();
};

} // namespace warden
