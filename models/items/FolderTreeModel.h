#pragma once

#include "models/store/Store.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace warden {

// The folder tree of a store, siblings by name; each folder says whether it is a security root or
// where its teams and permissions come from.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SecurityColumn,
        ColumnCount,
    };
    enum Role
    {
        FolderIdRole = Qt::UserRole + 1,
        PathRole,
        IsSecurityRootRole,
        SecurityRootPathRole,
    };

    explicit FolderTreeModel(const Store& store, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(Id folderId, int column = 0) const;
    Id folderId(const QModelIndex& index) const;

private:
    void rebuild();
    const QList<Id>& childrenOf(Id parentId) const;

    const Store& m_store;
    QHash<Id, QList<Id>> m_children; // sorted by name
    QHash<Id, int> m_row;
    QIcon m_rootIcon;
    QIcon m_inheritIcon;
};

} // namespace warden
