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

    // The folders of one security root that the review covers: they hold the same, so the report
    // lists the root's cells once.
    struct Group
    {
        Id rootId = 0;
        QList<Id> folders; // in the review's order
        QList<const Cell*> cells;
    };

    // A global permission the user holds, and the roles that give it.
    struct GlobalRow
    {
        int permission = -1;
        QString through;
    };

    // folders: in the order to list them; permissions: the columns to include.
    ReviewReport(const AccessQuery& access, Id userId, Id comparedId, const QList<Id>& folders,
                 const PermissionSet& permissions);

    void setOperator(const QString& name) { m_operator = name; }
    // Where the directory comes from, as the report names it: the store's location.
    void setSource(const QString& source) { m_source = source; }
    void setDate(const QDateTime& at) { m_at = at; }
    // The moment of the log the directory is as of ("2026-11-01T09:00:00Z, entry #12"); empty: now.
    // The title says so, and the CSV gains an as_of column.
    void setMoment(const QString& moment) { m_moment = moment; }
    const QList<Cell>& cells() const { return m_cells; }

    QByteArray csv() const;
    QString html() const;
    QString title() const;

    // The security roots with anything to list, in the order their first folder is reviewed.
    QList<Group> groups() const;
    // Empty when comparing: a comparison is of folder permissions.
    QList<GlobalRow> globalRows() const;
    // "Data Services and 6 inheriting subfolders"
    QString coverage(const Group& group) const;
    // The folders of a group by name, the first few of a long list and how many more.
    QString coveredFolders(const Group& group) const;
    // The facts a report opens with: label and value, in order (user, store, date, ...).
    QList<std::pair<QString, QString>> facts() const;
    // For a user who holds Admin (not compared): that it gives every folder permission everywhere,
    // said once instead of a table per security root; empty otherwise. The CSV still lists each.
    QString adminNote() const;
    // Why an inactive user's review lists what they would hold; empty for an active user.
    QString note() const;
    // The totals a report opens with, one sentence each.
    QStringList totals() const;
    const AccessQuery& access() const { return m_access; }
    bool comparing() const { return m_compared != 0; }

private:
    QString through(Id userId, Id folderId, int permission) const;

    AccessQuery m_access;
    Id m_user;
    Id m_compared;
    QList<Id> m_folders;
    int m_permissionCount = 0;
    QList<Cell> m_cells;
    QString m_operator;
    QString m_source;
    QString m_moment;
    QDateTime m_at = QDateTime::currentDateTime();
};

} // namespace warden
