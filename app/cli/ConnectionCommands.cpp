// wardenctl's connection commands: connections, their access entries and allowed templates, the
// availability of connection types, and a user's level on a connection.
#include "Cli.h"

#include "models/domain/Names.h"
#include "models/io/FileAccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warden {

Result<const Connection*> Cli::connection(const Store& store, const QString& title) const
{
    Id folder = 0;
    if (has(QStringLiteral("folder"))) {
        auto id = folderId(store, option(QStringLiteral("folder")));
        if (!id)
            return id.error();
        folder = id.value();
    }
    if (const Connection* c = store.directory().connectionNamed(folder, title))
        return c;
    return invalid(
        folder ? tr("there is no connection '%1' on '%2'")
                     .arg(Names::echo(title), Names::echo(option(QStringLiteral("folder"))))
               : tr("there is no global connection '%1' (name its folder with --folder)").arg(Names::echo(title)));
}

// A user (username or email), role:NAME or team:FOLDER_PATH:TEAM.
Result<AccessEntry> Cli::principal(const Store& store, const QString& text) const
{
    AccessEntry entry;
    if (text.startsWith(QLatin1String("role:"))) {
        auto r = role(store, text.mid(5));
        if (!r)
            return r.error();
        entry.kind = AccessEntry::Kind::Role;
        entry.principal = r.value()->id;
    } else if (text.startsWith(QLatin1String("team:"))) {
        const QString rest = text.mid(5);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return invalid(tr("write a team as team:FOLDER_PATH:TEAM"));
        auto t = team(store, rest.left(colon), rest.mid(colon + 1));
        if (!t)
            return t.error();
        entry.kind = AccessEntry::Kind::Team;
        entry.principal = t.value()->id;
    } else {
        auto u = user(store, text);
        if (!u)
            return u.error();
        entry.kind = AccessEntry::Kind::User;
        entry.principal = u.value()->id;
    }
    return entry;
}

Result<QJsonObject> Cli::jsonOption(const QString& name) const
{
    if (!has(name))
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(option(name).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("--%1 must be a JSON object, e.g. '{\"url\": \"https://ci.example\"}'").arg(name));
    return document.object();
}

// Secrets come from a JSON file (or standard input with -), never from the command line itself,
// where other users of the machine could read them.
Result<QHash<QString, QString>> Cli::secretsOption() const
{
    QHash<QString, QString> secrets;
    if (!has(QStringLiteral("secrets-file")))
        return secrets;
    const QString path = option(QStringLiteral("secrets-file"));
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return invalid(tr("%1: %2").arg(path, input.errorString()));
        bytes = input.readAll();
    } else {
        auto read = FileAccess::read(path, 1024 * 1024);
        if (!read)
            return read.error();
        bytes = read.value();
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return invalid(tr("%1: expected a JSON object of secret names and values").arg(path));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return invalid(tr("%1: %2: expected text").arg(path, it.key()));
        secrets.insert(it.key(), it.value().toString());
    }
    return secrets;
}

int Cli::connectionAccess()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Directory& d = query->store->directory();
    const QString title = option(QStringLiteral("connection"));
    const Connection* c = d.visibleConnectionNamed(query->folder, title);
    if (!c)
        return fail(ErrorKind::Invalid,
                    query->folder
                        ? tr("no connection '%1' is visible from '%2'").arg(Names::echo(title), d.path(query->folder))
                        : tr("there is no global connection '%1'").arg(Names::echo(title)));
    const QString level = levelKey(query->store->access().connectionLevel(query->user->id, c->id));
    if (has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("level"), level}});
    else
        m_out << level << "\n";
    return 0;
}

void Cli::defineConnectionCommands()
{
    // Every edit may be tried first: --dry-run prints its impact and writes nothing.
    const QString as = QStringLiteral("--as=USERNAME --dry-run --json --override=REASON");
    add(QStringLiteral("connection-access"), {},
        QStringLiteral("!--user=USER !--connection=TITLE --folder=PATH --json --at=TIME|#N"),
        tr("Print a user's level on a connection (deny, delete_only, use, manage): the global one, or the one "
           "seen from --folder (its own, its ancestors', then the global ones)."),
        [](Cli& c) { return c.connectionAccess(); });
    add(QStringLiteral("connection add"), QStringLiteral("TITLE"),
        QStringLiteral("!--type=TYPE --folder=PATH --properties=JSON --secrets-file=FILE ") + as,
        tr("Create a connection, global or on --folder. Properties are a JSON object; secrets a JSON file "
           "(- for standard input), stored sealed."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                Id folder = 0;
                if (c.has(QStringLiteral("folder"))) {
                    auto id = c.folderId(s, c.option(QStringLiteral("folder")));
                    if (!id)
                        return id.error();
                    folder = id.value();
                }
                auto properties = c.jsonOption(QStringLiteral("properties"));
                if (!properties)
                    return properties.error();
                auto secrets = c.secretsOption();
                if (!secrets)
                    return secrets.error();
                return Edit(edit::AddConnection{folder, c.option(QStringLiteral("type")), c.arg(0), properties.value(),
                                                secrets.value()});
            });
        });
    add(QStringLiteral("connection edit"), QStringLiteral("TITLE"),
        QStringLiteral("--folder=PATH --title=NEW_TITLE --properties=JSON --secrets-file=FILE ") + as,
        tr("Change a connection: the properties given replace those of the same name (null removes one); "
           "secrets given replace theirs (an empty value clears one)."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto existing = c.connection(s, c.arg(0));
                if (!existing)
                    return existing.error();
                auto changes = c.jsonOption(QStringLiteral("properties"));
                if (!changes)
                    return changes.error();
                auto secrets = c.secretsOption();
                if (!secrets)
                    return secrets.error();
                QJsonObject properties = existing.value()->properties;
                for (auto it = changes->begin(); it != changes->end(); ++it) {
                    if (it.value().isNull())
                        properties.remove(it.key());
                    else
                        properties.insert(it.key(), it.value());
                }
                const QString title
                    = c.has(QStringLiteral("title")) ? c.option(QStringLiteral("title")) : existing.value()->title;
                return Edit(edit::UpdateConnection{existing.value()->id, title, properties, secrets.value()});
            });
        });
    add(QStringLiteral("connection delete"), QStringLiteral("TITLE"), QStringLiteral("--folder=PATH ") + as,
        tr("Delete a connection; templates that used it no longer do."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto existing = c.connection(s, c.arg(0));
                if (!existing)
                    return existing.error();
                return Edit(edit::DeleteConnection{existing.value()->id});
            });
        });
    add(QStringLiteral("connection grant"), QStringLiteral("TITLE WHO LEVEL"), QStringLiteral("--folder=PATH ") + as,
        tr("Give a user, role:NAME or team:FOLDER_PATH:TEAM a level (deny, delete_only, use, manage) on a "
           "connection; WHO 'default' sets the level of everyone else."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto existing = c.connection(s, c.arg(0));
                if (!existing)
                    return existing.error();
                AccessLevel level;
                if (!parseLevel(c.arg(2), &level))
                    return invalid(tr("'%1' is not one of deny, delete_only, use, manage").arg(Names::echo(c.arg(2))));
                edit::SetConnectionAccess e{existing.value()->id, existing.value()->defaultLevel,
                                            existing.value()->access};
                if (c.arg(1) == QLatin1String("default")) {
                    e.defaultLevel = level;
                    return Edit(e);
                }
                auto entry = c.principal(s, c.arg(1));
                if (!entry)
                    return entry.error();
                e.access.removeIf(
                    [&](const AccessEntry& a) { return a.kind == entry->kind && a.principal == entry->principal; });
                AccessEntry added = entry.value();
                added.level = level;
                e.access.append(added);
                return Edit(e);
            });
        });
    add(QStringLiteral("connection revoke"), QStringLiteral("TITLE WHO"), QStringLiteral("--folder=PATH ") + as,
        tr("Remove the access entry of a user, role:NAME or team:FOLDER_PATH:TEAM; the default level then applies."),
        [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto existing = c.connection(s, c.arg(0));
                if (!existing)
                    return existing.error();
                auto entry = c.principal(s, c.arg(1));
                if (!entry)
                    return entry.error();
                edit::SetConnectionAccess e{existing.value()->id, existing.value()->defaultLevel,
                                            existing.value()->access};
                if (e.access.removeIf(
                        [&](const AccessEntry& a) { return a.kind == entry->kind && a.principal == entry->principal; })
                    == 0)
                    return invalid(tr("'%1' has no entry on this connection").arg(Names::echo(c.arg(1))));
                return Edit(e);
            });
        });
    add(QStringLiteral("connection allow"), QStringLiteral("TITLE FOLDER_PATH:TEMPLATE"),
        QStringLiteral("--folder=PATH ") + as,
        tr("Let a template that uses a connection use it (needs Use or Manage on the connection)."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                auto existing = c.connection(s, c.arg(0));
                if (!existing)
                    return existing.error();
                const QString name = c.arg(1);
                const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
                const Id folder = colon > 0 ? s.directory().folderByPath(name.left(colon)) : 0;
                const Template* t = folder ? s.directory().templateNamed(folder, name.mid(colon + 1)) : nullptr;
                if (!t)
                    return invalid(tr("there is no template '%1' (write FOLDER_PATH:TEMPLATE)").arg(Names::echo(name)));
                return Edit(edit::AllowTemplate{existing.value()->id, t->id});
            });
        });

    auto availability
        = [as, this](const QString& word, edit::Availability action, bool folder, const QString& summary) {
              add(QStringLiteral("connector-type ") + word,
                  folder ? QStringLiteral("TYPE FOLDER_PATH") : QStringLiteral("TYPE"), as, summary,
                  [action, folder](Cli& c) {
                      return c.applyEdit([&c, action, folder](const Store& s) -> Result<Edit> {
                          Id id = 0;
                          if (folder) {
                              auto found = c.folderId(s, c.arg(1));
                              if (!found)
                                  return found.error();
                              id = found.value();
                          }
                          return Edit(edit::SetTypeAvailability{c.arg(0), action, id});
                      });
                  });
          };
    availability(QStringLiteral("release"), edit::Availability::Release, false,
                 tr("Make a connection type available everywhere; its folder grants are cleared for good."));
    availability(QStringLiteral("unrelease"), edit::Availability::Unrelease, false,
                 tr("Make a released type restricted, with no folder granted; existing connections keep working."));
    availability(QStringLiteral("grant"), edit::Availability::Grant, true,
                 tr("Make a restricted type available on a folder and its subfolders."));
    availability(QStringLiteral("revoke"), edit::Availability::Revoke, true,
                 tr("Take a folder's grant of a restricted type away."));
}

} // namespace warden
