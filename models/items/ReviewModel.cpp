#include "ReviewModel.h"

#include <QColor>
#include <QFont>

namespace warden {

ReviewModel::ReviewModel(const Store& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_rootIcon(QStringLiteral(":/icons/security-root.svg"))
    , m_inheritIcon(QStringLiteral(":/icons/inherits.svg"))
{
    rebuild();
    connect(&store, &Store::changed, this, &ReviewModel::storeChanged);
    connect(&store, &Store::reloaded, this, [this] {
        if (!m_past)
            reset();
    });
}

AccessQuery ReviewModel::shown() const
{
    return AccessQuery(m_past ? *m_past : m_store.directory(), m_store.catalog());
}

void ReviewModel::setPast(std::shared_ptr<const Directory> past, qint64 position)
{
    m_past = std::move(past);
    m_position = m_past ? position : 0;
    reset();
}

void ReviewModel::reset()
{
    beginResetModel();
    rebuild();
    recompute();
    endResetModel();
    Q_EMIT accessChanged();
}

void ReviewModel::rebuild()
{
    const Directory::Tree& tree = shown().directory().tree();
    const std::size_t count = std::size_t(tree.order.size());
    m_order = tree.order;
    m_parentAt = tree.parentAt;
    m_rowAt.assign(count, 0);
    m_rootAt.assign(count, 0);
    m_children.clear();
    for (std::size_t i = 0; i < count; ++i) {
        const int parent = m_parentAt[i];
        QList<int>& siblings = m_children[parent];
        m_rowAt[i] = int(siblings.size());
        siblings.append(int(i));
        // Parents come before children, so the parent's root is known.
        m_rootAt[i] = (tree.inheritAt[i] && parent >= 0) ? m_rootAt[std::size_t(parent)] : m_order[qsizetype(i)];
    }
}

ReviewModel::UserAccess ReviewModel::compute(Id userId) const
{
    UserAccess access;
    if (!shown().directory().user(userId))
        return access;
    const AccessQuery index = shown();
    access.userId = userId;
    access.admin = index.globalPermissions(userId, true).test(m_store.catalog().known().admin);
    access.granted = index.grantedByRoot(userId, true);
    for (auto it = access.granted.cbegin(); it != access.granted.cend(); ++it)
        access.held.insert(it.key(), m_store.catalog().closure(it.value()));
    return access;
}

void ReviewModel::recompute()
{
    m_first = compute(m_first.userId);
    m_second = compute(m_second.userId);
}

void ReviewModel::setUser(Id userId)
{
    m_first = compute(userId);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ReviewModel::setComparedUser(Id userId)
{
    m_second = compute(userId);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ReviewModel::storeChanged(const std::vector<Change>& changes)
{
    if (m_past)
        return; // the past does not change
    bool folders = false;
    for (const Change& change : changes)
        folders = folders || std::holds_alternative<Folder>(change.row());
    if (folders) {
        beginResetModel();
        rebuild();
        recompute();
        endResetModel();
    } else {
        recompute();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    Q_EMIT accessChanged();
}

int ReviewModel::positionOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex ReviewModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= columnCount() || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> siblings = m_children.value(positionOf(parent));
    if (row < 0 || row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row] + 1));
}

QModelIndex ReviewModel::parent(const QModelIndex& child) const
{
    const int position = positionOf(child);
    if (position < 0)
        return {};
    const int parent = m_parentAt[std::size_t(position)];
    if (parent < 0)
        return {};
    return createIndex(m_rowAt[std::size_t(parent)], 0, quintptr(parent + 1));
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    auto it = m_children.constFind(positionOf(parent));
    return it == m_children.constEnd() ? 0 : int(it->size());
}

int ReviewModel::columnCount(const QModelIndex&) const { return 1 + m_store.catalog().folderCount(); }

QModelIndex ReviewModel::indexOf(Id folderId, int column) const
{
    const int position = shown().directory().tree().positionOf.value(folderId, -1);
    if (position < 0 || position >= m_order.size() || m_order[position] != folderId)
        return {};
    return createIndex(m_rowAt[std::size_t(position)], column, quintptr(position + 1));
}

Id ReviewModel::folderId(const QModelIndex& index) const
{
    const int position = positionOf(index);
    return position >= 0 && position < m_order.size() ? m_order[position] : 0;
}

PermissionSet ReviewModel::heldAt(const UserAccess& access, Id rootId) const
{
    if (access.admin)
        return m_store.catalog().allFolderPermissions();
    return access.held.value(rootId);
}

PermissionSet ReviewModel::held(Id folderId, bool second) const
{
    const int position = shown().directory().tree().positionOf.value(folderId, -1);
    if (position < 0)
        return {};
    return heldAt(second ? m_second : m_first, m_rootAt[std::size_t(position)]);
}

ReviewModel::State ReviewModel::state(Id folderId, int permission) const
{
    const int position = shown().directory().tree().positionOf.value(folderId, -1);
    if (position < 0 || m_first.userId == 0)
        return State::None;
    const Id rootId = m_rootAt[std::size_t(position)];
    if (m_first.admin || m_first.granted.value(rootId).test(permission))
        return State::Granted;
    return m_first.held.value(rootId).test(permission) ? State::Implied : State::None;
}

ReviewModel::Difference ReviewModel::difference(int position, int permission) const
{
    if (!isComparing())
        return Difference::Same;
    const Id rootId = m_rootAt[std::size_t(position)];
    const bool first = heldAt(m_first, rootId).test(permission);
    const bool second = heldAt(m_second, rootId).test(permission);
    if (first == second)
        return Difference::Same;
    return first ? Difference::FirstOnly : Difference::SecondOnly;
}

bool ReviewModel::rowDiffers(int position) const
{
    if (!isComparing())
        return false;
    const Id rootId = m_rootAt[std::size_t(position)];
    return heldAt(m_first, rootId) != heldAt(m_second, rootId);
}

PermissionSet ReviewModel::differingPermissions() const
{
    PermissionSet differing;
    if (!isComparing())
        return differing;
    QSet<Id> roots;
    for (Id rootId : m_rootAt)
        roots.insert(rootId);
    for (Id rootId : roots) {
        const PermissionSet a = heldAt(m_first, rootId);
        const PermissionSet b = heldAt(m_second, rootId);
        differing |= (a - b) | (b - a);
    }
    return differing;
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    const int position = positionOf(index);
    if (position < 0 || position >= m_order.size())
        return {};
    if (index.column() == 0)
        return folderData(position, role);
    return cellData(position, permissionAt(index.column()), role);
}

QVariant ReviewModel::folderData(int position, int role) const
{
    const Directory& d = shown().directory();
    const Folder* folder = d.folder(m_order[position]);
    if (!folder)
        return {};
    const Id rootId = m_rootAt[std::size_t(position)];
    const bool isRoot = rootId == folder->id;
    switch (role) {
    case Qt::DisplayRole:
        return folder->name;
    case Qt::DecorationRole:
        return isRoot ? m_rootIcon : m_inheritIcon;
    case Qt::FontRole:
        if (isRoot) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isRoot)
            return tr("%1 is a security root: its own teams decide who holds what here.").arg(d.path(folder->id));
        return tr("%1 inherits its teams and permissions from %2.").arg(d.path(folder->id), d.path(rootId));
    case FolderIdRole:
        return folder->id;
    case PathRole:
        return d.path(folder->id);
    case DifferenceRole:
        return rowDiffers(position);
    }
    return {};
}

QVariant ReviewModel::cellData(int position, int permission, int role) const
{
    const Id folderId = m_order[position];
    const State cell = state(folderId, permission);
    const Difference diff = difference(position, permission);
    switch (role) {
    case Qt::CheckStateRole:
        if (isComparing() || m_first.userId == 0)
            return {};
        return cell == State::Granted ? Qt::Checked : (cell == State::Implied ? Qt::PartiallyChecked : Qt::Unchecked);
    case Qt::DisplayRole:
        if (diff == Difference::FirstOnly)
            return tr("A", "held only by the first user compared");
        if (diff == Difference::SecondOnly)
            return tr("B", "held only by the second user compared");
        return {};
    case Qt::BackgroundRole:
        if (diff == Difference::FirstOnly)
            return QColor(0xd4, 0xe9, 0xff);
        if (diff == Difference::SecondOnly)
            return QColor(0xff, 0xe2, 0xc6);
        return {};
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::ToolTipRole: {
        const Directory& d = shown().directory();
        const PermissionInfo& info = m_store.catalog().folderPermission(permission);
        const User* first = d.user(m_first.userId);
        if (!first)
            return {};
        if (isComparing()) {
            const User* second = d.user(m_second.userId);
            if (diff == Difference::Same)
                return tr("%1 and %2 are alike in %3 on %4.")
                    .arg(first->username, second->username, info.title, d.path(folderId));
            const User* holder = diff == Difference::FirstOnly ? first : second;
            const User* other = diff == Difference::FirstOnly ? second : first;
            return tr("%1 holds %2 on %3; %4 does not.")
                .arg(holder->username, info.title, d.path(folderId), other->username);
        }
        if (cell == State::Granted)
            return tr("%1 holds %2 on %3.").arg(first->username, info.title, d.path(folderId));
        if (cell == State::Implied)
            return tr("%1 holds %2 on %3, implied by another permission.")
                .arg(first->username, info.title, d.path(folderId));
        return tr("%1 does not hold %2 on %3.").arg(first->username, info.title, d.path(folderId));
    }
    case Qt::AccessibleTextRole:
        return cell == State::Granted ? tr("granted") : (cell == State::Implied ? tr("implied") : tr("not held"));
    case FolderIdRole:
        return folderId;
    case PermissionRole:
        return permission;
    case StateRole:
        return QVariant::fromValue(cell);
    case DifferenceRole:
        return QVariant::fromValue(diff);
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Folder")) : QVariant();
    const PermissionInfo& info = m_store.catalog().folderPermission(permissionAt(section));
    switch (role) {
    case Qt::DisplayRole:
        return info.title;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\n%3").arg(info.title, info.key, info.description);
    case GroupRole:
        return info.group;
    case PermissionRole:
        return permissionAt(section);
    }
    return {};
}

} // namespace warden
