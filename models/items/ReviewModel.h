#pragma once

#include "FolderTreeModel.h"

#include <memory>

namespace warden {

// The effective folder permissions of one user: every folder as a tree, one column per folder
// permission, each cell granted, implied or not held. Invited and disabled users are shown as they
// would be once active. Compared with a second user, a cell says which of the two alone holds it.
// Computed from the access index: switching users touches no database.
class ReviewModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        FolderIdRole = FolderTreeModel::FolderIdRole,
        PathRole = FolderTreeModel::PathRole, // so that a folder filter works on either model
        PermissionRole = Qt::UserRole + 20, // cell and header: the permission's catalog index
        GroupRole, // header: the permission's group
        StateRole, // cell: a State for the reviewed user
        DifferenceRole, // cell: a Difference; folder column: whether any cell of the row differs
    };
    enum class State
    {
        None,
        Implied,
        Granted,
    };
    Q_ENUM(State)
    enum class Difference
    {
        Same,
        FirstOnly,
        SecondOnly,
    };
    Q_ENUM(Difference)

    explicit ReviewModel(const Store& store, QObject* parent = nullptr);

    // What is reviewed: the directory now, or as it was at a moment of the log.
    AccessQuery shown() const;
    // Reviews the directory as of position (right after that audit entry); none: now again.
    void setPast(std::shared_ptr<const Directory> past, qint64 position);
    bool inPast() const { return m_past != nullptr; }
    qint64 position() const { return m_position; } // 0: now

    void setUser(Id userId);
    Id user() const { return m_first.userId; }
    // 0 ends the comparison.
    void setComparedUser(Id userId);
    Id comparedUser() const { return m_second.userId; }
    bool isComparing() const { return m_second.userId != 0; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(Id folderId, int column = 0) const;
    Id folderId(const QModelIndex& index) const;
    // The folder permission a column shows, -1 for the folder column.
    static int permissionAt(int column) { return column - 1; }
    static int columnOf(int permission) { return permission + 1; }

    State state(Id folderId, int permission) const;
    PermissionSet held(Id folderId, bool second = false) const;
    // The permissions in which the two users differ on some folder: the columns worth showing.
    PermissionSet differingPermissions() const;

Q_SIGNALS:
    // The reviewed users' access may have changed (an edit, another administrator).
    void accessChanged();

private:
    struct UserAccess
    {
        Id userId = 0;
        bool admin = false;
        QHash<Id, PermissionSet> granted; // by security root, before implications
        QHash<Id, PermissionSet> held; // by security root, implications included
    };
    UserAccess compute(Id userId) const;
    void rebuild();
    void recompute();
    void reset();
    void storeChanged(const std::vector<Change>& changes);
    int positionOf(const QModelIndex& index) const;
    PermissionSet heldAt(const UserAccess& access, Id rootId) const;
    Difference difference(int position, int permission) const;
    bool rowDiffers(int position) const;
    QVariant folderData(int position, int role) const;
    QVariant cellData(int position, int permission, int role) const;

    const Store& m_store;
    std::shared_ptr<const Directory> m_past;
    qint64 m_position = 0;
    QList<Id> m_order; // tree order, as Directory::tree()
    std::vector<int> m_parentAt;
    std::vector<int> m_rowAt;
    std::vector<Id> m_rootAt;
    QHash<int, QList<int>> m_children; // positions by parent position (-1: top level)
    UserAccess m_first;
    UserAccess m_second;
    QIcon m_rootIcon;
    QIcon m_inheritIcon;
};

} // namespace warden
