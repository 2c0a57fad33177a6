#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"
#include "models/domain/Edit.h"

#include <QCoreApplication>

namespace warden {

// One row of a bulk plan: what it asks, on which line, as an edit.
struct PlanRow
{
    int line = 0;
    Edit edit;
    QString text; // "add alice to team:Apps:Developers"
};

struct PlanProblem
{
    int line = 0;
    QString message;
};

// What a plan may add members to, or remove them from.
struct BulkTargets
{
    QList<Id> teams;
    QList<Id> roles; // for users
    QStringList globals; // global permission keys, for roles
};

// A bulk plan in CSV: the header action,member,target; action add or remove; member a username, an
// email or role:NAME; target team:FOLDER_PATH:TEAM, role:NAME (users only) or global:KEY (roles
// only). Every bad row is reported with its line number.
class BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)

public:
    static constexpr qint64 MaxBytes = 512 * 1024 * 1024;
    static QList<PlanRow> parse(const QByteArray& csv, const Directory& directory, const Catalog& catalog,
                                QList<PlanProblem>* problems);
    // Rows that would change nothing, as warnings.
    static QList<PlanProblem> noOps(const QList<PlanRow>& rows, const Directory& directory);
    static QStringList splitCsvLine(const QString& line);

    // The rows that add (or remove) members to targets: users and roles to teams, users to roles,
    // roles to global permissions; pairs that cannot be (a role in a role, a global permission
    // given to a user) are not made. Rows are numbered from 1 in line.
    static QList<PlanRow> combine(const QList<Id>& users, const QList<Id>& roles, const BulkTargets& targets, bool add,
                                  const Directory& directory);
    // The users a pasted list or a CSV file names by username or email: separated by lines, commas,
    // semicolons or spaces; a CSV with a username or email column is read from that column only.
    // Entries that name no user are returned in unknown, in order; none is dropped silently.
    static QList<Id> readUsers(const QString& text, const Directory& directory, QStringList* unknown);
};

} // namespace warden
