#include "FolderFilterModel.h"

#include "models/items/FolderTreeModel.h"

namespace warden {

FolderFilterModel::FolderFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(FolderTreeModel::PathRole);
    setFilterKeyColumn(FolderTreeModel::NameColumn);
}

void FolderFilterModel::setText(const QString& text) { setFilterFixedString(text.trimmed()); }

void FolderFilterModel::setRequiredRole(int role)
{
    m_requiredRole = role;
    invalidateRowsFilter();
}

bool FolderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_requiredRole != 0 && !sourceModel()->index(sourceRow, 0, sourceParent).data(m_requiredRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace warden
