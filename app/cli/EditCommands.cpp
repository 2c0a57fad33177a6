// wardenctl's edit commands: folders, teams, users, roles, global permissions, and bulk plans.
#include "Cli.h"

#include "models/domain/Names.h"
#include "models/domain/BuiltinCatalog.h"
#include "models/io/BulkPlan.h"
#include "models/io/DirectoryFile.h"
#include "models/io/FileAccess.h"

#include "JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimeZone>

namespace warden {

void Cli::defineEditCommands()
{
    // Every edit may be tried first: --dry-run prints its impact and writes nothing.
    const QString as = QStringLiteral("--as=USERNAME --dry-run --json --override=REASON");
    add(QStringLiteral("folder add"), QStringLiteral("PATH"), as, tr("Create a folder; a subfolder inherits."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                const QString path = c.arg(0);
                const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
                auto parent = c.parentId(s, slash < 0 ? QString() : path.left(slash));
                if (!parent)
                    return parent.error();
                return Edit(edit::AddFolder{parent.value(), path.mid(slash + 1)});
            });
        });
    add(QStringLiteral("folder rename"), QStringLiteral("PATH NEW_NAME"), as, tr("Rename a folder."), [](Cli& c) {
        return c.applyEdit([&c](const Store& s) -> Result<Edit> {
            auto folder = c.folderId(s, c.arg(0));
            if (!folder)
                return folder.error();
            return Edit(edit::RenameFolder{folder.value(), c.arg(1)});
        });
    });
    add(QStringLiteral("folder move"), QStringLiteral("PATH NEW_PARENT_PATH"), as,
        tr("Move a folder under another one ('/' for the top level)."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto folder = c.folderId(s, c.arg(0));
                if (!folder)
                    return folder.error();
                auto parent = c.parentId(s, c.arg(1));
                if (!parent)
                    return parent.error();
                return Edit(edit::MoveFolder{folder.value(), parent.value()});
            });
        });
    add(QStringLiteral("folder delete"), QStringLiteral("PATH"), as,
        tr("Delete a folder with its subfolders and teams."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto folder = c.folderId(s, c.arg(0));
                if (!folder)
                    return folder.error();
                return Edit(edit::DeleteFolder{folder.value()});
            });
        });
    add(QStringLiteral("folder inherit"), QStringLiteral("PATH on|off"),
        as + QStringLiteral(" --copy-teams --system-teams-only"),
        tr("Turn inheritance on (removes the folder's own teams) or off (copies the inherited teams, or starts "
           "with the system teams only)."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto folder = c.folderId(s, c.arg(0));
                if (!folder)
                    return folder.error();
                const QString state = c.arg(1);
                if (state != QLatin1String("on") && state != QLatin1String("off"))
                    return usage(tr("the inherit state must be 'on' or 'off', not '%1'").arg(Names::echo(state)));
                if (c.has(QStringLiteral("copy-teams")) && c.has(QStringLiteral("system-teams-only")))
                    return usage(tr("choose either --copy-teams or --system-teams-only"));
                const auto choice = c.has(QStringLiteral("system-teams-only")) ? edit::InheritChoice::SystemTeamsOnly
                                                                               : edit::InheritChoice::CopyTeams;
                return Edit(edit::SetInherit{folder.value(), state == QLatin1String("on"), choice});
            });
        });

    add(QStringLiteral("team add"), QStringLiteral("FOLDER_PATH TEAM"), as, tr("Create a team on a security root."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto folder = c.folderId(s, c.arg(0));
                if (!folder)
                    return folder.error();
                return Edit(edit::AddTeam{folder.value(), c.arg(1)});
            });
        });
    add(QStringLiteral("team rename"), QStringLiteral("FOLDER_PATH TEAM NEW_NAME"), as, tr("Rename a team."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto team = c.team(s, c.arg(0), c.arg(1));
                if (!team)
                    return team.error();
                return Edit(edit::RenameTeam{team.value()->id, c.arg(2)});
            });
        });
    add(QStringLiteral("team delete"), QStringLiteral("FOLDER_PATH TEAM"), as, tr("Delete a team."), [](Cli& c) {
        return c.applyEdit([&c](const Store& s) -> Result<Edit> {
            auto team = c.team(s, c.arg(0), c.arg(1));
            if (!team)
                return team.error();
            return Edit(edit::DeleteTeam{team.value()->id});
        });
    });
    for (const bool addMember : {true, false}) {
        add(addMember ? QStringLiteral("team member add") : QStringLiteral("team member remove"),
            QStringLiteral("FOLDER_PATH TEAM MEMBER"), as,
            addMember ? tr("Add a user (username or email) or a role (role:NAME) to a team.")
                      : tr("Remove a user or a role (role:NAME) from a team."),
            [addMember](Cli& c) {
                return c.applyEdit([&c, addMember](const Store& s) -> Result<Edit> {
                    auto team = c.team(s, c.arg(0), c.arg(1));
                    if (!team)
                        return team.error();
                    const QString member = c.arg(2);
                    if (member.startsWith(QLatin1String("role:"))) {
                        auto role = c.role(s, member.mid(5));
                        if (!role)
                            return role.error();
                        return Edit(edit::TeamMember{team.value()->id, 0, role.value()->id,
                                                     addMember ? edit::Membership::Add : edit::Membership::Remove});
                    }
                    auto user = c.user(s, member);
                    if (!user)
                        return user.error();
                    return Edit(edit::TeamMember{team.value()->id, user.value()->id, 0,
                                                 addMember ? edit::Membership::Add : edit::Membership::Remove});
                });
            });
    }
    for (const bool grant : {true, false}) {
        add(grant ? QStringLiteral("team grant") : QStringLiteral("team revoke"),
            QStringLiteral("FOLDER_PATH TEAM KEY..."), as,
            grant ? tr("Grant folder permissions to a team.") : tr("Revoke folder permissions from a team."),
            [grant](Cli& c) {
                return c.applyEdit([&c, grant](const Store& s) -> Result<Edit> {
                    auto team = c.team(s, c.arg(0), c.arg(1));
                    if (!team)
                        return team.error();
                    auto keys = s.catalog().parseFolderKeys(c.m_arguments.mid(2));
                    if (!keys)
                        return keys.error();
                    edit::TeamPermissions e{team.value()->id, {}, {}};
                    (grant ? e.grant : e.revoke) = keys.value();
                    return Edit(e);
                });
            });
    }

    add(QStringLiteral("user add"), QStringLiteral("USERNAME"), as + QStringLiteral(" !--email=E --name=N"),
        tr("Create an active user."), [](Cli& c) {
            return c.applyEdit([&c](const Store&) -> Result<Edit> {
                return Edit(
                    edit::AddUser{c.arg(0), c.option(QStringLiteral("email")), c.option(QStringLiteral("name"))});
            });
        });
    add(QStringLiteral("user invite"), QStringLiteral("EMAIL"), as + QStringLiteral(" !--role=ROLE"),
        tr("Invite a user by email with a role; they stay invited until activated."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto role = c.role(s, c.option(QStringLiteral("role")));
                if (!role)
                    return role.error();
                return Edit(edit::InviteUser{c.arg(0), role.value()->id});
            });
        });
    const QList<QPair<QString, UserStatus>> statusCommands{{QStringLiteral("activate"), UserStatus::Active},
                                                           {QStringLiteral("disable"), UserStatus::Disabled}};
    for (const auto& [word, status] : statusCommands) {
        add(QStringLiteral("user ") + word, QStringLiteral("USER"), as,
            status == UserStatus::Active ? tr("Activate an invited or disabled user.")
                                         : tr("Disable a user: they hold no permission anywhere."),
            [status = status](Cli& c) {
                return c.applyEdit([&c, status](const Store& s) -> Result<Edit> {
                    auto user = c.user(s, c.arg(0));
                    if (!user)
                        return user.error();
                    return Edit(edit::SetUserStatus{user.value()->id, status});
                });
            });
    }
    add(QStringLiteral("user delete"), QStringLiteral("USER"), as, tr("Delete a user and their memberships."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto user = c.user(s, c.arg(0));
                if (!user)
                    return user.error();
                return Edit(edit::DeleteUser{user.value()->id});
            });
        });

    add(QStringLiteral("role add"), QStringLiteral("ROLE"), as, tr("Create a role."), [](Cli& c) {
        return c.applyEdit([&c](const Store&) -> Result<Edit> { return Edit(edit::AddRole{c.arg(0)}); });
    });
    add(QStringLiteral("role rename"), QStringLiteral("ROLE NEW_NAME"), as, tr("Rename a role."), [](Cli& c) {
        return c.applyEdit([&c](const Store& s) -> Result<Edit> {
            auto role = c.role(s, c.arg(0));
            if (!role)
                return role.error();
            return Edit(edit::RenameRole{role.value()->id, c.arg(1)});
        });
    });
    add(QStringLiteral("role delete"), QStringLiteral("ROLE"), as,
        tr("Delete a role; it leaves its users, teams and global permissions."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto role = c.role(s, c.arg(0));
                if (!role)
                    return role.error();
                return Edit(edit::DeleteRole{role.value()->id});
            });
        });
    for (const bool assign : {true, false}) {
        add(assign ? QStringLiteral("role assign") : QStringLiteral("role unassign"), QStringLiteral("ROLE USER"), as,
            assign ? tr("Give a user a role.") : tr("Take a role from a user."), [assign](Cli& c) {
                return c.applyEdit([&c, assign](const Store& s) -> Result<Edit> {
                    auto role = c.role(s, c.arg(0));
                    if (!role)
                        return role.error();
                    auto user = c.user(s, c.arg(1));
                    if (!user)
                        return user.error();
                    return Edit(edit::RoleMember{role.value()->id, user.value()->id,
                                                 assign ? edit::Assignment::Assign : edit::Assignment::Unassign});
                });
            });
    }
    for (const bool grant : {true, false}) {
        add(grant ? QStringLiteral("global grant") : QStringLiteral("global revoke"), QStringLiteral("KEY ROLE"), as,
            grant ? tr("Assign a role to a global permission.") : tr("Remove a role from a global permission."),
            [grant](Cli& c) {
                return c.applyEdit([&c, grant](const Store& s) -> Result<Edit> {
                    if (s.catalog().globalIndex(c.arg(0)) < 0)
                        return invalid(tr("unknown global permission '%1'").arg(Names::echo(c.arg(0))));
                    auto role = c.role(s, c.arg(1));
                    if (!role)
                        return role.error();
                    return Edit(edit::GlobalGrant{c.arg(0), role.value()->id,
                                                  grant ? edit::Assignment::Assign : edit::Assignment::Unassign});
                });
            });
    }
}

int Cli::bulk()
{
    const QString planFile = option(QStringLiteral("file"));
    auto plan = FileAccess::read(planFile, BulkPlan::MaxBytes);
    if (!plan)
        return fail(plan.error());
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    Store& s = *store.value();
    auto op = operatorId(s);
    if (!op)
        return fail(op.error());
    QList<PlanProblem> problems;
    // Edits and their lines apart: a plan of a million rows is held once, as compact as it can be.
    QList<Edit> edits;
    QList<int> lines;
    BulkPlan::parse(plan.value(), s.directory(), s.catalog(), &problems, [&](int line, Edit edit) {
        edits.append(std::move(edit));
        lines.append(line);
    });
    plan = QByteArray();
    if (!problems.isEmpty()) {
        for (const PlanProblem& problem : std::as_const(problems))
            m_err << "wardenctl: error: " << tr("%1:%2: %3").arg(planFile).arg(problem.line).arg(problem.message)
                  << Qt::endl;
        m_err << "wardenctl: error: " << tr("nothing was applied") << Qt::endl;
        return exitCode(ErrorKind::Invalid);
    }
    QList<PlanProblem> warnings = BulkPlan::noOps(edits, lines, s.directory());
    const bool dryRun = has(QStringLiteral("dry-run"));
    int failedAt = -1;
    auto outcome
        = s.applyBulk(edits, op.value(),
                      tr("Bulk plan %1: %n row(s)", nullptr, int(edits.size())).arg(QFileInfo(planFile).fileName()),
                      dryRun, &failedAt);
    if (!outcome) {
        if (failedAt >= 0)
            return fail(Error{outcome.error().kind,
                              tr("%1:%2 (%3): %4")
                                  .arg(planFile)
                                  .arg(lines[failedAt])
                                  .arg(BulkPlan::describe(edits[failedAt], s.directory()), outcome.error().message)});
        return fail(outcome.error());
    }
    if (Status refused = refusalOf(s, outcome->expectations); refused.failed())
        return fail(refused.error());
    printImpact(s.directory(), outcome->impact, outcome->expectations, warnings, int(edits.size()), dryRun);
    return 0;
}

// A dry run reports what a real edit would be refused for: an expectation it breaks, unless overridden.
Status Cli::refusalOf(const Store& store, const ExpectationVerdict& verdict)
{
    if (verdict.breaks() && store.overrideReason().isEmpty())
        return verdict.refusal(store.catalog());
    return {};
}

// The impact of an edit or a plan, written as it is worked out: users by username, each with their
// global permissions, their folders in tree order and their connections. With --summary, the first
// folders of each user and the totals.
void Cli::printImpact(const Directory& d, const Impact& impact, const ExpectationVerdict& expectations,
                      QList<PlanProblem> warnings, int rows, bool dryRun, const QStringList& between)
{
    const Catalog& catalog = m_catalog;
    const bool json = has(QStringLiteral("json"));
    const bool summary = has(QStringLiteral("summary"));
    constexpr int summaryFolders = 3;
    for (const UserImpact& change : impact.users) {
        if (change.status && *change.status != UserStatus::Active && !change.statusChanged)
            warnings.append(
                {0,
                 tr("%1 is %2: they hold none of this until active").arg(change.username, statusKey(*change.status))});
    }
    auto signedKeys = [](const QStringList& gainedKeys, const QStringList& lostKeys) {
        QStringList out;
        for (const QString& key : gainedKeys)
            out.append(QLatin1Char('+') + key);
        for (const QString& key : lostKeys)
            out.append(QLatin1Char('-') + key);
        return out.join(QLatin1Char(' '));
    };
    auto where = [&impact](Id connectionId) {
        const Impact::ConnectionInfo info = impact.connections.value(connectionId);
        return info.folderId ? QJsonValue(info.folderPath) : QJsonValue();
    };
    JsonWriter writer(m_out);
    if (!json) {
        for (const Breach& breach : expectations.broken)
            m_out << (between.isEmpty() ? tr("breaks expectation %1 (overridden): %2") : tr("broke expectation %1: %2"))
                         .arg(Names::quoted(breach.name), breach.first)
                  << "\n";
    }
    if (json) {
        writer.beginObject();
        if (!between.isEmpty()) {
            writer.field(QStringLiteral("from"), between.first());
            writer.field(QStringLiteral("to"), between.last());
        }
        writer.field(QStringLiteral("dryRun"), dryRun);
        writer.field(QStringLiteral("applied"), !dryRun && between.isEmpty());
        writer.key(QStringLiteral("changes"));
        writer.beginArray(true);
    }
    for (const UserImpact& change : impact.users) {
        const QStringList globalGained = catalog.globalKeys(change.globalGained);
        const QStringList globalLost = catalog.globalKeys(change.globalLost);
        const QList<Impact::FolderChange> folders = impact.foldersOf(change);
        if (json) {
            writer.beginObject();
            writer.field(QStringLiteral("user"), change.username);
            writer.field(QStringLiteral("status"),
                         change.status ? statusKey(*change.status) : QStringLiteral("deleted"));
            writer.field(QStringLiteral("global"),
                         QJsonObject{{QStringLiteral("gained"), QJsonArray::fromStringList(globalGained)},
                                     {QStringLiteral("lost"), QJsonArray::fromStringList(globalLost)}});
            writer.key(QStringLiteral("folders"));
            writer.beginArray();
        } else if (!globalGained.isEmpty() || !globalLost.isEmpty()) {
            m_out << change.username << "  " << tr("(global)") << "  " << signedKeys(globalGained, globalLost) << "\n";
        }
        int shown = 0;
        for (const Impact::FolderChange& folder : folders) {
            if (summary && shown >= summaryFolders)
                break;
            ++shown;
            const QStringList g = catalog.folderKeys(folder.change->gained);
            const QStringList l = catalog.folderKeys(folder.change->lost);
            const QString path = impact.path(folder.folderId, d);
            if (json)
                writer.value(QJsonObject{{QStringLiteral("path"), path},
                                         {QStringLiteral("gained"), QJsonArray::fromStringList(g)},
                                         {QStringLiteral("lost"), QJsonArray::fromStringList(l)}});
            else
                m_out << change.username << "  " << path << "  " << signedKeys(g, l) << "\n";
        }
        const int omitted = int(folders.size()) - shown;
        if (json) {
            writer.endArray();
            if (summary)
                writer.field(QStringLiteral("moreFolders"), omitted);
            QJsonArray connections;
            for (const ConnectionChange& c : change.connections)
                connections.append(
                    QJsonObject{{QStringLiteral("title"), impact.connections.value(c.connectionId).title},
                                {QStringLiteral("folder"), where(c.connectionId)},
                                {QStringLiteral("from"), levelKey(c.from)},
                                {QStringLiteral("to"), levelKey(c.to)}});
            writer.field(QStringLiteral("connections"), connections);
            writer.endObject();
            continue;
        }
        if (omitted > 0)
            m_out << change.username << "  " << tr("… and %n more folder(s)", nullptr, omitted) << "\n";
        for (const ConnectionChange& c : change.connections) {
            const Impact::ConnectionInfo info = impact.connections.value(c.connectionId);
            const QString title = info.folderId ? tr("connection %1 (%2)").arg(info.title, info.folderPath)
                                                : tr("connection %1 (global)").arg(info.title);
            m_out << change.username << "  " << title << "  " << levelKey(c.from) << " -> " << levelKey(c.to) << "\n";
        }
    }
    const Impact::Totals totals = impact.totals();
    const qsizetype shownWarnings = summary ? std::min<qsizetype>(warnings.size(), 20) : warnings.size();
    if (json) {
        writer.endArray();
        writer.key(QStringLiteral("warnings"));
        writer.beginArray(true);
        for (const PlanProblem& warning : warnings.mid(0, shownWarnings))
            writer.value(
                QJsonObject{{QStringLiteral("line"), warning.line}, {QStringLiteral("message"), warning.message}});
        writer.endArray();
        QJsonObject counts{{QStringLiteral("users"), totals.users},
                           {QStringLiteral("folders"), totals.folderChanges},
                           {QStringLiteral("gained"), totals.gained},
                           {QStringLiteral("lost"), totals.lost},
                           {QStringLiteral("connections"), totals.connectionChanges},
                           {QStringLiteral("warnings"), int(warnings.size())}};
        if (rows >= 0)
            counts.insert(QStringLiteral("rows"), rows);
        writer.field(QStringLiteral("totals"), counts);
        writer.field(QStringLiteral("expectations"),
                     QJsonObject{{QStringLiteral("broken"), QJsonArray::fromStringList(expectations.brokenNames())},
                                 {QStringLiteral("mended"), QJsonArray::fromStringList(expectations.mended)}});
        writer.endObject();
        return;
    }
    for (const QString& name : expectations.mended)
        m_out << (between.isEmpty() ? tr("mends expectation %1") : tr("mended expectation %1")).arg(Names::quoted(name))
              << "\n";
    for (const PlanProblem& warning : warnings.mid(0, shownWarnings))
        m_out << (warning.line > 0 ? tr("warning: line %1: %2").arg(warning.line).arg(warning.message)
                                   : tr("warning: %1").arg(warning.message))
              << "\n";
    if (shownWarnings < warnings.size())
        m_out << tr("… and %n more warning(s)", nullptr, int(warnings.size() - shownWarnings)) << "\n";
    const QString counts = tr("%n user(s) change, ", nullptr, totals.users)
        + tr("%n gained, ", nullptr, int(totals.gained)) + tr("%n lost", nullptr, int(totals.lost))
        + (totals.connectionChanges ? tr(", %n connection level(s)", nullptr, totals.connectionChanges) : QString());
    if (!between.isEmpty())
        m_out << tr("From %1 to %2: %3.").arg(between.first(), between.last(), counts) << "\n";
    else if (rows >= 0)
        m_out << (dryRun ? tr("Dry run, nothing written: %n row(s), %1.", nullptr, rows)
                         : tr("Applied: %n row(s), %1.", nullptr, rows))
                     .arg(counts)
              << "\n";
    else
        m_out << tr("Dry run, nothing written: %1.").arg(counts) << "\n";
}

} // namespace warden
