#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Entities.h"

namespace warden {

// The catalog compiled into the program from resources/catalog, its texts in the language of the
// translations installed now. Programs read it once, after installing them, and pass it on.
Result<Catalog> loadBuiltinCatalog();
// The connection types shipped in resources/connection-types, released, by name.
QList<ConnectionType> builtinConnectionTypes();
// The same types as directory-file objects (name, title, checkUrl, fields).
QJsonObject connectionTypeJson(const ConnectionType& type);
ConnectionType connectionTypeFromJson(const QJsonObject& json);

} // namespace warden
