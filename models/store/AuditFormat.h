#pragma once

#include "models/domain/Entities.h"

#include <QList>
#include <QString>

namespace warden {

struct AuditEntry;

// How the audit log names rows (see also Store::rowsJson and Store::describeRow, defined with these).

// Which row this is, whatever its version: its kind and its id or key.
QString rowKey(const Row& row);
// The rows an audit entry names, as keys only: {"folder": ..., "id": "42"}, {"globalPermission": "admin"}, ...
QList<Row> rowsNamedIn(const AuditEntry& entry);

} // namespace warden
