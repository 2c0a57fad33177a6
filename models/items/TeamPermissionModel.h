#pragma once

#include "PendingChanges.h"

#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace warden {

// The permission matrix of one security root: its teams as rows, the folder permissions as columns
// in catalog order. A cell is granted, implied by another granted permission, or not held. Changes
// stay pending until saved as one edit; the store's announcements keep the rows current.
class TeamPermissionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        TeamIdRole = Qt::UserRole + 1,
        GroupRole, // header: the permission's group
        KeyRole, // header: the permission's key
        StateRole, // cell: a CellState
        PendingRole, // cell: the state differs from the store
        ConflictRole, // cell: others changed it since, the other way
    };
    enum class CellState
    {
        None,
        Implied,
        Granted,
    };
    Q_ENUM(CellState)

    explicit TeamPermissionModel(const Store& store, QObject* parent = nullptr);

    // Shows the teams of the folder's security root; editable only when the folder is that root.
    void setFolder(Id folderId);
    Id root() const { return m_root; }
    void setEditable(bool editable);
    // What the operator may newly grant here (all for a security owner); other cells can only be
    // cleared, and say why.
    void setGrantable(const PermissionSet& grantable);
    bool isEditable() const { return m_editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Id teamAt(int row) const { return m_teams.value(row); }
    int rowOf(Id teamId) const { return int(m_teams.indexOf(teamId)); }
    PermissionSet permissions(Id teamId) const; // pending or stored
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    // The pending changes on top of what is stored now, as one edit, and the system teams that
    // would lose permissions by it.
    edit::TeamPermissionSets pendingEdit() const;
    QStringList systemTeamsLosingPermissions() const;
    void reset();
    // Pending changes that others have changed the other way since, one line each, naming who.
    bool hasConflicts() const { return !m_pending.conflicts().isEmpty(); }
    QStringList conflictLines() const;
    void resolveConflicts(bool keepMine);

Q_SIGNALS:
    // The pending changes changed, or what they would do did (another client wrote meanwhile).
    void pendingChanged(bool pending);

private:
    void reload();
    void storeChanged(const std::vector<Change>& changes);
    CellState state(Id teamId, int permission) const;
    int impliedBy(Id teamId, int permission) const;
    PendingChanges::Cell pendingCell(Id teamId, int permission) const;
    void changedAll();

    const Store& m_store;
    Id m_root = 0;
    bool m_editable = false;
    PermissionSet m_grantable;
    QList<Id> m_teams;
    PendingChanges m_pending;
};

} // namespace warden
