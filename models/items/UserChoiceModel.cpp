#include "UserChoiceModel.h"

#include "UserTableModel.h"

namespace warden {

UserChoiceModel::UserChoiceModel(const QString& nobody, QObject* parent) : QAbstractListModel(parent), m_nobody(nobody)
{
    if (!m_nobody.isEmpty())
        m_choices.push_back({0, m_nobody});
}

void UserChoiceModel::setUsers(const Directory& directory)
{
    struct Key
    {
        QString folded;
        const User* user;
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(directory.users().size()));
    for (const User& user : directory.users())
        keys.push_back({user.username.toCaseFolded(), &user});
    // By username without case: folded once each, then compared as they are.
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return a.folded != b.folded ? a.folded < b.folded : a.user->id < b.user->id;
    });
    // Translated once, not once per user.
    const QString named = tr("%1 — %2");
    const QString invited = tr(" (%1)").arg(UserTableModel::statusText(UserStatus::Invited).toLower());
    const QString disabled = tr(" (%1)").arg(UserTableModel::statusText(UserStatus::Disabled).toLower());
    std::vector<Choice> choices;
    choices.reserve(keys.size());
    for (const Key& key : keys) {
        const User* user = key.user;
        QString text = user->fullName.isEmpty() ? user->username : named.arg(user->username, user->fullName);
        if (user->status != UserStatus::Active)
            text += user->status == UserStatus::Invited ? invited : disabled;
        choices.push_back({user->id, std::move(text)});
    }
    setChoices(std::move(choices));
}

void UserChoiceModel::setUsers(const UserChoiceModel& same)
{
    std::vector<Choice> choices;
    choices.reserve(same.m_choices.size());
    for (const Choice& choice : same.m_choices) {
        if (choice.id != 0)
            choices.push_back(choice);
    }
    setChoices(std::move(choices));
}

void UserChoiceModel::setChoices(std::vector<Choice> users)
{
    beginResetModel();
    m_choices.clear();
    m_rowOf.clear();
    m_choices.reserve(users.size() + 1);
    m_rowOf.reserve(qsizetype(users.size()) + 1);
    if (!m_nobody.isEmpty())
        m_choices.push_back({0, m_nobody});
    for (Choice& choice : users)
        m_choices.push_back(std::move(choice));
    for (std::size_t row = 0; row < m_choices.size(); ++row)
        m_rowOf.insert(m_choices[row].id, int(row));
    endResetModel();
}

int UserChoiceModel::rowOf(Id userId) const { return m_rowOf.value(userId, -1); }

Id UserChoiceModel::userAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_choices.size() ? m_choices[std::size_t(row)].id : 0;
}

int UserChoiceModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_choices.size()); }

QVariant UserChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_choices.size())
        return {};
    const Choice& choice = m_choices[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return choice.text;
    case Qt::UserRole:
        return choice.id;
    }
    return {};
}

} // namespace warden
