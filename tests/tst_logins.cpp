// On a shared store the database vouches for history: each administrator's login is linked to one
// Warden user, and what a client writes cannot forge who acted, when, or that anything happened.
#include "support/TestHelpers.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace warden;
using namespace warden::test;

class TestLogins : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    std::unique_ptr<Store> m_owner;
    QHash<QString, QString> m_logins; // alice → admin, bob → amelia.hart, carol → maya.cohen, dave unlinked

    // Runs one statement as a login, as a hostile client would; returns the database's refusal.
    static QString refusalOf(const QString& location, const QString& sql)
    {
        QString refusal;
        withRawConnection(location, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                refusal = q.lastError().databaseText();
        });
        return refusal;
    }
    static qint64 entries(const Store& store) { return store.log()->size(); }
    std::unique_ptr<Store> openAs(const QString& name)
    {
        auto opened = Store::open(m_logins.value(name), Store::OpenMode::Existing, testCatalog());
        if (!opened)
            qWarning("%s", qPrintable(opened.error().message));
        return opened ? std::move(opened.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase();
    void auditEntriesCannotBeForged();
    void unauditedChangesAreRefused();
    void changesAreAttributedToTheLinkedUser();
    void onlyTheOwnerActsAsAnyone();
    void linkingNeedsAdmin();
    void linksFollowUsers();
    void twoAdministratorsNeverLockEachOtherOut();
    void localStoresHaveNoLogins();
};

void TestLogins::initTestCase()
{
    WARDEN_REQUIRE_BACKEND(QStringLiteral("postgresql"))
    m_owner = m_stores.createStore(QStringLiteral("postgresql"), QStringLiteral("demo"));
    QVERIFY(m_owner);
    m_logins = m_stores.addLogins(
        m_owner->location(),
        {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")});
    QVERIFY(!m_logins.isEmpty());
    const Id admin = userNamed(*m_owner, QStringLiteral("admin"));
    const QList<std::pair<QString, QString>> links{{QStringLiteral("alice"), QStringLiteral("admin")},
                                                   {QStringLiteral("bob"), QStringLiteral("amelia.hart")},
                                                   {QStringLiteral("carol"), QStringLiteral("maya.cohen")}};
    for (const auto& [login, user] : links) {
        const QString name = QUrl(m_logins.value(login)).userName();
        const Status s = m_owner->linkLogin(name, userNamed(*m_owner, user), admin);
        QVERIFY2(s.ok(), qPrintable(s.failed() ? s.error().message : QString()));
    }
}

// The three forgeries found through the app role: an id far ahead (so that the one-writer check
// never fired again), another operator, database user and time; and an unlinked login.
void TestLogins::auditEntriesCannotBeForged()
{
    const qint64 before = entries(*m_owner);
    const QString alice = m_logins.value(QStringLiteral("alice"));
    const QString values = QStringLiteral("'x', '[]', '[]')");
    QVERIFY(refusalOf(alice,
                      QStringLiteral("INSERT INTO audit_log (id, operator, summary, before_json, after_json) "
                                     "VALUES (9000000000000000000, 'admin', ")
                          + values)
                .contains(QStringLiteral("id of an audit entry is set by the database")));
    QVERIFY(refusalOf(alice,
                      QStringLiteral("INSERT INTO audit_log (operator, db_user, at, summary, before_json, after_json) "
                                     "VALUES ('admin', 'warden', '2020-01-01', ")
                          + values)
                .contains(QStringLiteral("set by the database")));
    QVERIFY(refusalOf(alice,
                      QStringLiteral("INSERT INTO audit_log (operator, summary, before_json, after_json) "
                                     "VALUES ('amelia.hart', ")
                          + values)
                .contains(QStringLiteral("acts as admin, not as amelia.hart")));
    QVERIFY(
        refusalOf(m_logins.value(QStringLiteral("dave")),
                  QStringLiteral("INSERT INTO audit_log (operator, summary, before_json, after_json) VALUES ('admin', ")
                      + values)
            .contains(QStringLiteral("is not linked to a Warden user")));
    // Nor can a client touch the sequence that numbers entries, or the links themselves.
    QVERIFY(!refusalOf(alice, QStringLiteral("SELECT setval('audit_log_id_seq', 9000000000000000000)")).isEmpty());
    QVERIFY(!refusalOf(alice, QStringLiteral("UPDATE logins SET username_key = 'admin'")).isEmpty());
    QVERIFY(!refusalOf(alice,
                       QStringLiteral("SELECT warden_link_login('%1', 1)")
                           .arg(QUrl(m_logins.value(QStringLiteral("dave"))).userName()))
                 .isEmpty()); // no audit entry in its transaction
    QVERIFY(!refusalOf(alice, QStringLiteral("DELETE FROM meta")).isEmpty());
    QCOMPARE(entries(*m_owner), before);
}

void TestLogins::unauditedChangesAreRefused()
{
    const QString alice = m_logins.value(QStringLiteral("alice"));
    const QString auditors = QString::number(roleNamed(*m_owner, QStringLiteral("Auditors")));
    const QStringList writes{
        QStringLiteral("INSERT INTO global_roles (key, role_id) VALUES ('admin', %1)").arg(auditors),
        QStringLiteral("UPDATE users SET status = 'disabled' WHERE username = 'amelia.hart'"),
        QStringLiteral("DELETE FROM team_users"),
        QStringLiteral("UPDATE folders SET inherit = 1 WHERE parent_id IS NOT NULL"),
    };
    for (const QString& sql : writes)
        QVERIFY2(refusalOf(alice, sql).contains(QStringLiteral("needs its audit entry first")), qPrintable(sql));
    QVERIFY(m_owner->sync().ok());
    QVERIFY(!m_owner->access().isAdmin(userNamed(*m_owner, QStringLiteral("liam.murphy"))));
}

// Whatever a client claims, an entry names the user linked to its login, and the database user.
void TestLogins::changesAreAttributedToTheLinkedUser()
{
    const QString carolName = QUrl(m_logins.value(QStringLiteral("carol"))).userName();
    // Through the core: carol's client claiming to be admin is refused before anything is written.
    auto carol = openAs(QStringLiteral("carol"));
    QVERIFY(carol);
    const Login who = carol->login();
    QCOMPARE(who.name, carolName);
    QVERIFY(!who.owner);
    QCOMPARE(who.userId, userNamed(*carol, QStringLiteral("maya.cohen")));
    auto claimed = carol->apply(edit::AddRole{QStringLiteral("Claimed")}, userNamed(*carol, QStringLiteral("admin")));
    QVERIFY(!claimed);
    QCOMPARE(claimed.error().kind, ErrorKind::Refused);
    QVERIFY2(claimed.error().message.contains(QStringLiteral("acts as maya.cohen")),
             qPrintable(claimed.error().message));
    // Through wardenctl: --as someone else is refused; without --as the linked user acts.
    const WardenctlRun forged
        = wardenctlOn(m_logins.value(QStringLiteral("carol")),
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mallory"),
                       QStringLiteral("--email=m@example.com"), QStringLiteral("--as"), QStringLiteral("admin")});
    QCOMPARE(forged.exitCode, 2);
    const WardenctlRun byAlice
        = wardenctlOn(m_logins.value(QStringLiteral("alice")),
                      {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("Made by alice")});
    QCOMPARE(byAlice.exitCode, 0);
    const AuditEntry last = m_owner->log()->last();
    QCOMPARE(last.operatorName, QStringLiteral("admin"));
    QCOMPARE(last.databaseUser, QUrl(m_logins.value(QStringLiteral("alice"))).userName());
    QVERIFY(qAbs(last.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestLogins::onlyTheOwnerActsAsAnyone()
{
    const QString ownerLogin = QUrl(m_owner->location()).userName();
    QVERIFY(m_owner->login().owner);
    QVERIFY(m_owner
                ->apply(edit::AddRole{QStringLiteral("By the owner as amelia")},
                        userNamed(*m_owner, QStringLiteral("amelia.hart")))
                .ok());
    const AuditEntry last = m_owner->log()->last();
    QCOMPARE(last.operatorName, QStringLiteral("amelia.hart"));
    QCOMPARE(last.databaseUser, ownerLogin); // the log says who really acted
    // An unlinked login acts as nobody.
    auto dave = openAs(QStringLiteral("dave"));
    QVERIFY(dave);
    auto refused = dave->apply(edit::AddRole{QStringLiteral("By dave")}, userNamed(*dave, QStringLiteral("admin")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("is not linked")), qPrintable(refused.error().message));
}

void TestLogins::linkingNeedsAdmin()
{
    const QString dave = QUrl(m_logins.value(QStringLiteral("dave"))).userName();
    // carol acts as maya.cohen, who is no Admin: refused in the core, and by the database.
    const WardenctlRun byCarol
        = wardenctlOn(m_logins.value(QStringLiteral("carol")),
                      {QStringLiteral("login"), QStringLiteral("link"), dave, QStringLiteral("admin")});
    QCOMPARE(byCarol.exitCode, 2);
    QVERIFY2(byCarol.err.contains("needs Admin"), byCarol.err.constData());
    auto carol = openAs(QStringLiteral("carol"));
    QVERIFY(carol);
    QVERIFY(!carol->logins()->isEmpty()); // anyone may read the links
    QVERIFY(refusalOf(m_logins.value(QStringLiteral("carol")),
                      QStringLiteral("SELECT warden_link_login('%1', %2)")
                          .arg(dave)
                          .arg(userNamed(*carol, QStringLiteral("admin"))))
                .contains(QStringLiteral("needs Admin")));
    // alice acts as admin: she may link and unlink, and each is in the log.
    const qint64 before = entries(*m_owner);
    const WardenctlRun link
        = wardenctlOn(m_logins.value(QStringLiteral("alice")),
                      {QStringLiteral("login"), QStringLiteral("link"), dave, QStringLiteral("ben.okafor")});
    QVERIFY2(link.exitCode == 0, link.err.constData());
    auto daveStore = openAs(QStringLiteral("dave"));
    QCOMPARE(daveStore->login().userId, userNamed(*daveStore, QStringLiteral("ben.okafor")));
    const WardenctlRun unlink = wardenctlOn(m_logins.value(QStringLiteral("alice")),
                                            {QStringLiteral("login"), QStringLiteral("unlink"), dave});
    QVERIFY2(unlink.exitCode == 0, unlink.err.constData());
    QCOMPARE(daveStore->login().userId, Id(0));
    QCOMPARE(entries(*m_owner), before + 2);
    QVERIFY(m_owner->log()->last().summary.contains(dave));
}

// A link follows its user through an import that keeps the name; it goes with a user deleted for
// good.
void TestLogins::linksFollowUsers()
{
    const Id admin = userNamed(*m_owner, QStringLiteral("admin"));
    const QString dave = QUrl(m_logins.value(QStringLiteral("dave"))).userName();
    QVERIFY(
        m_owner->apply(edit::AddUser{QStringLiteral("temp.user"), QStringLiteral("temp@example.com"), {}}, admin).ok());
    const Id temp = userNamed(*m_owner, QStringLiteral("temp.user"));
    QVERIFY(m_owner->linkLogin(dave, temp, admin).ok());
    QCOMPARE(openAs(QStringLiteral("dave"))->login().userId, temp);
    QVERIFY(m_owner->apply(edit::DeleteUser{temp}, admin).ok());
    QCOMPARE(openAs(QStringLiteral("dave"))->login().userId, Id(0));
    bool gone = false;
    withRawConnection(m_owner->location(), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        gone = q.exec(QStringLiteral("SELECT count(*) FROM logins WHERE login = '%1'").arg(dave)) && q.next()
            && q.value(0).toInt() == 0;
    });
    QVERIFY(gone);
    // An import that replaces the content keeps the links of the users it still names.
    const WardenctlRun exported = wardenctlOn(m_owner->location(), {QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("directory.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(exported.out);
    out.close();
    const WardenctlRun replaced = wardenctlOn(m_logins.value(QStringLiteral("alice")),
                                              {QStringLiteral("import"), file, QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    auto alice = openAs(QStringLiteral("alice"));
    QCOMPARE(alice->login().userId, userNamed(*alice, QStringLiteral("admin")));
    QVERIFY(m_owner->sync().ok());
}

// The race that once left no active Admin: two administrators, each through their own login,
// disabling each other at the same moment. One of them always stays.
void TestLogins::twoAdministratorsNeverLockEachOtherOut()
{
    const Id admin = userNamed(*m_owner, QStringLiteral("admin"));
    for (int round = 0; round < 4; ++round) {
        QProcess byAlice, byBob;
        byAlice.start(wardenctlPath(),
                      {QStringLiteral("--store"), m_logins.value(QStringLiteral("alice")), QStringLiteral("user"),
                       QStringLiteral("disable"), QStringLiteral("amelia.hart")});
        byBob.start(wardenctlPath(),
                    {QStringLiteral("--store"), m_logins.value(QStringLiteral("bob")), QStringLiteral("user"),
                     QStringLiteral("disable"), QStringLiteral("admin")});
        QVERIFY(byAlice.waitForFinished(60000) && byBob.waitForFinished(60000));
        QVERIFY(m_owner->sync().ok());
        const AccessQuery access = m_owner->access();
        const bool adminActive = access.isActive(admin);
        const bool ameliaActive = access.isActive(userNamed(*m_owner, QStringLiteral("amelia.hart")));
        QVERIFY2(adminActive || ameliaActive, "no active Admin is left");
        QVERIFY(byAlice.exitCode() == 0 || byBob.exitCode() == 0);
        // Both back for the next round, by the owner.
        for (const QString& name : {QStringLiteral("admin"), QStringLiteral("amelia.hart")}) {
            const Id id = userNamed(*m_owner, name);
            if (!m_owner->access().isActive(id)) {
                const Id other
                    = name == QLatin1String("admin") ? userNamed(*m_owner, QStringLiteral("amelia.hart")) : admin;
                QVERIFY(m_owner->apply(edit::SetUserStatus{id, UserStatus::Active}, other).ok());
            }
        }
    }
}

void TestLogins::localStoresHaveNoLogins()
{
    auto local = m_stores.createStore(QStringLiteral("sqlite"));
    QVERIFY(local);
    QVERIFY(local->login().owner);
    const WardenctlRun run = wardenctlOn(local->location(),
                                         {QStringLiteral("login"), QStringLiteral("link"), QStringLiteral("someone"),
                                          QStringLiteral("admin"), QStringLiteral("--as"), QStringLiteral("admin")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("a local store has no database logins"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestLogins)
#include "tst_logins.moc"
