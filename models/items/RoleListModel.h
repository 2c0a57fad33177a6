#pragma once

#include "models/store/Store.h"

#include <QAbstractListModel>

namespace warden {

// The roles of a store by name, each with its member count and whether it is a built-in preset.
class RoleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RoleIdRole = Qt::UserRole + 1,
        IsPresetRole,
    };

    explicit RoleListModel(const Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    Id roleAt(int row) const { return m_roles.value(row); }
    int rowOf(Id roleId) const { return int(m_roles.indexOf(roleId)); }
    const PresetInfo* preset(Id roleId) const;

private:
    void rebuild();

    const Store& m_store;
    QList<Id> m_roles;
};

} // namespace warden
