#include "FolderTreeModel.h"

#include <QFont>

namespace warden {

FolderTreeModel::FolderTreeModel(const Store& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_rootIcon(QStringLiteral(":/icons/security-root.svg"))
    , m_inheritIcon(QStringLiteral(":/icons/inherits.svg"))
{
    rebuild();
    connect(&store, &Store::changed, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void FolderTreeModel::rebuild()
{
    m_children.clear();
    m_row.clear();
    const Directory& d = m_store.directory();
    QList<Id> pending{0};
    while (!pending.isEmpty()) {
        const Id parentId = pending.takeLast();
        const QList<Id> kids = d.sortedChildren(parentId);
        if (kids.isEmpty())
            continue;
        for (int i = 0; i < kids.size(); ++i)
            m_row.insert(kids[i], i);
        m_children.insert(parentId, kids);
        pending.append(kids);
    }
}

const QList<Id>& FolderTreeModel::childrenOf(Id parentId) const
{
    static const QList<Id> none;
    auto it = m_children.constFind(parentId);
    return it == m_children.constEnd() ? none : *it;
}

Id FolderTreeModel::folderId(const QModelIndex& index) const
{
    return index.isValid() ? Id(index.internalId()) : 0;
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const QList<Id>& kids = childrenOf(folderId(parent));
    if (row < 0 || row >= kids.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(kids[row]));
}

QModelIndex FolderTreeModel::parent(const QModelIndex& child) const
{
    const Folder* folder = m_store.directory().folder(folderId(child));
    if (!folder || folder->parentId == 0)
        return {};
    return indexOf(folder->parentId);
}

QModelIndex FolderTreeModel::indexOf(Id folderId, int column) const
{
    auto it = m_row.constFind(folderId);
    if (it == m_row.constEnd())
        return {};
    return createIndex(*it, column, quintptr(folderId));
}

int FolderTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(folderId(parent)).size());
}

int FolderTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant FolderTreeModel::data(const QModelIndex& index, int role) const
{
    const Directory& d = m_store.directory();
    const Folder* folder = d.folder(folderId(index));
    if (!folder)
        return {};
    const Id rootId = d.securityRoot(folder->id);
    const bool isRoot = rootId == folder->id;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return folder->name;
        if (isRoot)
            return tr("Security root, %n team(s)", nullptr, int(d.teamsOn(folder->id).size()));
        return tr("Inherits from %1").arg(d.path(rootId));
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return isRoot ? m_rootIcon : m_inheritIcon;
        return {};
    case Qt::FontRole:
        if (isRoot && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isRoot)
            return tr("%1 is a security root: its own teams and permissions apply here and to the subfolders "
                      "that inherit from it.")
                .arg(d.path(folder->id));
        return tr("%1 inherits its teams and permissions from %2.").arg(d.path(folder->id), d.path(rootId));
    case FolderIdRole:
        return folder->id;
    case PathRole:
        return d.path(folder->id);
    case IsSecurityRootRole:
        return isRoot;
    case SecurityRootPathRole:
        return d.path(rootId);
    }
    return {};
}

QVariant FolderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Folder") : tr("Teams and permissions");
}

} // namespace warden
