#include "ExpectationListModel.h"

#include <QBrush>

#include <algorithm>

namespace warden {

ExpectationListModel::ExpectationListModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::changed, this, &ExpectationListModel::changed);
    connect(&store, &Store::reloaded, this, &ExpectationListModel::changed);
}

void ExpectationListModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void ExpectationListModel::changed()
{
    m_stale = true;
    if (m_active)
        reload();
}

void ExpectationListModel::reload()
{
    const Directory& d = m_store.directory();
    beginResetModel();
    const ExpectationCheck check(d, m_store.catalog());
    m_ids.clear();
    m_violations.clear();
    for (const Expectation* e : ExpectationCheck::byName(d)) {
        m_ids.append(e->id);
        m_violations.append(check.violations(*e));
    }
    m_stale = false;
    endResetModel();
}

const Expectation* ExpectationListModel::expectationAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_store.directory().expectation(m_ids[row]) : nullptr;
}

int ExpectationListModel::rowOf(Id expectationId) const { return int(m_ids.indexOf(expectationId)); }

const QList<Violation>& ExpectationListModel::violationsAt(int row) const
{
    static const QList<Violation> none;
    return row >= 0 && row < m_violations.size() ? m_violations[row] : none;
}

int ExpectationListModel::brokenCount() const
{
    return int(std::count_if(m_violations.cbegin(), m_violations.cend(), [](const auto& v) { return !v.isEmpty(); }));
}

int ExpectationListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

int ExpectationListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExpectationListModel::data(const QModelIndex& index, int role) const
{
    const Expectation* e = expectationAt(index.row());
    if (!e)
        return {};
    const qsizetype broken = violationsAt(index.row()).size();
    if (role == BrokenRole)
        return broken > 0;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && broken > 0)
        return QBrush(QColor(0xa0, 0x28, 0x1e));
    if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn)
            return e->note.isEmpty() ? e->name : e->name + QLatin1Char('\n') + e->note;
        if (index.column() == StatementColumn)
            return ExpectationCheck(m_store.directory(), m_store.catalog()).statement(*e);
        return e->note.isEmpty() ? QVariant() : QVariant(e->note);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e->name;
    case StatementColumn:
        return ExpectationCheck(m_store.directory(), m_store.catalog()).statement(*e);
    case StateColumn:
        return broken ? tr("Broken: %n violation(s)", nullptr, int(broken)) : tr("Holding");
    }
    return {};
}

QVariant ExpectationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatementColumn:
        return tr("Expectation");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace warden
