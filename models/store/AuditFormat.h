#pragma once

#include "models/domain/Entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace warden {

class Catalog;
class Directory;
struct AuditEntry;
struct Change;

// How messages and the audit log name rows. Each row type's part is its RowTable (RowTables.cpp).

// Which row this is, whatever its version: its kind and its id or key.
QString rowKey(const Row& row);
// "folder 'Apps'", "team 'QA'", ...
QString describeRow(const Row& row);
// The rows an audit entry names, as keys only: {"folder": ..., "id": "42"}, {"globalPermission": "admin"}, ...
QList<Row> rowsNamedIn(const AuditEntry& entry);
// The rows of the changes as the log keeps them (after: the rows after the change, else before),
// with users and roles by name.
QByteArray rowsJson(const std::vector<Change>& changes, bool after, const Directory& directory, const Catalog& catalog);

} // namespace warden
