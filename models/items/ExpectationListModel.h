#pragma once

#include "models/access/Expectations.h"
#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace warden {

// The expectations, by name, each with its statement in words and whether it holds now (with its
// violations); worked out again as the store changes, while someone looks.
class ExpectationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatementColumn,
        StateColumn,
        ColumnCount,
    };
    enum Roles
    {
        BrokenRole = Qt::UserRole + 1, // bool
    };

    explicit ExpectationListModel(const Store& store, QObject* parent = nullptr);

    // Only an active model evaluates (when shown); an inactive one notes that it is out of date.
    void setActive(bool active);
    const Expectation* expectationAt(int row) const;
    int rowOf(Id expectationId) const;
    const QList<Violation>& violationsAt(int row) const;
    int brokenCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void changed();
    void reload();

    const Store& m_store;
    bool m_active = false;
    bool m_stale = true;
    QList<Id> m_ids;
    QList<QList<Violation>> m_violations;
};

} // namespace warden
