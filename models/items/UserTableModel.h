#pragma once

#include "models/store/Store.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace warden {

// The users of a store as a table: username, full name, email, status and roles. Follows the
// store's announcements row by row.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        FullNameColumn,
        EmailColumn,
        StatusColumn,
        RolesColumn,
        ColumnCount,
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        StatusRole, // the UserStatus as an int
    };

    explicit UserTableModel(const Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id userAt(int row) const { return m_users.value(row); }
    int rowOf(Id userId) const { return int(m_users.indexOf(userId)); }
    static QString statusText(UserStatus status);

private:
    void rebuild();
    void apply(const std::vector<Change>& changes);
    QString rolesOf(const User& user) const;

    const Store& m_store;
    QList<Id> m_users;
    QIcon m_icons[3];
};

} // namespace warden
