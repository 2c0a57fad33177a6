#pragma once

#include "models/access/AccessQuery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace warden {

// A review written down: what a user holds on a set of folders (or, compared with a second user,
// where the two differ), with how, for CSV and HTML (PDF and files: see ReviewPdf). The CSV
// columns are in docs/decisions.md (Review).
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    struct Cell
    {
        Id folderId = 0;
        int permission = -1;
        QString state; // "granted", "implied"; comparing: the username of the one who holds it
        QString through; // the teams (and roles) that give it
    };

    // folders: in the order to list them; permissions: the columns to include.
    ReviewReport(const AccessQuery& access, Id userId, Id comparedId, const QList<Id>& folders,
                 const PermissionSet& permissions);

    void setOperator(const QString& name) { m_operator = name; }
    // Where the directory comes from, as the report names it: the store's location.
    void setSource(const QString& source) { m_source = source; }
    void setDate(const QDateTime& at) { m_at = at; }
    const QList<Cell>& cells() const { return m_cells; }

    QByteArray csv() const;
    QString html() const;
    QString title() const;

private:
    QString through(Id userId, Id folderId, int permission) const;

    AccessQuery m_access;
    Id m_user;
    Id m_compared;
    QList<Id> m_folders;
    QList<Cell> m_cells;
    QString m_operator;
    QString m_source;
    QDateTime m_at = QDateTime::currentDateTime();
};

} // namespace warden
