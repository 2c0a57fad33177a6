#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace warden {

// The directory's rows at one audit position in a compact binary form (ids, bitsets, strings as
// they are in memory, folders in tree order) that loads without parsing row by row. Secrets stay
// sealed. Never trusted blindly: the checksum is kept beside it and checked before it is read, and
// every read is bounds-checked, so that a damaged one is refused, never half-loaded.
class Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)

public:
    static constexpr int Format = 2;

    static QByteArray encode(const Directory& directory, const Catalog& catalog);
    // Permissions are matched by key with the catalog the checkpoint was written with. The checksum,
    // when given, is checked while the rows are read (and nothing is returned unless it matches).
    static Result<Directory> decode(const QByteArray& bytes, const Catalog& catalog, const QByteArray& checksum = {});
    // The rows an edit changed, before and after, in the same form: what an audit entry keeps so
    // that the directory of any moment can be rebuilt from the log.
    static QByteArray encodeChanges(const std::vector<Change>& changes, const Catalog& catalog);
    static Result<std::vector<Change>> decodeChanges(const QByteArray& bytes, const Catalog& catalog);
    // BLAKE2b-256, in hex.
    static QByteArray checksum(const QByteArray& bytes);
};

} // namespace warden
