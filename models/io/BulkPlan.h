#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"
#include "models/domain/Edit.h"

#include <QCoreApplication>

#include <functional>

namespace warden {

// One row of a bulk plan: what it asks, on which line, as an edit (BulkPlan::describe says it in words).
struct PlanRow
{
    int line = 0;
    Edit edit;
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
    // The same, handing each good row over as it is read, so that a large plan is held only once.
    using RowSink = std::function<void(int line, Edit edit)>;
    static void parse(const QByteArray& csv, const Directory& directory, const Catalog& catalog,
                      QList<PlanProblem>* problems, const RowSink& row);
    // "add alice team:Apps:Developers": a row as the plan would say it.
    static QString describe(const Edit& edit, const Directory& directory);
    // Rows that would change nothing, as warnings.
    static QList<PlanProblem> noOps(const QList<PlanRow>& rows, const Directory& directory);
    static QList<PlanProblem> noOps(const QList<Edit>& edits, const QList<int>& lines, const Directory& directory);
    // CSV as RFC 4180 has it: fields separated by commas, records by CRLF, LF or CR, a quoted field
    // may hold commas, doubled quotes and line breaks. Each record comes with the line it starts on;
    // fields are trimmed, blank records skipped.
    static void readCsv(QStringView text, const std::function<void(int line, const QStringList& fields)>& record);
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
