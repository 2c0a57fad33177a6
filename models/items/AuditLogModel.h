#pragma once

#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace warden {

// The audit log, newest entry first, as the operator may read it; follows the store's changes.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        OperatorColumn,
        DatabaseUserColumn,
        ChangeColumn,
        ColumnCount,
    };

    explicit AuditLogModel(const Store& store, QObject* parent = nullptr);

    // The operator whose right to read the log counts; the reason when they may not.
    Status setOperator(Id operatorId);
    // Only an active model reads the log (when shown); an inactive one notes that it is out of date.
    void setActive(bool active);
    const AuditEntry* entryAt(int row) const;
    // What the entry of that row changed, as rich text: each row with the fields that differ
    // before and after (read from the store when asked: the rows can be large).
    QString describe(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void changed();

    const Store& m_store;
    Id m_operator = 0;
    bool m_active = false;
    bool m_stale = true;
    QList<AuditEntry> m_entries;
};

} // namespace warden
