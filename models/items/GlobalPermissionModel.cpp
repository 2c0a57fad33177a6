#include "GlobalPermissionModel.h"

#include <QColor>

namespace warden {

GlobalPermissionModel::GlobalPermissionModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::changed, this, &GlobalPermissionModel::storeChanged);
    connect(&store, &Store::arrived, this,
            [this](const QList<AuditEntry>& entries) { m_pending.noteArrived(entries); });
    connect(&store, &Store::reloaded, this, [this] {
        beginResetModel();
        m_pending.clear();
        endResetModel();
        Q_EMIT pendingChanged(false);
    });
}

void GlobalPermissionModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GlobalPermissionModel::storeChanged(const std::vector<Change>& changes)
{
    bool affected = false;
    for (const Change& change : changes)
        affected = affected || std::holds_alternative<GlobalAssignment>(change.row())
            || std::holds_alternative<warden::Role>(change.row()) || std::holds_alternative<User>(change.row());
    if (!affected)
        return;
    // What others saved shows beneath the pending changes; a role that is gone is a conflict.
    const Directory& d = m_store.directory();
    m_pending.reconcile([&](const PendingChanges::Cell& cell) -> std::optional<bool> {
        const warden::Role* r = d.roleNamed(PendingChanges::nameIn(cell.item));
        if (!r)
            return std::nullopt;
        return d.global(PendingChanges::nameIn(cell.row)).roles.contains(r->id);
    });
    changedAll();
    Q_EMIT pendingChanged(hasPendingChanges());
}

void GlobalPermissionModel::changedAll() { Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); }

PendingChanges::Cell GlobalPermissionModel::pendingCell(const QString& key, Id roleId) const
{
    const warden::Role* r = m_store.directory().role(roleId);
    return {PendingChanges::globalRow(key), PendingChanges::roleItem(r ? r->name : QString::number(roleId))};
}

int GlobalPermissionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_store.catalog().globalCount();
}

int GlobalPermissionModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int GlobalPermissionModel::rowOf(const QString& key) const { return m_store.catalog().globalIndex(key); }

QSet<Id> GlobalPermissionModel::roles(const QString& key) const
{
    const Directory& d = m_store.directory();
    QSet<Id> assigned = d.global(key).roles.toSet();
    const QString row = PendingChanges::globalRow(key);
    for (const auto& [cell, wanted] : m_pending.cells()) {
        const warden::Role* r = cell.row == row ? d.roleNamed(PendingChanges::nameIn(cell.item)) : nullptr;
        if (r && wanted)
            assigned.insert(r->id);
        else if (r)
            assigned.remove(r->id);
    }
    return assigned;
}

QStringList GlobalPermissionModel::namesOf(const QSet<Id>& roles) const
{
    QStringList names;
    for (Id roleId : roles) {
        if (const warden::Role* r = m_store.directory().role(roleId))
            names.append(r->name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QVariant GlobalPermissionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PermissionInfo& info = m_store.catalog().global(index.row());
    const QSet<Id> assigned = roles(info.key);
    const QString row = PendingChanges::globalRow(info.key);
    const bool pending = m_pending.hasRow(row);
    const bool conflict = std::any_of(m_pending.conflicts().cbegin(), m_pending.conflicts().cend(),
                                      [&](const PendingChanges::Conflict& c) { return c.cell.row == row; });
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ActionColumn)
            return tr("%1 (%2)").arg(info.title, info.key);
        if (info.key == m_store.catalog().loginKey() && assigned.isEmpty())
            return tr("Every active user");
        return namesOf(assigned).join(QLatin1String(", "));
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return tr("%1 (%2)\n%3").arg(info.title, info.key, info.description);
        if (conflict)
            return tr("Not saved yet, and changed by someone else since: Save asks which to keep.");
        return m_editable ? tr("Double-click or press F2 to add or remove roles.") : QVariant();
    case Qt::BackgroundRole:
        if (conflict && index.column() == RolesColumn)
            return QColor(0xf6, 0xb8, 0xb0);
        if (pending && index.column() == RolesColumn)
            return QColor(0xff, 0xe8, 0x9c);
        return {};
    case KeyRole:
        return info.key;
    case CategoryRole:
        return info.group;
    case RoleIdsRole: {
        QList<Id> ids = assigned.values();
        std::sort(ids.begin(), ids.end(), [this](Id a, Id b) {
            return m_store.directory().role(a)->name.compare(m_store.directory().role(b)->name, Qt::CaseInsensitive)
                < 0;
        });
        return QVariant::fromValue(ids);
    }
    case RoleNamesRole:
        return namesOf(assigned);
    case PendingRole:
        return pending;
    case ConflictRole:
        return conflict;
    }
    return {};
}

QVariant GlobalPermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ActionColumn ? tr("Action") : tr("Roles");
}

Qt::ItemFlags GlobalPermissionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() == RolesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool GlobalPermissionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || !index.isValid() || index.column() != RolesColumn || role != RoleIdsRole)
        return false;
    const QString key = m_store.catalog().global(index.row()).key;
    QSet<Id> wanted;
    for (Id roleId : value.value<QList<Id>>()) {
        if (m_store.directory().role(roleId))
            wanted.insert(roleId);
    }
    const QSet<Id> stored = m_store.directory().global(key).roles.toSet();
    for (Id roleId : wanted + stored + roles(key))
        m_pending.set(pendingCell(key, roleId), wanted.contains(roleId), stored.contains(roleId));
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    if (key == m_store.catalog().loginKey())
        Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT pendingChanged(hasPendingChanges());
    return true;
}

edit::GlobalAssignments GlobalPermissionModel::pendingEdit() const
{
    edit::GlobalAssignments e;
    for (int i = 0; i < m_store.catalog().globalCount(); ++i) {
        const QString key = m_store.catalog().global(i).key;
        if (m_pending.hasRow(PendingChanges::globalRow(key)))
            e.permissions.append({key, roles(key)});
    }
    return e;
}

void GlobalPermissionModel::reset()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    changedAll();
    Q_EMIT pendingChanged(false);
}

QStringList GlobalPermissionModel::conflictLines() const
{
    return m_pending.conflictLines([&](const PendingChanges::Cell& cell) {
        const warden::Role* r = m_store.directory().roleNamed(PendingChanges::nameIn(cell.item));
        const QString key = PendingChanges::nameIn(cell.row);
        return r ? tr("role %1 on %2").arg(r->name, key) : tr("a role that was deleted, on %1").arg(key);
    });
}

void GlobalPermissionModel::resolveConflicts(bool keepMine)
{
    m_pending.resolveConflicts(keepMine);
    changedAll();
    Q_EMIT pendingChanged(hasPendingChanges());
}

// Active users who may log in with these Login roles: all when none, else holders (and Admins).
QSet<Id> GlobalPermissionModel::loginHolders(const QSet<Id>& loginRoles, const QSet<Id>& adminRoles) const
{
    QSet<Id> holders;
    for (const User& user : m_store.directory().users()) {
        if (user.status != UserStatus::Active)
            continue;
        if (loginRoles.isEmpty() || user.roles.intersects(loginRoles) || user.roles.intersects(adminRoles))
            holders.insert(user.id);
    }
    return holders;
}

QString GlobalPermissionModel::loginRule() const
{
    const QSet<Id> loginRoles = roles(m_store.catalog().loginKey());
    int active = 0;
    for (const User& user : m_store.directory().users())
        active += user.status == UserStatus::Active;
    if (loginRoles.isEmpty())
        return tr("Login: no role is assigned, so every active user may log in (%n user(s)).", nullptr, active);
    return tr("Login: only users with the role %1 (or Admin) may log in: %2 of %3 active users.")
        .arg(namesOf(loginRoles).join(tr(" or ")))
        .arg(loginHolders(loginRoles, roles(m_store.catalog().adminKey())).size())
        .arg(active);
}

int GlobalPermissionModel::usersLosingLogin() const
{
    // Now as stored, after with the pending changes: Admin and Login may change together.
    const Directory& d = m_store.directory();
    const QSet<Id> now = loginHolders(d.global(m_store.catalog().loginKey()).roles.toSet(),
                                      d.global(m_store.catalog().adminKey()).roles.toSet());
    const QSet<Id> after = loginHolders(roles(m_store.catalog().loginKey()), roles(m_store.catalog().adminKey()));
    return int((now - after).size());
}

} // namespace warden
