#include "GlobalPermissionModel.h"

#include <QColor>

namespace warden {

GlobalPermissionModel::GlobalPermissionModel(const Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &Store::changed, this, &GlobalPermissionModel::storeChanged);
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
        affected = affected || std::holds_alternative<GlobalAssignment>(change.row()) || std::holds_alternative<warden::Role>(change.row())
                   || std::holds_alternative<User>(change.row());
    if (!affected)
        return;
    const bool hadPending = hasPendingChanges();
    // Pending roles that are gone are dropped; a pending change the store now holds is done.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        QSet<Id> kept;
        for (Id roleId : *it) {
            if (m_store.directory().role(roleId))
                kept.insert(roleId);
        }
        *it = kept;
        if (kept == m_store.directory().global(it.key()).roles)
            it = m_pending.erase(it);
        else
            ++it;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (hadPending != hasPendingChanges())
        Q_EMIT pendingChanged(hasPendingChanges());
}

int GlobalPermissionModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_store.catalog().globalCount(); }

int GlobalPermissionModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int GlobalPermissionModel::rowOf(const QString& key) const { return m_store.catalog().globalIndex(key); }

QSet<Id> GlobalPermissionModel::roles(const QString& key) const
{
    auto it = m_pending.constFind(key);
    return it != m_pending.constEnd() ? *it : m_store.directory().global(key).roles;
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
    const bool pending = m_pending.contains(info.key);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ActionColumn)
            return tr("%1 (%2)").arg(info.title, info.key);
        if (info.key == QLatin1String("login") && assigned.isEmpty())
            return tr("Every active user");
        return namesOf(assigned).join(QLatin1String(", "));
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return tr("%1 (%2)\n%3").arg(info.title, info.key, info.description);
        return m_editable ? tr("Double-click or press F2 to add or remove roles.") : QVariant();
    case Qt::BackgroundRole:
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
            return m_store.directory().role(a)->name.compare(m_store.directory().role(b)->name, Qt::CaseInsensitive) < 0;
        });
        return QVariant::fromValue(ids);
    }
    case RoleNamesRole:
        return namesOf(assigned);
    case PendingRole:
        return pending;
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
    const bool hadPending = hasPendingChanges();
    if (wanted == m_store.directory().global(key).roles)
        m_pending.remove(key);
    else
        m_pending.insert(key, wanted);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    if (key == QLatin1String("login"))
        Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    if (hadPending != hasPendingChanges())
        Q_EMIT pendingChanged(hasPendingChanges());
    return true;
}

edit::GlobalAssignments GlobalPermissionModel::pendingEdit() const
{
    edit::GlobalAssignments e;
    for (int i = 0; i < m_store.catalog().globalCount(); ++i) {
        const QString key = m_store.catalog().global(i).key;
        auto it = m_pending.constFind(key);
        if (it != m_pending.constEnd())
            e.permissions.append({key, *it});
    }
    return e;
}

void GlobalPermissionModel::reset()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT pendingChanged(false);
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
    const QSet<Id> loginRoles = roles(QStringLiteral("login"));
    int active = 0;
    for (const User& user : m_store.directory().users())
        active += user.status == UserStatus::Active;
    if (loginRoles.isEmpty())
        return tr("Login: no role is assigned, so every active user may log in (%n user(s)).", nullptr, active);
    return tr("Login: only users with the role %1 (or Admin) may log in: %2 of %3 active users.")
        .arg(namesOf(loginRoles).join(tr(" or ")))
        .arg(loginHolders(loginRoles, roles(QStringLiteral("admin"))).size())
        .arg(active);
}

int GlobalPermissionModel::usersLosingLogin() const
{
    // Now as stored, after with the pending changes: Admin and Login may change together.
    const Directory& d = m_store.directory();
    const QSet<Id> now = loginHolders(d.global(QStringLiteral("login")).roles, d.global(QStringLiteral("admin")).roles);
    const QSet<Id> after = loginHolders(roles(QStringLiteral("login")), roles(QStringLiteral("admin")));
    return int((now - after).size());
}

} // namespace warden
