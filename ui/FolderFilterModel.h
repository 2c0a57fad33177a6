#pragma once

#include <QSortFilterProxyModel>

namespace warden {

// Filters a folder tree by a piece of the name or path; ancestors of a match stay visible.
class FolderFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FolderFilterModel(QObject* parent = nullptr);
    void setText(const QString& text);
};

} // namespace warden
