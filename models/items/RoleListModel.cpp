#include "RoleListModel.h"

#include <QFont>

namespace warden {

RoleListModel::RoleListModel(const Store& store, QObject* parent) : QAbstractListModel(parent), m_store(store)
{
    rebuild();
    // Roles are few: any change to roles or users is shown by rebuilding the list.
    connect(&store, &Store::changed, this, [this](const std::vector<Change>& changes) {
        for (const Change& change : changes) {
            if (std::holds_alternative<warden::Role>(change.row()) || std::holds_alternative<User>(change.row())) {
                beginResetModel();
                rebuild();
                endResetModel();
                return;
            }
        }
    });
    connect(&store, &Store::reloaded, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void RoleListModel::rebuild()
{
    const Directory& d = m_store.directory();
    m_roles = d.roles().keys();
    std::sort(m_roles.begin(), m_roles.end(),
              [&d](Id a, Id b) { return d.role(a)->name.compare(d.role(b)->name, Qt::CaseInsensitive) < 0; });
}

const PresetInfo* RoleListModel::preset(Id roleId) const
{
    const warden::Role* r = m_store.directory().role(roleId);
    if (!r)
        return nullptr;
    for (const PresetInfo& info : m_store.catalog().presets()) {
        if (info.name.compare(r->name, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

int RoleListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_roles.size()); }

QVariant RoleListModel::data(const QModelIndex& index, int role) const
{
    const warden::Role* r = index.isValid() ? m_store.directory().role(m_roles.value(index.row())) : nullptr;
    if (!r)
        return {};
    const int members = int(m_store.directory().usersOfRole(r->id).size());
    switch (role) {
    case Qt::DisplayRole:
        if (preset(r->id))
            return tr("%1 (preset) — %n member(s)", nullptr, members).arg(r->name);
        return tr("%1 — %n member(s)", nullptr, members).arg(r->name);
    case Qt::EditRole:
        return r->name;
    case Qt::ToolTipRole:
        if (const PresetInfo* info = preset(r->id))
            return info->description;
        return {};
    case Qt::FontRole:
        if (preset(r->id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RoleIdRole:
        return r->id;
    case IsPresetRole:
        return preset(r->id) != nullptr;
    }
    return {};
}

} // namespace warden
