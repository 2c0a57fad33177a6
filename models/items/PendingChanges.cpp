#include "PendingChanges.h"

#include "models/domain/Names.h"

#include <QJsonObject>
#include <QSet>

namespace warden {

QString PendingChanges::userItem(const QString& username) { return QStringLiteral("user:") + Names::key(username); }
QString PendingChanges::roleItem(const QString& name) { return QStringLiteral("role:") + Names::key(name); }

namespace {

QSet<QString> itemsOf(const QJsonObject& row, const QString& field, QString (*item)(const QString&))
{
    QSet<QString> items;
    for (const QJsonValue& value : row.value(field).toArray())
        items.insert(item(value.toString()));
    return items;
}

QString asPermission(const QString& key) { return PendingChanges::permissionItem(key); }
QString asUser(const QString& name) { return PendingChanges::userItem(name); }
QString asRole(const QString& name) { return PendingChanges::roleItem(name); }

} // namespace

QList<PendingChanges::Cell> PendingChanges::cellsChangedBy(const AuditEntry& entry)
{
    QList<Cell> cells;
    for (qsizetype i = 0; i < std::max(entry.before.size(), entry.after.size()); ++i) {
        const QJsonObject before = entry.before.at(i).toObject();
        const QJsonObject after = entry.after.at(i).toObject();
        const QJsonObject& any = before.isEmpty() ? after : before;
        QString row;
        QList<QPair<QString, QString (*)(const QString&)>> fields;
        if (any.contains(QStringLiteral("team"))) {
            row = teamRow(any.value(QStringLiteral("id")).toString().toLongLong());
            fields = {{QStringLiteral("permissions"), asPermission},
                      {QStringLiteral("users"), asUser},
                      {QStringLiteral("roles"), asRole}};
        } else if (any.contains(QStringLiteral("globalPermission"))) {
            row = globalRow(any.value(QStringLiteral("globalPermission")).toString());
            fields = {{QStringLiteral("roles"), asRole}};
        } else {
            continue;
        }
        if (after.isEmpty())
            cells.append(Cell{row, QString()}); // the whole row is gone
        for (const auto& [field, item] : std::as_const(fields)) {
            const QSet<QString> was = itemsOf(before, field, item);
            const QSet<QString> is = itemsOf(after, field, item);
            for (const QString& changed : (was - is) + (is - was))
                cells.append(Cell{row, changed});
        }
    }
    return cells;
}

void PendingChanges::set(const Cell& cell, bool wanted, bool stored)
{
    const QString key = keyOf(cell);
    m_conflicts.removeIf([&](const Conflict& c) { return c.cell == cell; });
    if (wanted == stored)
        m_wanted.remove(key);
    else
        m_wanted.insert(key, {cell, wanted});
}

std::optional<bool> PendingChanges::wanted(const Cell& cell) const
{
    const auto it = m_wanted.constFind(keyOf(cell));
    if (it == m_wanted.cend())
        return std::nullopt;
    return it->second;
}

bool PendingChanges::hasRow(const QString& row) const
{
    for (const auto& [cell, wanted] : m_wanted)
        if (cell.row == row)
            return true;
    return false;
}

QList<QPair<PendingChanges::Cell, bool>> PendingChanges::cells() const { return m_wanted.values(); }

void PendingChanges::clear()
{
    m_wanted.clear();
    m_touchedBy.clear();
    m_conflicts.clear();
}

void PendingChanges::noteArrived(const QList<AuditEntry>& entries)
{
    for (const AuditEntry& entry : entries) {
        for (const Cell& changed : cellsChangedBy(entry)) {
            for (const auto& [cell, wanted] : std::as_const(m_wanted)) {
                if (cell.row != changed.row || (!changed.item.isEmpty() && cell.item != changed.item))
                    continue;
                QStringList& by = m_touchedBy[keyOf(cell)];
                if (!by.contains(entry.operatorName))
                    by.append(entry.operatorName);
            }
        }
    }
}

bool PendingChanges::reconcile(const std::function<std::optional<bool>(const Cell&)>& stored)
{
    bool changed = false;
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        // Named, not structured bindings: the lambdas below capture them.
        const Cell& cell = it.value().first;
        const bool wanted = it.value().second;
        const std::optional<bool> now = stored(cell);
        const QStringList by = m_touchedBy.value(it.key());
        if (now && *now == wanted) {
            // Saved, by this operator or by another who made the same change.
            m_conflicts.removeIf([&](const Conflict& c) { return c.cell == cell; });
            it = m_wanted.erase(it);
            changed = true;
            continue;
        }
        if (!by.isEmpty() || !now) {
            auto existing = std::find_if(m_conflicts.begin(), m_conflicts.end(),
                                         [&](const Conflict& c) { return c.cell == cell; });
            if (existing == m_conflicts.end())
                m_conflicts.append(Conflict{cell, wanted, by});
            else
                for (const QString& name : by)
                    if (!existing->by.contains(name))
                        existing->by.append(name);
            changed = true;
        }
        ++it;
    }
    m_touchedBy.clear();
    return changed;
}

bool PendingChanges::isConflict(const Cell& cell) const
{
    return std::any_of(m_conflicts.cbegin(), m_conflicts.cend(), [&](const Conflict& c) { return c.cell == cell; });
}

void PendingChanges::resolveConflicts(bool keepMine)
{
    if (!keepMine) {
        for (const Conflict& conflict : std::as_const(m_conflicts))
            m_wanted.remove(keyOf(conflict.cell));
    }
    m_conflicts.clear();
}

QStringList PendingChanges::conflictLines(const std::function<QString(const Cell&)>& describe) const
{
    QStringList lines;
    for (const Conflict& conflict : m_conflicts)
        lines.append(conflict.by.isEmpty() ? describe(conflict.cell)
                                           : QCoreApplication::translate("PendingChanges", "%1 (changed by %2)")
                                                 .arg(describe(conflict.cell), conflict.by.join(QLatin1String(", "))));
    return lines;
}

} // namespace warden
