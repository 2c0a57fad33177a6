#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace warden {

// Files a person names (directory files, plans, secrets, exports, reports), read whole and written
// whole; never one of the files of a store open in this process (see StoreFiles).
class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)

public:
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    // Written beside path and renamed over it only when complete: a full disk or a cancel leaves
    // path as it was. commitNow, when given, is asked just before the rename; false writes nothing.
    static Status write(const QString& path, const QByteArray& bytes, const std::function<bool()>& commitNow = {});
};

} // namespace warden
