#include "BulkPlan.h"

#include "models/domain/Names.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace warden {

void BulkPlan::readCsv(QStringView text, const std::function<void(int line, const QStringList& fields)>& record)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false; // the field so far came from quotes: an empty one still counts
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        fields.append(field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        const bool blank = fields.isEmpty() && field.trimmed().isEmpty() && !wasQuoted;
        if (!blank) {
            endField();
            record(recordLine, fields);
        }
        fields.clear();
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        // CRLF is one line break.
        const bool crlf = c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n');
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (lineBreak) {
                    ++line;
                    if (crlf) {
                        field += c;
                        ++i;
                        field += text[i];
                        continue;
                    }
                }
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (lineBreak) {
            endRecord();
            if (crlf)
                ++i;
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    endRecord();
}

QStringList BulkPlan::splitCsvLine(const QString& line)
{
    QStringList fields;
    readCsv(line, [&](int, const QStringList& record) { fields = record; });
    return fields.isEmpty() ? QStringList{QString()} : fields;
}

QString BulkPlan::describe(const Edit& edit, const Directory& d)
{
    auto userName = [&d](Id id) -> QString {
        const User* user = d.user(id);
        return user ? user->username : QString::number(id);
    };
    auto roleName = [&d](Id id) -> QString {
        const Role* role = d.role(id);
        return QLatin1String("role:") + (role ? role->name : QString::number(id));
    };
    auto action = [](bool add) { return QLatin1String(add ? "add " : "remove "); };
    if (auto e = std::get_if<edit::TeamMember>(&edit)) {
        const Team* team = d.team(e->teamId);
        const QString target = team
            ? QString(QLatin1String("team:") + d.path(team->folderId) + QLatin1Char(':') + team->name)
            : QString();
        return action(e->membership == edit::Membership::Add) + (e->userId ? userName(e->userId) : roleName(e->roleId))
            + QLatin1Char(' ') + target;
    }
    if (auto e = std::get_if<edit::RoleMember>(&edit))
        return action(e->assignment == edit::Assignment::Assign) + userName(e->userId) + QLatin1Char(' ')
            + roleName(e->roleId);
    if (auto e = std::get_if<edit::GlobalGrant>(&edit))
        return action(e->assignment == edit::Assignment::Assign) + roleName(e->roleId) + QLatin1String(" global:")
            + e->key;
    return {};
}

QList<PlanRow> BulkPlan::parse(const QByteArray& csv, const Directory& d, const Catalog& catalog,
                               QList<PlanProblem>* problems)
{
    QList<PlanRow> rows;
    parse(csv, d, catalog, problems, [&rows](int line, Edit edit) { rows.append(PlanRow{line, std::move(edit)}); });
    return rows;
}

void BulkPlan::parse(const QByteArray& csv, const Directory& d, const Catalog& catalog, QList<PlanProblem>* problems,
                     const RowSink& sink)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        problems->append({0, tr("the file is not valid UTF-8")});
        return;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    bool header = false;
    readCsv(text, [&](int lineNumber, const QStringList& fields) {
        if (!header) {
            header = true;
            if (fields != QStringList{QStringLiteral("action"), QStringLiteral("member"), QStringLiteral("target")})
                problems->append({lineNumber, tr("the header must be action,member,target")});
            return;
        }
        auto problem = [&](const QString& message) { problems->append({lineNumber, message}); };
        if (fields.size() != 3) {
            problem(tr("expected 3 fields (action, member, target), found %1").arg(fields.size()));
            return;
        }
        const QString& action = fields[0];
        const QString& member = fields[1];
        const QString& target = fields[2];
        if (action != QLatin1String("add") && action != QLatin1String("remove")) {
            problem(tr("the action must be add or remove, not '%1'").arg(Names::echo(action)));
            return;
        }
        const bool add = action == QLatin1String("add");
        Id userId = 0, roleId = 0;
        if (member.startsWith(QLatin1String("role:"))) {
            const Role* role = d.roleNamed(member.mid(5));
            if (!role) {
                problem(tr("there is no role '%1'").arg(Names::echo(member.mid(5))));
                return;
            }
            roleId = role->id;
        } else {
            const User* user = d.userNamed(member);
            if (!user) {
                problem(tr("there is no user with the username or email '%1'").arg(Names::echo(member)));
                return;
            }
            userId = user->id;
        }
        if (target.startsWith(QLatin1String("team:"))) {
            const QString rest = target.mid(5);
            const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
            const Id folder = colon > 0 ? d.folderByPath(rest.left(colon)) : 0;
            const Team* team = folder ? d.teamNamed(folder, rest.mid(colon + 1)) : nullptr;
            if (!folder) {
                problem(tr("there is no folder '%1'").arg(Names::echo(colon > 0 ? rest.left(colon) : rest)));
                return;
            }
            if (!team) {
                problem(tr("there is no team '%1' on '%2'")
                            .arg(Names::echo(rest.mid(colon + 1)), Names::echo(rest.left(colon))));
                return;
            }
            sink(lineNumber,
                 edit::TeamMember{team->id, userId, roleId, add ? edit::Membership::Add : edit::Membership::Remove});
        } else if (target.startsWith(QLatin1String("role:"))) {
            const Role* role = d.roleNamed(target.mid(5));
            if (!role) {
                problem(tr("there is no role '%1'").arg(Names::echo(target.mid(5))));
                return;
            }
            if (roleId) {
                problem(tr("only users can be members of a role"));
                return;
            }
            sink(lineNumber,
                 edit::RoleMember{role->id, userId, add ? edit::Assignment::Assign : edit::Assignment::Unassign});
        } else if (target.startsWith(QLatin1String("global:"))) {
            const QString key = target.mid(7);
            if (catalog.globalIndex(key) < 0) {
                problem(tr("there is no global permission '%1'").arg(Names::echo(key)));
                return;
            }
            if (userId) {
                problem(tr("global permissions are assigned to roles (role:NAME), not to users"));
                return;
            }
            sink(lineNumber,
                 edit::GlobalGrant{key, roleId, add ? edit::Assignment::Assign : edit::Assignment::Unassign});
        } else {
            problem(tr("the target must be team:FOLDER_PATH:TEAM, role:NAME or global:KEY, not '%1'")
                        .arg(Names::echo(target)));
        }
    });
    if (!header)
        problems->append({1, tr("the file is empty; it needs the header action,member,target")});
}

QList<PlanProblem> BulkPlan::noOps(const QList<PlanRow>& rows, const Directory& d)
{
    QList<Edit> edits;
    QList<int> lines;
    for (const PlanRow& row : rows) {
        edits.append(row.edit);
        lines.append(row.line);
    }
    return noOps(edits, lines, d);
}

QList<PlanProblem> BulkPlan::noOps(const QList<Edit>& edits, const QList<int>& lines, const Directory& d)
{
    QList<PlanProblem> warnings;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const Edit& edit = edits[i];
        bool changes = true;
        if (auto e = std::get_if<edit::TeamMember>(&edit)) {
            const Team* team = d.team(e->teamId);
            const bool member = e->userId ? team->users.contains(e->userId) : team->roles.contains(e->roleId);
            changes = member != (e->membership == edit::Membership::Add);
        } else if (auto e = std::get_if<edit::RoleMember>(&edit)) {
            changes = d.user(e->userId)->roles.contains(e->roleId) != (e->assignment == edit::Assignment::Assign);
        } else if (auto e = std::get_if<edit::GlobalGrant>(&edit)) {
            changes = d.global(e->key).roles.contains(e->roleId) != (e->assignment == edit::Assignment::Assign);
        }
        if (!changes)
            warnings.append({lines.value(i), tr("%1: changes nothing").arg(describe(edit, d))});
    }
    return warnings;
}

QList<PlanRow> BulkPlan::combine(const QList<Id>& users, const QList<Id>& roles, const BulkTargets& targets, bool add,
                                 const Directory&)
{
    QList<PlanRow> rows;
    auto append = [&](Edit edit) { rows.append(PlanRow{int(rows.size()) + 1, std::move(edit)}); };
    for (Id teamId : targets.teams) {
        for (Id userId : users)
            append(edit::TeamMember{teamId, userId, 0, add ? edit::Membership::Add : edit::Membership::Remove});
        for (Id roleId : roles)
            append(edit::TeamMember{teamId, 0, roleId, add ? edit::Membership::Add : edit::Membership::Remove});
    }
    for (Id roleId : targets.roles) {
        for (Id userId : users)
            append(edit::RoleMember{roleId, userId, add ? edit::Assignment::Assign : edit::Assignment::Unassign});
    }
    for (const QString& key : targets.globals) {
        for (Id roleId : roles)
            append(edit::GlobalGrant{key, roleId, add ? edit::Assignment::Assign : edit::Assignment::Unassign});
    }
    return rows;
}

QList<Id> BulkPlan::readUsers(const QString& text, const Directory& d, QStringList* unknown)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    QStringList entries;
    // A CSV whose header names a username or email column: that column alone.
    int column = -1;
    if (!lines.isEmpty()) {
        const QStringList header = splitCsvLine(lines.first());
        for (const QString& name : {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("user")}) {
            for (int i = 0; i < header.size() && column < 0; ++i) {
                if (header[i].compare(name, Qt::CaseInsensitive) == 0)
                    column = i;
            }
        }
    }
    if (column >= 0) {
        for (const QString& line : lines.mid(1))
            entries.append(splitCsvLine(line).value(column));
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        for (const QString& line : std::as_const(lines))
            entries += line.split(separators, Qt::SkipEmptyParts);
    }
    QList<Id> users;
    QSet<Id> seen;
    QSet<QString> missing;
    for (QString entry : std::as_const(entries)) {
        entry = entry.trimmed();
        if (entry.size() >= 2 && entry.startsWith(QLatin1Char('"')) && entry.endsWith(QLatin1Char('"')))
            entry = entry.mid(1, entry.size() - 2);
        if (entry.isEmpty())
            continue;
        if (const User* user = d.userNamed(entry)) {
            if (!seen.contains(user->id))
                users.append(user->id);
            seen.insert(user->id);
        } else if (!missing.contains(entry)) {
            unknown->append(entry);
            missing.insert(entry);
        }
    }
    return users;
}

} // namespace warden
