// wardenctl's expectations: adding, deleting and listing them, and checking them (of a store or a file).
#include "Cli.h"

#include "models/access/Expectations.h"
#include "models/domain/Names.h"
#include "models/io/DirectoryFile.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

void Cli::defineExpectationCommands()
{
    add(QStringLiteral("expect add"), QStringLiteral("NAME KIND SUBJECTS KEY"),
        QStringLiteral("--folder=PATH --note=TEXT --as=USERNAME --dry-run --json --override=REASON"),
        tr("Add an expectation: KIND is holds, never or only; SUBJECTS are usernames and role:NAME, separated by "
           "commas; KEY is a folder permission with --folder, else a global one; needs the right to edit security."),
        [](Cli& c) { return c.applyEdit([&c](const Store& s) { return c.expectationEdit(s); }); });
    add(QStringLiteral("expect delete"), QStringLiteral("NAME"),
        QStringLiteral("--as=USERNAME --dry-run --json --override=REASON"),
        tr("Delete an expectation; needs the right to edit security."), [](Cli& c) {
            return c.applyEdit([&c](const Store& s) -> Result<Edit> {
                const Expectation* e = s.directory().expectationNamed(c.arg(0));
                if (!e)
                    return invalid(tr("there is no expectation '%1'").arg(Names::echo(c.arg(0))));
                return Edit(edit::DeleteExpectation{e->id});
            });
        });
    add(QStringLiteral("expect list"), {}, QStringLiteral("--json"),
        tr("List the expectations, by name, as the directory file writes them."),
        [](Cli& c) { return c.listExpectations(); });
    add(QStringLiteral("check"), {}, QStringLiteral("--file=FILE --json --at=TIME|#N"),
        tr("Evaluate every expectation of the store, or of a directory file without a store; exit 0 when all "
           "hold, 2 when any is broken."),
        [](Cli& c) { return c.check(); });
}

Result<Edit> Cli::expectationEdit(const Store& s) const
{
    Expectation e;
    e.name = arg(0);
    if (!parseKind(arg(1), &e.kind))
        return invalid(tr("'%1' is not one of holds, never, only").arg(Names::echo(arg(1))));
    if (Status read = ExpectationCheck::readSubjects(s.directory(), arg(2), e); read.failed())
        return read.error();
    e.permission = arg(3);
    if (has(QStringLiteral("folder"))) {
        auto folder = folderId(s, option(QStringLiteral("folder")));
        if (!folder)
            return folder.error();
        e.folderId = folder.value();
    }
    e.note = option(QStringLiteral("note"));
    return Edit(edit::AddExpectation{e});
}

int Cli::listExpectations()
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return fail(store.error());
    const Directory& d = store.value()->directory();
    const QJsonArray all
        = DirectoryFile::write(d, store.value()->catalog()).value(QStringLiteral("expectations")).toArray();
    if (has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("expectations"), all}});
        return 0;
    }
    const ExpectationCheck check(d, store.value()->catalog());
    for (const QJsonValue& value : all) {
        const Expectation& e = *d.expectationNamed(value.toObject().value(QStringLiteral("name")).toString());
        m_out << e.name << "  " << check.statement(e) << "\n";
        if (!e.note.isEmpty())
            m_out << "    " << e.note << "\n";
    }
    return 0;
}

int Cli::check()
{
    std::unique_ptr<Store> store;
    Directory fromFile;
    if (has(QStringLiteral("file")) && has(QStringLiteral("at")))
        return fail(ErrorKind::Usage, tr("--at asks the store's history; a directory file has none"));
    if (has(QStringLiteral("file"))) {
        auto read = DirectoryFile::readFile(option(QStringLiteral("file")), m_catalog);
        if (!read)
            return fail(read.error());
        fromFile = std::move(read.value());
    } else {
        auto opened = openStore(Store::OpenMode::Existing);
        if (!opened)
            return fail(opened.error());
        store = std::move(opened.value());
    }
    const Directory& d = store ? store->directory() : fromFile;
    const ExpectationCheck check(d, m_catalog);
    const QList<const Expectation*> expectations = ExpectationCheck::byName(d);
    const bool json = has(QStringLiteral("json"));
    JsonWriter writer(m_out);
    if (json) {
        writer.beginObject();
        writer.key(QStringLiteral("expectations"));
        writer.beginArray(true);
    }
    int broken = 0;
    for (const Expectation* e : std::as_const(expectations)) {
        const QList<Violation> violations = check.violations(*e);
        broken += violations.isEmpty() ? 0 : 1;
        if (json) {
            QJsonArray list;
            for (const Violation& v : violations)
                list.append(QJsonObject{
                    {QStringLiteral("user"), d.user(v.userId)->username},
                    {QStringLiteral("folder"), v.folderId ? QJsonValue(d.path(v.folderId)) : QJsonValue()}});
            writer.value(QJsonObject{{QStringLiteral("name"), e->name},
                                     {QStringLiteral("kind"), kindKey(e->kind)},
                                     {QStringLiteral("holding"), violations.isEmpty()},
                                     {QStringLiteral("violations"), list}});
            continue;
        }
        if (violations.isEmpty()) {
            m_out << tr("holding: %1").arg(e->name) << "\n";
            continue;
        }
        m_out << tr("broken:  %1 (%n violation(s))", nullptr, int(violations.size())).arg(e->name) << "\n";
        for (const Violation& v : violations)
            m_out << "    " << check.describe(*e, v) << "\n";
    }
    if (json) {
        writer.endArray();
        writer.endObject();
    } else {
        m_out << tr("%n expectation(s), ", nullptr, int(expectations.size())) << tr("%n broken", nullptr, broken)
              << "\n";
    }
    return broken ? exitCode(ErrorKind::Refused) : 0;
}

} // namespace warden
