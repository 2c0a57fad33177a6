// Connections on both stores: what a folder sees, titles, rights, access levels with the Admin
// cases, connector availability, allowed templates and their problems, cascades, secrets that never
// appear in clear, and the directory file.
#include "support/TestHelpers.h"

#include "models/domain/ConnectionTypes.h"
#include "models/net/ConnectionCheck.h"
#include "models/io/DirectoryFile.h"
#include "models/store/SecretBox.h"

#include <QDirIterator>
#include <QProcess>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

#include <sys/stat.h>

using namespace warden;
using namespace warden::test;

class TestConnections : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QTemporaryDir m_keys;
    std::unique_ptr<Store> m_store;

    Store& s() { return *m_store; }
    Id admin() { return userNamed(s(), QStringLiteral("admin")); }
    Id user(const char* name) { return userNamed(s(), QLatin1String(name)); }
    Id folder(const char* path) { return folderAt(s(), QLatin1String(path)); }
    Id addConnection(Id folderId, const QString& title, Id as = 0, const QString& type = QStringLiteral("jenkins"));
    void openDemo();

private Q_SLOTS:
    void initTestCase();
    void init() { m_store.reset(); }
    void foldersSeeTheirAncestorsWhateverTheyInherit_data() { TestStores::addBackendRows(); }
    void foldersSeeTheirAncestorsWhateverTheyInherit();
    void titlesAreUniqueInTheirScope_data() { TestStores::addBackendRows(); }
    void titlesAreUniqueInTheirScope();
    void rightsFollowTheScope_data() { TestStores::addBackendRows(); }
    void rightsFollowTheScope();
    void levels_data();
    void levels();
    void availability_data() { TestStores::addBackendRows(); }
    void availability();
    void propertiesFollowTheType_data() { TestStores::addBackendRows(); }
    void propertiesFollowTheType();
    void checkSendsTheMarkedFields_data();
    void checkSendsTheMarkedFields();
    void problemsAndAllow_data() { TestStores::addBackendRows(); }
    void problemsAndAllow();
    void principalsThatGoLeaveNoEntries_data() { TestStores::addBackendRows(); }
    void principalsThatGoLeaveNoEntries();
    void secretsNeverInClear_data() { TestStores::addBackendRows(); }
    void secretsNeverInClear();
    void webhookUrlsAreSealed_data() { TestStores::addBackendRows(); }
    void webhookUrlsAreSealed();
    void fileRoundTripAndErrors();
    void keyFileIsPrivate();
    void keyFileIsNeverReadableByOthers();
    void checkGivesUpAfterItsTimeout();
};

void TestConnections::initTestCase()
{
    // Secrets are sealed with a key file in tests, as where no keychain exists.
    qputenv("WARDEN_KEY_FILE", m_keys.filePath(QStringLiteral("warden.key")).toUtf8());
}

void TestConnections::openDemo()
{
    QFETCH(QString, backend);
    m_store = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(m_store);
}

Id TestConnections::addConnection(Id folderId, const QString& title, Id as, const QString& type)
{
    QJsonObject properties{{QStringLiteral("url"), QStringLiteral("https://ci.example")},
                           {QStringLiteral("username"), QStringLiteral("bot")}};
    if (type == QLatin1String("webhook"))
        properties = {{QStringLiteral("url"), QStringLiteral("https://hooks.example/x")},
                      {QStringLiteral("method"), QStringLiteral("POST")}};
    QHash<QString, QString> secrets;
    if (type == QLatin1String("jenkins"))
        secrets.insert(QStringLiteral("apiToken"), QStringLiteral("token-") + title);
    auto applied = s().apply(edit::AddConnection{folderId, type, title, properties, secrets}, as ? as : admin());
    if (!applied) {
        qWarning() << applied.error().message;
        return 0;
    }
    return applied->createdId;
}

void TestConnections::foldersSeeTheirAncestorsWhateverTheyInherit()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    const Id global = addConnection(0, QStringLiteral("CI"));
    const Id retail = addConnection(folder("Retail Apps"), QStringLiteral("Retail CI"));
    const Id payments = addConnection(folder("Retail Apps/Mobile/Payments"), QStringLiteral("Payments CI"));
    QVERIFY(global && retail && payments);
    const Directory& d = s().directory();
    // Payments does not inherit, Mobile does: both see what their ancestors define, nearest first.
    auto sees = [&](const char* path) { return d.visibleConnections(folder(path)); };
    auto inOrder = [](const QList<Id>& list, const QList<Id>& ids) {
        for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
            if (!list.contains(ids[i]) || list.indexOf(ids[i]) > list.indexOf(ids[i + 1]))
                return false;
        }
        return list.contains(ids.last());
    };
    QVERIFY(!d.folder(folder("Retail Apps/Mobile/Payments"))->inherit);
    QVERIFY(inOrder(sees("Retail Apps/Mobile/Payments"), {payments, retail, global}));
    QVERIFY(inOrder(sees("Retail Apps/Mobile"), {retail, global}));
    QVERIFY(!sees("Retail Apps/Mobile").contains(payments));
    QVERIFY(sees("Data Services").contains(global) && !sees("Data Services").contains(retail));
    QCOMPARE(d.visibleConnections(0), d.connectionsOn(0));
    // Turning inheritance off or on changes nothing about it.
    const QList<Id> before = sees("Retail Apps/Mobile/Payments");
    QVERIFY(
        s().apply(edit::SetInherit{folder("Retail Apps/Mobile"), false, edit::InheritChoice::CopyTeams}, admin()).ok());
    QCOMPARE(sees("Retail Apps/Mobile/Payments"), before);
}

void TestConnections::titlesAreUniqueInTheirScope()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    QVERIFY(addConnection(0, QStringLiteral("CI")));
    auto again = s().apply(edit::AddConnection{0, QStringLiteral("jenkins"), QStringLiteral("ci"), {}, {}}, admin());
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("already exists")), qPrintable(again.error().message));
    // The same title in another scope is another connection.
    QVERIFY(addConnection(folder("Retail Apps"), QStringLiteral("CI")));
    const Id second = addConnection(folder("Retail Apps"), QStringLiteral("CI 2"));
    auto renamed = s().apply(
        edit::UpdateConnection{second, QStringLiteral("CI"), s().directory().connection(second)->properties, {}},
        admin());
    QVERIFY(!renamed);
    QCOMPARE(s().loadDirectory().value().connections().size(), s().directory().connections().size());
}

void TestConnections::rightsFollowTheScope()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    // isabel.moreno holds folder#edit_configuration on Infrastructure, and is no administrator.
    auto global = s().apply(edit::AddConnection{0,
                                                QStringLiteral("webhook"),
                                                QStringLiteral("Hook"),
                                                {{QStringLiteral("url"), QStringLiteral("https://h.example")},
                                                 {QStringLiteral("method"), QStringLiteral("POST")}},
                                                {}},
                            user("isabel.moreno"));
    QVERIFY(!global);
    QCOMPARE(global.error().kind, ErrorKind::Refused);
    QVERIFY(global.error().message.contains(QStringLiteral("Admin")));
    QVERIFY(addConnection(folder("Infrastructure/Networking"), QStringLiteral("Net Hook"), user("isabel.moreno"),
                          QStringLiteral("webhook")));
    auto elsewhere = s().apply(edit::AddConnection{folder("Retail Apps"),
                                                   QStringLiteral("webhook"),
                                                   QStringLiteral("Hook"),
                                                   {{QStringLiteral("url"), QStringLiteral("https://h.example")},
                                                    {QStringLiteral("method"), QStringLiteral("POST")}},
                                                   {}},
                               user("isabel.moreno"));
    QVERIFY(!elsewhere);
    QVERIFY2(elsewhere.error().message.contains(QStringLiteral("folder#edit_configuration on folder 'Retail Apps'")),
             qPrintable(elsewhere.error().message));
    // Editing needs Manage as well: left at Use, she may not change it.
    const Id hook
        = s().directory().connectionNamed(folder("Infrastructure/Networking"), QStringLiteral("Net Hook"))->id;
    QVERIFY(s().apply(edit::SetConnectionAccess{hook, AccessLevel::Use, {}}, admin()).ok());
    const Connection before = *s().directory().connection(hook);
    auto edited = s().apply(edit::UpdateConnection{hook, QStringLiteral("Renamed"), before.properties, {}},
                            user("isabel.moreno"));
    QVERIFY(!edited);
    QVERIFY2(edited.error().message.contains(QStringLiteral("needs manage")), qPrintable(edited.error().message));
    QVERIFY(s().apply(edit::SetConnectionAccess{hook, AccessLevel::Manage, {}}, admin()).ok());
    QVERIFY(
        s().apply(edit::UpdateConnection{hook, QStringLiteral("Renamed"), before.properties, {}}, user("isabel.moreno"))
            .ok());
}

void TestConnections::levels_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("entries"); // who=level, comma separated; "default=" sets the default
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("expected");
    for (const char* backend : {"sqlite", "postgresql"}) {
        auto row = [&](const char* name, const char* entries, const char* who, const char* expected) {
            QTest::addRow("%s: %s", backend, name) << QString::fromLatin1(backend) << QString::fromLatin1(entries)
                                                   << QString::fromLatin1(who) << QString::fromLatin1(expected);
        };
        row("default", "", "maya.cohen", "use");
        row("changed default", "default=deny", "maya.cohen", "deny");
        row("own entry beats roles", "role:Developers=manage,maya.cohen=delete_only", "maya.cohen", "delete_only");
        row("highest of roles and teams",
            "role:Developers=use,team:Retail Apps/Mobile/Payments:Payments Engineers=manage", "maya.cohen", "manage");
        row("role over default", "default=deny,role:Member=use", "maya.cohen", "use");
        row("others keep the default", "role:Operations=manage", "maya.cohen", "use");
        row("admin gets manage", "default=use", "admin", "manage");
        row("admin denied is delete-only", "admin=deny", "admin", "delete_only");
        row("admin by role denied", "role:Owner=delete_only", "admin", "delete_only");
        row("disabled user", "oscar.lund=manage", "oscar.lund", "deny");
        row("invited user", "default=manage", "nina.petrova", "deny");
    }
}

void TestConnections::levels()
{
    QFETCH(QString, backend);
    QFETCH(QString, entries);
    QFETCH(QString, who);
    QFETCH(QString, expected);
    WARDEN_REQUIRE_BACKEND(backend);
    m_store = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(m_store);
    const Id c = addConnection(0, QStringLiteral("CI"));
    edit::SetConnectionAccess e{c, AccessLevel::Use, {}};
    for (const QString& item : entries.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        AccessLevel level;
        QVERIFY(parseLevel(item.section(QLatin1Char('='), 1), &level));
        if (name == QLatin1String("default")) {
            e.defaultLevel = level;
            continue;
        }
        AccessEntry entry;
        entry.level = level;
        if (name.startsWith(QLatin1String("role:"))) {
            entry.kind = AccessEntry::Kind::Role;
            entry.principal = roleNamed(s(), name.mid(5));
        } else if (name.startsWith(QLatin1String("team:"))) {
            entry.kind = AccessEntry::Kind::Team;
            const QString rest = name.mid(5);
            entry.principal = teamOn(s(), rest.section(QLatin1Char(':'), 0, 0), rest.section(QLatin1Char(':'), 1));
        } else {
            entry.principal = userNamed(s(), name);
        }
        QVERIFY(entry.principal);
        e.access.append(entry);
    }
    QVERIFY(s().apply(e, admin()).ok());
    // The same answer from the store as read back from the database.
    QCOMPARE(levelKey(s().access().connectionLevel(userNamed(s(), who), c)), expected);
    const Directory stored = s().loadDirectory().value();
    QCOMPARE(levelKey(AccessQuery(stored, s().catalog()).connectionLevel(userNamed(s(), who), c)), expected);
}

void TestConnections::availability()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    const QString jira = QStringLiteral("jira");
    const QJsonObject properties{{QStringLiteral("url"), QStringLiteral("https://jira.example")},
                                 {QStringLiteral("email"), QStringLiteral("bot@example.com")}};
    const QHash<QString, QString> secrets{{QStringLiteral("apiToken"), QStringLiteral("t")}};
    const Id existing
        = s().apply(edit::AddConnection{folder("Data Services"), jira, QStringLiteral("Old"), properties, secrets},
                    admin())
              ->createdId;
    // Unreleased: restricted with no grants; existing connections keep working.
    QVERIFY(s().apply(edit::SetTypeAvailability{jira, edit::Availability::Unrelease, 0}, admin()).ok());
    QVERIFY(s().apply(edit::UpdateConnection{existing, QStringLiteral("Still"), properties, {}}, admin()).ok());
    auto refused = s().apply(
        edit::AddConnection{folder("Retail Apps/Mobile"), jira, QStringLiteral("New"), properties, secrets}, admin());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("not available on 'Retail Apps/Mobile'")),
             qPrintable(refused.error().message));
    // Granted on Retail Apps: available in its subtree, not elsewhere, and not for global connections.
    QVERIFY(s().apply(edit::SetTypeAvailability{jira, edit::Availability::Grant, folder("Retail Apps")}, admin()).ok());
    QVERIFY(
        s().apply(edit::AddConnection{folder("Retail Apps/Mobile"), jira, QStringLiteral("New"), properties, secrets},
                  admin())
            .ok());
    QVERIFY(!s().apply(edit::AddConnection{folder("Data Services"), jira, QStringLiteral("New"), properties, secrets},
                       admin()));
    QVERIFY(!s().apply(edit::AddConnection{0, jira, QStringLiteral("New"), properties, secrets}, admin()));
    // Only administrators change availability.
    QVERIFY(!s().apply(edit::SetTypeAvailability{jira, edit::Availability::Grant, folder("Data Services")},
                       user("isabel.moreno")));
    // Release clears the grants for good; unrelease does not bring them back.
    QVERIFY(s().apply(edit::SetTypeAvailability{jira, edit::Availability::Release, 0}, admin()).ok());
    QVERIFY(s().directory().connectionType(jira)->grants.isEmpty());
    QVERIFY(!s().apply(edit::SetTypeAvailability{jira, edit::Availability::Grant, folder("Data Services")}, admin()));
    QVERIFY(s().apply(edit::SetTypeAvailability{jira, edit::Availability::Unrelease, 0}, admin()).ok());
    QVERIFY(s().directory().connectionType(jira)->grants.isEmpty());
    QCOMPARE(s().loadDirectory().value().connectionType(jira)->grants.size(), 0);
    QVERIFY(!s().loadDirectory().value().connectionType(jira)->released);

    // A type whose definition does not validate can be neither granted nor released.
    ConnectionType broken;
    broken.name = QStringLiteral("broken");
    broken.fields = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("url")},
                                           {QStringLiteral("kind"), QStringLiteral("colour")}}};
    QVERIFY(ConnectionTypes::validate(broken).failed());
    Directory content = s().loadDirectory().value();
    content.load(broken);
    QVERIFY(s().replaceContent(content, QStringLiteral("admin"), QStringLiteral("test")).ok());
    for (auto action : {edit::Availability::Release, edit::Availability::Grant}) {
        auto result
            = s().apply(edit::SetTypeAvailability{QStringLiteral("broken"), action, folder("Data Services")}, admin());
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("kind must be")), qPrintable(result.error().message));
    }
}

void TestConnections::checkSendsTheMarkedFields_data()
{
    QTest::addColumn<QJsonArray>("fields");
    QTest::addColumn<QString>("problem"); // empty: the type validates
    QTest::addColumn<QStringList>("headers"); // "Name: value", for user "bot", token "t0k"
    auto field = [](const char* name, const char* kind, const char* sentAs) {
        QJsonObject f{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("kind"), QLatin1String(kind)}};
        if (*sentAs)
            f.insert(QStringLiteral("sentAs"), QLatin1String(sentAs));
        return f;
    };
    const QJsonObject url = field("url", "url", "");
    QTest::newRow("basic")
        << QJsonArray{url, field("user", "text", "basicUser"), field("token", "secret", "basicPassword")} << QString()
        << QStringList{QStringLiteral("Authorization: Basic ") + QString::fromLatin1(QByteArray("bot:t0k").toBase64())};
    QTest::newRow("bearer") << QJsonArray{url, field("user", "text", ""), field("token", "secret", "bearer")}
                            << QString() << QStringList{QStringLiteral("Authorization: Bearer t0k")};
    QTest::newRow("header") << QJsonArray{url, field("user", "text", "header:X-User"),
                                          field("token", "secret", "header:X-Key")}
                            << QString() << QStringList{QStringLiteral("X-User: bot"), QStringLiteral("X-Key: t0k")};
    QTest::newRow("not sent") << QJsonArray{url, field("user", "text", ""), field("token", "secret", "")} << QString()
                              << QStringList();
    QTest::newRow("unknown way") << QJsonArray{url, field("token", "secret", "cookie")}
                                 << QStringLiteral("sentAs must be") << QStringList();
    QTest::newRow("bad header name") << QJsonArray{url, field("token", "secret", "header:X Key")}
                                     << QStringLiteral("sentAs must be") << QStringList();
    QTest::newRow("not text") << QJsonArray{url, field("flag", "bool", "bearer")}
                              << QStringLiteral("only a text or secret field") << QStringList();
    QTest::newRow("twice") << QJsonArray{url, field("user", "text", "bearer"), field("token", "secret", "bearer")}
                           << QStringLiteral("two fields are sent as bearer") << QStringList();
    QTest::newRow("bearer and basic") << QJsonArray{url, field("user", "text", "basicUser"),
                                                    field("token", "secret", "bearer")}
                                      << QStringLiteral("not both") << QStringList();
}

void TestConnections::checkSendsTheMarkedFields()
{
    QFETCH(QJsonArray, fields);
    QFETCH(QString, problem);
    QFETCH(QStringList, headers);
    ConnectionType type;
    type.name = QStringLiteral("probe");
    type.fields = fields;
    type.checkUrl = QStringLiteral("{url}/ping");
    const Status valid = ConnectionTypes::validate(type);
    if (!problem.isEmpty()) {
        QVERIFY(valid.failed());
        QVERIFY2(valid.error().message.contains(problem), qPrintable(valid.error().message));
        return;
    }
    QVERIFY2(valid.ok(), valid.failed() ? qPrintable(valid.error().message) : "");
    const QJsonObject properties{{QStringLiteral("url"), QStringLiteral("https://x.example")},
                                 {QStringLiteral("user"), QStringLiteral("bot")}};
    QStringList sent;
    for (const auto& [name, value] : ConnectionTypes::checkHeaders(ConnectionTypes::fields(type).value(), properties,
                                                                   {{QStringLiteral("token"), QStringLiteral("t0k")}}))
        sent.append(QString::fromLatin1(name + ": " + value));
    QCOMPARE(sent, headers);
    // Empty values are not sent.
    QVERIFY(ConnectionTypes::checkHeaders(ConnectionTypes::fields(type).value(), {}, {}).isEmpty());
}

void TestConnections::propertiesFollowTheType()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    auto add = [&](const QJsonObject& properties, const QHash<QString, QString>& secrets) {
        return s().apply(edit::AddConnection{0, QStringLiteral("jenkins"), QStringLiteral("CI"), properties, secrets},
                         admin());
    };
    const QHash<QString, QString> token{{QStringLiteral("apiToken"), QStringLiteral("t")}};
    struct Case
    {
        QJsonObject properties;
        QHash<QString, QString> secrets;
        QString message;
    };
    const QList<Case> cases{
        {{{QStringLiteral("username"), QStringLiteral("bot")}}, token, QStringLiteral("Server URL is required")},
        {{{QStringLiteral("url"), QStringLiteral("ftp://x")}, {QStringLiteral("username"), QStringLiteral("bot")}},
         token,
         QStringLiteral("url: 'ftp://x' is not an http or https address")},
        {{{QStringLiteral("url"), QStringLiteral("https://x.example")},
          {QStringLiteral("username"), QStringLiteral("bot")}},
         {},
         QStringLiteral("API token is required")},
        {{{QStringLiteral("url"), QStringLiteral("https://x.example")},
          {QStringLiteral("username"), QStringLiteral("bot")},
          {QStringLiteral("colour"), QStringLiteral("red")}},
         token,
         QStringLiteral("colour: the type has no such field")},
        {{{QStringLiteral("url"), QStringLiteral("https://x.example")},
          {QStringLiteral("username"), QStringLiteral("bot")},
          {QStringLiteral("timeoutSeconds"), 9999}},
         token,
         QStringLiteral("timeoutSeconds: 9999 is outside 1 to 600")},
        {{{QStringLiteral("url"), QStringLiteral("https://x.example")},
          {QStringLiteral("username"), QStringLiteral("bot")},
          {QStringLiteral("apiToken"), QStringLiteral("clear")}},
         {},
         QStringLiteral("apiToken: a secret is set as a secret")},
        // A password in the address would be shown, exported and logged in clear.
        {{{QStringLiteral("url"), QStringLiteral("https://bob:hunter2@ci.example")},
          {QStringLiteral("username"), QStringLiteral("bot")}},
         token,
         QStringLiteral("url: an address must not carry a user name or password")},
        {{{QStringLiteral("url"), QStringLiteral("https://bob@ci.example")},
          {QStringLiteral("username"), QStringLiteral("bot")}},
         token,
         QStringLiteral("put the password in the password or token field")},
    };
    for (const Case& c : cases) {
        auto result = add(c.properties, c.secrets);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(c.message), qPrintable(result.error().message));
    }
    QVERIFY(!s().directory().connectionNamed(0, QStringLiteral("CI")));
    QVERIFY(add({{QStringLiteral("url"), QStringLiteral("https://x.example")},
                 {QStringLiteral("username"), QStringLiteral("bot")}},
                token)
                .ok());
}

void TestConnections::problemsAndAllow()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    const Id ci = addConnection(folder("Retail Apps"), QStringLiteral("Retail CI"));
    Template t{Directory::newId(), folder("Retail Apps/Mobile"), QStringLiteral("Deploy"), {ci}, 1};
    Directory content = s().loadDirectory().value();
    content.load(t);
    QVERIFY(s().replaceContent(content, QStringLiteral("admin"), QStringLiteral("test")).ok());
    auto problemsOf = [&] {
        QList<Id> ids;
        for (const ConnectionProblem& p : s().access().connectionProblems()) {
            if (p.connectionId == ci)
                ids.append(p.templateId);
        }
        return ids;
    };
    QVERIFY(problemsOf().isEmpty()); // all templates may use it
    QVERIFY(s().apply(edit::SetAllowedTemplates{ci, false, {}}, admin()).ok());
    QCOMPARE(problemsOf(), QList<Id>{t.id});
    // Using the connection is enough to allow a template; Deny is not.
    QVERIFY(
        s().apply(
               edit::SetConnectionAccess{
                   ci, AccessLevel::Deny, {AccessEntry{AccessEntry::Kind::User, user("maya.cohen"), AccessLevel::Use}}},
               admin())
            .ok());
    auto denied = s().apply(edit::AllowTemplate{ci, t.id}, user("chloe.nguyen"));
    QVERIFY(!denied);
    QVERIFY2(denied.error().message.contains(QStringLiteral("has deny")), qPrintable(denied.error().message));
    QVERIFY(s().apply(edit::AllowTemplate{ci, t.id}, user("maya.cohen")).ok());
    QVERIFY(problemsOf().isEmpty());
    QVERIFY(s().loadDirectory().value().connection(ci)->allowedTemplates.contains(t.id));

    // Moved out of Retail Apps, the template can no longer see the connection, allowed or not.
    QVERIFY(s().apply(edit::MoveFolder{folder("Retail Apps/Mobile"), folder("Infrastructure")}, admin()).ok());
    QCOMPARE(problemsOf(), QList<Id>{t.id});
    const auto moved = s().access().connectionProblems();
    const auto found
        = std::find_if(moved.begin(), moved.end(), [&](const ConnectionProblem& p) { return p.connectionId == ci; });
    QCOMPARE(found->kind, ConnectionProblem::Kind::OutOfScope);
    QVERIFY(s().apply(edit::MoveFolder{folder("Infrastructure/Mobile"), folder("Retail Apps")}, admin()).ok());
    QVERIFY(problemsOf().isEmpty());
}

void TestConnections::principalsThatGoLeaveNoEntries()
{
    WARDEN_REQUIRE_BACKEND(QString(QTest::currentDataTag()));
    openDemo();
    const Id ci = addConnection(0, QStringLiteral("CI"));
    const Id team = teamOn(s(), QStringLiteral("Retail Apps/Mobile/Payments"), QStringLiteral("Payments Engineers"));
    const Id role = roleNamed(s(), QStringLiteral("QA Engineers"));
    QVERIFY(s().apply(edit::SetConnectionAccess{ci,
                                                AccessLevel::Use,
                                                {AccessEntry{AccessEntry::Kind::Team, team, AccessLevel::Manage},
                                                 AccessEntry{AccessEntry::Kind::Role, role, AccessLevel::Deny},
                                                 AccessEntry{AccessEntry::Kind::User, user("zoe.martin"),
                                                             AccessLevel::Deny}}},
                      admin())
                .ok());
    QVERIFY(s().apply(edit::DeleteTeam{team}, admin()).ok());
    QVERIFY(s().apply(edit::DeleteRole{role}, admin()).ok());
    QVERIFY(s().apply(edit::DeleteUser{user("zoe.martin")}, admin()).ok());
    QVERIFY(s().directory().connection(ci)->access.isEmpty());
    QVERIFY(s().loadDirectory().value().connection(ci)->access.isEmpty());
    // A folder takes its connections with it.
    const Id local = addConnection(folder("Data Services/Analytics"), QStringLiteral("Local"));
    QVERIFY(s().apply(edit::DeleteFolder{folder("Data Services")}, admin()).ok());
    QVERIFY(!s().directory().connection(local));
    QVERIFY(!s().loadDirectory().value().connection(local));
}

// A Slack webhook URL is itself the credential: the demo's are sealed like passwords, in the
// store, its log and every export; a typed one must still be an address.
void TestConnections::webhookUrlsAreSealed()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    openDemo();
    const QByteArray needle = "hooks.slack.example";
    QVERIFY(!exportJson(s()).contains(needle));
    const auto log = s().log();
    QVERIFY(log.ok());
    for (const AuditEntry& entry : log.value())
        QVERIFY(!QJsonDocument(entry.after).toJson().contains(needle));
    Id notifications = 0;
    for (const Connection& c : s().directory().connections())
        notifications = c.title == QLatin1String("Release Notifications") ? c.id : notifications;
    QVERIFY(notifications);
    QVERIFY(!s().directory().connection(notifications)->properties.contains(QStringLiteral("webhookUrl")));
    QCOMPARE(s().revealSecret(notifications, QStringLiteral("webhookUrl")).value(),
             QStringLiteral("https://hooks.slack.example/services/T0RELEASE/B0NOTIFY"));
    const QJsonObject channel{{QStringLiteral("channel"), QStringLiteral("#releases")}};
    const auto notAnAddress
        = s().apply(edit::AddConnection{0,
                                        QStringLiteral("slack"),
                                        QStringLiteral("Hook"),
                                        channel,
                                        {{QStringLiteral("webhookUrl"), QStringLiteral("T0/B0/not-a-url")}}},
                    admin());
    QVERIFY(!notAnAddress);
    QCOMPARE(notAnAddress.error().kind, ErrorKind::Invalid);
    QVERIFY2(notAnAddress.error().message.contains(QStringLiteral("webhookUrl")),
             qPrintable(notAnAddress.error().message));
    QVERIFY(!notAnAddress.error().message.contains(QStringLiteral("not-a-url"))); // a secret is never echoed
    // As a property it is refused: a secret is set as a secret.
    QJsonObject inClear = channel;
    inClear.insert(QStringLiteral("webhookUrl"), QStringLiteral("https://hooks.slack.example/x"));
    QVERIFY(!s().apply(edit::AddConnection{0, QStringLiteral("slack"), QStringLiteral("Hook"), inClear, {}}, admin()));
    QVERIFY(s().apply(edit::AddConnection{0,
                                          QStringLiteral("slack"),
                                          QStringLiteral("Hook"),
                                          channel,
                                          {{QStringLiteral("webhookUrl"),
                                            QStringLiteral("https://hooks.slack.example/y")}}},
                      admin())
                .ok());
}

void TestConnections::secretsNeverInClear()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    openDemo();
    const QString secret = QStringLiteral("tok-9f1c-never-in-clear");
    const QJsonObject properties{{QStringLiteral("url"), QStringLiteral("https://ci.example")},
                                 {QStringLiteral("username"), QStringLiteral("bot")}};
    const Id ci = s().apply(edit::AddConnection{0,
                                                QStringLiteral("jenkins"),
                                                QStringLiteral("CI"),
                                                properties,
                                                {{QStringLiteral("apiToken"), secret}}},
                            admin())
                      ->createdId;
    QVERIFY(ci);
    QVERIFY(SecretBox::isSealed(s().directory().connection(ci)->secrets.value(QStringLiteral("apiToken"))));
    QCOMPARE(s().revealSecret(ci, QStringLiteral("apiToken")).value(), secret);
    // Replaced, then cleared: a clear value of the old or new secret is nowhere.
    QVERIFY(s().apply(edit::UpdateConnection{ci,
                                             QStringLiteral("CI"),
                                             properties,
                                             {{QStringLiteral("apiToken"), secret + QStringLiteral("-2")}}},
                      admin())
                .ok());
    QCOMPARE(s().revealSecret(ci, QStringLiteral("apiToken")).value(), secret + QStringLiteral("-2"));

    const QByteArray needle = secret.toUtf8();
    QVERIFY(!exportJson(s()).contains(needle));
    auto log = s().log();
    QVERIFY(log.ok());
    for (const AuditEntry& entry : log.value()) {
        QVERIFY(!QJsonDocument(entry.before).toJson().contains(needle));
        QVERIFY(!QJsonDocument(entry.after).toJson().contains(needle));
    }
    // The bytes of the database: the SQLite file and its journal, or every text column on PostgreSQL.
    if (backend == QLatin1String("sqlite")) {
        // Read by another process: opening the open store's files here would drop its locks.
        const QFileInfo file(s().location());
        QDirIterator it(file.absolutePath(), {file.fileName() + QLatin1Char('*')}, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QProcess grep;
            grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("-a"), secret, path});
            QVERIFY(grep.waitForFinished());
            QVERIFY2(grep.exitCode() == 1, qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(grep.readAll())));
            ++files;
        }
        QVERIFY(files > 0);
    } else {
        QVERIFY(withRawConnection(s().location(), [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM connections WHERE secrets LIKE '%tok-9f1c%'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE before_json LIKE '%tok-9f1c%' OR "
                                          "after_json LIKE '%tok-9f1c%'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }));
    }

    // Another key opens the store, which says it cannot read the secrets; everything else works.
    QTemporaryDir other;
    const QByteArray ownKey = qgetenv("WARDEN_KEY_FILE");
    qputenv("WARDEN_KEY_FILE", other.filePath(QStringLiteral("other.key")).toUtf8());
    QVERIFY(!s().secretKeyProblem().isEmpty());
    QVERIFY(!s().revealSecret(ci, QStringLiteral("apiToken")));
    QVERIFY(s().apply(edit::AddFolder{0, QStringLiteral("Still Works")}, admin()).ok());
    qputenv("WARDEN_KEY_FILE", ownKey);
    QVERIFY(s().secretKeyProblem().isEmpty());
    // The token is required: clearing it is refused.
    QVERIFY(!s().apply(
        edit::UpdateConnection{ci, QStringLiteral("CI"), properties, {{QStringLiteral("apiToken"), QString()}}},
        admin()));
}

void TestConnections::fileRoundTripAndErrors()
{
    m_store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(m_store);
    const Id ci = addConnection(folder("Retail Apps"), QStringLiteral("Retail CI"));
    QVERIFY(
        s().apply(
               edit::SetConnectionAccess{ci,
                                         AccessLevel::Deny,
                                         {AccessEntry{AccessEntry::Kind::Role,
                                                      roleNamed(s(), QStringLiteral("Developers")), AccessLevel::Use},
                                          AccessEntry{AccessEntry::Kind::Team,
                                                      teamOn(s(), QStringLiteral("Retail Apps"), QStringLiteral("QA")),
                                                      AccessLevel::Manage}}},
               admin())
            .ok());
    QVERIFY(
        s().apply(edit::SetTypeAvailability{QStringLiteral("slack"), edit::Availability::Unrelease, 0}, admin()).ok());
    QVERIFY(s().apply(edit::SetTypeAvailability{QStringLiteral("slack"), edit::Availability::Grant,
                                                folder("Data Services")},
                      admin())
                .ok());
    const QByteArray first = exportJson(s());
    auto tree = DirectoryFile::parse(first, DirectoryFile::Format::Json);
    QVERIFY(tree.ok());
    auto read = DirectoryFile::read(tree.value(), s().catalog());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    auto copy = m_stores.createStore(QStringLiteral("sqlite"));
    QVERIFY(copy);
    QVERIFY(copy->replaceContent(read.value(), QStringLiteral("admin"), QStringLiteral("import")).ok());
    QCOMPARE(exportJson(*copy), first);

    // Errors name the place in the file, and nothing is read.
    struct Case
    {
        QString path; // a JSON pointer-like walk: key names and indexes separated by /
        QJsonValue value;
        QString message;
    };
    auto changed = [&](const std::function<void(QJsonObject&)>& change) {
        QJsonObject root = tree.value().toObject();
        change(root);
        return DirectoryFile::read(root, s().catalog());
    };
    auto expectError = [&](const Result<Directory>& result, const QString& message) {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    };
    expectError(changed([](QJsonObject& root) {
                    QJsonArray list = root[QStringLiteral("connections")].toArray();
                    list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("nosuch")},
                                            {QStringLiteral("title"), QStringLiteral("X")}});
                    root[QStringLiteral("connections")] = list;
                }),
                QStringLiteral("connections[%1].type: unknown connection type 'nosuch'")
                    .arg(s().directory().connectionsOn(0).size()));
    expectError(
        changed([](QJsonObject& root) {
            QJsonArray list = root[QStringLiteral("connections")].toArray();
            list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("webhook")},
                                    {QStringLiteral("title"), QStringLiteral("X")},
                                    {QStringLiteral("properties"),
                                     QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x.example")},
                                                 {QStringLiteral("method"), QStringLiteral("POST")}}},
                                    {QStringLiteral("defaultLevel"), QStringLiteral("sometimes")}});
            root[QStringLiteral("connections")] = list;
        }),
        QStringLiteral(
            "connections[%1].defaultLevel (connection X): 'sometimes' is not one of deny, delete_only, use, manage")
            .arg(s().directory().connectionsOn(0).size()));
    expectError(changed([](QJsonObject& root) {
                    QJsonArray types = root[QStringLiteral("connectionTypes")].toArray();
                    QJsonObject first = types[0].toObject();
                    first[QStringLiteral("availability")] = QStringLiteral("maybe");
                    types[0] = first;
                    root[QStringLiteral("connectionTypes")] = types;
                }),
                QStringLiteral("connectionTypes[0].availability"));
}

// Not for a moment: another process watching while the key file is created never sees it open to
// others (it was created with the usual mode and narrowed a moment later).
void TestConnections::keyFileIsNeverReadableByOthers()
{
    QTemporaryDir dir;
    const QByteArray ownKey = qgetenv("WARDEN_KEY_FILE");
    int exposed = 0;
    for (int attempt = 0; attempt < 30; ++attempt) {
        const QString path = dir.filePath(QStringLiteral("key%1").arg(attempt));
        std::atomic<bool> done{false};
        std::atomic<int> seen{0};
        std::thread watcher([&] {
            const QByteArray name = QFile::encodeName(path);
            struct stat info;
            while (!done) {
                if (::stat(name.constData(), &info) == 0 && (info.st_mode & 077) != 0)
                    ++seen;
            }
        });
        qputenv("WARDEN_KEY_FILE", path.toUtf8());
        const SecretBox created = SecretBox::load(true);
        done = true;
        watcher.join();
        QVERIFY2(created.hasKey(), qPrintable(created.problem()));
        exposed += seen;
    }
    qputenv("WARDEN_KEY_FILE", ownKey);
    QCOMPARE(exposed, 0);
}

// The key file is created readable by its owner only, and one others can read is refused.
void TestConnections::keyFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.key"));
    const QByteArray ownKey = qgetenv("WARDEN_KEY_FILE");
    qputenv("WARDEN_KEY_FILE", path.toUtf8());
    const SecretBox created = SecretBox::load(true);
    QVERIFY2(created.hasKey(), qPrintable(created.problem()));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    auto sealed = created.seal(QStringLiteral("s3cret"));
    QVERIFY(sealed.ok());
    QCOMPARE(SecretBox::load(false).open(sealed.value()).value(), QStringLiteral("s3cret"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const SecretBox exposed = SecretBox::load(false);
    QVERIFY(!exposed.hasKey());
    QVERIFY2(exposed.problem().contains(QStringLiteral("chmod 600")), qPrintable(exposed.problem()));
    qputenv("WARDEN_KEY_FILE", ownKey);
}

// A server that takes the connection and never answers: the check gives up and says after how long.
void TestConnections::checkGivesUpAfterItsTimeout()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held.append(socket); // kept open, never written to
    });
    ConnectionCheck check;
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QElapsedTimer timer;
    timer.start();
    check.start(QUrl(QStringLiteral("http://127.0.0.1:%1/ping").arg(silent.serverPort())), {}, 1000);
    QVERIFY(finished.wait(5000));
    QVERIFY(timer.elapsed() >= 900);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("No answer within 1 second")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!held.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
