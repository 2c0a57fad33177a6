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
    // Only rows for which this role is true (and their ancestors) pass; 0 lets every row pass.
    void setRequiredRole(int role);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_requiredRole = 0;
};

} // namespace warden
