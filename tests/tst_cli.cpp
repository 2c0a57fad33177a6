// wardenctl: the contract of commands, JSON shapes, exit codes and the error line.
#include "support/TestHelpers.h"

#include "app/cli/Cli.h"
#include "app/cli/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace warden;
using namespace warden::test;

struct Run
{
    int code = 0;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class TestCli : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QTemporaryDir m_dir;

    Run run(const QString& store, QStringList args)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        Cli cli(out, err, testCatalog());
        if (!store.isEmpty())
            args = QStringList{QStringLiteral("--store"), store} + args;
        r.code = cli.run(args);
        out.flush();
        err.flush();
        return r;
    }
    QString demoStore(const QString& backend)
    {
        const QString location = m_stores.newLocation(backend);
        if (!location.isEmpty() && run(location, {QStringLiteral("init"), QStringLiteral("--demo")}).code != 0)
            return {};
        return location;
    }

private Q_SLOTS:
    void everyCommandHasHelp();
    void missingStoreCreatesNothing();
    void initRefusesExistingStore();
    void effectivePrintsContractShape_data() { TestStores::addBackendRows(); }
    void effectivePrintsContractShape();
    void explainAndWhoHas_data() { TestStores::addBackendRows(); }
    void explainAndWhoHas();
    void editsReturnContractExitCodes_data();
    void editsReturnContractExitCodes();
    void exportImportExportIsIdentical_data();
    void exportImportExportIsIdentical();
    void badImportWritesNothing();
    void importReplaceNeedsAdmin();
    void logPrintsEdits();
    void bulkReportsEveryBadRow();
    void bulkDryRunPreviewsAndWritesNothing_data() { TestStores::addBackendRows(); }
    void bulkDryRunPreviewsAndWritesNothing();
    void bulkSummaryListsTheFirstFoldersAndTotals();
    void membersManageIsNotAdminInAllButName();
    void echoedInputIsShortAndEscaped();
    void lookalikeNamesAreRefused_data();
    void lookalikeNamesAreRefused();
    void passwordsInAddressesAreNeverShown();
    void bulkAppliesAllOrNothing_data() { TestStores::addBackendRows(); }
    void bulkAppliesAllOrNothing();
    void connectionCommands_data() { TestStores::addBackendRows(); }
    void connectionCommands();
    void expectationCommands_data() { TestStores::addBackendRows(); }
    void expectationCommands();
    void checkReadsAFileWithoutAStore();
    void quotesStringsAsQJsonDoes();
    void historyCommands_data() { TestStores::addBackendRows(); }
    void historyCommands();
};

void TestCli::everyCommandHasHelp()
{
    const QStringList commands{"init",
                               "import",
                               "export",
                               "effective",
                               "explain",
                               "who-has",
                               "log",
                               "folder add",
                               "folder rename",
                               "folder move",
                               "folder delete",
                               "folder inherit",
                               "team add",
                               "team rename",
                               "team delete",
                               "team member add",
                               "team member remove",
                               "team grant",
                               "team revoke",
                               "user add",
                               "user invite",
                               "user activate",
                               "user disable",
                               "user delete",
                               "role add",
                               "role rename",
                               "role delete",
                               "role assign",
                               "role unassign",
                               "global grant",
                               "global revoke",
                               "bulk",
                               "connection-access",
                               "connection add",
                               "connection edit",
                               "connection delete",
                               "connection grant",
                               "connection revoke",
                               "connector-type release",
                               "connector-type unrelease",
                               "connector-type grant",
                               "connector-type revoke",
                               "expect add",
                               "expect delete",
                               "expect list",
                               "check",
                               "diff",
                               "revert"};
    for (const QString& command : commands) {
        const Run r = run({}, command.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(command));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: wardenctl ") + command), qPrintable(r.out));
    }
    QCOMPARE(run({}, {QStringLiteral("--help")}).code, 0);
    const Run unknown = run({}, {QStringLiteral("frobnicate")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.startsWith(QStringLiteral("wardenctl: error: ")));
    // No command at all: the commands on standard output, the error line on standard error.
    const Run none = run({}, {});
    QCOMPARE(none.code, 1);
    QVERIFY(none.out.contains(QStringLiteral("folder add")));
    QVERIFY2(none.err.startsWith(QStringLiteral("wardenctl: error: ")), qPrintable(none.err));
}

void TestCli::missingStoreCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const Run r = run(
        path,
        {QStringLiteral("effective"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.startsWith(QStringLiteral("wardenctl: error: ")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(run(path,
                 {QStringLiteral("folder"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--as"),
                  QStringLiteral("admin")})
                 .code,
             1);
    QVERIFY(!QFile::exists(path));
}

void TestCli::initRefusesExistingStore()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
    QCOMPARE(run(path, {QStringLiteral("init")}).code, 0);
    const Run again = run(path, {QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(again.code, 1);
    const Run e = run(
        path,
        {QStringLiteral("effective"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")});
    QCOMPARE(e.code, 0);
    QCOMPARE(e.json().value(QStringLiteral("folders")).toArray().size(), 0);
    QVERIFY(e.json().value(QStringLiteral("global")).toArray().contains(QStringLiteral("admin")));
}

#define NEED_STORE(var)                                                                                                \
    QFETCH(QString, backend);                                                                                          \
    WARDEN_REQUIRE_BACKEND(backend)                                                                                    \
    const QString var = demoStore(backend);                                                                            \
    QVERIFY(!var.isEmpty());

void TestCli::effectivePrintsContractShape()
{
    NEED_STORE(store);
    auto opened = Store::open(store, Store::OpenMode::Existing, testCatalog());
    QVERIFY(opened.ok());
    const Store& s = *opened.value();
    // An ordinary active user: the one holding the fewest global permissions.
    QString username;
    for (const User& u : s.directory().users()) {
        if (u.status == UserStatus::Active && !s.access().isAdmin(u.id) && username.isEmpty())
            username = u.username;
    }
    QVERIFY(!username.isEmpty());
    const Run r
        = run(store, {QStringLiteral("effective"), QStringLiteral("--user"), username, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("user")).toString(), username);
    QVERIFY(json.value(QStringLiteral("global")).isArray());
    const QJsonArray folders = json.value(QStringLiteral("folders")).toArray();
    QCOMPARE(folders.size(), s.directory().folders().size());
    QSet<QString> seen;
    for (const QJsonValue& v : folders) {
        const QJsonObject f = v.toObject();
        const QString path = f.value(QStringLiteral("path")).toString();
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            QVERIFY2(seen.contains(path.left(slash)), "parents come before children");
        seen.insert(path);
        const Id id = s.directory().folderByPath(path);
        QCOMPARE(f.value(QStringLiteral("securityRoot")).toString(),
                 s.directory().path(s.directory().securityRoot(id)));
        QStringList keys;
        for (const QJsonValue& k : f.value(QStringLiteral("permissions")).toArray())
            keys.append(k.toString());
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted);
        // Independent check: union of the user's teams on the root, closed under implication.
        PermissionSet held;
        const User* u = s.user(username);
        for (const Team& t : s.directory().teams()) {
            if (t.folderId == s.directory().securityRoot(id)
                && (t.users.contains(u->id) || t.roles.intersects(u->roles)))
                held |= t.permissions;
        }
        QCOMPARE(keys, s.catalog().folderKeys(s.catalog().closure(held)));
    }
    // One folder asked for: exactly its line of the whole answer, for a member, an Admin and a
    // disabled user alike.
    for (const QString& who : {username, QStringLiteral("admin"), QStringLiteral("oscar.lund")}) {
        const QJsonArray all
            = run(store, {QStringLiteral("effective"), QStringLiteral("--user"), who, QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("folders"))
                  .toArray();
        QVERIFY(!all.isEmpty());
        for (const QJsonValue& f : all) {
            const Run one = run(store,
                                {QStringLiteral("effective"), QStringLiteral("--user"), who, QStringLiteral("--folder"),
                                 f.toObject().value(QStringLiteral("path")).toString(), QStringLiteral("--json")});
            QCOMPARE(one.json().value(QStringLiteral("folders")).toArray(), QJsonArray{f});
        }
    }
    QCOMPARE(
        run(store,
            {QStringLiteral("effective"), QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("--json")})
            .code,
        4);
}

void TestCli::explainAndWhoHas()
{
    NEED_STORE(store);
    QCOMPARE(run(store, {"user", "add", "zoe", "--email", "zoe@example.com", "--as", "admin"}).code, 0);
    QCOMPARE(run(store, {"folder", "add", "Sandbox", "--as", "admin"}).code, 0);
    QCOMPARE(run(store, {"folder", "add", "Sandbox/Child", "--as", "admin"}).code, 0);
    QCOMPARE(run(store, {"team", "add", "Sandbox", "Testers", "--as", "admin"}).code, 0);
    QCOMPARE(run(store, {"team", "member", "add", "Sandbox", "Testers", "zoe@example.com", "--as", "admin"}).code, 0);
    QCOMPARE(
        run(store, {"team", "grant", "Sandbox", "Testers", "template#edit", "release#start", "--as", "admin"}).code, 0);

    Run r = run(store,
                {"explain", "--user", "zoe", "--folder", "Sandbox/Child", "--permission", "template#view", "--json"});
    QCOMPARE(r.code, 0);
    QJsonObject json = r.json();
    QVERIFY(json.value(QStringLiteral("granted")).toBool());
    const QJsonObject reason = json.value(QStringLiteral("reasons")).toArray().first().toObject();
    QCOMPARE(reason.value(QStringLiteral("team")).toString(), QStringLiteral("Testers"));
    QCOMPARE(reason.value(QStringLiteral("folder")).toString(), QStringLiteral("Sandbox"));
    QCOMPARE(reason.value(QStringLiteral("via")).toString(), QStringLiteral("direct"));
    QCOMPARE(reason.value(QStringLiteral("permission")).toString(), QStringLiteral("template#edit"));
    QVERIFY(reason.value(QStringLiteral("implied")).toBool());

    r = run(store, {"explain", "--user", "zoe", "--folder", "Sandbox", "--permission", "folder#edit", "--json"});
    json = r.json();
    QVERIFY(!json.value(QStringLiteral("granted")).toBool());
    const QJsonObject missing = json.value(QStringLiteral("reasons")).toArray().first().toObject();
    QCOMPARE(missing.value(QStringLiteral("team")).toString(), QStringLiteral("Folder Owner"));
    QVERIFY(!missing.value(QStringLiteral("member")).toBool());

    r = run(store, {"who-has", "--folder", "Sandbox/Child", "--permission", "release#start", "--json"});
    QCOMPARE(r.code, 0);
    QStringList users;
    for (const QJsonValue& v : r.json().value(QStringLiteral("users")).toArray())
        users.append(v.toString());
    QVERIFY(users.contains(QStringLiteral("zoe")));
    QVERIFY(users.contains(QStringLiteral("admin")));
    QStringList sorted = users;
    sorted.sort();
    QCOMPARE(users, sorted);
    QCOMPARE(run(store, {"who-has", "--folder", "Sandbox", "--permission", "nope#x", "--json"}).code, 4);
}

void TestCli::editsReturnContractExitCodes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    for (const char* backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        QTest::addRow("%s: ok", backend) << b << QStringList{"role", "add", "Testers", "--as", "admin"} << 0;
        QTest::addRow("%s: missing --as", backend) << b << QStringList{"role", "add", "Testers"} << 1;
        QTest::addRow("%s: wrong arguments", backend) << b << QStringList{"folder", "move", "X", "--as", "admin"} << 1;
        QTest::addRow("%s: unknown option", backend)
            << b << QStringList{"role", "add", "T", "--as", "admin", "--colour", "red"} << 1;
        QTest::addRow("%s: unknown operator", backend) << b << QStringList{"role", "add", "T", "--as", "ghost"} << 2;
        QTest::addRow("%s: lockout", backend)
            << b << QStringList{"global", "revoke", "admin", "Owner", "--as", "admin"} << 2;
        QTest::addRow("%s: unknown folder", backend)
            << b << QStringList{"folder", "rename", "No/Such", "X", "--as", "admin"} << 4;
        QTest::addRow("%s: unknown key", backend)
            << b << QStringList{"global", "grant", "fly", "Owner", "--as", "admin"} << 4;
        QTest::addRow("%s: bad name", backend) << b << QStringList{"folder", "add", "Bad\tName", "--as", "admin"} << 4;
        QTest::addRow("%s: inherit on top level", backend)
            << b << QStringList{"folder", "inherit", "Sandbox", "on", "--as", "admin"} << 2;
    }
}

void TestCli::editsReturnContractExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    NEED_STORE(store);
    QCOMPARE(run(store, {"folder", "add", "Sandbox", "--as", "admin"}).code, 0);
    const Run r = run(store, args);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("%1: %2").arg(r.code).arg(r.err)));
    if (code != 0) {
        QVERIFY(r.err.startsWith(QStringLiteral("wardenctl: error: ")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
}

void TestCli::exportImportExportIsIdentical_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("format");
    for (const char* backend : {"sqlite", "postgresql"}) {
        QTest::addRow("%s: json", backend) << QString::fromLatin1(backend) << QStringLiteral("json");
        QTest::addRow("%s: yaml", backend) << QString::fromLatin1(backend) << QStringLiteral("yaml");
    }
}

void TestCli::exportImportExportIsIdentical()
{
    QFETCH(QString, format);
    NEED_STORE(store);
    const Run first = run(store, {QStringLiteral("export"), QStringLiteral("--format"), format});
    QCOMPARE(first.code, 0);
    const QString file = m_dir.filePath(QStringLiteral("export-%1.%2").arg(backend, format));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(first.out.toUtf8());
    f.close();
    const QString copy = m_stores.newLocation(backend);
    const Run imported = run(copy, {QStringLiteral("import"), file});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const Run second = run(copy, {QStringLiteral("export"), QStringLiteral("--format"), format});
    QCOMPARE(second.out, first.out);
    // Importing into a store that is not empty needs --replace.
    QCOMPARE(run(copy, {QStringLiteral("import"), file}).code, 1);
}

void TestCli::badImportWritesNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "roles": [{"name": "Owner"}], "users": [{"username": "admin", "roles": ["Owner"]}],
               "globalPermissions": {"admin": ["Owner"]}, "folders": [{"name": "A", "teams": [{"name": "T", "users": ["ghost"]}]}]})");
    f.close();
    const QString store = m_dir.filePath(QStringLiteral("bad.sqlite"));
    const Run r = run(store, {QStringLiteral("import"), file});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("folders[0].teams[0].users[0]")), qPrintable(r.err));
    QVERIFY(!QFile::exists(store));
}

void TestCli::importReplaceNeedsAdmin()
{
    const QString store = m_dir.filePath(QStringLiteral("replace.sqlite"));
    QCOMPARE(run(store, {QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    const QString file = m_dir.filePath(QStringLiteral("small.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "roles": [{"name": "Owner"}], "users": [{"username": "root", "roles": ["Owner"]}],
               "globalPermissions": {"admin": ["Owner"]}, "folders": [{"name": "Only"}]})");
    f.close();
    auto opened = Store::open(store, Store::OpenMode::Existing, testCatalog());
    QString nonAdmin;
    for (const User& u : opened.value()->directory().users()) {
        if (u.status == UserStatus::Active && !opened.value()->access().isAdmin(u.id))
            nonAdmin = u.username;
    }
    opened.value().reset();
    QCOMPARE(run(store, {QStringLiteral("import"), file, QStringLiteral("--replace"), QStringLiteral("--as"), nonAdmin})
                 .code,
             2);
    const Run ok = run(
        store,
        {QStringLiteral("import"), file, QStringLiteral("--replace"), QStringLiteral("--as"), QStringLiteral("admin")});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    const Run e = run(
        store,
        {QStringLiteral("effective"), QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--json")});
    QCOMPARE(e.json().value(QStringLiteral("folders")).toArray().size(), 1);
}

void TestCli::logPrintsEdits()
{
    const QString store = m_dir.filePath(QStringLiteral("log.sqlite"));
    QCOMPARE(run(store, {QStringLiteral("init")}).code, 0);
    QCOMPARE(run(store, {"folder", "add", "Apps", "--as", "admin"}).code, 0);
    const Run r = run(store, {QStringLiteral("log"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(QStringLiteral("operator")).toString(), QStringLiteral("admin"));
    QCOMPARE(last.value(QStringLiteral("edit")).toString(), QStringLiteral("Add folder Apps"));
    QVERIFY(!last.value(QStringLiteral("after")).toArray().isEmpty());
    const Run future = run(
        store,
        {QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("2999-01-01"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(future.out.toUtf8()).array().size(), 0);
    QCOMPARE(run(store, {QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("yesterday")}).code, 1);
}

static QString writePlan(const QTemporaryDir& dir, const QString& name, const QByteArray& csv)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    return path;
}

void TestCli::bulkReportsEveryBadRow()
{
    const QString store = m_dir.filePath(QStringLiteral("bulkbad.sqlite"));
    QCOMPARE(run(store, {QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    const QString plan = writePlan(m_dir, QStringLiteral("bad.csv"),
                                   "action,member,target\n"
                                   "add,zoe.martin,team:Retail Apps:Viewers\n"
                                   "grant,zoe.martin,team:Retail Apps:Viewers\n"
                                   "add,ghost,role:Developers\n"
                                   "add,zoe.martin,global:reports#view\n"
                                   "add,role:Auditors,team:No/Such:Team\n"
                                   "add,zoe.martin\n");
    const QByteArray before = run(store, {QStringLiteral("export")}).out.toUtf8();
    const Run r = run(store, {"bulk", "--file", plan, "--as", "admin"});
    QCOMPARE(r.code, 4);
    for (int line : {3, 4, 5, 6, 7})
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:%1:").arg(line)), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("bad.csv:2:")));
    QVERIFY(r.err.contains(QStringLiteral("nothing was applied")));
    for (const QString& line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY(line.startsWith(QStringLiteral("wardenctl: error: ")));
    QCOMPARE(run(store, {QStringLiteral("export")}).out.toUtf8(), before);
}

void TestCli::bulkDryRunPreviewsAndWritesNothing()
{
    NEED_STORE(store);
    const QString plan = writePlan(m_dir, QStringLiteral("plan-%1.csv").arg(backend),
                                   "action,member,target\n"
                                   "add,zoe.martin,team:Retail Apps/Mobile/Payments:Payments Engineers\n"
                                   "remove,maya.cohen,role:Developers\n"
                                   "add,role:Auditors,global:reports#view\n"
                                   "add,oscar.lund,team:Retail Apps:QA\n"
                                   "add,samuel.adeyemi,team:Retail Apps/Mobile/Payments:Payments Engineers\n");
    const QString before = run(store, {QStringLiteral("export")}).out;
    // What each user holds before, computed by the effective command.
    auto effective = [&](const QString& user) {
        QHash<QString, QStringList> byFolder;
        const QJsonObject json = run(store, {"effective", "--user", user, "--json"}).json();
        for (const QJsonValue& f : json.value(QStringLiteral("folders")).toArray()) {
            QStringList keys;
            for (const QJsonValue& k : f.toObject().value(QStringLiteral("permissions")).toArray())
                keys.append(k.toString());
            byFolder.insert(f.toObject().value(QStringLiteral("path")).toString(), keys);
        }
        return byFolder;
    };
    const auto zoeBefore = effective(QStringLiteral("zoe.martin"));
    const auto mayaBefore = effective(QStringLiteral("maya.cohen"));
    // zoe.martin would start Payments releases: the demo expects nobody outside the team to.
    const Run refused = run(store, {"bulk", "--file", plan, "--as", "admin", "--dry-run", "--json"});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QLatin1String("would break 'Payments release starters': zoe.martin would hold")),
             qPrintable(refused.err));
    const Run dry
        = run(store, {"bulk", "--file", plan, "--as", "admin", "--dry-run", "--json", "--override", "cover for maya"});
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QCOMPARE(dry.json().value(QStringLiteral("expectations")).toObject().value(QStringLiteral("broken")).toArray(),
             QJsonArray{QStringLiteral("Payments release starters")});
    QCOMPARE(run(store, {QStringLiteral("export")}).out, before);
    const QJsonObject preview = dry.json();
    QVERIFY(preview.value(QStringLiteral("dryRun")).toBool());
    // The disabled user is warned about.
    bool warned = false;
    for (const QJsonValue& w : preview.value(QStringLiteral("warnings")).toArray())
        warned = warned
            || w.toObject()
                   .value(QStringLiteral("message"))
                   .toString()
                   .contains(QStringLiteral("oscar.lund is disabled"));
    QVERIFY(warned);
    // So is the row that changes nothing, with its line.
    bool noOp = false;
    for (const QJsonValue& w : preview.value(QStringLiteral("warnings")).toArray())
        noOp = noOp
            || (w.toObject().value(QStringLiteral("line")).toInt() == 6
                && w.toObject()
                       .value(QStringLiteral("message"))
                       .toString()
                       .contains(QStringLiteral("changes nothing")));
    QVERIFY2(
        noOp,
        qPrintable(QString::fromUtf8(QJsonDocument(preview.value(QStringLiteral("warnings")).toArray()).toJson())));

    // Apply for real and check the preview against what the effective command says afterwards.
    const Run applied = run(store, {"bulk", "--file", plan, "--as", "admin", "--json", "--override", "cover for maya"});
    QVERIFY2(applied.code == 0, qPrintable(applied.err));
    const auto zoeAfter = effective(QStringLiteral("zoe.martin"));
    const auto mayaAfter = effective(QStringLiteral("maya.cohen"));
    int checkedFolders = 0;
    for (const QJsonValue& c : preview.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = c.toObject();
        const QString user = change.value(QStringLiteral("user")).toString();
        if (user != QLatin1String("zoe.martin") && user != QLatin1String("maya.cohen"))
            continue;
        const auto& was = user == QLatin1String("zoe.martin") ? zoeBefore : mayaBefore;
        const auto& now = user == QLatin1String("zoe.martin") ? zoeAfter : mayaAfter;
        for (const QJsonValue& f : change.value(QStringLiteral("folders")).toArray()) {
            const QString path = f.toObject().value(QStringLiteral("path")).toString();
            QStringList gained, lost;
            for (const QString& k : now.value(path))
                if (!was.value(path).contains(k))
                    gained.append(k);
            for (const QString& k : was.value(path))
                if (!now.value(path).contains(k))
                    lost.append(k);
            QStringList previewGained, previewLost;
            for (const QJsonValue& k : f.toObject().value(QStringLiteral("gained")).toArray())
                previewGained.append(k.toString());
            for (const QJsonValue& k : f.toObject().value(QStringLiteral("lost")).toArray())
                previewLost.append(k.toString());
            QCOMPARE(previewGained, gained);
            QCOMPARE(previewLost, lost);
            ++checkedFolders;
        }
    }
    QVERIFY(checkedFolders > 5);
    // Folders the preview did not name did not change.
    int changedFolders = 0;
    for (auto it = zoeAfter.cbegin(); it != zoeAfter.cend(); ++it)
        changedFolders += zoeBefore.value(it.key()) != it.value();
    QCOMPARE(changedFolders, 3); // Payments and its two subfolders
}

// The probe that found it: a holder of members#manage alone made themselves Owner.
void TestCli::membersManageIsNotAdminInAllButName()
{
    const QString store = demoStore(QStringLiteral("sqlite"));
    QVERIFY(!store.isEmpty());
    for (const QStringList& setup : {QStringList{"role", "add", "Managers", "--as", "admin"},
                                     QStringList{"global", "grant", "members#manage", "Managers", "--as", "admin"},
                                     QStringList{"user", "add", "mgr", "--email", "mgr@example.com", "--as", "admin"},
                                     QStringList{"role", "assign", "Managers", "mgr", "--as", "admin"}}) {
        const Run r = run(store, setup);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    const Run escalated = run(store, {"role", "assign", "Owner", "mgr", "--as", "mgr"});
    QCOMPARE(escalated.code, 2);
    QVERIFY2(escalated.err.contains(QStringLiteral("assigning 'Owner' needs Admin, which you do not hold")),
             qPrintable(escalated.err));
    const Run disabled = run(store, {"user", "disable", "admin", "--as", "mgr"});
    QCOMPARE(disabled.code, 2);
    QVERIFY2(disabled.err.contains(QStringLiteral("needs every global permission they hold")),
             qPrintable(disabled.err));
    QCOMPARE(run(store, {"role", "assign", "Managers", "zoe.martin", "--as", "mgr"}).code, 0);
}

// A name that reads like an existing one of its kind is refused on every path that names things:
// the edit commands (and with them the window, which makes the same edits) and an import.
void TestCli::lookalikeNamesAreRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("resembled");
    const QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    for (const QString& backend : backends) {
        const auto row = [&](const char* name) -> QTestData& {
            return QTest::addRow("%s %s", name, qPrintable(backend)) << backend;
        };
        row("user fullwidth") << QStringList{"user",    "add",           "\uFF41\uFF44\uFF4D\uFF49\uFF4E",
                                             "--email", "x@example.com", "--as",
                                             "admin"}
                              << "admin";
        row("user Latin-looking") << QStringList{"user",          "add",  "rnaya.cohen", "--email",
                                                 "y@example.com", "--as", "admin"}
                                  << "maya.cohen";
        row("role") << QStringList{"role", "add", "Auditor\u0455", "--as", "admin"} << "";
        row("role lookalike") << QStringList{"role", "add", "Release Rnanagers", "--as", "admin"} << "Release Managers";
        row("folder") << QStringList{"folder", "add", "Retail Apps/Mobi1e", "--as", "admin"} << "Mobile";
        row("folder rename") << QStringList{"folder", "rename", "Retail Apps/Web Storefront", "Mobi1e", "--as", "admin"}
                             << "Mobile";
        row("team") << QStringList{"team", "add", "Retail Apps", "Deve1opers", "--as", "admin"} << "Developers";
    }
}

void TestCli::lookalikeNamesAreRefused()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, command);
    QFETCH(QString, resembled);
    WARDEN_REQUIRE_BACKEND(backend)
    const QString store = demoStore(backend);
    QVERIFY(!store.isEmpty());
    const Run r = run(store, command);
    QVERIFY2(r.code == 2 || r.code == 4, qPrintable(r.err));
    if (!resembled.isEmpty())
        QVERIFY2(r.err.contains(QStringLiteral("looks like the"))
                     && r.err.contains(QLatin1Char('\'') + resembled + QLatin1Char('\'')),
                 qPrintable(r.err));
    // The same names in a file to import: refused with the place they are at.
    const Run exported = run(store, {"export"});
    QJsonObject root = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QJsonArray users = root.value(QStringLiteral("users")).toArray();
    users.append(QJsonObject{{QStringLiteral("username"), QStringLiteral("\u0430dmin")}});
    root.insert(QStringLiteral("users"), users);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("directory.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const Run imported = run(store, {"import", file.fileName(), "--replace", "--as", "admin"});
    QCOMPARE(imported.code, 4);
    QVERIFY2(imported.err.contains(QStringLiteral("users[")) && imported.err.contains(QStringLiteral("scripts")),
             qPrintable(imported.err));
}

// A hostile plan: escape sequences that would retitle or clear the terminal, a NUL, a 10 MB field.
void TestCli::echoedInputIsShortAndEscaped()
{
    const QString store = demoStore(QStringLiteral("sqlite"));
    QVERIFY(!store.isEmpty());
    QByteArray plan = "action,member,target\n";
    plan += "add,\x1b]0;pwned\x07\x1b[2J,role:Developers\n";
    plan += "add," + QByteArray(10 * 1024 * 1024, 'x') + ",role:Developers\n";
    plan += QByteArray("add,nul\0user,role:Developers\n", 29);
    plan += "add,zoe.martin,team:Nowhere\u202e:QA\n";
    QFile file(m_dir.filePath(QStringLiteral("hostile.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(plan);
    file.close();
    const Run r = run(store, {"bulk", "--file", file.fileName(), "--as", "admin"});
    QCOMPARE(r.code, 4);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // four bad rows and "nothing was applied"
    for (const QString& line : lines) {
        QVERIFY2(line.size() < 300, qPrintable(line.left(300)));
        for (QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && c.category() != QChar::Other_Format, qPrintable(line));
    }
    QVERIFY2(lines[0].contains(QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2J")), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QStringLiteral("…")), qPrintable(lines[1].left(300)));
    QVERIFY2(lines[2].contains(QStringLiteral("nul\\x00user")), qPrintable(lines[2]));
    QVERIFY2(lines[3].contains(QStringLiteral("\\u202e")), qPrintable(lines[3]));
}

// A password written into a PostgreSQL address is used to connect, and never shown or remembered.
void TestCli::passwordsInAddressesAreNeverShown()
{
    WARDEN_REQUIRE_BACKEND(QStringLiteral("postgresql"))
    const QString location = m_stores.newLocation(QStringLiteral("postgresql"));
    QUrl url(location);
    url.setPassword(QStringLiteral("TopSecretPw"));
    const Run created = run(url.toString(), {"init"});
    QVERIFY2(created.code == 0, qPrintable(created.err));
    auto opened = Store::open(url.toString(), Store::OpenMode::Existing, testCatalog());
    QVERIFY(opened.ok());
    QVERIFY2(!opened.value()->location().contains(QStringLiteral("TopSecretPw")),
             qPrintable(opened.value()->location()));
    QUrl missing = url;
    missing.setPath(QStringLiteral("/no_such_database_here"));
    for (const QStringList& command : {QStringList{"export"}, QStringList{"init"}}) {
        const Run failed = run(missing.toString(), command);
        QVERIFY(failed.code != 0);
        QVERIFY2(!failed.err.contains(QStringLiteral("TopSecretPw")), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("no_such_database_here")), qPrintable(failed.err));
    }
    const Run again = run(url.toString(), {"init"});
    QVERIFY(again.code != 0);
    QVERIFY2(!again.err.contains(QStringLiteral("TopSecretPw")), qPrintable(again.err));
}

// A large plan's preview in short: each user's first folders, how many more, and the totals.
void TestCli::bulkSummaryListsTheFirstFoldersAndTotals()
{
    const QString store = demoStore(QStringLiteral("sqlite"));
    QVERIFY(!store.isEmpty());
    const QString plan = writePlan(m_dir, QStringLiteral("summary.csv"),
                                   "action,member,target\n"
                                   "add,zoe.martin,team:Retail Apps:QA\n"
                                   "add,maya.cohen,team:Retail Apps:QA\n");
    const Run full = run(store, {"bulk", "--file", plan, "--as", "admin", "--dry-run"});
    QVERIFY2(full.code == 0, qPrintable(full.err));
    const Run summary = run(store, {"bulk", "--file", plan, "--as", "admin", "--dry-run", "--summary"});
    QVERIFY2(summary.code == 0, qPrintable(summary.err));
    const QStringList fullLines = full.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList shortLines = summary.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& user : {QStringLiteral("zoe.martin"), QStringLiteral("maya.cohen")}) {
        // Folder lines only: a connection whose level changes has a line of its own after them.
        const QRegularExpression folderLine(QStringLiteral("^%1  (?!connection )").arg(user));
        const int all = int(fullLines.filter(folderLine).size());
        QVERIFY2(all > 4, qPrintable(full.out));
        const QStringList shown = shortLines.filter(folderLine);
        QCOMPARE(shown.size(), 4);
        QVERIFY2(shown.last().startsWith(QStringLiteral("%1  … and %2 more folder").arg(user).arg(all - 3)),
                 qPrintable(shown.last()));
    }
    QCOMPARE(shortLines.last(), fullLines.last()); // the same totals
    const QJsonObject json
        = run(store, {"bulk", "--file", plan, "--as", "admin", "--dry-run", "--summary", "--json"}).json();
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    for (const QJsonValue& change : changes) {
        QCOMPARE(change.toObject().value(QStringLiteral("folders")).toArray().size(), 3);
        QVERIFY(change.toObject().value(QStringLiteral("moreFolders")).toInt() > 1);
    }
    QVERIFY(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("folders")).toInt() > 8);
}

void TestCli::bulkAppliesAllOrNothing()
{
    NEED_STORE(store);
    // Taking Owner from both administrators is refused as a whole, naming nothing written.
    const QString plan = writePlan(m_dir, QStringLiteral("lockout-%1.csv").arg(backend),
                                   "action,member,target\n"
                                   "add,zoe.martin,role:QA Engineers\n"
                                   "remove,admin,role:Owner\n"
                                   "remove,amelia.hart,role:Owner\n");
    const QString before = run(store, {QStringLiteral("export")}).out;
    const Run refused = run(store, {"bulk", "--file", plan, "--as", "admin"});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("no active user holding Admin")), qPrintable(refused.err));
    QCOMPARE(run(store, {QStringLiteral("export")}).out, before);
    // A row the operator has no right to make names its line.
    const QString rights = writePlan(m_dir, QStringLiteral("rights-%1.csv").arg(backend),
                                     "action,member,target\n"
                                     "add,zoe.martin,team:Retail Apps:Viewers\n");
    const Run noRight = run(store, {"bulk", "--file", rights, "--as", "liam.murphy"});
    QCOMPARE(noRight.code, 2);
    QVERIFY2(noRight.err.contains(QStringLiteral(":2 (add zoe.martin team:Retail Apps:Viewers)")),
             qPrintable(noRight.err));
    // In a run of memberships, the first row refused is named, and the rows before it are not kept.
    const QString memberships
        = writePlan(m_dir, QStringLiteral("memberships-%1.csv").arg(backend),
                    "action,member,target\n"
                    "add,zoe.martin,team:Infrastructure:Folder Owner\n"
                    "add,zoe.martin,team:Infrastructure/Kubernetes Clusters/Production:Folder Owner\n"
                    "add,zoe.martin,team:Retail Apps:Folder Owner\n"
                    "add,zoe.martin,team:Data Services:Folder Owner\n");
    const Run partly = run(store, {"bulk", "--file", memberships, "--as", "isabel.moreno"});
    QCOMPARE(partly.code, 2);
    QVERIFY2(partly.err.contains(QStringLiteral(":4 (add zoe.martin team:Retail Apps:Folder Owner)")),
             qPrintable(partly.err));
    QCOMPARE(run(store, {QStringLiteral("export")}).out, before);
    // Moving Admin from one role to another in one plan is fine: only the end state counts. (The
    // demo expects Admin of the Owner role alone: the move says why it overrides that.)
    const QString move = writePlan(m_dir, QStringLiteral("move-%1.csv").arg(backend),
                                   "action,member,target\n"
                                   "remove,role:Owner,global:admin\n"
                                   "add,role:Security Officers,global:admin\n");
    const Run moved = run(store, {"bulk", "--file", move, "--as", "admin", "--override", "owners retire"});
    QVERIFY2(moved.code == 0, qPrintable(moved.err));
    QVERIFY(run(store, {"log"}).out.contains(QStringLiteral("Bulk plan move-")));
}

void TestCli::connectionCommands()
{
    NEED_STORE(store);
    const QString secrets = m_dir.filePath(QStringLiteral("secrets-%1.json").arg(backend));
    QFile file(secrets);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"apiToken\": \"cli-secret-4711\"}");
    file.close();

    const Run added
        = run(store,
              {"connection", "add", "CI", "--type", "jenkins", "--folder", "Retail Apps", "--properties",
               "{\"url\": \"https://ci.example\", \"username\": \"bot\"}", "--secrets-file", secrets, "--as", "admin"});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    // The level of a user, seen from a folder below: {"level": ...}.
    Run level = run(store,
                    {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--folder",
                     "Retail Apps/Mobile", "--json"});
    QCOMPARE(level.code, 0);
    QCOMPARE(level.json(), QJsonObject({{QStringLiteral("level"), QStringLiteral("use")}}));
    QCOMPARE(
        run(store, {"connection", "grant", "CI", "role:Developers", "deny", "--folder", "Retail Apps", "--as", "admin"})
            .code,
        0);
    QCOMPARE(
        run(store,
            {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--folder", "Retail Apps", "--json"})
            .json()
            .value(QStringLiteral("level"))
            .toString(),
        QStringLiteral("deny"));
    QCOMPARE(
        run(store, {"connection", "grant", "CI", "maya.cohen", "manage", "--folder", "Retail Apps", "--as", "admin"})
            .code,
        0);
    QCOMPARE(
        run(store,
            {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--folder", "Retail Apps", "--json"})
            .json()
            .value(QStringLiteral("level"))
            .toString(),
        QStringLiteral("manage"));
    // Not visible from a sibling, and no such global connection.
    QCOMPARE(
        run(store,
            {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--folder", "Data Services", "--json"})
            .code,
        4);
    QCOMPARE(run(store, {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--json"}).code, 4);
    // Rights: a global connection needs Admin.
    const Run refused = run(store,
                            {"connection", "add", "Hook", "--type", "webhook", "--properties",
                             "{\"url\": \"https://h.example\", \"method\": \"POST\"}", "--as", "isabel.moreno"});
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.startsWith(QStringLiteral("wardenctl: error: ")));
    // Availability from the command line.
    QCOMPARE(run(store, {"connector-type", "unrelease", "webhook", "--as", "admin"}).code, 0);
    QCOMPARE(run(store,
                 {"connection", "add", "Hook", "--type", "webhook", "--folder", "Data Services", "--properties",
                  "{\"url\": \"https://h.example\", \"method\": \"POST\"}", "--as", "admin"})
                 .code,
             2);
    QCOMPARE(run(store, {"connector-type", "grant", "webhook", "Data Services", "--as", "admin"}).code, 0);
    QCOMPARE(run(store,
                 {"connection", "add", "Hook", "--type", "webhook", "--folder", "Data Services/Analytics",
                  "--properties", "{\"url\": \"https://h.example\", \"method\": \"POST\"}", "--as", "admin"})
                 .code,
             0);
    // Taking the grant away: new connections there are refused, the existing one can still be edited.
    QCOMPARE(run(store, {"connector-type", "revoke", "webhook", "Data Services", "--as", "admin"}).code, 0);
    QCOMPARE(run(store,
                 {"connection", "add", "Hook 2", "--type", "webhook", "--folder", "Data Services", "--properties",
                  "{\"url\": \"https://h.example\", \"method\": \"POST\"}", "--as", "admin"})
                 .code,
             2);
    const Run edited = run(store,
                           {"connection", "edit", "Hook", "--folder", "Data Services/Analytics", "--title",
                            "Analytics Hook", "--properties", "{\"url\": \"https://hooks.example\"}", "--as", "admin"});
    QVERIFY2(edited.code == 0, qPrintable(edited.err));
    QVERIFY(run(store, {"export"}).out.contains(QStringLiteral("https://hooks.example")));
    QCOMPARE(run(store,
                 {"connection", "edit", "Hook", "--folder", "Data Services/Analytics", "--title", "X", "--as", "admin"})
                 .code,
             4);
    // Released everywhere: allowed in any folder again.
    QCOMPARE(run(store, {"connector-type", "release", "webhook", "--as", "admin"}).code, 0);
    QCOMPARE(run(store,
                 {"connection", "add", "Hook 2", "--type", "webhook", "--folder", "Data Services", "--properties",
                  "{\"url\": \"https://h.example\", \"method\": \"POST\"}", "--as", "admin"})
                 .code,
             0);
    QCOMPARE(run(store, {"connector-type", "grant", "webhook", "Data Services", "--as", "admin"}).code, 2);
    // Revoking maya's own entry: the role's Deny applies again.
    QCOMPARE(run(store, {"connection", "revoke", "CI", "maya.cohen", "--folder", "Retail Apps", "--as", "admin"}).code,
             0);
    QCOMPARE(
        run(store,
            {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--folder", "Retail Apps", "--json"})
            .json()
            .value(QStringLiteral("level"))
            .toString(),
        QStringLiteral("deny"));
    // The secret is nowhere in clear: not in the export, not in the log.
    const Run exported = run(store, {"export"});
    QVERIFY(exported.out.contains(QStringLiteral("sealed:v1:")));
    QVERIFY(!exported.out.contains(QStringLiteral("cli-secret-4711")));
    QVERIFY(!run(store, {"log", "--json"}).out.contains(QStringLiteral("cli-secret-4711")));
    QCOMPARE(run(store, {"connection", "delete", "CI", "--folder", "Retail Apps", "--as", "admin"}).code, 0);
    QCOMPARE(
        run(store, {"connection-access", "--user", "maya.cohen", "--connection", "CI", "--folder", "Retail Apps"}).code,
        4);
}

// The effective answer writes its many folder objects without QJsonObject: the same strings.
void TestCli::quotesStringsAsQJsonDoes()
{
    const QString tricky = QStringLiteral("a \"quoted\" \\ path/é \t\n\x01 ✓");
    QString quoted;
    JsonWriter::quote(quoted, tricky);
    const QJsonDocument parsed = QJsonDocument::fromJson((QStringLiteral("[") + quoted + QStringLiteral("]")).toUtf8());
    QCOMPARE(parsed.array().first().toString(), tricky);
}

void TestCli::historyCommands()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    const QString store = demoStore(backend);
    QVERIFY(!store.isEmpty());
    auto newest = [&] {
        const QJsonArray entries = QJsonDocument::fromJson(run(store, {"log", "--json"}).out.toUtf8()).array();
        return entries.isEmpty() ? -1 : entries.last().toObject().value(QStringLiteral("id")).toInteger();
    };
    const QString before = QStringLiteral("#%1").arg(newest());
    const QStringList whoHas{"who-has", "--folder", "Retail Apps", "--permission", "folder#view"};
    const QStringList connection{"connection-access", "--user", "liam.murphy", "--connection", "Docker Hub"};
    const Run exported = run(store, {"export"});
    const Run holders = run(store, whoHas);
    const Run level = run(store, connection);
    const Run checked = run(store, {"check", "--json"});
    QVERIFY(holders.out.contains(QLatin1String("liam.murphy")));
    QCOMPARE(run(store, {"user", "delete", "liam.murphy", "--as", "admin"}).code, 0);
    QVERIFY(!run(store, whoHas).out.contains(QLatin1String("liam.murphy")));
    QCOMPARE(run(store, {"effective", "--user", "liam.murphy"}).code, 4);

    // Every question as of then answers as it did then.
    const QStringList at{"--at", before};
    QCOMPARE(run(store, whoHas + at).out, holders.out);
    QCOMPARE(run(store, {"export", "--at", before}).out, exported.out);
    QCOMPARE(run(store, connection + at).out, level.out);
    const Run checkedThen = run(store, QStringList{"check", "--json"} + at);
    QCOMPARE(checkedThen.code, checked.code);
    QCOMPARE(checkedThen.out, checked.out);
    QCOMPARE(run(store, {"effective", "--user", "liam.murphy", "--json", "--at", before}).code, 0);
    Run r = run(store,
                {"explain", "--user", "liam.murphy", "--folder", "Retail Apps", "--permission", "folder#view", "--json",
                 "--at", before});
    QVERIFY2(r.code == 0 && r.json().value(QStringLiteral("granted")).toBool(), qPrintable(r.err + r.out));
    // A time works as well as an entry; before the oldest entry there is nothing, naming its time.
    r = run(store, whoHas + QStringList{"--at", QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODate)});
    QVERIFY(!r.out.contains(QLatin1String("liam.murphy")));
    r = run(store, whoHas + QStringList{"--at", "2001-01-01T00:00:00Z"});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("oldest entry")), qPrintable(r.err));
    QCOMPARE(run(store, {"check", "--file", "x.json", "--at", before}).code, 1);
    // Past answers cannot be edited.
    QCOMPARE(run(store, {"folder", "add", "X", "--as", "admin", "--at", before}).code, 1);

    // The difference, in the impact's shape.
    r = run(store, {"diff", "--from", before, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject diff = r.json();
    QCOMPARE(diff.value(QStringLiteral("from")).toString(), before);
    QCOMPARE(diff.value(QStringLiteral("applied")).toBool(), false);
    QJsonArray changes = diff.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].toObject().value(QStringLiteral("user")).toString(), QStringLiteral("liam.murphy"));
    QCOMPARE(changes[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    r = run(store, {"diff", "--from", before, "--user", "maya.cohen", "--json"});
    QCOMPARE(r.json().value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(run(store, {"diff", "--from", before, "--user", "nobody"}).code, 4);

    // Going back: Admin only, previewed, one edit.
    QCOMPARE(run(store, {"revert", "--to", before, "--as", "maya.cohen"}).code, 2);
    r = run(store, {"revert", "--to", before, "--as", "admin", "--dry-run", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    changes = r.json().value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const qint64 entries = newest();
    r = run(store, {"revert", "--to", before, "--as", "admin"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(newest(), entries + 1);
    QCOMPARE(run(store, {"export"}).out, exported.out);
    QCOMPARE(run(store, whoHas).out, holders.out);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::expectationCommands()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    const QString store = demoStore(backend);
    QVERIFY(!store.isEmpty());
    // The demo ships three expectations, one of them broken.
    Run r = run(store, {QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.code, 2);
    const QJsonArray checked = r.json().value(QStringLiteral("expectations")).toArray();
    QCOMPARE(checked.size(), 3);
    QCOMPARE(checked[2].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Release managers start Payments releases"));
    QCOMPARE(checked[2].toObject().value(QStringLiteral("holding")).toBool(), false);
    QCOMPARE(checked[2].toObject().value(QStringLiteral("violations")).toArray().first().toObject(),
             QJsonObject({{QStringLiteral("user"), QStringLiteral("ben.okafor")},
                          {QStringLiteral("folder"), QStringLiteral("Retail Apps/Mobile/Payments")}}));
    QVERIFY(checked[0].toObject().value(QStringLiteral("holding")).toBool());

    // Adding needs security#edit; kavya.iyer is a Security Officer, maya.cohen is not.
    const QStringList add{QStringLiteral("expect"),           QStringLiteral("add"),
                          QStringLiteral("No Auditor edits"), QStringLiteral("never"),
                          QStringLiteral("role:Auditors"),    QStringLiteral("release#edit"),
                          QStringLiteral("--folder"),         QStringLiteral("Retail Apps"),
                          QStringLiteral("--note"),           QStringLiteral("Auditors read only")};
    QCOMPARE(run(store, add + QStringList{QStringLiteral("--as"), QStringLiteral("maya.cohen")}).code, 2);
    r = run(store, add + QStringList{QStringLiteral("--as"), QStringLiteral("kavya.iyer")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(store, {QStringLiteral("expect"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray listed = r.json().value(QStringLiteral("expectations")).toArray();
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed[0].toObject(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("No Auditor edits")},
                          {QStringLiteral("kind"), QStringLiteral("never")},
                          {QStringLiteral("subjects"), QJsonArray{QStringLiteral("role:Auditors")}},
                          {QStringLiteral("permission"), QStringLiteral("release#edit")},
                          {QStringLiteral("folder"), QStringLiteral("Retail Apps")},
                          {QStringLiteral("note"), QStringLiteral("Auditors read only")}}));

    // An edit that breaks one: refused (and its dry run too), unless overridden with a reason.
    const QStringList grant{QStringLiteral("team"),    QStringLiteral("grant"),        QStringLiteral("Retail Apps"),
                            QStringLiteral("Viewers"), QStringLiteral("release#edit"), QStringLiteral("--as"),
                            QStringLiteral("admin")};
    r = run(store, grant);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("wardenctl: error: this change would break 'No Auditor edits': "
                                            "liam.murphy would hold release#edit on Retail Apps")),
             qPrintable(r.err));
    r = run(store, grant + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 2);
    r = run(store,
            grant
                + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--override"),
                              QStringLiteral("audit season")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("expectations")).toObject(),
             QJsonObject({{QStringLiteral("broken"), QJsonArray{QStringLiteral("No Auditor edits")}},
                          {QStringLiteral("mended"), QJsonArray()}}));
    QCOMPARE(run(store, grant + QStringList{QStringLiteral("--override"), QStringLiteral(" ")}).code, 1);
    r = run(store, grant + QStringList{QStringLiteral("--override"), QStringLiteral("audit season")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(store, {QStringLiteral("log"), QStringLiteral("--json")});
    QVERIFY2(r.out.contains(QLatin1String("(overriding 'No Auditor edits': audit season)")),
             qPrintable(r.out.right(400)));

    // A dry run that mends one says so; deleting needs the right too.
    r = run(store,
            {QStringLiteral("team"), QStringLiteral("revoke"), QStringLiteral("Retail Apps"), QStringLiteral("Viewers"),
             QStringLiteral("release#edit"), QStringLiteral("--as"), QStringLiteral("admin"),
             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("expectations")).toObject().value(QStringLiteral("mended")).toArray(),
             QJsonArray{QStringLiteral("No Auditor edits")});
    const QStringList remove{QStringLiteral("expect"), QStringLiteral("delete"), QStringLiteral("no auditor edits"),
                             QStringLiteral("--as")};
    QCOMPARE(run(store, remove + QStringList{QStringLiteral("maya.cohen")}).code, 2);
    QCOMPARE(run(store, remove + QStringList{QStringLiteral("kavya.iyer")}).code, 0);
    QCOMPARE(run(store, remove + QStringList{QStringLiteral("kavya.iyer")}).code, 4);
}

void TestCli::checkReadsAFileWithoutAStore()
{
    const QString file = m_dir.filePath(QStringLiteral("permissions.yaml"));
    QFile yaml(file);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(R"(version: 1
roles:
  - name: Owner
  - name: Release Managers
users:
  - {username: admin, roles: [Owner]}
  - {username: maya, roles: [Release Managers]}
  - {username: sam}
globalPermissions:
  admin: [Owner]
folders:
  - name: Payments
    teams:
      - {name: Releasers, roles: [Release Managers], permissions: [release#start]}
      - {name: Helpers, users: [sam], permissions: [release#view]}
expectations:
  - name: Only release managers start
    kind: only
    subjects: [role:Release Managers, role:Owner]
    permission: release#start
    folder: Payments
  - name: Sam starts releases
    kind: holds
    subjects: [sam]
    permission: release#start
    folder: Payments
)");
    yaml.close();
    Run r = run({}, {QStringLiteral("check"), QStringLiteral("--file"), file});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out,
             QStringLiteral("holding: Only release managers start\n"
                            "broken:  Sam starts releases (1 violation(s))\n"
                            "    sam lacks release#start on Payments\n"
                            "2 expectation(s), 1 broken\n"));
    QVERIFY(!QFile::exists(QStringLiteral("warden.sqlite")));
}
