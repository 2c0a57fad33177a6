// wardenctl's commands on a store as a whole: init, import, export, database logins and the audit log.
#include "Cli.h"

#include "models/access/Expectations.h"

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
        const QString adminName
            = has(QStringLiteral("admin")) ? option(QStringLiteral("admin")) : QStringLiteral("admin");
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
    const bool dryRun = has(QStringLiteral("dry-run"));
    if (dryRun && create)
        return fail(ErrorKind::Usage,
                    tr("--dry-run compares with a store's content; there is no store at %1")
                        .arg(Store::withoutPassword(location)));
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
        warnBroken(content.value());
        return 0;
    }
    store.value()->setOverride(option(QStringLiteral("override")));

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
    if (dryRun) {
        if (store.value()->directory().isEmpty())
            return fail(ErrorKind::Usage, tr("--dry-run compares with a store's content; this store is empty"));
        auto outcome = store.value()->previewReplace(content.value(), operatorName);
        if (!outcome)
            return fail(outcome.error());
        if (Status refused = refusalOf(*store.value(), outcome->expectations); refused.failed())
            return fail(refused.error());
        printImpact(store.value()->directory(), outcome->impact, outcome->expectations, {}, -1, true);
        return 0;
    }
    if (Status s = store.value()->replaceContent(content.value(), operatorName, summary); s.failed())
        return fail(s.error());
    m_out << summary << "\n";
    warnBroken(content.value());
    return 0;
}

// An imported file may hold broken expectations: said, never refused.
void Cli::warnBroken(const Directory& content)
{
    const ExpectationCheck check(content, m_catalog);
    for (const Expectation& e : content.expectations()) {
        const QList<Violation> violations = check.violations(e);
        if (!violations.isEmpty())
            m_err << "wardenctl: warning: "
                  << tr("expectation %1 is broken: %2 (%n violation(s))", nullptr, int(violations.size()))
                         .arg(Names::quoted(e.name), check.describe(e, violations.first()))
                  << Qt::endl;
    }
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

int Cli::linkLogin(bool link)
{
    auto session = openAsOperator();
    if (!session)
        return fail(session.error());
    Store& store = *session->store;
    Id target = 0;
    if (link) {
        auto linked = user(store, arg(1));
        if (!linked)
            return fail(linked.error());
        target = linked.value()->id;
    }
    if (Status s = store.linkLogin(arg(0), target, session->operatorId); s.failed())
        return fail(s.error());
    m_out << (link ? tr("Linked the database login '%1' to %2").arg(arg(0), store.directory().user(target)->username)
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
            return fail(ErrorKind::Usage,
                        tr("--since needs an ISO 8601 date or date and time, not '%1'").arg(Names::echo(text)));
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
