#pragma once

#include "PendingChanges.h"

#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace warden {

// The global permissions and the roles assigned to each, as on the Permissions screen: changes
// stay pending until saved as one edit.
class GlobalPermissionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        RolesColumn,
        ColumnCount,
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        RoleIdsRole, // QList<Id> of the roles, pending or stored, by name
        RoleNamesRole, // QStringList of those roles' names
        PendingRole,
        CategoryRole,
        ConflictRole, // others changed the roles of a pending change the other way since
    };

    explicit GlobalPermissionModel(const Store& store, QObject* parent = nullptr);

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // RoleIdsRole on the Roles column: the roles wanted for that permission.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QSet<Id> roles(const QString& key) const; // pending or stored
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    edit::GlobalAssignments pendingEdit() const;
    void reset();
    bool hasConflicts() const { return !m_pending.conflicts().isEmpty(); }
    QStringList conflictLines() const;
    void resolveConflicts(bool keepMine);
    int rowOf(const QString& key) const;

    // The Login rule in words, for the roles pending or stored, and the active users the pending
    // change would stop from logging in.
    QString loginRule() const;
    int usersLosingLogin() const;

Q_SIGNALS:
    // The pending changes changed, or what they would do did (another client wrote meanwhile).
    void pendingChanged(bool pending);

private:
    void storeChanged(const std::vector<Change>& changes);
    QStringList namesOf(const QSet<Id>& roles) const;
    QSet<Id> loginHolders(const QSet<Id>& loginRoles, const QSet<Id>& adminRoles) const;

    const Store& m_store;
    bool m_editable = false;
    void changedAll();
    PendingChanges::Cell pendingCell(const QString& key, Id roleId) const;

    PendingChanges m_pending;
};

} // namespace warden
