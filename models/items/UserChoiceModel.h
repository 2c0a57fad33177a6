#pragma once

#include "models/domain/Directory.h"

#include <QAbstractListModel>

namespace warden {

// The users of a directory to pick one from, by username: "username — Full Name (status)", the
// user's id in Qt::UserRole; optionally a first row that picks nobody (id 0).
class UserChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit UserChoiceModel(const QString& nobody = {}, QObject* parent = nullptr);

    void setUsers(const Directory& directory);
    // The users another model offers, without building their texts again.
    void setUsers(const UserChoiceModel& same);
    int rowOf(Id userId) const;
    Id userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Choice
    {
        Id id;
        QString text;
    };
    void setChoices(std::vector<Choice> users);

    QString m_nobody;
    std::vector<Choice> m_choices;
    QHash<Id, int> m_rowOf;
};

} // namespace warden
