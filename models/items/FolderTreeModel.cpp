#include "FolderTreeModel.h"

#include <QPainter>
#include <QPixmap>

#include <QDataStream>
#include <QIODevice>
#include <QColor>
#include <QFont>
#include <QMimeData>

namespace warden {

namespace {

// The icon with a small shield in its lower right corner.
QIcon badged(const QIcon& icon)
{
    QIcon out;
    const QIcon shield(QStringLiteral(":/icons/expectations.svg"));
    for (int size : {16, 24, 32}) {
        QPixmap pixmap = icon.pixmap(size, size);
        QPainter painter(&pixmap);
        const int badge = size * 5 / 8;
        painter.drawPixmap(size - badge, size - badge, shield.pixmap(badge, badge));
        painter.end();
        out.addPixmap(pixmap);
    }
    return out;
}

} // namespace

const QString FolderTreeModel::MimeType = QStringLiteral("application/x-warden-folder-ids");

namespace {

bool nameBefore(const QString& a, const QString& b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

QList<Id> idsIn(const QMimeData* data)
{
    QList<Id> ids;
    if (!data || !data->hasFormat(FolderTreeModel::MimeType))
        return ids;
    QDataStream stream(data->data(FolderTreeModel::MimeType));
    stream >> ids;
    return ids;
}

} // namespace

FolderTreeModel::FolderTreeModel(const Store& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_rootIcon(QStringLiteral(":/icons/security-root.svg"))
    , m_inheritIcon(QStringLiteral(":/icons/inherits.svg"))
    , m_guardedRootIcon(badged(m_rootIcon))
    , m_guardedInheritIcon(badged(m_inheritIcon))
{
    rebuild();
    connect(&store, &Store::changed, this, &FolderTreeModel::apply);
    connect(&store, &Store::reloaded, this, [this] {
        beginResetModel();
        noteGuards();
        rebuild();
        endResetModel();
    });
    noteGuards();
}

// Which folders expectations are about, by name, for the badge and its tooltip.
void FolderTreeModel::noteGuards()
{
    m_guards.clear();
    for (const Expectation& e : m_store.directory().expectations()) {
        if (e.folderId)
            m_guards[e.folderId].append(e.name);
    }
    for (QStringList& names : m_guards)
        names.sort(Qt::CaseInsensitive);
}

void FolderTreeModel::rebuild()
{
    m_children.clear();
    m_parent.clear();
    m_row.clear();
    const Directory::Tree& tree = m_store.directory().tree();
    for (qsizetype i = 0; i < tree.order.size(); ++i) {
        const Id id = tree.order[i];
        const int parentAt = tree.parentAt[std::size_t(i)];
        const Id parentId = parentAt < 0 ? 0 : tree.order[parentAt];
        QList<Id>& siblings = m_children[parentId];
        m_row.insert(id, int(siblings.size()));
        siblings.append(id);
        m_parent.insert(id, parentId);
    }
}

QList<Id>& FolderTreeModel::childrenOf(Id parentId) { return m_children[parentId]; }

const QList<Id>& FolderTreeModel::childrenOf(Id parentId) const
{
    static const QList<Id> none;
    auto it = m_children.constFind(parentId);
    return it == m_children.constEnd() ? none : *it;
}

Id FolderTreeModel::folderId(const QModelIndex& index) const { return index.isValid() ? Id(index.internalId()) : 0; }

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const QList<Id>& kids = childrenOf(folderId(parent));
    if (row < 0 || row >= kids.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(kids[row]));
}

QModelIndex FolderTreeModel::parent(const QModelIndex& child) const
{
    const Id parentId = m_parent.value(folderId(child), 0);
    return parentId == 0 ? QModelIndex() : indexOf(parentId);
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
        // Short, for a narrow tree: the bold name and the icon already mark a security root, and
        // the tooltip gives it in full, with the security root's path.
        if (isRoot)
            return tr("%n own team(s)", nullptr, int(d.teamsOn(folder->id).size()));
        return tr("From %1").arg(d.folder(rootId)->name);
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(folder->name) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            if (m_guards.contains(folder->id))
                return isRoot ? m_guardedRootIcon : m_guardedInheritIcon;
            return isRoot ? m_rootIcon : m_inheritIcon;
        }
        return {};
    case Qt::BackgroundRole:
        if (m_highlightedRoot != 0 && rootId == m_highlightedRoot)
            return QColor(0xe3, 0xee, 0xfb);
        return {};
    case Qt::FontRole:
        if (isRoot && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = isRoot
            ? tr("%1 is a security root: its own teams and permissions apply here and to the "
                 "subfolders that inherit from it.")
                  .arg(d.path(folder->id))
            : tr("%1 inherits its teams and permissions from %2.").arg(d.path(folder->id), d.path(rootId));
        if (const auto guard = m_guards.constFind(folder->id); guard != m_guards.cend())
            tip += QLatin1Char('\n') + tr("Guarded by the expectations: %1").arg(guard->join(QLatin1String(", ")));
        return tip;
    }
    case Qt::AccessibleTextRole:
        return isRoot ? tr("%1, security root").arg(folder->name)
                      : tr("%1, inherits from %2").arg(folder->name, d.path(rootId));
    case FolderIdRole:
        return folder->id;
    case PathRole:
        return d.path(folder->id);
    case IsSecurityRootRole:
        return isRoot;
    case SecurityRootPathRole:
        return d.path(rootId);
    case SecurityRootIdRole:
        return rootId;
    }
    return {};
}

QVariant FolderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Folder") : tr("Teams");
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FolderTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !index.isValid())
        return false;
    const QString name = value.toString();
    if (name == index.data(Qt::EditRole).toString())
        return false;
    Q_EMIT renameRequested(folderId(index), name);
    return false; // the store's announcement changes the row, if the rename is applied
}

QMimeData* FolderTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QList<Id> ids;
    for (const QModelIndex& index : indexes) {
        const Id id = folderId(index);
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto* data = new QMimeData;
    data->setData(MimeType, bytes);
    return data;
}

bool FolderTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex& parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QList<Id> ids = idsIn(data);
    const Id target = folderId(parent);
    for (Id id : ids) {
        if (target != 0 && m_store.directory().isWithin(target, id))
            return false;
    }
    return !ids.isEmpty();
}

bool FolderTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Id target = folderId(parent);
    for (Id id : idsIn(data)) {
        if (m_parent.value(id) != target)
            Q_EMIT moveRequested(id, target);
    }
    return false; // rows move when the store announces the move; nothing for the view to remove
}

void FolderTreeModel::setHighlightedRoot(Id rootId)
{
    if (m_highlightedRoot == rootId)
        return;
    const Id previous = m_highlightedRoot;
    m_highlightedRoot = rootId;
    for (Id root : {previous, rootId}) {
        if (root != 0)
            refreshSubtree(root);
    }
}

// --- Following the store -------------------------------------------------------------------

int FolderTreeModel::insertionRow(Id parentId, const QString& name, Id except) const
{
    const QList<Id>& kids = childrenOf(parentId);
    const Directory& d = m_store.directory();
    int row = 0;
    for (Id id : kids) {
        if (id == except)
            continue;
        const Folder* sibling = d.folder(id);
        if (sibling && nameBefore(name, sibling->name))
            break;
        ++row;
    }
    return row;
}

void FolderTreeModel::renumber(Id parentId)
{
    const QList<Id>& kids = childrenOf(parentId);
    for (int i = 0; i < kids.size(); ++i)
        m_row.insert(kids[i], i);
}

void FolderTreeModel::insertFolder(const Folder& folder)
{
    if (m_row.contains(folder.id) || (folder.parentId != 0 && !m_row.contains(folder.parentId)))
        return;
    const int row = insertionRow(folder.parentId, folder.name, 0);
    beginInsertRows(indexOf(folder.parentId), row, row);
    childrenOf(folder.parentId).insert(row, folder.id);
    m_parent.insert(folder.id, folder.parentId);
    renumber(folder.parentId);
    endInsertRows();
}

void FolderTreeModel::removeFolder(Id folderId)
{
    auto it = m_row.constFind(folderId);
    if (it == m_row.constEnd())
        return;
    const int row = *it;
    const Id parentId = m_parent.value(folderId);
    // Children are announced before their parent; any left are dropped with it.
    QList<Id> subtree{folderId};
    for (qsizetype i = 0; i < subtree.size(); ++i)
        subtree.append(childrenOf(subtree[i]));
    beginRemoveRows(indexOf(parentId), row, row);
    childrenOf(parentId).removeAt(row);
    for (Id id : subtree) {
        m_row.remove(id);
        m_parent.remove(id);
        m_children.remove(id);
    }
    renumber(parentId);
    endRemoveRows();
}

void FolderTreeModel::placeFolder(const Folder& before, const Folder& after)
{
    const Id oldParent = m_parent.value(after.id);
    const int from = m_row.value(after.id);
    int to = insertionRow(after.parentId, after.name, after.id);
    if (oldParent != after.parentId || from != to) {
        // beginMoveRows counts the destination row before the moved row is taken out.
        const int destination = (oldParent == after.parentId && to > from) ? to + 1 : to;
        beginMoveRows(indexOf(oldParent), from, from, indexOf(after.parentId), destination);
        childrenOf(oldParent).removeAt(from);
        childrenOf(after.parentId).insert(to, after.id);
        m_parent.insert(after.id, after.parentId);
        renumber(oldParent);
        renumber(after.parentId);
        endMoveRows();
    }
    if (before.name != after.name || before.inherit != after.inherit || oldParent != after.parentId)
        refreshSubtree(after.id);
}

void FolderTreeModel::refreshRow(Id folderId)
{
    const QModelIndex first = indexOf(folderId, NameColumn);
    if (first.isValid())
        Q_EMIT dataChanged(first, indexOf(folderId, SecurityColumn));
}

// Paths and security roots below a folder follow its name, place and inheritance.
void FolderTreeModel::refreshSubtree(Id folderId)
{
    refreshRow(folderId);
    QList<Id> parents{folderId};
    while (!parents.isEmpty()) {
        const Id parentId = parents.takeLast();
        const QList<Id>& kids = childrenOf(parentId);
        if (kids.isEmpty())
            continue;
        Q_EMIT dataChanged(indexOf(kids.first(), NameColumn), indexOf(kids.last(), SecurityColumn));
        parents.append(kids);
    }
}

void FolderTreeModel::apply(const std::vector<Change>& changes)
{
    for (const Change& change : changes) {
        if (std::holds_alternative<Expectation>(change.row())) {
            const QList<Id> before = m_guards.keys();
            noteGuards();
            for (Id folderId : before + m_guards.keys())
                refreshRow(folderId);
            break;
        }
    }
    // Large changes (an import) are cheaper to show anew.
    if (changes.size() > 2000) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    for (const Change& change : changes) {
        if (const Folder* after = change.after ? std::get_if<Folder>(&*change.after) : nullptr) {
            if (change.before)
                placeFolder(std::get<Folder>(*change.before), *after);
            else
                insertFolder(*after);
        } else if (const Folder* before = change.before ? std::get_if<Folder>(&*change.before) : nullptr) {
            removeFolder(before->id);
        } else if (const Team* team = std::get_if<Team>(&change.row())) {
            refreshRow(team->folderId); // the team count of a security root
        }
    }
}

} // namespace warden
