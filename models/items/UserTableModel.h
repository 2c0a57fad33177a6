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
    // Where a row comes when sorted by a column (case-insensitive, then by id); a view's sort
    // compares these instead of asking for every row's text again and again.
    int sortRank(int column, int row) const;
    int rowOf(Id userId) const { return int(m_users.indexOf(userId)); }
    static QString statusText(UserStatus status);

private:
    void rebuild();
    void forgetRanks();
    void apply(const std::vector<Change>& changes);
    QString rolesOf(const User& user) const;
    QString sortText(int column, const User& user) const;

    const Store& m_store;
    QList<Id> m_users;
    QIcon m_icons[3];
    mutable std::vector<int> m_ranks[ColumnCount]; // by row; empty until asked, cleared on change
};

} // namespace warden
