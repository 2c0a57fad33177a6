#include "ReviewReport.h"

namespace warden {

namespace {

QString csvField(const QString& text)
{
    // A leading = + - @, tab or carriage return would be read as a formula by spreadsheets.
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

QString esc(const QString& text) { return text.toHtmlEscaped(); }

} // namespace

ReviewReport::ReviewReport(const AccessQuery& access, Id userId, Id comparedId, const QList<Id>& folders,
                           const PermissionSet& permissions)
    : m_access(access)
    , m_user(userId)
    , m_compared(comparedId)
    , m_folders(folders)
    , m_permissionCount(permissions.count())
{
    const Directory& d = access.directory();
    const Catalog& catalog = access.catalog();
    const User* first = d.user(userId);
    const User* second = d.user(comparedId);
    if (!first)
        return;
    const QHash<Id, PermissionSet> granted = access.grantedByRoot(userId, true);
    const bool admin = access.globalPermissions(userId, true).test(catalog.known().admin);
    for (Id folderId : folders) {
        const Id rootId = d.securityRoot(folderId);
        const PermissionSet a = access.folderPermissions(userId, folderId, true) & permissions;
        if (second) {
            const PermissionSet b = access.folderPermissions(comparedId, folderId, true) & permissions;
            (a - b).forEach([&](int p) {
                m_cells.append({folderId, p, first->username, through(userId, folderId, p)});
            });
            (b - a).forEach([&](int p) {
                m_cells.append({folderId, p, second->username, through(comparedId, folderId, p)});
            });
            continue;
        }
        a.forEach([&](int p) {
            const bool direct = admin || granted.value(rootId).test(p);
            m_cells.append({folderId, p, direct ? QStringLiteral("granted") : QStringLiteral("implied"),
                            through(userId, folderId, p)});
        });
    }
}

QString ReviewReport::through(Id userId, Id folderId, int permission) const
{
    const Directory& d = m_access.directory();
    QStringList steps;
    for (const Reason& r : m_access.explain(userId, folderId, permission).reasons) {
        if (!r.member)
            continue;
        if (r.kind == Reason::Kind::Admin) {
            steps.append(tr("Admin through role %1").arg(d.role(r.roleId)->name));
            continue;
        }
        QString step = tr("team %1 on %2").arg(d.team(r.teamId)->name, d.path(r.folderId));
        if (r.roleId)
            step += tr(" through role %1").arg(d.role(r.roleId)->name);
        if (r.held != permission)
            step += tr(" (%1 implies it)").arg(m_access.catalog().folderPermission(r.held).key);
        steps.append(step);
    }
    return steps.join(QLatin1String("; "));
}

// One line per permission held, each naming its user, so that the reports of several users can be
// put one after another: global permissions first (no folder), then the folders'. Compared, the
// user is the one of the two who alone holds it.
QByteArray ReviewReport::csv() const
{
    const Directory& d = m_access.directory();
    const Catalog& catalog = m_access.catalog();
    const User* first = d.user(m_user);
    QString text = QStringLiteral("user,folder,security_root,permission,title,state,through");
    text += m_moment.isEmpty() ? QStringLiteral("\n") : QStringLiteral(",as_of\n");
    auto line = [this, &text](QStringList fields) {
        if (!m_moment.isEmpty())
            fields.append(m_moment);
        QStringList guarded;
        for (const QString& field : std::as_const(fields))
            guarded.append(csvField(field));
        text += guarded.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    for (const GlobalRow& row : globalRows()) {
        const PermissionInfo& info = catalog.global(row.permission);
        line({first->username, {}, {}, info.key, info.title, QStringLiteral("global"), row.through});
    }
    for (const Cell& cell : m_cells) {
        const PermissionInfo& info = catalog.folderPermission(cell.permission);
        line({m_compared ? cell.state : first->username, d.path(cell.folderId), d.path(d.securityRoot(cell.folderId)),
              info.key, info.title, m_compared ? QStringLiteral("only") : cell.state, cell.through});
    }
    return text.toUtf8();
}

QString ReviewReport::title() const
{
    const Directory& d = m_access.directory();
    const User* first = d.user(m_user);
    QString title;
    if (!first)
        title = tr("Permission review");
    else if (const User* second = d.user(m_compared))
        title = tr("Permissions of %1 and %2 compared").arg(first->username, second->username);
    else
        title = first->fullName.isEmpty() ? tr("Permissions of %1").arg(first->username)
                                          : tr("Permissions of %1 (%2)").arg(first->username, first->fullName);
    return m_moment.isEmpty() ? title : tr("%1, as of %2").arg(title, m_moment);
}

QList<ReviewReport::GlobalRow> ReviewReport::globalRows() const
{
    const Directory& d = m_access.directory();
    const User* user = d.user(m_user);
    QList<GlobalRow> rows;
    if (!user || m_compared)
        return rows;
    m_access.globalPermissions(m_user, true).forEach([&](int p) {
        // By name: two exports of the same directory read the same.
        QStringList names;
        for (Id roleId : d.global(m_access.catalog().global(p).key).roles) {
            if (user->roles.contains(roleId))
                names.append(d.role(roleId)->name);
        }
        names.sort(Qt::CaseInsensitive);
        QStringList roles;
        for (const QString& name : std::as_const(names))
            roles.append(tr("role %1").arg(name));
        // What gives it when no role of theirs names it: Admin, or Login left open to everyone.
        const bool openLogin
            = p == m_access.catalog().known().login && d.global(m_access.catalog().loginKey()).roles.isEmpty();
        if (roles.isEmpty())
            roles.append(openLogin ? tr("open to every active user: no role is assigned Login")
                                   : tr("implied by Admin"));
        rows.append({p, roles.join(QLatin1String("; "))});
    });
    return rows;
}

QList<ReviewReport::Group> ReviewReport::groups() const
{
    const Directory& d = m_access.directory();
    QList<Group> groups;
    QHash<Id, qsizetype> index;
    for (Id folderId : m_folders) {
        const Id rootId = d.securityRoot(folderId);
        if (!index.contains(rootId)) {
            index.insert(rootId, groups.size());
            groups.append({rootId, {}, {}});
        }
        groups[index.value(rootId)].folders.append(folderId);
    }
    for (const Cell& cell : m_cells) {
        Group& group = groups[index.value(d.securityRoot(cell.folderId))];
        // Every folder under one root holds the same: the cells of its first folder stand for all.
        if (cell.folderId == group.folders.first())
            group.cells.append(&cell);
    }
    groups.removeIf([](const Group& group) { return group.cells.isEmpty(); });
    return groups;
}

QString ReviewReport::coverage(const Group& group) const
{
    const Directory& d = m_access.directory();
    const QString root = d.path(group.rootId);
    const int others = int(group.folders.size()) - (group.folders.contains(group.rootId) ? 1 : 0);
    if (!group.folders.contains(group.rootId))
        return tr("%n folder(s) inheriting from %1", nullptr, others).arg(root);
    if (others == 0)
        return root;
    return tr("%1 and %n inheriting subfolder(s)", nullptr, others).arg(root);
}

QString ReviewReport::coveredFolders(const Group& group) const
{
    constexpr int Named = 12;
    const Directory& d = m_access.directory();
    QStringList names;
    for (Id folderId : group.folders.mid(0, Named))
        names.append(d.path(folderId));
    QString text = names.join(QLatin1String(", "));
    if (group.folders.size() > Named)
        text += tr(" and %n more", nullptr, int(group.folders.size()) - Named);
    return text;
}

QList<std::pair<QString, QString>> ReviewReport::facts() const
{
    const Directory& d = m_access.directory();
    QList<std::pair<QString, QString>> facts;
    auto person = [](const User& u) {
        return u.fullName.isEmpty() ? u.username : QStringLiteral("%1 (%2)").arg(u.username, u.fullName);
    };
    if (const User* user = d.user(m_user)) {
        facts.append({tr("User"), person(*user)});
        facts.append({tr("Status"), statusKey(user->status)});
    }
    if (const User* other = d.user(m_compared))
        facts.append({tr("Compared with"), person(*other)});
    facts.append({tr("Store"), m_source});
    if (!m_moment.isEmpty())
        facts.append({tr("As of"), m_moment});
    facts.append({tr("Date"), QLocale().toString(m_at, QLocale::LongFormat)});
    facts.append({tr("Prepared by"), m_operator});
    facts.append({tr("Folders included"), tr("%1 of %2").arg(m_folders.size()).arg(d.folders().size())});
    facts.append(
        {tr("Permissions included"), tr("%1 of %2").arg(m_permissionCount).arg(m_access.catalog().folderCount())});
    return facts;
}

QString ReviewReport::adminNote() const
{
    const Catalog& catalog = m_access.catalog();
    const User* user = m_access.directory().user(m_user);
    if (!user || m_compared)
        return {};
    for (const GlobalRow& row : globalRows()) {
        if (row.permission == catalog.known().admin)
            return tr("%1 holds Admin (%2): every folder permission on every folder.").arg(user->username, row.through);
    }
    return {};
}

QString ReviewReport::note() const
{
    const User* user = m_access.directory().user(m_user);
    if (!user || user->status == UserStatus::Active || m_compared)
        return {};
    return tr("%1 is %2 and holds nothing until active; listed is what they would hold then.")
        .arg(user->username, statusKey(user->status));
}

QStringList ReviewReport::totals() const
{
    const QList<Group> all = groups();
    int cells = 0;
    int folders = 0;
    for (const Group& group : all) {
        cells += int(group.cells.size());
        folders += int(group.folders.size());
    }
    const QString where
        = tr("on %1 under %2", "folders, security roots")
              .arg(tr("%n folder(s)", nullptr, folders), tr("%n security root(s)", nullptr, int(all.size())));
    if (m_compared)
        return {tr("%1 %2.", "what, where").arg(tr("%n difference(s)", nullptr, cells), where)};
    return {tr("%n global permission(s).", nullptr, int(globalRows().size())),
            tr("%1 %2.", "what, where").arg(tr("%n folder permission(s)", nullptr, cells), where)};
}

// The same groups and totals as the PDF, as one page of HTML.
QString ReviewReport::html() const
{
    const Catalog& catalog = m_access.catalog();
    QString html
        = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>").arg(esc(title()));
    html += QStringLiteral("<h1>%1</h1><table>").arg(esc(title()));
    for (const auto& [label, value] : facts())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(totals().join(QLatin1Char(' '))));
    if (!note().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(note()));
    if (!m_compared) {
        html += tr("<h2>Global permissions</h2>");
        const QList<GlobalRow> rows = globalRows();
        if (rows.isEmpty())
            html += tr("<p>None.</p>");
        else
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                   "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(tr("Permission"), tr("Key"), tr("Through"));
        for (const GlobalRow& row : rows) {
            const PermissionInfo& info = catalog.global(row.permission);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(info.title), esc(info.key), esc(row.through));
        }
        if (!rows.isEmpty())
            html += QStringLiteral("</table>");
    }
    html += tr("<h2>Folder permissions</h2>");
    if (!adminNote().isEmpty())
        return html + QStringLiteral("<p>%1</p></body></html>").arg(esc(adminNote()));
    const QList<Group> all = groups();
    for (const Group& group : all) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(coverage(group)));
        html += tr("<p><small>Applies to: %1</small></p>").arg(esc(coveredFolders(group)));
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Permission"), tr("Key"), m_compared ? tr("Held only by") : tr("State"), tr("Through"));
        for (const Cell* cell : group.cells) {
            const PermissionInfo& info = catalog.folderPermission(cell->permission);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(info.title), esc(info.key), esc(cell->state), esc(cell->through));
        }
        html += QStringLiteral("</table>");
    }
    if (all.isEmpty())
        html += m_compared ? tr("<p>No differences.</p>") : tr("<p>None.</p>");
    return html + QStringLiteral("</body></html>");
}

} // namespace warden
