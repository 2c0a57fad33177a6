#pragma once

#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace warden {

// The connections a scope sees: a folder's own, its ancestors' and the global ones (or, for the
// global scope, the global ones), each with where it is defined and the operator's level on it.
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // A level in words: "None (deny)", "Delete only", "Use", "Manage".
    static QString levelText(AccessLevel level);
    enum Column
    {
        TitleColumn,
        TypeColumn,
        DefinedColumn,
        LevelColumn,
        ColumnCount,
    };
    enum Role
    {
        ConnectionIdRole = Qt::UserRole + 1,
        DefinedOnRole, // the folder where it is defined, 0 for global
        InheritedRole, // defined elsewhere than the scope shown
    };

    explicit ConnectionListModel(const Store& store, QObject* parent = nullptr);

    // 0: the global connections.
    void setScope(Id folderId);
    Id scope() const { return m_scope; }
    void setOperator(Id userId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id connectionAt(int row) const { return m_connections.value(row); }
    int rowOf(Id connectionId) const { return int(m_connections.indexOf(connectionId)); }

private:
    void rebuild();

    const Store& m_store;
    Id m_scope = 0;
    Id m_operator = 0;
    QList<Id> m_connections;
};

} // namespace warden
