#include "TeamPermissionModel.h"

#include <QColor>
#include <QFont>

namespace warden {

TeamPermissionModel::TeamPermissionModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_grantable(store.catalog().allFolderPermissions())
{
    connect(&store, &Store::changed, this, &TeamPermissionModel::storeChanged);
    connect(&store, &Store::arrived, this,
            [this](const QList<AuditEntry>& entries) { m_pending.noteArrived(entries); });
    connect(&store, &Store::reloaded, this, [this] {
        beginResetModel();
        m_pending.clear();
        const Directory& d = m_store.directory();
        m_root = d.folder(m_root) ? d.securityRoot(m_root) : 0;
        reload();
        endResetModel();
        Q_EMIT pendingChanged(false);
    });
}

void TeamPermissionModel::setFolder(Id folderId)
{
    const Id root = m_store.directory().securityRoot(folderId);
    if (root == m_root)
        return;
    beginResetModel();
    m_root = root;
    m_pending.clear();
    reload();
    endResetModel();
    Q_EMIT pendingChanged(false);
}

void TeamPermissionModel::setGrantable(const PermissionSet& grantable)
{
    if (m_grantable == grantable)
        return;
    m_grantable = grantable;
    if (!m_teams.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TeamPermissionModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_teams.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

// System teams first, in catalog order, then the others by name.
void TeamPermissionModel::reload()
{
    const Directory& d = m_store.directory();
    m_teams = d.teamsOn(m_root);
    auto rank = [this](const Team* t) {
        int i = 0;
        for (const SystemTeamInfo& info : m_store.catalog().systemTeams()) {
            if (info.kind == t->systemKind)
                return i;
            ++i;
        }
        return i;
    };
    std::sort(m_teams.begin(), m_teams.end(), [&](Id a, Id b) {
        const Team* ta = d.team(a);
        const Team* tb = d.team(b);
        if (rank(ta) != rank(tb))
            return rank(ta) < rank(tb);
        return ta->name.compare(tb->name, Qt::CaseInsensitive) < 0;
    });
}

void TeamPermissionModel::storeChanged(const std::vector<Change>& changes)
{
    bool affected = false;
    for (const Change& change : changes) {
        if (const Team* team = std::get_if<Team>(&change.row()); team && team->folderId == m_root)
            affected = true;
        if (std::holds_alternative<Folder>(change.row()))
            affected = true; // the folder may have stopped being a root
        if (change.before && std::holds_alternative<Team>(*change.before)
            && std::get<Team>(*change.before).folderId == m_root)
            affected = true; // a team moved away or deleted
    }
    if (!affected)
        return;
    beginResetModel();
    const Directory& d = m_store.directory();
    if (!d.folder(m_root) || d.securityRoot(m_root) != m_root)
        m_root = d.folder(m_root) ? d.securityRoot(m_root) : 0;
    reload();
    // What others saved shows beneath the pending changes: those they made too are done, those they
    // changed the other way (or whose team is gone) are conflicts.
    const Catalog& catalog = m_store.catalog();
    m_pending.reconcile([&](const PendingChanges::Cell& cell) -> std::optional<bool> {
        const Team* team = d.team(PendingChanges::teamIn(cell));
        if (!team || team->folderId != m_root)
            return std::nullopt;
        return team->permissions.test(catalog.folderIndex(PendingChanges::nameIn(cell.item)));
    });
    endResetModel();
    Q_EMIT pendingChanged(hasPendingChanges());
}

PendingChanges::Cell TeamPermissionModel::pendingCell(Id teamId, int permission) const
{
    return {PendingChanges::teamRow(teamId),
            PendingChanges::permissionItem(m_store.catalog().folderPermission(permission).key)};
}

int TeamPermissionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamPermissionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_store.catalog().folderCount();
}

PermissionSet TeamPermissionModel::permissions(Id teamId) const
{
    const Team* team = m_store.directory().team(teamId);
    PermissionSet held = team ? team->permissions : PermissionSet();
    const QString row = PendingChanges::teamRow(teamId);
    for (const auto& [cell, wanted] : m_pending.cells()) {
        if (cell.row == row)
            held.set(m_store.catalog().folderIndex(PendingChanges::nameIn(cell.item)), wanted);
    }
    return held;
}

int TeamPermissionModel::impliedBy(Id teamId, int permission) const
{
    int by = -1;
    permissions(teamId).forEach([&](int held) {
        if (by < 0 && held != permission && m_store.catalog().implied(held).test(permission))
            by = held;
    });
    return by;
}

TeamPermissionModel::CellState TeamPermissionModel::state(Id teamId, int permission) const
{
    if (permissions(teamId).test(permission))
        return CellState::Granted;
    return impliedBy(teamId, permission) >= 0 ? CellState::Implied : CellState::None;
}

QVariant TeamPermissionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_teams.size())
        return {};
    const Id teamId = m_teams[index.row()];
    const Team* team = m_store.directory().team(teamId);
    if (!team)
        return {};
    const int permission = index.column();
    const CellState cell = state(teamId, permission);
    const bool pending = m_pending.wanted(pendingCell(teamId, permission)).has_value();
    const bool conflict = pending && m_pending.isConflict(pendingCell(teamId, permission));
    const PermissionInfo& info = m_store.catalog().folderPermission(permission);
    switch (role) {
    case Qt::CheckStateRole:
        return cell == CellState::Granted ? Qt::Checked
                                          : (cell == CellState::Implied ? Qt::PartiallyChecked : Qt::Unchecked);
    case Qt::ToolTipRole: {
        QString text;
        if (cell == CellState::Granted)
            text = tr("%1 holds %2 (%3).").arg(team->name, info.title, info.key);
        else if (cell == CellState::Implied)
            text = tr("%1 holds %2 through %3, which implies it.")
                       .arg(team->name, info.title,
                            m_store.catalog().folderPermission(impliedBy(teamId, permission)).title);
        else
            text = tr("%1 does not hold %2 (%3).").arg(team->name, info.title, info.key);
        if (m_editable && cell != CellState::Granted && !m_grantable.test(permission))
            text += QLatin1Char('\n')
                + tr("Granting it needs holding %1 here yourself, or %2.")
                      .arg(info.key,
                           m_store.catalog().folderPermission(m_store.catalog().known().folderEditSecurity).key);
        if (conflict)
            text
                += QLatin1Char('\n') + tr("Not saved yet, and changed by someone else since: Save asks which to keep.");
        else if (pending)
            text += QLatin1Char('\n') + tr("Not saved yet.");
        return text;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(team->name, info.title,
                 cell == CellState::Granted ? tr("granted")
                                            : (cell == CellState::Implied ? tr("implied") : tr("not held")));
    case Qt::BackgroundRole:
        if (conflict)
            return QColor(0xf6, 0xb8, 0xb0);
        if (pending)
            return QColor(0xff, 0xe8, 0x9c);
        return {};
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case TeamIdRole:
        return teamId;
    case StateRole:
        return QVariant::fromValue(cell);
    case PendingRole:
        return pending;
    case ConflictRole:
        return conflict;
    }
    return {};
}

QVariant TeamPermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const Team* team = m_store.directory().team(m_teams.value(section));
        if (!team)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return team->isSystem() ? tr("%1 (system)").arg(team->name) : team->name;
        case Qt::ToolTipRole:
            if (const SystemTeamInfo* info = m_store.catalog().systemTeam(team->systemKind))
                return tr("%1 is a system team: it cannot be renamed or deleted. %2")
                    .arg(team->name, info->description);
            return team->name;
        case Qt::FontRole:
            if (m_pending.hasRow(PendingChanges::teamRow(team->id))) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case TeamIdRole:
            return team->id;
        }
        return {};
    }
    if (section < 0 || section >= m_store.catalog().folderCount())
        return {};
    const PermissionInfo& info = m_store.catalog().folderPermission(section);
    switch (role) {
    case Qt::DisplayRole:
        return info.title;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\n%3").arg(info.title, info.key, info.description);
    case GroupRole:
        return info.group;
    case KeyRole:
        return info.key;
    }
    return {};
}

Qt::ItemFlags TeamPermissionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Read-only cells (inherited, no right to edit, or a permission the operator may not grant) are
    // drawn disabled; a granted one can always be cleared.
    if (!m_editable)
        return Qt::ItemIsSelectable;
    if (!m_grantable.test(index.column()) && !permissions(m_teams.value(index.row())).test(index.column()))
        return Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool TeamPermissionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_editable || !index.isValid())
        return false;
    const Id teamId = m_teams.value(index.row());
    const Team* team = m_store.directory().team(teamId);
    if (!team)
        return false;
    // A view checks an implied (partly checked) cell: that grants the permission itself.
    const bool wanted = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (wanted && !team->permissions.test(index.column()) && !m_grantable.test(index.column()))
        return false;
    m_pending.set(pendingCell(teamId, index.column()), wanted, team->permissions.test(index.column()));
    // Implications change other cells of the row.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, index.row(), index.row());
    Q_EMIT pendingChanged(hasPendingChanges());
    return true;
}

edit::TeamPermissionSets TeamPermissionModel::pendingEdit() const
{
    edit::TeamPermissionSets e;
    for (Id teamId : m_teams) {
        if (m_pending.hasRow(PendingChanges::teamRow(teamId)))
            e.teams.append({teamId, permissions(teamId)});
    }
    return e;
}

QStringList TeamPermissionModel::systemTeamsLosingPermissions() const
{
    QStringList names;
    for (Id teamId : m_teams) {
        const Team* team = m_store.directory().team(teamId);
        if (team && team->isSystem() && !(team->permissions - permissions(teamId)).isEmpty())
            names.append(team->name);
    }
    return names;
}

QStringList TeamPermissionModel::conflictLines() const
{
    const Directory& d = m_store.directory();
    return m_pending.conflictLines([&](const PendingChanges::Cell& cell) {
        const Team* team = d.team(PendingChanges::teamIn(cell));
        const int permission = m_store.catalog().folderIndex(PendingChanges::nameIn(cell.item));
        const QString title = permission >= 0 ? m_store.catalog().folderPermission(permission).title
                                              : PendingChanges::nameIn(cell.item);
        return team ? tr("%1 on team %2").arg(title, team->name) : tr("%1 on a team that was deleted").arg(title);
    });
}

void TeamPermissionModel::resolveConflicts(bool keepMine)
{
    m_pending.resolveConflicts(keepMine);
    changedAll();
    Q_EMIT pendingChanged(hasPendingChanges());
}

void TeamPermissionModel::changedAll()
{
    if (m_teams.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void TeamPermissionModel::reset()
{
    if (m_pending.isEmpty())
        return;
    beginResetModel();
    m_pending.clear();
    endResetModel();
    Q_EMIT pendingChanged(false);
}

} // namespace warden
