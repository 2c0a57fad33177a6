#include "ReviewText.h"

#include "models/items/UserTableModel.h"

namespace warden {

namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString arrow() { return QStringLiteral(" &rarr; "); }

// How many holders the who-has list spells out; the rest are counted.
constexpr int listedHolders = 200;

} // namespace

QUrl ReviewText::link(const QString& kind, const QString& target)
{
    QUrl url;
    url.setScheme(QStringLiteral("warden"));
    url.setHost(kind);
    url.setPath(QLatin1Char('/') + target);
    return url;
}

QString ReviewText::anchor(const QString& kind, Id id, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(link(kind, QString::number(id)).toString(), esc(text));
}

// A permission of a team: leads to that cell of the team's matrix.
QString ReviewText::cellAnchor(Id teamId, int permission, const QString& title)
{
    return QStringLiteral("<a href=\"%1\"><b>%2</b></a>")
        .arg(link(QStringLiteral("cell"), QStringLiteral("%1/%2").arg(teamId).arg(permission)).toString(), esc(title));
}

QString ReviewText::userLine(const AccessQuery& store, Id userId)
{
    const User* user = store.directory().user(userId);
    QString line = QStringLiteral("<b>%1</b>").arg(esc(user->username));
    if (!user->fullName.isEmpty())
        line += QStringLiteral(" (%1)").arg(esc(user->fullName));
    return line;
}

// user → role → team on folder → held permission → implied permission
QString ReviewText::reasonSteps(const AccessQuery& store, const User& user, const Reason& reason, int permission)
{
    const Directory& d = store.directory();
    const Catalog& catalog = store.catalog();
    QStringList steps{anchor(QStringLiteral("account"), user.id, user.username)};
    if (reason.kind == Reason::Kind::Admin) {
        steps << tr("role %1").arg(anchor(QStringLiteral("role"), reason.roleId, d.role(reason.roleId)->name))
              << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(link(QStringLiteral("global"), catalog.global(catalog.known().admin).key).toString(),
                          tr("Admin"))
              << tr("every folder permission");
        return steps.join(arrow());
    }
    if (reason.roleId)
        steps << tr("role %1").arg(anchor(QStringLiteral("role"), reason.roleId, d.role(reason.roleId)->name));
    steps << tr("team %1").arg(anchor(QStringLiteral("team"), reason.teamId, d.team(reason.teamId)->name))
          << tr("on %1").arg(anchor(QStringLiteral("folder"), reason.folderId, d.path(reason.folderId)))
          << cellAnchor(reason.teamId, reason.held, catalog.folderPermission(reason.held).title);
    if (reason.held != permission)
        steps
            << tr("implies %1").arg(cellAnchor(reason.teamId, permission, catalog.folderPermission(permission).title));
    return steps.join(arrow());
}

QString ReviewText::explanation(const AccessQuery& store, Id userId, Id folderId, int permission)
{
    const Directory& d = store.directory();
    const User* user = d.user(userId);
    if (!user || !d.folder(folderId) || permission < 0)
        return tr("<p>Select a cell to see why the user holds that permission there, or why not.</p>");
    const PermissionInfo& info = store.catalog().folderPermission(permission);
    const Explanation explanation = store.explain(userId, folderId, permission);
    const Id rootId = d.securityRoot(folderId);
    bool wouldHold = false;
    for (const Reason& r : explanation.reasons)
        wouldHold = wouldHold || (r.kind != Reason::Kind::Status && r.member);

    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(info.title));
    html += QStringLiteral("<p><small>%1 · %2</small></p>").arg(esc(info.key), esc(info.description));
    const QString where = anchor(QStringLiteral("folder"), folderId, d.path(folderId));
    if (explanation.granted)
        html += tr("<p>%1 <b>holds</b> it on %2.</p>").arg(userLine(store, userId), where);
    else if (wouldHold)
        html += tr("<p>%1 would hold it on %2 once active.</p>").arg(userLine(store, userId), where);
    else
        html += tr("<p>%1 does <b>not</b> hold it on %2.</p>").arg(userLine(store, userId), where);
    if (user->status != UserStatus::Active)
        html += tr("<p><i>%1 is %2: they hold nothing until they are active. Shown is what they would hold "
                   "then.</i></p>")
                    .arg(esc(user->username), UserTableModel::statusText(user->status).toLower());
    if (rootId != folderId)
        html += tr("<p>%1 inherits its teams from %2.</p>")
                    .arg(esc(d.path(folderId)), anchor(QStringLiteral("folder"), rootId, d.path(rootId)));

    QStringList through;
    QStringList wouldGrant;
    for (const Reason& r : explanation.reasons) {
        if (r.kind == Reason::Kind::Status)
            continue;
        if (r.member)
            through.append(QStringLiteral("<li>%1</li>").arg(reasonSteps(store, *user, r, permission)));
        else
            wouldGrant.append(QStringLiteral("<li>%1</li>")
                                  .arg(tr("team %1 (holds %2)")
                                           .arg(anchor(QStringLiteral("team"), r.teamId, d.team(r.teamId)->name),
                                                esc(store.catalog().folderPermission(r.held).title))));
    }
    if (!through.isEmpty())
        html += tr("<p>Through:</p>") + QStringLiteral("<ol>%1</ol>").arg(through.join(QString()));
    if (!wouldGrant.isEmpty()) {
        const QString root = anchor(QStringLiteral("folder"), rootId, d.path(rootId));
        html += (through.isEmpty() ? tr("<p>Teams on %1 that grant it:</p>").arg(root)
                                   : tr("<p>Other teams on %1 that grant it:</p>").arg(root))
            + QStringLiteral("<ul>%1</ul>").arg(wouldGrant.join(QString()));
        if (through.isEmpty())
            html += tr("<p>%1 is in none of them.</p>").arg(esc(user->username));
    } else if (through.isEmpty()) {
        html += tr("<p>No team on %1 holds it or a permission that implies it.</p>")
                    .arg(anchor(QStringLiteral("folder"), rootId, d.path(rootId)));
    }
    return html;
}

QString ReviewText::comparison(const AccessQuery& store, Id firstId, Id secondId, Id folderId, int permission)
{
    return tr("<p><b>A</b></p>") + explanation(store, firstId, folderId, permission) + QStringLiteral("<hr>")
        + tr("<p><b>B</b></p>") + explanation(store, secondId, folderId, permission);
}

QString ReviewText::whoHas(const AccessQuery& store, Id folderId, int permission)
{
    const Directory& d = store.directory();
    if (!d.folder(folderId) || permission < 0)
        return tr("<p>Select a cell to see who holds that permission on that folder.</p>");
    const AccessQuery access = store;
    const QList<Id> holders = access.whoHas(folderId, permission);
    QString html = tr("<h3>Who holds %1</h3><p>on %2: %n active user(s).</p>", nullptr, int(holders.size()))
                       .arg(esc(store.catalog().folderPermission(permission).title),
                            anchor(QStringLiteral("folder"), folderId, d.path(folderId)));
    QStringList items;
    for (Id userId : holders.mid(0, listedHolders)) {
        const User& user = *d.user(userId);
        QStringList how;
        for (const Reason& r : access.explain(userId, folderId, permission).reasons) {
            if (r.member)
                how.append(reasonSteps(store, user, r, permission));
        }
        items.append(QStringLiteral("<li>%1<br><small>%2</small></li>")
                         .arg(anchor(QStringLiteral("user"), userId, user.username), how.join(QLatin1String("<br>"))));
    }
    html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    if (holders.size() > listedHolders)
        html += tr("<p>… and %n more.</p>", nullptr, int(holders.size() - listedHolders));
    return html;
}

QString ReviewText::globalPermissions(const AccessQuery& store, Id userId)
{
    const Directory& d = store.directory();
    const Catalog& catalog = store.catalog();
    const User* user = d.user(userId);
    if (!user)
        return {};
    const PermissionSet held = store.globalPermissions(userId, true);
    QString html = tr("<h3>Global permissions of %1</h3>").arg(esc(user->username));
    if (held.test(catalog.known().admin))
        html += tr("<p>Admin: every global permission, and every folder permission everywhere.</p>");
    QMap<QString, QStringList> byCategory;
    QStringList categories;
    held.forEach([&](int index) {
        const PermissionInfo& info = catalog.global(index);
        QStringList via;
        const IdSet roles = d.global(info.key).roles;
        for (Id roleId : user->roles) {
            if (roles.contains(roleId))
                via.append(anchor(QStringLiteral("role"), roleId, d.role(roleId)->name));
        }
        via.sort(Qt::CaseInsensitive);
        QString how = via.isEmpty()
            ? (index == catalog.known().login && roles.isEmpty() ? tr("every active user") : tr("as Admin"))
            : tr("through %1").arg(via.join(QLatin1String(", ")));
        if (!categories.contains(info.group))
            categories.append(info.group);
        byCategory[info.group].append(
            QStringLiteral("<li><a href=\"%1\">%2</a> <small>%3</small></li>")
                .arg(link(QStringLiteral("global"), info.key).toString(), esc(info.title), how));
    });
    for (const QString& category : categories)
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(category), byCategory[category].join(QString()));
    if (held.isEmpty())
        html += tr("<p>None.</p>");
    return html + connectionLevels(store, userId);
}

QString ReviewText::connectionLevels(const AccessQuery& store, Id userId)
{
    const Directory& d = store.directory();
    const AccessQuery access = store;
    QList<const Connection*> connections;
    for (const Connection& c : d.connections())
        connections.append(&c);
    if (connections.isEmpty())
        return {};
    std::sort(connections.begin(), connections.end(), [&d](const Connection* a, const Connection* b) {
        const QString pa = a->folderId ? d.path(a->folderId) : QString();
        const QString pb = b->folderId ? d.path(b->folderId) : QString();
        return pa != pb ? pa < pb : a->title.compare(b->title, Qt::CaseInsensitive) < 0;
    });
    QStringList items;
    for (const Connection* c : std::as_const(connections)) {
        const QString where
            = c->folderId ? anchor(QStringLiteral("folder"), c->folderId, d.path(c->folderId)) : tr("global");
        items.append(QStringLiteral("<li>%1 <small>(%2)</small>: <b>%3</b></li>")
                         .arg(esc(c->title), where, levelKey(access.connectionLevel(userId, c->id, true))));
    }
    return tr("<h4>Connections</h4><p><small>deny &lt; delete_only &lt; use &lt; manage</small></p>")
        + QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

} // namespace warden
