#pragma once

#include "models/store/Store.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace warden {

// The folder tree of a store, siblings by name; each folder says whether it is a security root or
// where its teams and permissions come from. It follows the store's announcements row by row, so
// views keep their expansion and selection. Renames and drops are passed on as requests: only the
// store changes folders.
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
        SecurityRootIdRole,
    };
    static const QString MimeType;

    explicit FolderTreeModel(const Store& store, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {MimeType}; }
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOf(Id folderId, int column = 0) const;
    Id folderId(const QModelIndex& index) const;
    // Folders under this security root are tinted, so that the folders sharing its rules show together.
    void setHighlightedRoot(Id rootId);
    Id highlightedRoot() const { return m_highlightedRoot; }

Q_SIGNALS:
    // The user renamed a folder in place, or dropped one onto another (0: the top level).
    void renameRequested(Id folderId, const QString& name);
    void moveRequested(Id folderId, Id newParentId);

private:
    void rebuild();
    void apply(const std::vector<Change>& changes);
    void insertFolder(const Folder& folder);
    void removeFolder(Id folderId);
    void placeFolder(const Folder& before, const Folder& after);
    int insertionRow(Id parentId, const QString& name, Id except) const;
    void renumber(Id parentId);
    void refreshSubtree(Id folderId);
    void refreshRow(Id folderId);
    QList<Id>& childrenOf(Id parentId);
    const QList<Id>& childrenOf(Id parentId) const;

    const Store& m_store;
    QHash<Id, QList<Id>> m_children; // sorted by name
    QHash<Id, Id> m_parent;
    QHash<Id, int> m_row;
    Id m_highlightedRoot = 0;
    void noteGuards();

    QIcon m_rootIcon;
    QIcon m_inheritIcon;
    QIcon m_guardedRootIcon; // with the badge of a folder an expectation is about
    QIcon m_guardedInheritIcon;
    QHash<Id, QStringList> m_guards; // folder -> the names of the expectations about it
};

} // namespace warden
