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

} // namespace warden
