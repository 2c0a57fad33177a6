// Schema versions: a new store is created at the latest version, an older one upgraded, a newer one refused.
#include "support/TestHelpers.h"

#include "support/TestCatalog.h"
#include "models/store/Schema.h"
#include "models/store/SqlStore.h"
#include "models/store/StoreAddress.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace warden;
using namespace warden::test;

class TestSchema : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

    static void setVersion(const QString& location, int version)
    {
        bool updated = false;
        QVERIFY(withRawConnection(location, [&](QSqlDatabase& db) {
            updated = QSqlQuery(db).exec(
                QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version));
        }));
        QVERIFY(updated);
    }

private Q_SLOTS:
    void upgradesOlderStore_data() { TestStores::addBackendRows(); }
    void upgradesOlderStore();
    void refusesNewerStore_data() { TestStores::addBackendRows(); }
    void refusesNewerStore();
    void readsAndWritesAddresses();
};

#define LOCATION_OR_SKIP(var)                                                                                          \
    QFETCH(QString, backend);                                                                                          \
    WARDEN_REQUIRE_BACKEND(backend)                                                                                    \
    const QString var = m_stores.newLocation(backend);                                                                 \
    QVERIFY(!var.isEmpty());

void TestSchema::upgradesOlderStore()
{
    LOCATION_OR_SKIP(where);
    QVERIFY(SqlStore::createAtVersion(where, 1, testCatalog()).ok());
    auto opened = SqlStore::open(where, Store::OpenMode::Existing, testCatalog());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Schema::latestVersion());
    // Version 4 brought connection types: the upgraded store has every shipped one, as shipped.
    for (const ConnectionType& shipped : builtinConnectionTypes()) {
        const ConnectionType* stored = opened.value()->directory().connectionType(shipped.name);
        QVERIFY2(stored, qPrintable(shipped.name));
        QCOMPARE(stored->fields, shipped.fields);
        QCOMPARE(stored->checkUrl, shipped.checkUrl);
        QVERIFY(stored->released);
    }
    QVERIFY(!builtinConnectionTypes().isEmpty());
    // The upgraded store works: version 2 added the database user to the audit log.
    Directory content;
    content.load(Role{1, QStringLiteral("Owner"), 1});
    User admin;
    admin.id = 2;
    admin.username = QStringLiteral("admin");
    admin.roles = {1};
    admin.version = 1;
    content.load(admin);
    content.load(GlobalAssignment{QStringLiteral("admin"), {1}, 1});
    QVERIFY(opened.value()->replaceContent(content, QStringLiteral("test"), QStringLiteral("fill")).ok());
    QVERIFY(!opened.value()->log()->first().databaseUser.isEmpty());
}

void TestSchema::refusesNewerStore()
{
    LOCATION_OR_SKIP(where);
    {
        auto created = SqlStore::open(where, Store::OpenMode::Create, testCatalog());
        QVERIFY(created.ok());
        QCOMPARE(created.value()->schemaVersion(), Schema::latestVersion());
    }
    setVersion(where, 99);
    auto opened = SqlStore::open(where, Store::OpenMode::Existing, testCatalog());
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("version 99")), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QStringLiteral("version %1").arg(Schema::latestVersion())),
             qPrintable(opened.error().message));
}

QTEST_GUILESS_MAIN(TestSchema)
// PostgreSQL addresses are read in one place; what is not a whole address is no address.
void TestSchema::readsAndWritesAddresses()
{
    const auto full = PostgresAddress::parse(QStringLiteral("postgresql://ann:s3cret@db.example.com:6543/warden"));
    QVERIFY(full);
    QCOMPARE(full->host, QStringLiteral("db.example.com"));
    QCOMPARE(full->port, 6543);
    QCOMPARE(full->user, QStringLiteral("ann"));
    QCOMPARE(full->password, QStringLiteral("s3cret"));
    QCOMPARE(full->database, QStringLiteral("warden"));
    QCOMPARE(full->location(), QStringLiteral("postgresql://ann@db.example.com:6543/warden"));
    QCOMPARE(full->location(true), QStringLiteral("postgresql://ann:s3cret@db.example.com:6543/warden"));
    QCOMPARE(PostgresAddress::parse(QStringLiteral("postgres://bob@host/db"))->port, 5432);
    QVERIFY(!PostgresAddress::parse(QStringLiteral("postgresql://bob@host")));
    QVERIFY(!PostgresAddress::parse(QStringLiteral("postgresql:///db")));
    QVERIFY(!PostgresAddress::parse(QStringLiteral("/tmp/warden.sqlite")));
    QCOMPARE(Store::withoutPassword(QStringLiteral("postgresql://ann:s3cret@h/d")),
             QStringLiteral("postgresql://ann@h:5432/d"));
    QCOMPARE(Store::withoutPassword(QStringLiteral("/tmp/a.sqlite")), QStringLiteral("/tmp/a.sqlite"));
}

#include "tst_schema.moc"
