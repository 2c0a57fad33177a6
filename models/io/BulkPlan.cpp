#include "BulkPlan.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace warden {

QStringList BulkPlan::splitCsvLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QList<PlanRow> BulkPlan::parse(const QByteArray& csv, const Directory& d, const Catalog& catalog, QList<PlanProblem>* problems)
{
    QList<PlanRow> rows;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        problems->append({0, tr("the file is not valid UTF-8")});
        return rows;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = splitCsvLine(line);
        if (!header) {
            header = true;
            if (fields != QStringList{QStringLiteral("action"), QStringLiteral("member"), QStringLiteral("target")})
                problems->append({lineNumber, tr("the header must be action,member,target")});
            continue;
        }
        auto problem = [&](const QString& message) { problems->append({lineNumber, message}); };
        if (fields.size() != 3) {
            problem(tr("expected 3 fields (action, member, target), found %1").arg(fields.size()));
            continue;
        }
        const QString& action = fields[0];
        const QString& member = fields[1];
        const QString& target = fields[2];
        if (action != QLatin1String("add") && action != QLatin1String("remove")) {
            problem(tr("the action must be add or remove, not '%1'").arg(action));
            continue;
        }
        const bool add = action == QLatin1String("add");
        Id userId = 0, roleId = 0;
        if (member.startsWith(QLatin1String("role:"))) {
            const Role* role = d.roleNamed(member.mid(5));
            if (!role) {
                problem(tr("there is no role '%1'").arg(member.mid(5)));
                continue;
            }
            roleId = role->id;
        } else {
            const User* user = d.userNamed(member);
            if (!user) {
                problem(tr("there is no user with the username or email '%1'").arg(member));
                continue;
            }
            userId = user->id;
        }
        PlanRow row;
        row.line = lineNumber;
        row.text = QStringLiteral("%1 %2 %3").arg(action, member, target);
        if (target.startsWith(QLatin1String("team:"))) {
            const QString rest = target.mid(5);
            const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
            const Id folder = colon > 0 ? d.folderByPath(rest.left(colon)) : 0;
            const Team* team = folder ? d.teamNamed(folder, rest.mid(colon + 1)) : nullptr;
            if (!folder) {
                problem(tr("there is no folder '%1'").arg(colon > 0 ? rest.left(colon) : rest));
                continue;
            }
            if (!team) {
                problem(tr("there is no team '%1' on '%2'").arg(rest.mid(colon + 1), rest.left(colon)));
                continue;
            }
            row.edit = edit::TeamMember{team->id, userId, roleId, add};
        } else if (target.startsWith(QLatin1String("role:"))) {
            const Role* role = d.roleNamed(target.mid(5));
            if (!role) {
                problem(tr("there is no role '%1'").arg(target.mid(5)));
                continue;
            }
            if (roleId) {
                problem(tr("only users can be members of a role"));
                continue;
            }
            row.edit = edit::RoleMember{role->id, userId, add};
        } else if (target.startsWith(QLatin1String("global:"))) {
            const QString key = target.mid(7);
            if (catalog.globalIndex(key) < 0) {
                problem(tr("there is no global permission '%1'").arg(key));
                continue;
            }
            if (userId) {
                problem(tr("global permissions are assigned to roles (role:NAME), not to users"));
                continue;
            }
            row.edit = edit::GlobalGrant{key, roleId, add};
        } else {
            problem(tr("the target must be team:FOLDER_PATH:TEAM, role:NAME or global:KEY, not '%1'").arg(target));
            continue;
        }
        rows.append(row);
    }
    if (!header)
        problems->append({1, tr("the file is empty; it needs the header action,member,target")});
    return rows;
}

QList<PlanProblem> BulkPlan::noOps(const QList<PlanRow>& rows, const Directory& d)
{
    QList<PlanProblem> warnings;
    for (const PlanRow& row : rows) {
        bool changes = true;
        if (auto e = std::get_if<edit::TeamMember>(&row.edit)) {
            const Team* team = d.team(e->teamId);
            const bool member = e->userId ? team->users.contains(e->userId) : team->roles.contains(e->roleId);
            changes = member != e->add;
        } else if (auto e = std::get_if<edit::RoleMember>(&row.edit)) {
            changes = d.user(e->userId)->roles.contains(e->roleId) != e->add;
        } else if (auto e = std::get_if<edit::GlobalGrant>(&row.edit)) {
            changes = d.global(e->key).roles.contains(e->roleId) != e->grant;
        }
        if (!changes)
            warnings.append({row.line, tr("%1: changes nothing").arg(row.text)});
    }
    return warnings;
}

QList<PlanRow> BulkPlan::combine(const QList<Id>& users, const QList<Id>& roles, const BulkTargets& targets, bool add,
                                 const Directory& d)
{
    QList<PlanRow> rows;
    const QString action = add ? QStringLiteral("add") : QStringLiteral("remove");
    auto append = [&](Edit edit, const QString& member, const QString& target) {
        rows.append(PlanRow{int(rows.size()) + 1, std::move(edit), QStringLiteral("%1 %2 %3").arg(action, member, target)});
    };
    for (Id teamId : targets.teams) {
        const Team* team = d.team(teamId);
        const QString target = QStringLiteral("team:%1:%2").arg(d.path(team->folderId), team->name);
        for (Id userId : users)
            append(edit::TeamMember{teamId, userId, 0, add}, d.user(userId)->username, target);
        for (Id roleId : roles)
            append(edit::TeamMember{teamId, 0, roleId, add}, QStringLiteral("role:") + d.role(roleId)->name, target);
    }
    for (Id roleId : targets.roles) {
        const QString target = QStringLiteral("role:") + d.role(roleId)->name;
        for (Id userId : users)
            append(edit::RoleMember{roleId, userId, add}, d.user(userId)->username, target);
    }
    for (const QString& key : targets.globals) {
        for (Id roleId : roles)
            append(edit::GlobalGrant{key, roleId, add}, QStringLiteral("role:") + d.role(roleId)->name, QStringLiteral("global:") + key);
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
