#include "TestStores.h"

#include "models/io/DirectoryFile.h"
#include "models/store/SqlStore.h"
#include "models/store/StoreAddress.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace warden::test {

namespace {

bool withServer(const std::function<void(QSqlDatabase&)>& work)
{
    return withRawConnection(TestStores::postgresServer(), work);
}

} // namespace

TestStores::TestStores() = default;

TestStores::~TestStores()
{
    if (m_databases.isEmpty())
        return;
    withServer([this](QSqlDatabase& db) {
        for (const QString& database : std::as_const(m_databases))
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        // Logins first, then the groups they are in.
        for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it)
            QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(*it));
    });
}

QHash<QString, QString> TestStores::addLogins(const QString& ownerLocation, const QStringList& names)
{
    const QString prefix = QStringLiteral("wt%1_%2_")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QRandomGenerator::global()->bounded(1000000));
    const QString group = prefix + QStringLiteral("app");
    QFile recipe(QStringLiteral(WARDEN_SOURCE_DIR "/docs/postgresql-logins.sql"));
    if (!recipe.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    for (const QString& statement :
         QString::fromUtf8(recipe.readAll()).replace(QStringLiteral("warden_app"), group).split(QLatin1Char(';'))) {
        QString sql;
        for (const QString& line : statement.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                sql += line + QLatin1Char('\n');
        if (!sql.trimmed().isEmpty())
            statements.append(sql);
    }
    m_roles.append(group);
    QHash<QString, QString> locations;
    for (const QString& name : names) {
        statements.append(QStringLiteral("CREATE ROLE %1%2 LOGIN IN ROLE %3").arg(prefix, name, group));
        m_roles.append(prefix + name);
        PostgresAddress address = PostgresAddress::parse(ownerLocation).value();
        address.user = prefix + name;
        locations.insert(name, address.location());
    }
    bool ok = true;
    withRawConnection(ownerLocation, [&](QSqlDatabase& db) {
        for (const QString& sql : std::as_const(statements)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                qWarning("%s in %s", qPrintable(q.lastError().text()), qPrintable(sql));
                ok = false;
            }
        }
    });
    return ok ? locations : QHash<QString, QString>();
}

QString TestStores::postgresServer() { return qEnvironmentVariable("WARDEN_TEST_PG"); }

void TestStores::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString TestStores::newLocation(const QString& backend)
{
    if (backend == QLatin1String("sqlite"))
        return m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_counter));
    if (postgresServer().isEmpty())
        return {};
    const QString database = QStringLiteral("warden_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->bounded(1000000000));
    bool created = false;
    withServer(
        [&](QSqlDatabase& db) { created = QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(database)); });
    if (!created)
        return {};
    m_databases.append(database);
    PostgresAddress address = PostgresAddress::parse(postgresServer()).value();
    address.database = database;
    return address.location(true);
}

std::unique_ptr<Store> TestStores::createStore(const QString& backend, const QString& demoOrEmpty)
{
    const QString location = newLocation(backend);
    if (location.isEmpty())
        return nullptr;
    // As wardenctl init [--demo] makes it.
    Result<Directory> content = demoOrEmpty.startsWith(QLatin1String("demo"))
        ? DirectoryFile::demo(testCatalog())
        : Store::initialContent(testCatalog(), QStringLiteral("admin"));
    if (!content) {
        qWarning("no content: %s", qPrintable(content.error().message));
        return nullptr;
    }
    if (demoOrEmpty == QLatin1String("demo")) {
        const QList<Expectation> expectations = content.value().expectations().values();
        for (const Expectation& e : expectations)
            content.value().unload(e);
    }
    auto store = Store::create(location, content.value(), testCatalog(), QStringLiteral("(init)"),
                               QStringLiteral("Create the store"));
    if (!store) {
        qWarning("open failed: %s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store.value());
}

bool withRawConnection(const QString& location, const std::function<void(QSqlDatabase&)>& work)
{
    const QString name = QStringLiteral("warden-test-raw");
    bool ok = false;
    {
        QSqlDatabase db = SqlStore::addDatabaseFor(location, name);
        ok = db.open();
        if (ok)
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray generatedDirectory(const QString& tag, int folders)
{
    QJsonArray roles{QJsonObject{{QStringLiteral("name"), QStringLiteral("Owner")}}};
    QJsonArray users{QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                                 {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("roles"), QJsonArray{QStringLiteral("Owner")}}}};
    const int people = 200;
    for (int i = 0; i < 20; ++i)
        roles.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("%1-role-%2").arg(tag).arg(i)}});
    for (int i = 0; i < people; ++i)
        users.append(
            QJsonObject{{QStringLiteral("username"), QStringLiteral("%1-user-%2").arg(tag).arg(i)},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("%1-role-%2").arg(tag).arg(i % 20)}}});
    QJsonArray top;
    const int perTop = 100;
    for (int t = 0; t * perTop < folders; ++t) {
        QJsonArray children;
        for (int c = 1; c < perTop; ++c)
            children.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("%1 %2.%3").arg(tag).arg(t).arg(c)}});
        const QJsonObject team{
            {QStringLiteral("name"), QStringLiteral("%1 team").arg(tag)},
            {QStringLiteral("users"), QJsonArray{QStringLiteral("%1-user-%2").arg(tag).arg(t % people)}},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("%1-role-%2").arg(tag).arg(t % 20)}},
            {QStringLiteral("permissions"),
             QJsonArray{QStringLiteral("folder#view"), QStringLiteral("release#start")}}};
        top.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("%1 %2").arg(tag).arg(t)},
                               {QStringLiteral("teams"), QJsonArray{team}},
                               {QStringLiteral("children"), children}});
    }
    const QJsonObject directory{{QStringLiteral("version"), 1},
                                {QStringLiteral("roles"), roles},
                                {QStringLiteral("users"), users},
                                {QStringLiteral("globalPermissions"),
                                 QJsonObject{{QStringLiteral("admin"), QJsonArray{QStringLiteral("Owner")}}}},
                                {QStringLiteral("folders"), top}};
    return QJsonDocument(directory).toJson(QJsonDocument::Compact);
}

WardenctlRun wardenctl(const QStringList& args, const QString& outputFile)
{
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(wardenctlPath(), args);
    WardenctlRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString wardenctlPath() { return QStringLiteral(WARDENCTL); }

WardenctlRun wardenctlOn(const QString& location, const QStringList& args)
{
    return wardenctl(QStringList{QStringLiteral("--store"), location} + args);
}

QByteArray exportJson(const Store& store)
{
    return DirectoryFile::serialize(DirectoryFile::write(store.directory(), store.catalog()),
                                    DirectoryFile::Format::Json);
}

} // namespace warden::test
