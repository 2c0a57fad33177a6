#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"

#include <QCoreApplication>

#include <vector>

namespace warden {

// Whether rows an undo (or redo) has just put back fit the directory as others have made it since.
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    // reverted: the changes being undone, already applied backwards to the directory.
    static Status check(const Directory& directory, const Catalog& catalog, const std::vector<Change>& reverted);
};

} // namespace warden
