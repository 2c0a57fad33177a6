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

// A bulk plan in CSV: the header action,member,target; action add or remove; member a username, an
// email or role:NAME; target team:FOLDER_PATH:TEAM, role:NAME (users only) or global:KEY (roles
// only). Every bad row is reported with its line number.
class BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)

public:
    static QList<PlanRow> parse(const QByteArray& csv, const Directory& directory, const Catalog& catalog,
                                QList<PlanProblem>* problems);
    // Rows that would change nothing, as warnings.
    static QList<PlanProblem> noOps(const QList<PlanRow>& rows, const Directory& directory);
    static QStringList splitCsvLine(const QString& line);
};

} // namespace warden
