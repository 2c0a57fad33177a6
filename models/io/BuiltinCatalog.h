#pragma once

#include "models/domain/Catalog.h"

namespace warden {

// The catalog compiled into the program from resources/catalog; null if it cannot be read.
const Catalog* builtinCatalog();
QString builtinCatalogError();

} // namespace warden
