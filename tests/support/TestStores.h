#pragma once

#include "TestCatalog.h"
#include "models/store/Store.h"

#include <QHash>
#include <QString>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <functional>

namespace warden::test {

// Hands out fresh store locations on both databases: a SQLite file in a temporary folder, or a new
// PostgreSQL database on the server named by $WARDEN_TEST_PG.
class TestStores
{
public:
    TestStores();
    ~TestStores();

    static QString postgresServer();
    // Adds the rows "sqlite" and "postgresql" to a data-driven test (column "backend").
    static void addBackendRows();
    // A new, not yet created store location for the backend of the current row; skips the row when
    // PostgreSQL is not available outside CI, and fails it on CI.
    QString newLocation(const QString& backend);
    // Creates a store with one active admin ("admin", role Owner) and the presets; or "demo": the
    // demo's people, folders, teams and connections without its expectations, so that tests of
    // other things may change anything; or "demo+expectations": the demo as wardenctl init makes it.
    std::unique_ptr<Store> createStore(const QString& backend, const QString& demoOrEmpty = {});

    // Sets up a shared store's logins as docs/postgresql-logins.sql says, with a group of its own, and
    // one login per name given, in that group and not yet linked. Returns each name's store address
    // (the owner's with the login's name), or an empty map when the recipe failed (a test failure).
    QHash<QString, QString> addLogins(const QString& ownerLocation, const QStringList& names);

private:
    QTemporaryDir m_dir;
    QStringList m_databases;
    QStringList m_roles; // dropped after the databases that name them
    int m_counter = 0;
};

// Runs work on a connection of its own to the store's database, as another program would.
bool withRawConnection(const QString& location, const std::function<void(QSqlDatabase&)>& work);

// A directory file (JSON) of about `folders` folders whose names, teams and members all carry the
// tag, so that two of them share nothing but the administrator "admin".
QByteArray generatedDirectory(const QString& tag, int folders);

// wardenctl in a process of its own, as another administrator runs it, its output to a file when
// one is named. exitCode: -1 when it did not finish within two minutes, -2 when it crashed.
struct WardenctlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
WardenctlRun wardenctl(const QStringList& args, const QString& outputFile = {});
QString wardenctlPath();
WardenctlRun wardenctlOn(const QString& location, const QStringList& args);

// The directory file of a store, as export writes it.
QByteArray exportJson(const Store& store);

} // namespace warden::test
