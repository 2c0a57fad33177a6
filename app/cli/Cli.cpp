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

void Cli::add(const QString& words, const QString& arguments, const QString& options, const QString& summary,
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
        return fail(ErrorKind::Usage,
                    tr("unknown command '%1'; see wardenctl --help").arg(Names::echo(words.join(QLatin1Char(' ')))));
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
    // The options that take a value, as the commands declare them ("--x=VALUE").
    QSet<QString> valueOptions{QStringLiteral("store")};
    for (const Command& command : std::as_const(m_commands)) {
        for (const QString& o : command.options) {
            if (o.contains(QLatin1Char('=')))
                valueOptions.insert(optionName(o));
        }
    }
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
        return fail(
            ErrorKind::Usage,
            tr("unknown command '%1'; see wardenctl --help").arg(Names::echo(positional.join(QLatin1Char(' ')))));
    }
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        const QString name = it.key();
        bool accepted = name == QLatin1String("store");
        for (const QString& o : m_command->options)
            accepted = accepted || optionName(o) == name;
        if (!accepted)
            return fail(ErrorKind::Usage,
                        tr("'%1' does not take --%2; usage: %3")
                            .arg(m_command->words.join(QLatin1Char(' ')), Names::echo(name), usageOf(*m_command)));
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
    const QString why
        = device && !device->errorString().isEmpty() ? device->errorString() : tr("the output could not be written");
    return fail(ErrorKind::Failed, tr("writing the output failed: %1").arg(why));
}

// --- Lookups ---------------------------------------------------------------------------------

QString Cli::storeLocation() const
{
    return has(QStringLiteral("store")) ? option(QStringLiteral("store")) : Store::defaultLocation();
}

Result<std::unique_ptr<Store>> Cli::openStore(Store::OpenMode mode) const
{
    if (has(QStringLiteral("override")) && option(QStringLiteral("override")).trimmed().isEmpty())
        return usage(tr("--override needs a reason, written in the audit log"));
    auto store = Store::open(storeLocation(), mode, m_catalog);
    if (store)
        store.value()->setOverride(option(QStringLiteral("override")));
    // Questions about the past are answered on the directory as it was then.
    if (store && has(QStringLiteral("at"))) {
        auto moment = store.value()->moment(option(QStringLiteral("at")));
        if (!moment)
            return moment.error();
        if (Status s = store.value()->standAt(moment.value()); s.failed())
            return s.error();
    }
    return store;
}

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

Result<Cli::Session> Cli::openAsOperator() const
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return store.error();
    auto op = operatorId(*store.value());
    if (!op)
        return op.error();
    return Session{std::move(store).value(), op.value()};
}

int Cli::applyEdit(const std::function<Result<Edit>(const Store&)>& build)
{
    auto session = openAsOperator();
    if (!session)
        return fail(session.error());
    Store& store = *session->store;
    auto edit = build(store);
    if (!edit)
        return fail(edit.error());
    if (has(QStringLiteral("dry-run"))) {
        auto outcome = store.preview(edit.value(), session->operatorId);
        if (!outcome)
            return fail(outcome.error());
        if (Status refused = refusalOf(store, outcome->expectations); refused.failed())
            return fail(refused.error());
        printImpact(store.directory(), outcome->impact, outcome->expectations, {}, -1, true);
        return 0;
    }
    auto applied = store.apply(edit.value(), session->operatorId);
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
    add(QStringLiteral("import"), QStringLiteral("FILE"),
        QStringLiteral("--replace --as=ADMIN --dry-run --json --override=REASON"),
        tr("Load a directory file (.json, .yaml, .yml) into an empty store, or replace a store's content."),
        [](Cli& c) { return c.import(); });
    add(QStringLiteral("export"), {}, QStringLiteral("--format=json|yaml --at=TIME|#N"),
        tr("Write the directory file to standard output."), [](Cli& c) { return c.exportDirectory(); });
    add(QStringLiteral("effective"), {}, QStringLiteral("!--user=USER --folder=PATH --json --at=TIME|#N"),
        tr("Print a user's global permissions and their permissions on every folder (or one)."),
        [](Cli& c) { return c.effective(); });
    add(QStringLiteral("explain"), {},
        QStringLiteral("!--user=USER !--folder=PATH !--permission=KEY --json --at=TIME|#N"),
        tr("Explain why a user holds a folder permission, or why not."), [](Cli& c) { return c.explain(); });
    add(QStringLiteral("who-has"), {}, QStringLiteral("!--folder=PATH !--permission=KEY --json --at=TIME|#N"),
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

    add(QStringLiteral("bulk"), {},
        QStringLiteral("!--file=PLAN.csv --as=USERNAME --dry-run --json --summary --override=REASON"),
        tr("Apply a plan of memberships (CSV header action,member,target) in one transaction, or with --dry-run "
           "print what it would change and write nothing; --summary prints the totals and the first folders of "
           "each user."),
        [](Cli& c) { return c.bulk(); });
    defineConnectionCommands();
    defineEditCommands();
    defineExpectationCommands();
    defineHistoryCommands();
}

} // namespace warden
