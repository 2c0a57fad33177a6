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
    QString text = QStringLiteral("user,folder,security_root,permission,title,state,through\n");
    auto line = [&text](const QStringList& fields) {
        QStringList guarded;
        for (const QString& field : fields)
            guarded.append(csvField(field));
        text += guarded.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    if (first && !m_compared) {
        const User& user = *first;
        m_access.globalPermissions(m_user, true).forEach([&](int p) {
            const PermissionInfo& info = catalog.global(p);
            QStringList roles;
            for (Id roleId : d.global(info.key).roles) {
                if (user.roles.contains(roleId))
                    roles.append(tr("role %1").arg(d.role(roleId)->name));
            }
            line({user.username,
                  {},
                  {},
                  info.key,
                  info.title,
                  QStringLiteral("global"),
                  roles.join(QLatin1String("; "))});
        });
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
    if (!first)
        return tr("Permission review");
    if (const User* second = d.user(m_compared))
        return tr("Permissions of %1 and %2 compared").arg(first->username, second->username);
    return first->fullName.isEmpty() ? tr("Permissions of %1").arg(first->username)
                                     : tr("Permissions of %1 (%2)").arg(first->username, first->fullName);
}

// Folders that share a security root hold the same; the report lists each root once, with the
// folders it covers, so that it stays readable.
QString ReviewReport::html() const
{
    const Directory& d = m_access.directory();
    const Catalog& catalog = m_access.catalog();
    QString html
        = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>").arg(esc(title()));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    html += tr("<p>Store: %1<br>Date: %2<br>Prepared by: %3</p>")
                .arg(esc(m_source), esc(QLocale().toString(m_at, QLocale::LongFormat)), esc(m_operator));
    if (const User* user = d.user(m_user); user && user->status != UserStatus::Active && !m_compared)
        html += tr("<p><i>%1 is %2 and holds nothing until active; listed is what they would hold then.</i></p>")
                    .arg(esc(user->username), statusKey(user->status));
    if (!m_compared) {
        const QStringList global = catalog.globalKeys(m_access.globalPermissions(m_user, true));
        html += tr("<h2>Global permissions</h2>")
            + QStringLiteral("<p>%1</p>").arg(global.isEmpty() ? tr("None.") : esc(global.join(QLatin1String(", "))));
    }

    QList<Id> roots;
    QHash<Id, QStringList> covered;
    QHash<Id, QList<const Cell*>> byRoot;
    for (Id folderId : m_folders) {
        const Id rootId = d.securityRoot(folderId);
        if (!covered.contains(rootId))
            roots.append(rootId);
        covered[rootId].append(d.path(folderId));
    }
    for (const Cell& cell : m_cells) {
        const Id rootId = d.securityRoot(cell.folderId);
        // Every folder under one root holds the same: its cells are listed once.
        if (byRoot[rootId].isEmpty() || byRoot[rootId].first()->folderId == cell.folderId)
            byRoot[rootId].append(&cell);
    }
    html += tr("<h2>Folder permissions</h2>");
    int listed = 0;
    for (Id rootId : roots) {
        const QList<const Cell*> cells = byRoot.value(rootId);
        if (cells.isEmpty())
            continue;
        ++listed;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(d.path(rootId)));
        html += tr("<p><small>Applies to: %1</small></p>").arg(esc(covered[rootId].join(QLatin1String(", "))));
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Permission"), tr("Key"), m_compared ? tr("Held only by") : tr("State"), tr("Through"));
        for (const Cell* cell : cells) {
            const PermissionInfo& info = catalog.folderPermission(cell->permission);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(info.title), esc(info.key), esc(cell->state), esc(cell->through));
        }
        html += QStringLiteral("</table>");
    }
    if (listed == 0)
        html += m_compared ? tr("<p>No differences.</p>") : tr("<p>None.</p>");
    return html + QStringLiteral("</body></html>");
}

} // namespace warden
