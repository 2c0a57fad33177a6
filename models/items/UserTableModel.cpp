#include "UserTableModel.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace warden {

namespace {

QColor statusColor(UserStatus status)
{
    switch (status) {
    case UserStatus::Invited:
        return QColor(0x2f, 0x6f, 0xb3);
    case UserStatus::Active:
        return QColor(0x2e, 0x8b, 0x3e);
    case UserStatus::Disabled:
        return QColor(0x9a, 0x9a, 0x9a);
    }
    return {};
}

QIcon dot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

UserTableModel::UserTableModel(const Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    for (UserStatus status : {UserStatus::Invited, UserStatus::Active, UserStatus::Disabled})
        m_icons[int(status)] = dot(statusColor(status));
    rebuild();
    connect(&store, &Store::changed, this, &UserTableModel::apply);
    connect(&store, &Store::reloaded, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void UserTableModel::rebuild()
{
    m_users = m_store.directory().users().keys();
    forgetRanks();
}

void UserTableModel::forgetRanks()
{
    for (auto& ranks : m_ranks)
        ranks.clear();
}

QString UserTableModel::sortText(int column, const User& user) const
{
    switch (column) {
    case UsernameColumn:
        return user.username;
    case FullNameColumn:
        return user.fullName;
    case EmailColumn:
        return user.email;
    case StatusColumn:
        return statusText(user.status);
    case RolesColumn:
        return rolesOf(user);
    }
    return {};
}

int UserTableModel::sortRank(int column, int row) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || row >= m_users.size())
        return -1;
    std::vector<int>& ranks = m_ranks[column];
    if (ranks.size() != std::size_t(m_users.size())) {
        struct Key
        {
            QString text;
            Id id;
            int row;
        };
        std::vector<Key> keys;
        keys.reserve(std::size_t(m_users.size()));
        for (int r = 0; r < m_users.size(); ++r) {
            const User* user = m_store.directory().user(m_users[r]);
            keys.push_back({user ? sortText(column, *user).toCaseFolded() : QString(), m_users[r], r});
        }
        // Folded once each: comparing folded text is comparing without case, many times faster.
        std::sort(keys.begin(), keys.end(),
                  [](const Key& a, const Key& b) { return a.text != b.text ? a.text < b.text : a.id < b.id; });
        ranks.assign(keys.size(), 0);
        for (std::size_t at = 0; at < keys.size(); ++at)
            ranks[std::size_t(keys[at].row)] = int(at);
    }
    return ranks[std::size_t(row)];
}

QString UserTableModel::statusText(UserStatus status)
{
    switch (status) {
    case UserStatus::Invited:
        return tr("Invited");
    case UserStatus::Active:
        return tr("Active");
    case UserStatus::Disabled:
        return tr("Disabled");
    }
    return {};
}

void UserTableModel::apply(const std::vector<Change>& changes)
{
    bool rolesChanged = false;
    for (const Change& change : changes) {
        if (std::holds_alternative<warden::Role>(change.row())) {
            rolesChanged = true;
            continue;
        }
        const User* user = std::get_if<User>(&change.row());
        if (!user)
            continue;
        const int row = rowOf(user->id);
        forgetRanks(); // before each signal: a sorting view asks for ranks as soon as it hears
        if (!change.before && row < 0) {
            beginInsertRows({}, int(m_users.size()), int(m_users.size()));
            m_users.append(user->id);
            endInsertRows();
        } else if (!change.after && row >= 0) {
            beginRemoveRows({}, row, row);
            m_users.removeAt(row);
            endRemoveRows();
        } else if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    forgetRanks();
    if (rolesChanged && !m_users.isEmpty())
        Q_EMIT dataChanged(index(0, RolesColumn), index(int(m_users.size()) - 1, RolesColumn));
}

int UserTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_users.size()); }

int UserTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString UserTableModel::rolesOf(const User& user) const
{
    QStringList names;
    for (Id roleId : user.roles) {
        if (const warden::Role* r = m_store.directory().role(roleId))
            names.append(r->name);
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(QLatin1String(", "));
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const User* user = index.isValid() ? m_store.directory().user(m_users.value(index.row())) : nullptr;
    if (!user)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return user->username;
        case FullNameColumn:
            return user->fullName;
        case EmailColumn:
            return user->email;
        case StatusColumn:
            return statusText(user->status);
        case RolesColumn:
            return rolesOf(*user);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(m_icons[int(user->status)]) : QVariant();
    case Qt::ForegroundRole:
        if (user->status == UserStatus::Disabled)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole:
        if (user->status == UserStatus::Invited) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        switch (user->status) {
        case UserStatus::Invited:
            return tr("%1 was invited and has not joined yet: they hold no permission until activated.")
                .arg(user->username);
        case UserStatus::Disabled:
            return tr("%1 is disabled and holds no permission anywhere.").arg(user->username);
        case UserStatus::Active:
            return {};
        }
        return {};
    case UserIdRole:
        return user->id;
    case StatusRole:
        return int(user->status);
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case FullNameColumn:
        return tr("Full name");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case RolesColumn:
        return tr("Roles");
    }
    return {};
}

} // namespace warden
