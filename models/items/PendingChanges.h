#pragma once

#include "models/store/Store.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace warden {

// Changes not saved yet, kept as changes: for each row (a team, a global permission) the items
// (permissions, users, roles) it is to gain or lose, on top of what the store holds now. What others
// save meanwhile shows beneath them. A pending change that another administrator has made too
// disappears; one on an item that others changed and left the other way (they granted and revoked,
// or deleted the row) is a conflict, kept and named with who changed it until the operator decides.
class PendingChanges
{
public:
    struct Cell
    {
        QString row; // "team:ID", "global:KEY"
        QString item; // "permission:KEY", "user:NAME", "role:NAME" (names case-folded)
        bool operator==(const Cell& other) const { return row == other.row && item == other.item; }
    };
    struct Conflict
    {
        Cell cell;
        bool wanted = false;
        QStringList by; // the operators who changed it meanwhile
    };

    static QString teamRow(Id teamId) { return QStringLiteral("team:%1").arg(teamId); }
    static QString globalRow(const QString& key) { return QStringLiteral("global:") + key; }
    static QString permissionItem(const QString& key) { return QStringLiteral("permission:") + key; }
    static QString userItem(const QString& username);
    static QString roleItem(const QString& name);
    // What a row or item names, without its kind: "team:42" -> "42", "role:devs" -> "devs".
    static QString nameIn(const QString& rowOrItem) { return rowOrItem.mid(rowOrItem.indexOf(QLatin1Char(':')) + 1); }
    static Id teamIn(const Cell& cell) { return nameIn(cell.row).toLongLong(); }
    static bool isRoleItem(const Cell& cell) { return cell.item.startsWith(QLatin1String("role:")); }
    // The cells an audit entry changed; a cell without an item: the whole row was deleted.
    static QList<Cell> cellsChangedBy(const AuditEntry& entry);

    // wanted equal to what is stored: the cell is no longer pending.
    void set(const Cell& cell, bool wanted, bool stored);
    std::optional<bool> wanted(const Cell& cell) const;
    bool isEmpty() const { return m_wanted.isEmpty(); }
    bool hasRow(const QString& row) const;
    QList<QPair<Cell, bool>> cells() const;
    void clear();

    // Others' entries have arrived: which pending cells they touched, and who.
    void noteArrived(const QList<AuditEntry>& entries);
    // The store has moved on; stored() tells what it holds now for a cell (nothing: the row is gone).
    // Drops what the store already holds, and turns pending cells that others touched into conflicts.
    // True when anything changed.
    bool reconcile(const std::function<std::optional<bool>(const Cell&)>& stored);
    const QList<Conflict>& conflicts() const { return m_conflicts; }
    bool isConflict(const Cell& cell) const;
    // The operator's answer: keep the pending changes as they are, or drop the ones in conflict.
    void resolveConflicts(bool keepMine);
    // "Start release on Viewers (changed by amelia.hart)", for a question; describe names a cell.
    QStringList conflictLines(const std::function<QString(const Cell&)>& describe) const;

private:
    static QString keyOf(const Cell& cell) { return cell.row + QLatin1Char('\n') + cell.item; }

    QHash<QString, QPair<Cell, bool>> m_wanted;
    QHash<QString, QStringList> m_touchedBy; // since the last reconcile
    QList<Conflict> m_conflicts;
};

} // namespace warden
