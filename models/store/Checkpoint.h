#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace warden {

// The directory's rows at one audit position in a compact binary form (ids, bitsets, strings as
// they are in memory, folders in tree order) that loads without parsing row by row. Secrets stay
// sealed. Never trusted blindly: the checksum is kept beside it and checked before it is read, and
// every read is bounds-checked, so that a damaged one is refused, never half-loaded.
class Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)

public:
    // 3: a 64-bit SipHash checksum (2: BLAKE2b), teams folder by folder.
    static constexpr int Format = 3;
    // Of the rows an audit entry keeps; they stay readable as long as the log keeps them.
    static constexpr int ChangesFormat = 2;

    static QByteArray encode(const Directory& directory, const Catalog& catalog);
    // Permissions are matched by key with the catalog the checkpoint was written with. The checksum,
    // when given, is checked while the rows are read (and nothing is returned unless it matches).
    static Result<Directory> decode(const QByteArray& bytes, const Catalog& catalog, const QByteArray& checksum = {});
    // The same from size bytes that read puts into a buffer part by part: the teams first, so that
    // they are decoded while the rest is still being read.
    using ReadPart = std::function<bool(char* into, qsizetype offset, qsizetype length)>;
    static Result<Directory> decode(qsizetype size, const ReadPart& read, const Catalog& catalog,
                                    const QByteArray& checksum);
    // The rows an edit changed, before and after, in the same form: what an audit entry keeps so
    // that the directory of any moment can be rebuilt from the log.
    static QByteArray encodeChanges(const std::vector<Change>& changes, const Catalog& catalog);
    static Result<std::vector<Change>> decodeChanges(const QByteArray& bytes, const Catalog& catalog);
    // SipHash-2-4 with a fixed key, in hex. It is there to catch damage, and it does: a flipped bit
    // or a torn write shows. It cannot catch a forgery and need not (whoever can write a checkpoint
    // can write its checksum); BLAKE2b was four times slower for nothing more.
    static QByteArray checksum(const QByteArray& bytes);
};

} // namespace warden
