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

namespace {

const QStringList valueOptions{QStringLiteral("store"), QStringLiteral("as"), QStringLiteral("user"),
                               QStringLiteral("folder"), QStringLiteral("permission"), QStringLiteral("format"),
                               QStringLiteral("since"), QStringLiteral("email"), QStringLiteral("name"),
                               QStringLiteral("role"), QStringLiteral("file"), QStringLiteral("admin"),
                               QStringLiteral("connection"), QStringLiteral("type"), QStringLiteral("properties"),
                               QStringLiteral("secrets-file"), QStringLiteral("title")};

// "--name", "--name=VALUE" or "!--name=VALUE" (required) gives "name".
QString optionName(const QString& spec)
{
    QString name = spec.mid(spec.startsWith(QLatin1Char('!')) ? 3 : 2);
    return name.left(name.indexOf(QLatin1Char('=')));
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, const Catalog& catalog) : m_out(out), m_err(err), m_catalog(catalog)
{
    defineCommands();
}

int Cli::exitCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
    case ErrorKind::Failed:
        return 1;
    case ErrorKind::Refused:
        return 2;
    case ErrorKind::Conflict:
        return 3;
    case ErrorKind::Invalid:
        return 4;
    }
    return 1;
}

int Cli::fail(const Error& error)
{
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    message = Names::escapeControls(message); // whatever a message quotes, the terminal gets no control codes
    m_err << "wardenctl: error: " << message << Qt::endl;
    return exitCode(error.kind);
}

void Cli::add(const QString& words,
              const QString& arguments,
              const QString& options,
              const QString& summary,
              std::function<int(Cli&)> handler)
{
    m_commands.append(Command{words.split(QLatin1Char(' ')), arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts),
                              options.split(QLatin1Char(' '), Qt::SkipEmptyParts), summary, std::move(handler)});
}

QString Cli::usageOf(const Command& command) const
{
    QStringList parts{QStringLiteral("wardenctl")};
    parts += command.words;
    parts += command.arguments;
    for (QString o : command.options) {
        o.replace(QLatin1Char('='), QLatin1Char(' '));
        parts.append(o.startsWith(QLatin1Char('!')) ? o.mid(1) : QStringLiteral("[%1]").arg(o));
    }
    return parts.join(QLatin1Char(' '));
}

int Cli::printHelp(const QStringList& words)
{
    QList<const Command*> matching;
    for (const Command& command : m_commands) {
        if (command.words.mid(0, words.size()) == words)
            matching.append(&command);
    }
    if (matching.isEmpty())
        return fail(ErrorKind::Usage, tr("unknown command '%1'; see wardenctl --help").arg(Names::echo(words.join(QLatin1Char(' ')))));
    if (matching.size() == 1) {
        m_out << tr("Usage: %1").arg(usageOf(*matching.first())) << "\n\n" << matching.first()->summary << "\n";
    } else {
        m_out << tr("Usage: wardenctl [--store PATH|postgresql://USER@HOST:PORT/DB] COMMAND ...") << "\n\n"
              << tr("Commands:") << "\n";
        for (const Command* command : matching)
            m_out << "  " << usageOf(*command).mid(10) << "\n      " << command->summary << "\n";
    }
    m_out << "\n"
          << tr("The store is --store, else $WARDEN_STORE, else %1.").arg(Store::defaultLocation()) << "\n"
          << tr("Exit codes: 0 ok, 1 usage, 2 refused, 3 conflict, 4 invalid input.") << "\n";
    return 0;
}

int Cli::run(const QStringList& arguments)
{
    m_options.clear();
    m_arguments.clear();
    bool help = false;
    QStringList positional;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            help = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (valueOptions.contains(name)) {
                if (i + 1 >= arguments.size())
                    return fail(ErrorKind::Usage, tr("--%1 needs a value").arg(Names::echo(name)));
                value = arguments[++i];
            }
            m_options.insert(name, value);
        } else {
            positional.append(a);
        }
    }

    m_command = nullptr;
    for (const Command& command : m_commands) {
        if (positional.mid(0, command.words.size()) == command.words
            && (!m_command || command.words.size() > m_command->words.size()))
            m_command = &command;
    }
    if (help)
        return printHelp(m_command ? m_command->words : positional.mid(0, 2));
    if (!m_command) {
        if (positional.isEmpty()) {
            printHelp({});
            return fail(ErrorKind::Usage, tr("no command given; see the commands above"));
        }
        return fail(ErrorKind::Usage, tr("unknown command '%1'; see wardenctl --help").arg(Names::echo(positional.join(QLatin1Char(' ')))));
    }
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        const QString name = it.key();
        bool accepted = name == QLatin1String("store");
        for (const QString& o : m_command->options)
            accepted = accepted || optionName(o) == name;
        if (!accepted)
            return fail(ErrorKind::Usage, tr("'%1' does not take --%2; usage: %3").arg(m_command->words.join(QLatin1Char(' ')), Names::echo(name), usageOf(*m_command)));
    }
    for (const QString& o : m_command->options) {
        if (o.startsWith(QLatin1Char('!')) && m_options.value(optionName(o)).isEmpty())
            return fail(ErrorKind::Usage, tr("--%1 is required; usage: %2").arg(optionName(o), usageOf(*m_command)));
    }
    m_arguments = positional.mid(m_command->words.size());
    const bool variadic = !m_command->arguments.isEmpty() && m_command->arguments.last().endsWith(QLatin1String("..."));
    const int required = int(m_command->arguments.size());
    if ((!variadic && m_arguments.size() != required) || (variadic && m_arguments.size() < required))
        return fail(ErrorKind::Usage, tr("usage: %1").arg(usageOf(*m_command)));
    return finishOutput(m_command->handler(*this));
}

// Output that did not reach its file (a full disk, /dev/full, a closed pipe) is an error: a script
// must never take a cut-off export or listing for the whole.
int Cli::finishOutput(int code)
{
    m_out.flush();
    if (m_out.status() == QTextStream::Ok)
        return code;
    const QIODevice* device = m_out.device();
    const QString why = device && !device->errorString().isEmpty() ? device->errorString() : tr("the output could not be written");
    return fail(ErrorKind::Failed, tr("writing the output failed: %1").arg(why));
}

// --- Lookups ---------------------------------------------------------------------------------

QString Cli::storeLocation() const
{
    return has(QStringLiteral("store")) ? option(QStringLiteral("store")) : Store::defaultLocation();
}

Result<std::unique_ptr<Store>> Cli::openStore(Store::OpenMode mode) const { return Store::open(storeLocation(), mode, m_catalog); }

Result<Id> Cli::operatorId(const Store& store) const
{
    if (!has(QStringLiteral("as")) || option(QStringLiteral("as")).isEmpty()) {
        // On a shared store the database knows who is connected.
        const Login who = store.login();
        if (!who.owner && store.directory().user(who.userId))
            return who.userId;
        return usage(tr("name the operator with --as USERNAME"));
    }
    const User* user = store.user(option(QStringLiteral("as")));
    if (!user)
        return refused(tr("there is no user '%1' to act as").arg(Names::echo(option(QStringLiteral("as")))));
    return user->id;
}

Result<Id> Cli::folderId(const Store& store, const QString& path) const
{
    const Id id = store.directory().folderByPath(path);
    if (id == 0)
        return invalid(tr("there is no folder '%1'").arg(Names::echo(path)));
    return id;
}

Result<Id> Cli::parentId(const Store& store, const QString& path) const
{
    if (path == QLatin1String("/") || path.isEmpty())
        return Id(0);
    return folderId(store, path);
}

Result<const Team*> Cli::team(const Store& store, const QString& folderPath, const QString& name) const
{
    auto folder = folderId(store, folderPath);
    if (!folder)
        return folder.error();
    const Directory& d = store.directory();
    if (const Team* team = d.teamNamed(folder.value(), name))
        return team;
    const Id root = d.securityRoot(folder.value());
    if (root != folder.value())
        return invalid(tr("'%1' inherits its teams from '%2'; name the team on '%2'").arg(folderPath, d.path(root)));
    return invalid(tr("there is no team '%1' on '%2'").arg(Names::echo(name), Names::echo(folderPath)));
}

Result<const User*> Cli::user(const Store& store, const QString& name) const
{
    if (const User* user = store.user(name))
        return user;
    return invalid(tr("there is no user '%1'").arg(Names::echo(name)));
}

Result<const Role*> Cli::role(const Store& store, const QString& name) const
{
    if (const Role* role = store.directory().roleNamed(name))
        return role;
    return invalid(tr("there is no role '%1'").arg(Names::echo(name)));
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int Cli::applyEdit(const std::function<Result<Edit>(const Store&)>& build)
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    auto op = operatorId(*store.value());
    if (!op)
        return fail(op.error());
    auto edit = build(*store.value());
    if (!edit)
        return fail(edit.error());
    auto applied = store.value()->apply(edit.value(), op.value());
    if (!applied)
        return fail(applied.error());
    m_out << applied->summary << "\n";
    return 0;
}

// --- Commands --------------------------------------------------------------------------------

void Cli::defineCommands()
{
    add(QStringLiteral("init"), {}, QStringLiteral("--demo --admin=NAME"),
        tr("Create a store with the catalogs, the role presets and one administrator (default 'admin'), "
           "or with the demo directory."),
        [](Cli& c) { return c.init(); });
    add(QStringLiteral("import"), QStringLiteral("FILE"), QStringLiteral("--replace --as=ADMIN"),
        tr("Load a directory file (.json, .yaml, .yml) into an empty store, or replace a store's content."),
        [](Cli& c) { return c.import(); });
    add(QStringLiteral("export"), {}, QStringLiteral("--format=json|yaml"),
        tr("Write the directory file to standard output."), [](Cli& c) { return c.exportDirectory(); });
    add(QStringLiteral("effective"), {}, QStringLiteral("!--user=USER --folder=PATH --json"),
        tr("Print a user's global permissions and their permissions on every folder (or one)."),
        [](Cli& c) { return c.effective(); });
    add(QStringLiteral("explain"), {}, QStringLiteral("!--user=USER !--folder=PATH !--permission=KEY --json"),
        tr("Explain why a user holds a folder permission, or why not."), [](Cli& c) { return c.explain(); });
    add(QStringLiteral("who-has"), {}, QStringLiteral("!--folder=PATH !--permission=KEY --json"),
        tr("List the active users who hold a permission on a folder."), [](Cli& c) { return c.whoHas(); });
    add(QStringLiteral("login link"), QStringLiteral("LOGIN USER"), QStringLiteral("--as=ADMIN"),
        tr("Link a PostgreSQL login to a Warden user: whoever connects with it acts as that user (Admin)."),
        [](Cli& c) { return c.linkLogin(true); });
    add(QStringLiteral("login unlink"), QStringLiteral("LOGIN"), QStringLiteral("--as=ADMIN"),
        tr("Unlink a PostgreSQL login: it may no longer change anything (Admin)."),
        [](Cli& c) { return c.linkLogin(false); });
    add(QStringLiteral("login list"), {}, QStringLiteral("--json"),
        tr("List the PostgreSQL logins and the Warden users they are linked to, and who is connected now."),
        [](Cli& c) { return c.listLogins(); });
    add(QStringLiteral("log"), {}, QStringLiteral("--since=TIME --json"),
        tr("Print the audit log, oldest first; TIME is an ISO 8601 date or date and time (UTC)."),
        [](Cli& c) { return c.log(); });

    add(QStringLiteral("bulk"), {}, QStringLiteral("!--file=PLAN.csv --as=USERNAME --dry-run --json --summary"),
        tr("Apply a plan of memberships (CSV header action,member,target) in one transaction, or with --dry-run "
           "print what it would change and write nothing; --summary prints the totals and the first folders of "
           "each user."),
        [](Cli& c) { return c.bulk(); });

    defineConnectionCommands();
    const QString as = QStringLiteral("--as=USERNAME");
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
                        return Edit(edit::TeamMember{team.value()->id, 0, role.value()->id, addMember ? edit::Membership::Add : edit::Membership::Remove});
                    }
                    auto user = c.user(s, member);
                    if (!user)
                        return user.error();
                    return Edit(edit::TeamMember{team.value()->id, user.value()->id, 0, addMember ? edit::Membership::Add : edit::Membership::Remove});
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
                return Edit(edit::AddUser{c.arg(0), c.option(QStringLiteral("email")), c.option(QStringLiteral("name"))});
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
                    return Edit(edit::RoleMember{role.value()->id, user.value()->id, assign ? edit::Assignment::Assign : edit::Assignment::Unassign});
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
                    return Edit(edit::GlobalGrant{c.arg(0), role.value()->id, grant ? edit::Assignment::Assign : edit::Assignment::Unassign});
                });
            });
    }
}

int Cli::init()
{
    Directory content;
    QString summary;
    if (has(QStringLiteral("demo"))) {
        auto read = DirectoryFile::demo(m_catalog);
        if (!read)
            return fail(read.error());
        content = std::move(read.value());
        summary = tr("Create the store with the demo directory");
    } else {
        const QString adminName = has(QStringLiteral("admin")) ? option(QStringLiteral("admin")) : QStringLiteral("admin");
        const QString problem = Names::checkUsername(adminName);
        if (!problem.isEmpty())
            return fail(ErrorKind::Invalid, problem);
        content = Store::initialContent(m_catalog, adminName);
        summary = tr("Create the store with administrator %1").arg(adminName);
    }
    auto store = Store::create(storeLocation(), content, m_catalog, QStringLiteral("(init)"), summary);
    if (!store)
        return fail(store.error());
    m_out << summary << "\n";
    return 0;
}

int Cli::import()
{
    auto content = DirectoryFile::readFile(arg(0), m_catalog);
    if (!content)
        return fail(content.error());

    const QString location = storeLocation();
    const QString summary = tr("Import %1: %2 folders, %3 teams, %4 users, %5 roles")
                                .arg(QFileInfo(arg(0)).fileName())
                                .arg(content->folders().size())
                                .arg(content->teams().size())
                                .arg(content->users().size())
                                .arg(content->roles().size());
    const QFileInfo file(location);
    const bool create = !Store::isPostgresLocation(location) && (!file.exists() || file.size() == 0);
    bool created = create;
    auto store = create ? Store::create(location, content.value(), m_catalog, QStringLiteral("(import)"), summary)
                        : Store::open(location, Store::OpenMode::Existing, m_catalog);
    if (!store && Store::isPostgresLocation(location) && store.error().kind == ErrorKind::Usage) {
        store = Store::create(location, content.value(), m_catalog, QStringLiteral("(import)"), summary);
        created = true;
    }
    if (!store)
        return fail(store.error());
    if (created) {
        m_out << summary << "\n";
        return 0;
    }

    QString operatorName = QStringLiteral("(import)");
    if (!store.value()->directory().isEmpty()) {
        if (!has(QStringLiteral("replace")))
            return fail(ErrorKind::Usage,
                        tr("the store is not empty; use --replace --as ADMIN to replace its content"));
        auto op = operatorId(*store.value());
        if (!op)
            return fail(op.error());
        operatorName = store.value()->directory().user(op.value())->username;
    }
    if (Status s = store.value()->replaceContent(content.value(), operatorName, summary))
        return fail(*s);
    m_out << summary << "\n";
    return 0;
}

int Cli::exportDirectory()
{
    const QString format = has(QStringLiteral("format")) ? option(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("yaml"))
        return fail(ErrorKind::Usage, tr("--format must be json or yaml"));
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    const QJsonObject tree = DirectoryFile::write(store.value()->directory(), store.value()->catalog());
    m_out << QString::fromUtf8(DirectoryFile::serialize(
        tree, format == QLatin1String("json") ? DirectoryFile::Format::Json : DirectoryFile::Format::Yaml));
    return 0;
}

Result<Cli::Query> Cli::openQuery() const
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return store.error();
    Query query{std::move(store.value()), nullptr, 0, -1};
    const Store& s = *query.store;
    if (has(QStringLiteral("user"))) {
        auto u = user(s, option(QStringLiteral("user")));
        if (!u)
            return u.error();
        query.user = u.value();
    }
    if (has(QStringLiteral("folder"))) {
        auto folder = folderId(s, option(QStringLiteral("folder")));
        if (!folder)
            return folder.error();
        query.folder = folder.value();
    }
    if (has(QStringLiteral("permission"))) {
        query.permission = s.catalog().folderIndex(option(QStringLiteral("permission")));
        if (query.permission < 0)
            return invalid(tr("unknown folder permission '%1'").arg(Names::echo(option(QStringLiteral("permission")))));
    }
    return query;
}

int Cli::effective()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Store& s = *query->store;
    const User* u = query->user;
    const AccessIndex access = s.access();
    const Directory& d = s.directory();
    const QStringList global = s.catalog().globalKeys(access.globalPermissions(u->id));
    const bool json = has(QStringLiteral("json"));
    // Written folder by folder: an Admin's answer over every folder is large.
    JsonWriter writer(m_out);
    if (json) {
        writer.beginObject();
        writer.field(QStringLiteral("user"), u->username);
        writer.field(QStringLiteral("global"), QJsonArray::fromStringList(global));
        writer.key(QStringLiteral("folders"));
        writer.beginArray(true);
    }
    for (const FolderPermissions& f : access.effective(u->id)) {
        if (query->folder != 0 && f.folderId != query->folder)
            continue;
        const QStringList keys = s.catalog().folderKeys(f.permissions);
        if (json) {
            writer.value(QJsonObject{{QStringLiteral("path"), d.path(f.folderId)},
                                     {QStringLiteral("securityRoot"), d.path(f.rootId)},
                                     {QStringLiteral("permissions"), QJsonArray::fromStringList(keys)}});
        } else {
            m_out << d.path(f.folderId) << "  [" << tr("rules from %1").arg(d.path(f.rootId)) << "]\n    "
                  << (keys.isEmpty() ? tr("(nothing)") : keys.join(QLatin1Char(' '))) << "\n";
        }
    }
    if (json) {
        writer.endArray();
        writer.endObject();
    } else {
        m_out << tr("global: %1").arg(global.isEmpty() ? tr("(nothing)") : global.join(QLatin1Char(' '))) << "\n";
    }
    return 0;
}

int Cli::explain()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Store& s = *query->store;
    const User* user = query->user;
    const Id folder = query->folder;
    const int index = query->permission;
    const QString key = option(QStringLiteral("permission"));
    const Directory& d = s.directory();
    const Explanation explanation = s.access().explain(user->id, folder, index);
    QJsonArray reasons;
    QStringList lines;
    for (const Reason& r : explanation.reasons) {
        QJsonObject json;
        if (r.kind == Reason::Kind::Status) {
            json = {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), statusKey(r.status)}};
            lines.append(tr("%1 is %2 and holds no permission").arg(user->username, statusKey(r.status)));
        } else if (r.kind == Reason::Kind::Admin) {
            json = {{QStringLiteral("kind"), QStringLiteral("admin")},
                    {QStringLiteral("via"), QStringLiteral("role")},
                    {QStringLiteral("role"), d.role(r.roleId)->name}};
            lines.append(tr("Admin, through role %1").arg(d.role(r.roleId)->name));
        } else {
            const QString teamName = d.team(r.teamId)->name;
            const QString heldKey = s.catalog().folderPermission(r.held).key;
            json = {{QStringLiteral("kind"), QStringLiteral("team")},
                    {QStringLiteral("team"), teamName},
                    {QStringLiteral("folder"), d.path(r.folderId)},
                    {QStringLiteral("member"), r.member},
                    {QStringLiteral("permission"), heldKey},
                    {QStringLiteral("implied"), r.held != index}};
            if (r.member) {
                json.insert(QStringLiteral("via"), r.roleId ? QStringLiteral("role") : QStringLiteral("direct"));
                if (r.roleId)
                    json.insert(QStringLiteral("role"), d.role(r.roleId)->name);
            }
            const QString held = r.held == index ? key : tr("%1 (implies %2)").arg(heldKey, key);
            if (!r.member)
                lines.append(tr("team %1 on %2 holds %3, but %4 is not in it")
                                 .arg(teamName, d.path(r.folderId), held, user->username));
            else if (r.roleId)
                lines.append(tr("team %1 on %2 holds %3; member through role %4")
                                 .arg(teamName, d.path(r.folderId), held, d.role(r.roleId)->name));
            else
                lines.append(tr("team %1 on %2 holds %3; direct member").arg(teamName, d.path(r.folderId), held));
        }
        reasons.append(json);
    }
    if (has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("granted"), explanation.granted}, {QStringLiteral("reasons"), reasons}});
    } else {
        m_out << (explanation.granted ? tr("granted") : tr("not granted")) << "\n";
        for (const QString& line : lines)
            m_out << "  " << line << "\n";
        if (lines.isEmpty())
            m_out << "  " << tr("no team on %1 holds %2").arg(d.path(d.securityRoot(folder)), key) << "\n";
    }
    return 0;
}

int Cli::whoHas()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Store& s = *query->store;
    QStringList names;
    for (Id id : s.access().whoHas(query->folder, query->permission))
        names.append(s.directory().user(id)->username);
    if (has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("users"), QJsonArray::fromStringList(names)}});
    else
        for (const QString& name : names)
            m_out << name << "\n";
    return 0;
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
            m_err << "wardenctl: error: " << tr("%1:%2: %3").arg(planFile).arg(problem.line).arg(problem.message) << Qt::endl;
        m_err << "wardenctl: error: " << tr("nothing was applied") << Qt::endl;
        return exitCode(ErrorKind::Invalid);
    }
    QList<PlanProblem> warnings = BulkPlan::noOps(edits, lines, s.directory());
    const bool dryRun = has(QStringLiteral("dry-run"));
    int failedAt = -1;
    auto outcome = s.applyBulk(edits, op.value(), tr("Bulk plan %1: %n row(s)", nullptr, int(edits.size())).arg(QFileInfo(planFile).fileName()),
                               dryRun, &failedAt);
    if (!outcome) {
        if (failedAt >= 0)
            return fail(Error{outcome.error().kind, tr("%1:%2 (%3): %4")
                                                        .arg(planFile)
                                                        .arg(lines[failedAt])
                                                        .arg(BulkPlan::describe(edits[failedAt], s.directory()), outcome.error().message)});
        return fail(outcome.error());
    }
    const Directory& d = s.directory();
    for (const UserAccessChange& change : outcome->changes) {
        const User* user = d.user(change.userId);
        if (user && user->status != UserStatus::Active)
            warnings.append({0, tr("%1 is %2: they hold none of this until active").arg(user->username, statusKey(user->status))});
    }
    printPreview(s, outcome->changes, warnings, int(edits.size()), dryRun);
    return 0;
}

// The preview (or the record) of a plan, written as it is worked out: users by username, each
// with their global permissions and then their folders in tree order. With --summary, the first
// folders of each user and the totals.
void Cli::printPreview(const Store& s, const QList<UserAccessChange>& unsorted, const QList<PlanProblem>& warnings, int rows,
                       bool dryRun)
{
    const Directory& d = s.directory();
    const Catalog& catalog = s.catalog();
    const bool json = has(QStringLiteral("json"));
    const bool summary = has(QStringLiteral("summary"));
    constexpr int summaryFolders = 3;
    QList<const UserAccessChange*> changes;
    for (const UserAccessChange& change : unsorted)
        changes.append(&change);
    std::sort(changes.begin(), changes.end(), [&d](const UserAccessChange* a, const UserAccessChange* b) {
        return d.user(a->userId)->username < d.user(b->userId)->username;
    });
    const QHash<Id, QList<Id>> foldersByRoot = WhatIf::foldersByRoot(d);
    const Directory::Tree& tree = d.tree();
    auto signedKeys = [](const QStringList& gainedKeys, const QStringList& lostKeys) {
        QStringList out;
        for (const QString& key : gainedKeys)
            out.append(QLatin1Char('+') + key);
        for (const QString& key : lostKeys)
            out.append(QLatin1Char('-') + key);
        return out.join(QLatin1Char(' '));
    };
    qint64 gained = 0, lost = 0, folderChanges = 0;
    JsonWriter writer(m_out);
    if (json) {
        writer.beginObject();
        writer.field(QStringLiteral("dryRun"), dryRun);
        writer.field(QStringLiteral("applied"), !dryRun);
        writer.key(QStringLiteral("changes"));
        writer.beginArray(true);
    }
    for (const UserAccessChange* change : std::as_const(changes)) {
        const User* user = d.user(change->userId);
        const QStringList globalGained = catalog.globalKeys(change->globalGained);
        const QStringList globalLost = catalog.globalKeys(change->globalLost);
        gained += globalGained.size();
        lost += globalLost.size();
        // Every folder of every root that changed, in tree order.
        QList<QPair<int, const RootChange*>> folders;
        for (const RootChange& root : change->roots)
            for (Id folderId : foldersByRoot.value(root.rootId))
                folders.append({tree.positionOf.value(folderId), &root});
        std::sort(folders.begin(), folders.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        if (json) {
            writer.beginObject();
            writer.field(QStringLiteral("user"), user->username);
            writer.field(QStringLiteral("status"), statusKey(user->status));
            writer.field(QStringLiteral("global"), QJsonObject{{QStringLiteral("gained"), QJsonArray::fromStringList(globalGained)},
                                                               {QStringLiteral("lost"), QJsonArray::fromStringList(globalLost)}});
            writer.key(QStringLiteral("folders"));
            writer.beginArray();
        } else if (!globalGained.isEmpty() || !globalLost.isEmpty()) {
            m_out << user->username << "  " << tr("(global)") << "  " << signedKeys(globalGained, globalLost) << "\n";
        }
        int shown = 0;
        for (const auto& [position, root] : std::as_const(folders)) {
            gained += root->gained.count();
            lost += root->lost.count();
            ++folderChanges;
            if (summary && shown >= summaryFolders)
                continue;
            ++shown;
            const QStringList g = catalog.folderKeys(root->gained);
            const QStringList l = catalog.folderKeys(root->lost);
            const QString path = d.path(tree.order.at(position));
            if (json)
                writer.value(QJsonObject{{QStringLiteral("path"), path},
                                         {QStringLiteral("gained"), QJsonArray::fromStringList(g)},
                                         {QStringLiteral("lost"), QJsonArray::fromStringList(l)}});
            else
                m_out << user->username << "  " << path << "  " << signedKeys(g, l) << "\n";
        }
        const int omitted = int(folders.size()) - shown;
        if (json) {
            writer.endArray();
            if (summary)
                writer.field(QStringLiteral("moreFolders"), omitted);
            writer.endObject();
        } else if (omitted > 0) {
            m_out << user->username << "  " << tr("… and %n more folder(s)", nullptr, omitted) << "\n";
        }
    }
    const qsizetype shownWarnings = summary ? std::min<qsizetype>(warnings.size(), 20) : warnings.size();
    if (json) {
        writer.endArray();
        writer.key(QStringLiteral("warnings"));
        writer.beginArray(true);
        for (const PlanProblem& warning : warnings.mid(0, shownWarnings))
            writer.value(QJsonObject{{QStringLiteral("line"), warning.line}, {QStringLiteral("message"), warning.message}});
        writer.endArray();
        writer.field(QStringLiteral("totals"), QJsonObject{{QStringLiteral("rows"), rows},
                                                           {QStringLiteral("users"), int(changes.size())},
                                                           {QStringLiteral("folders"), folderChanges},
                                                           {QStringLiteral("gained"), gained},
                                                           {QStringLiteral("lost"), lost},
                                                           {QStringLiteral("warnings"), int(warnings.size())}});
        writer.endObject();
        return;
    }
    for (const PlanProblem& warning : warnings.mid(0, shownWarnings))
        m_out << (warning.line > 0 ? tr("warning: line %1: %2").arg(warning.line).arg(warning.message) : tr("warning: %1").arg(warning.message)) << "\n";
    if (shownWarnings < warnings.size())
        m_out << tr("… and %n more warning(s)", nullptr, int(warnings.size() - shownWarnings)) << "\n";
    m_out << (dryRun ? tr("Dry run, nothing written: %1 row(s), %2 user(s) change, %3 gained, %4 lost.")
                     : tr("Applied: %1 row(s), %2 user(s) changed, %3 gained, %4 lost."))
                 .arg(rows)
                 .arg(changes.size())
                 .arg(gained)
                 .arg(lost)
          << "\n";
}

int Cli::linkLogin(bool link)
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    auto op = operatorId(*store.value());
    if (!op)
        return fail(op.error());
    Id target = 0;
    if (link) {
        auto linked = user(*store.value(), arg(1));
        if (!linked)
            return fail(linked.error());
        target = linked.value()->id;
    }
    if (Status s = store.value()->linkLogin(arg(0), target, op.value()))
        return fail(*s);
    m_out << (link ? tr("Linked the database login '%1' to %2").arg(arg(0), store.value()->directory().user(target)->username)
                   : tr("Unlinked the database login '%1'").arg(arg(0)))
          << "\n";
    return 0;
}

int Cli::listLogins()
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    auto links = store.value()->logins();
    if (!links)
        return fail(links.error());
    const Login who = store.value()->login();
    if (has(QStringLiteral("json"))) {
        JsonWriter json(m_out);
        json.beginObject();
        json.field(QStringLiteral("connectedAs"), who.name);
        json.field(QStringLiteral("owner"), who.owner);
        json.key(QStringLiteral("logins"));
        json.beginArray(true);
        for (const LoginLink& link : links.value())
            json.value(QJsonObject{{QStringLiteral("login"), link.login}, {QStringLiteral("user"), link.username}});
        json.endArray();
        json.endObject();
        m_out << "\n";
        return 0;
    }
    for (const LoginLink& link : links.value())
        m_out << link.login << "\t" << link.username << "\n";
    m_out << (who.owner ? tr("Connected as %1, the store's owner: it may act as anyone.").arg(who.name)
                        : tr("Connected as %1.").arg(who.name))
          << "\n";
    return 0;
}

int Cli::log()
{
    QDateTime since;
    if (has(QStringLiteral("since"))) {
        const QString text = option(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!since.isValid())
            since = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
        if (!since.isValid())
            return fail(ErrorKind::Usage, tr("--since needs an ISO 8601 date or date and time, not '%1'").arg(Names::echo(text)));
        if (since.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
            since.setTimeZone(QTimeZone::utc());
    }
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    auto entries = store.value()->log(since);
    if (!entries)
        return fail(entries.error());
    QJsonArray json;
    for (const AuditEntry& e : entries.value()) {
        const QString at = e.at.toUTC().toString(Qt::ISODateWithMs);
        if (has(QStringLiteral("json"))) {
            json.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), at},
                                    {QStringLiteral("operator"), e.operatorName},
                                    {QStringLiteral("databaseUser"), e.databaseUser},
                                    {QStringLiteral("edit"), e.summary},
                                    {QStringLiteral("before"), e.before},
                                    {QStringLiteral("after"), e.after}});
        } else {
            m_out << at << "  " << e.operatorName << "  " << e.summary << "\n";
        }
    }
    if (has(QStringLiteral("json")))
        printJson(json);
    return 0;
}

} // namespace warden
