// warden-bench: builds a large directory from a seed and measures the core on SQLite and PostgreSQL,
// each figure beside the same answer computed by SQL alone in the same database.
#include "DirectoryGenerator.h"
#include "support/Widgets.h"

#include "models/access/Expectations.h"
#include "models/access/Impact.h"
#include "models/domain/BuiltinCatalog.h"
#include "models/io/DirectoryFile.h"
#include "models/store/Checkpoint.h"
#include "models/store/SqlStore.h"
#include "models/store/StoreFiles.h"

#include "ui/AuditLogPage.h"
#include "ui/BulkWizard.h"
#include "ui/FolderPage.h"
#include "ui/MainWindow.h"
#include "ui/ReviewPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTreeView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <malloc.h>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

#include <algorithm>
#include <random>
#include <functional>

using namespace warden;
using warden::test::child;

namespace {

QTextStream out(stdout);

// Heap in use, which unlike the resident size does not hide memory reused after the import.
double heapMegabytes() { return double(mallinfo2().uordblks) / (1024.0 * 1024.0); }

// Resident size of the process, after giving freed memory back to the system so that memory
// reused from earlier work is not counted as the index's.
double residentMegabytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

// The median time of a few runs, in milliseconds.
double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void row(const QString& what, double ms, double baselineMs = -1, const QString& target = {},
         const QString& baseline = QStringLiteral("SQL baseline"))
{
    out << QStringLiteral("  %1 %2 ms").arg(what, -44).arg(ms, 10, 'f', 3);
    if (baselineMs >= 0)
        out << QStringLiteral("   %1 %2 ms   ratio %3x")
                   .arg(baseline)
                   .arg(baselineMs, 10, 'f', 3)
                   .arg(baselineMs / ms, 0, 'f', 1);
    if (!target.isEmpty())
        out << QStringLiteral("   target %1").arg(target);
    out << Qt::endl;
}

QSqlDatabase rawConnection(const QString& location, const QString& name)
{
    QSqlDatabase db = SqlStore::addDatabaseFor(location, name);
    if (!db.open())
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(db.lastError().text()));
    return db;
}

const char* const effectiveSql = R"(
WITH RECURSIVE roots(id, root) AS (
  SELECT id, id FROM folders WHERE parent_id IS NULL
  UNION ALL
  SELECT f.id, CASE WHEN f.inherit = 1 THEN r.root ELSE f.id END FROM folders f JOIN roots r ON f.parent_id = r.id
),
my_teams(team_id) AS (
  SELECT team_id FROM team_users WHERE user_id = :user
  UNION SELECT tr.team_id FROM team_roles tr JOIN user_roles ur ON ur.role_id = tr.role_id WHERE ur.user_id = :user
)
SELECT r.id, t.permissions FROM roots r
LEFT JOIN teams t ON t.folder_id = r.root AND t.id IN (SELECT team_id FROM my_teams))";

// Effective permissions of one user over every folder by SQL: roots by recursive CTE, teams by joins;
// the implication closure, which is data, is applied to the union per folder.
int effectiveBySql(QSqlDatabase& db, const Catalog& catalog, Id userId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(effectiveSql));
    q.bindValue(QStringLiteral(":user"), userId);
    if (!q.exec())
        qFatal("baseline failed: %s", qPrintable(q.lastError().text()));
    QHash<Id, PermissionSet> held;
    while (q.next()) {
        PermissionSet& set = held[q.value(0).toLongLong()];
        for (const QString& key : q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.set(catalog.folderIndex(key));
    }
    int total = 0;
    for (const PermissionSet& set : std::as_const(held))
        total += catalog.closure(set).count();
    return total;
}

// SQL that holds for a team whose permissions imply the one asked.
QString implyingSql(const Catalog& catalog, int permission)
{
    QStringList implying;
    for (int i = 0; i < catalog.folderCount(); ++i) {
        if (catalog.implied(i).test(permission))
            implying.append(
                QStringLiteral("(' ' || t.permissions || ' ') LIKE '% %1 %'").arg(catalog.folderPermission(i).key));
    }
    return implying.join(QLatin1String(" OR "));
}

// The start of a query on one folder (:folder): its security root as root(id), by recursive CTE.
const char* const rootOfFolderSql = R"(
WITH RECURSIVE up(id, parent_id, inherit, n) AS (
  SELECT id, parent_id, inherit, 0 FROM folders WHERE id = :folder
  UNION ALL
  SELECT f.id, f.parent_id, f.inherit, up.n + 1 FROM folders f JOIN up ON f.id = up.parent_id WHERE up.inherit = 1
),
root(id) AS (SELECT id FROM up ORDER BY n DESC LIMIT 1))";

// Who holds a permission on one folder, by SQL.
int whoHasBySql(QSqlDatabase& db, const Catalog& catalog, Id folderId, int permission)
{
    const QString sql = QLatin1String(rootOfFolderSql)
        + QStringLiteral(R"(,
granting(id) AS (SELECT t.id FROM teams t WHERE t.folder_id = (SELECT id FROM root) AND (%1)),
holders(user_id) AS (
  SELECT user_id FROM team_users WHERE team_id IN (SELECT id FROM granting)
  UNION SELECT ur.user_id FROM team_roles tr JOIN user_roles ur ON ur.role_id = tr.role_id
        WHERE tr.team_id IN (SELECT id FROM granting)
  UNION SELECT ur.user_id FROM global_roles g JOIN user_roles ur ON ur.role_id = g.role_id WHERE g.key = 'admin'
)
SELECT u.username FROM users u WHERE u.id IN (SELECT user_id FROM holders) AND u.status = 'active' ORDER BY u.username_key)")
              .arg(implyingSql(catalog, permission));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":folder"), folderId);
    if (!q.exec())
        qFatal("baseline failed: %s", qPrintable(q.lastError().text()));
    int count = 0;
    while (q.next())
        ++count;
    return count;
}

const QStringList tables{QStringLiteral("roles"),      QStringLiteral("users"),        QStringLiteral("user_roles"),
                         QStringLiteral("folders"),    QStringLiteral("teams"),        QStringLiteral("team_users"),
                         QStringLiteral("team_roles"), QStringLiteral("global_roles"), QStringLiteral("connections")};

// What opening a store reads, by SQL alone: every row of every table, no index built.
qint64 readEverythingBySql(QSqlDatabase& db)
{
    qint64 values = 0;
    for (const QString& table : tables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("baseline failed: %s", qPrintable(q.lastError().text()));
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                values += q.value(c).isNull() ? 0 : 1;
        }
    }
    return values;
}

// What an import writes, by SQL alone: a copy of every table within the database, then dropped.
void copyEverythingBySql(QSqlDatabase& db)
{
    for (const QString& table : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE bench_copy_%1 AS SELECT * FROM %1").arg(table))
            || !q.exec(QStringLiteral("DROP TABLE bench_copy_%1").arg(table)))
            qFatal("baseline failed: %s", qPrintable(q.lastError().text()));
    }
}

// The teams on the folder's security root that grant the permission and that the user is in,
// directly or through a role, by SQL.
QSet<Id> explainBySql(QSqlDatabase& db, const Catalog& catalog, Id userId, Id folderId, int permission)
{
    const QString sql = QLatin1String(rootOfFolderSql)
        + QStringLiteral(R"(
SELECT t.id FROM teams t WHERE t.folder_id = (SELECT id FROM root) AND (%1) AND (
  t.id IN (SELECT team_id FROM team_users WHERE user_id = :user)
  OR t.id IN (SELECT tr.team_id FROM team_roles tr JOIN user_roles ur ON ur.role_id = tr.role_id WHERE ur.user_id = :user)))")
              .arg(implyingSql(catalog, permission));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":folder"), folderId);
    q.bindValue(QStringLiteral(":user"), userId);
    if (!q.exec())
        qFatal("baseline failed: %s", qPrintable(q.lastError().text()));
    QSet<Id> teams;
    while (q.next())
        teams.insert(q.value(0).toLongLong());
    return teams;
}

// What a bulk apply writes, by SQL alone: the memberships inserted in one transaction (rolled back).
void addMembersBySql(QSqlDatabase& db, const QList<Edit>& plan, bool postgres)
{
    if (!db.transaction())
        qFatal("baseline failed: %s", qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(postgres
                  ? QStringLiteral("INSERT INTO team_users (team_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                  : QStringLiteral("INSERT OR IGNORE INTO team_users (team_id, user_id) VALUES (?, ?)"));
    for (const Edit& edit : plan) {
        const auto& member = std::get<edit::TeamMember>(edit);
        q.addBindValue(member.teamId);
        q.addBindValue(member.userId);
        if (!q.exec())
            qFatal("baseline failed: %s", qPrintable(q.lastError().text()));
    }
    db.rollback();
}

// The main window on the store: shown, then a node expanded, the tree filtered, a folder selected.
void measureWindow(const QString& location, const QString& deepPath, const Catalog& catalog)
{
    QElapsedTimer opening;
    opening.start();
    std::unique_ptr<Store> store = std::move(Store::open(location, Store::OpenMode::Existing, catalog).value());
    const double openMs = double(opening.nsecsElapsed()) / 1e6;
    const Id deep = store->directory().folderByPath(deepPath);
    MainWindow* window = nullptr;
    const double showMs = medianMs(1, [&] {
        window = new MainWindow(std::move(store));
        window->show();
        QCoreApplication::processEvents();
    });
    row(QStringLiteral("window shown with its tree"), showMs, -1, QStringLiteral("<= 2000 ms"));
    row(QStringLiteral("store opened and window shown"), openMs + showMs, -1, QStringLiteral("<= 500 ms"));
    QTreeView* view = child<FolderPage>(window, "folderPage")->view();
    const double expandMs = medianMs(5, [&] {
        const QModelIndex first = view->model()->index(0, 0);
        view->collapse(first);
        view->expand(first);
        view->repaint();
    });
    row(QStringLiteral("expand a top-level folder"), expandMs, -1, QStringLiteral("<= 100 ms"));
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("folderFilter"));
    const double filterMs = medianMs(3, [&] {
        filter->setText(QStringLiteral("Folder 4242"));
        view->repaint();
        filter->clear();
        view->repaint();
    });
    row(QStringLiteral("filter the tree and clear the filter"), filterMs / 2, -1, QStringLiteral("<= 100 ms each"));
    const double selectMs = medianMs(5, [&] {
        child<FolderPage>(window, "folderPage")->selectFolder(deep);
        window->repaint();
        child<FolderPage>(window, "folderPage")->selectFolder(window->store().directory().treeOrder().first());
        window->repaint();
    });
    row(QStringLiteral("select a folder (details and matrix)"), selectMs / 2, -1, QStringLiteral("<= 100 ms"));

    // The review of two users who reach many teams, switched back and forth and drawn.
    window->showArea(MainWindow::Area::Review);
    ReviewPage* review = child<ReviewPage>(window, "reviewPage");
    review->view()->expandToDepth(1);
    QList<Id> users = window->store().directory().users().keys();
    std::sort(users.begin(), users.end(), [&](Id a, Id b) {
        return window->store().directory().teamsOfUser(a).size() > window->store().directory().teamsOfUser(b).size();
    });
    const double reviewMs = medianMs(5, [&] {
        review->reviewUser(users[0]);
        window->repaint();
        review->reviewUser(users[1]);
        window->repaint();
    });
    row(QStringLiteral("review: switch the user and draw"), reviewMs / 2, -1, QStringLiteral("<= 100 ms"));
    const double compareMs = medianMs(3, [&] {
        review->compareWith(users[1]);
        window->repaint();
        review->compareWith(0);
        window->repaint();
    });
    row(QStringLiteral("review: compare two users and draw"), compareMs / 2);

    // The bulk wizard on the same store: 1,000 users ticked, 100 teams chosen, the preview shown.
    window->showArea(MainWindow::Area::Folders);
    BulkWizard* wizard = nullptr;
    const double wizardMs = medianMs(1, [&] {
        wizard = window->openBulkWizard();
        QCoreApplication::processEvents();
    });
    row(QStringLiteral("bulk wizard opened"), wizardMs);
    for (int i = 0; i < child<QListWidget>(wizard, "bulkUsers")->count() && i < 1000; ++i)
        child<QListWidget>(wizard, "bulkUsers")->item(i)->setCheckState(Qt::Checked);
    wizard->next();
    int teams = 0;
    for (int i = 0; i < wizard->teamList()->count() && teams < 100; ++i) {
        if (wizard->teamList()->item(i)->text().contains(QStringLiteral("Team "))) {
            wizard->teamList()->item(i)->setCheckState(Qt::Checked);
            ++teams;
        }
    }
    const double previewMs = medianMs(1, [&] {
        wizard->next();
        wizard->repaint();
    });
    if (!wizard->preview())
        qFatal("the wizard's preview was refused: %s", qPrintable(child<QLabel>(wizard, "bulkTotals")->text()));
    row(QStringLiteral("wizard: preview %1 rows and draw").arg(wizard->plan().size()), previewMs, -1,
        QStringLiteral("<= 1000 ms"));
    wizard->close();

    // The audit log, which holds the 10,000-row bulk apply among others, shown.
    const double auditMs = medianMs(1, [&] {
        window->showArea(MainWindow::Area::AuditLog);
        window->repaint();
    });
    row(QStringLiteral("audit log shown (%1 changes)")
            .arg(child<AuditLogPage>(window, "auditLogPage")->view()->model()->rowCount()),
        auditMs);
    delete window;
}

struct CommandRun
{
    double ms = 0;
    double peakMegabytes = 0;
    qint64 outputBytes = 0;
};

// wardenctl as a person runs it, its output to a file: the time it takes and its peak resident size.
// It is started by a fresh, small copy of this program (runMeasured), because a child started
// straight from here would count this process's memory in its peak.
CommandRun runWardenctl(const QStringList& args, const QString& outputFile)
{
    const QString resultFile = outputFile + QStringLiteral(".peak");
    QList<QByteArray> bytes{QFile::encodeName(QCoreApplication::applicationFilePath()),
                            QByteArrayLiteral("--run-measured"), QFile::encodeName(resultFile),
                            QFile::encodeName(outputFile), QByteArrayLiteral(WARDENCTL)};
    for (const QString& arg : args)
        bytes.append(arg.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& arg : bytes)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start the measuring helper");
    int status = 0;
    waitpid(pid, &status, 0);
    const double ms = timer.nsecsElapsed() / 1e6;
    QFile result(resultFile);
    if (!result.open(QIODevice::ReadOnly))
        qFatal("the measuring helper left no result");
    const QList<QByteArray> fields = result.readAll().trimmed().split(' ');
    if (fields.size() != 2 || fields[1] != "0")
        qFatal("wardenctl %s failed", qPrintable(args.join(QLatin1Char(' '))));
    return CommandRun{ms, fields[0].toDouble() / 1024.0, QFileInfo(outputFile).size()};
}

// The helper: runs the command with its output to a file and writes its peak resident size (KB)
// and exit code to the result file.
int runMeasured(const char* resultFile, const char* outputFile, char** command)
{
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(fd, 1);
        ::close(fd);
        execv(command[0], command);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    FILE* result = fopen(resultFile, "w");
    if (!result)
        return 1;
    fprintf(result, "%ld %d\n", usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128);
    fclose(result);
    return 0;
}

void memoryRow(const QString& what, const CommandRun& run, const CommandRun& baseline, const QString& target)
{
    out << QStringLiteral("  %1 %2 MB   %3 ms, %4 MB out   baseline %5 MB   ratio %6x   target %7")
               .arg(what, -44)
               .arg(run.peakMegabytes, 10, 'f', 1)
               .arg(run.ms, 0, 'f', 0)
               .arg(run.outputBytes / 1e6, 0, 'f', 1)
               .arg(baseline.peakMegabytes, 0, 'f', 1)
               .arg(run.peakMegabytes / baseline.peakMegabytes, 0, 'f', 1)
               .arg(target)
        << Qt::endl;
}

// Whole commands on the store, for their peak memory: a plan of a million rows (at full size),
// previewed and applied, and an Admin's access over every folder, each beside opening the store to
// answer who-has on one folder.
void measureCommands(const QString& location, const Directory& d, const QString& deepPath, Id admin, const QString& dir)
{
    const int planRows = std::max(1000, int(d.folders().size()) * 10);
    const QString plan = dir + QStringLiteral("/plan.csv");
    {
        QFile file(plan);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the plan");
        QList<const Team*> teams;
        for (const Team& team : d.teams())
            teams.append(&team);
        std::sort(teams.begin(), teams.end(), [](const Team* a, const Team* b) { return a->id < b->id; });
        QList<const User*> users;
        for (const User& user : d.users())
            users.append(&user);
        std::sort(users.begin(), users.end(), [](const User* a, const User* b) { return a->id < b->id; });
        std::mt19937_64 random(11);
        QByteArray text = "action,member,target\n";
        for (int i = 0; i < planRows; ++i) {
            const Team* team = teams[int(random() % quint64(teams.size()))];
            const User* user = users[int(random() % quint64(users.size()))];
            text += "add," + user->username.toUtf8() + ",\"team:" + d.path(team->folderId).toUtf8().replace('"', "\"\"")
                + ':' + team->name.toUtf8().replace('"', "\"\"") + "\"\n";
        }
        file.write(text);
    }
    const QString sink = dir + QStringLiteral("/out.txt");
    const QStringList store{QStringLiteral("--store"), location};
    const QString adminName = d.user(admin)->username;
    const CommandRun baseline
        = runWardenctl(store
                           + QStringList{QStringLiteral("who-has"), QStringLiteral("--folder"), deepPath,
                                         QStringLiteral("--permission"), QStringLiteral("release#view")},
                       sink);
    out << QStringLiteral("  %1 %2 MB   %3 ms (the baseline of the rows below)")
               .arg(QStringLiteral("wardenctl who-has, one folder: peak"), -44)
               .arg(baseline.peakMegabytes, 10, 'f', 1)
               .arg(baseline.ms, 0, 'f', 0)
        << Qt::endl;
    memoryRow(QStringLiteral("wardenctl effective of an Admin --json: peak"),
              runWardenctl(store
                               + QStringList{QStringLiteral("effective"), QStringLiteral("--user"), adminName,
                                             QStringLiteral("--json")},
                           sink),
              baseline, QStringLiteral("<= 400 MB"));
    const QStringList bulk = store
        + QStringList{QStringLiteral("bulk"), QStringLiteral("--file"), plan, QStringLiteral("--as"), adminName};
    const QString rows = QStringLiteral("%L1-row plan").arg(planRows);
    memoryRow(QStringLiteral("%1 --dry-run --summary: peak").arg(rows),
              runWardenctl(bulk + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--summary")}, sink),
              baseline, QStringLiteral("<= 1000 MB"));
    memoryRow(QStringLiteral("%1 --dry-run --json: peak").arg(rows),
              runWardenctl(bulk + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")}, sink), baseline,
              QStringLiteral("<= 1000 MB"));
    memoryRow(QStringLiteral("%1 applied: peak").arg(rows), runWardenctl(bulk, sink), baseline,
              QStringLiteral("<= 1000 MB"));
}

// One query on a connection of its own, closed again before the store is opened anew.
void queryRaw(const QString& location, const QString& sql, const std::function<void(QSqlQuery&)>& read = {})
{
    const QString name = QStringLiteral("bench-query");
    {
        QSqlDatabase raw = rawConnection(location, name);
        QSqlQuery q(raw);
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        if (read && q.next())
            read(q);
    }
    QSqlDatabase::removeDatabase(name);
}

// Marks the store's tables as changed without an audit entry, so that its next opening reads it whole.
void distrustCheckpoint(const QString& location)
{
    queryRaw(
        location,
        QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'row_writes'"));
}

// Answers as a person gets them, end to end: opened from the store's checkpoint, beside the same
// command on the store read whole (which then writes a checkpoint again).
void measureAnswers(const QString& location, const Directory& d, const QString& deepPath, Id user)
{
    const QString sink = QFileInfo(location).absolutePath() + QStringLiteral("/answer.txt");
    const QStringList store{QStringLiteral("--store"), location};
    const QString username = d.user(user)->username;
    struct Command
    {
        QString what;
        QStringList args;
        QString target;
    };
    const QList<Command> commands{
        {QStringLiteral("wardenctl who-has, one folder"),
         {QStringLiteral("who-has"), QStringLiteral("--folder"), deepPath, QStringLiteral("--permission"),
          QStringLiteral("release#view")},
         QStringLiteral("<= 150 ms")},
        {QStringLiteral("wardenctl effective, one user and folder"),
         {QStringLiteral("effective"), QStringLiteral("--user"), username, QStringLiteral("--folder"), deepPath},
         QStringLiteral("<= 150 ms")},
        {QStringLiteral("wardenctl effective, one user --json"),
         {QStringLiteral("effective"), QStringLiteral("--user"), username, QStringLiteral("--json")},
         QStringLiteral("<= 400 ms")},
    };
    for (const Command& command : commands) {
        std::vector<double> fast, whole;
        for (int i = 0; i < 3; ++i) {
            fast.push_back(runWardenctl(store + command.args, sink).ms);
            distrustCheckpoint(location);
            whole.push_back(runWardenctl(store + command.args, sink).ms);
        }
        std::sort(fast.begin(), fast.end());
        std::sort(whole.begin(), whole.end());
        row(command.what, fast[1], whole[1], command.target, QStringLiteral("read whole"));
    }
}

void addExpectations(Directory& d, const Catalog& catalog, int count);
void measureCheck(const QString& location, const Catalog& catalog, double openMs);

// The checkpoints' size beside the store's.
void measureCheckpoints(const QString& location)
{
    qint64 checkpoints = 0, count = 0;
    queryRaw(location, QStringLiteral("SELECT COUNT(*), SUM(LENGTH(data)) FROM checkpoints"), [&](QSqlQuery& q) {
        count = q.value(0).toLongLong();
        checkpoints = q.value(1).toLongLong();
    });
    qint64 size = 0;
    if (Store::isPostgresLocation(location)) {
        queryRaw(location, QStringLiteral("SELECT pg_database_size(current_database())"),
                 [&](QSqlQuery& q) { size = q.value(0).toLongLong(); });
    } else {
        for (const QString& suffix : StoreFiles::companionSuffixes())
            size += QFileInfo(location + suffix).size();
    }
    out << QStringLiteral("  %1 %2 MB   of a store of %3 MB")
               .arg(QStringLiteral("checkpoints (%1)").arg(count), -44)
               .arg(checkpoints / 1e6, 10, 'f', 1)
               .arg(size / 1e6, 0, 'f', 1)
        << Qt::endl;
}

// Edits of mixed kinds, as administrators make them one at a time: memberships most, then team
// permissions, folders added and renamed, users disabled and enabled, role members.
int applyMixedEdits(Store& store, Id admin, int count, quint64 seed)
{
    QRandomGenerator random(seed);
    const Directory& d = store.directory();
    auto pick = [&random](const QList<Id>& ids) { return ids.at(random.bounded(int(ids.size()))); };
    QList<Id> folders, teams, users, roles;
    for (const Folder& f : d.folders())
        folders.append(f.id);
    for (const Team& t : d.teams()) {
        if (t.systemKind.isEmpty())
            teams.append(t.id);
    }
    const AccessQuery access = store.access();
    for (const User& u : d.users()) {
        if (!access.isAdmin(u.id))
            users.append(u.id);
    }
    for (const Role& r : d.roles()) {
        if (!d.global(store.catalog().adminKey()).roles.contains(r.id))
            roles.append(r.id);
    }
    for (QList<Id>* ids : {&folders, &teams, &users, &roles})
        std::sort(ids->begin(), ids->end());
    int applied = 0;
    for (int tries = 0; applied < count && tries < count * 3; ++tries) {
        Edit edit;
        const int kind = random.bounded(20);
        if (kind < 10) {
            edit = edit::TeamMember{pick(teams), pick(users), 0,
                                    kind < 6 ? edit::Membership::Add : edit::Membership::Remove};
        } else if (kind < 13) {
            PermissionSet keys;
            keys.set(random.bounded(store.catalog().folderCount()));
            edit = kind == 10 ? edit::TeamPermissions{pick(teams), {}, keys}
                              : edit::TeamPermissions{pick(teams), keys, {}};
        } else if (kind < 15) {
            edit = edit::AddFolder{pick(folders), QStringLiteral("History %1").arg(tries)};
        } else if (kind < 16) {
            edit = edit::RenameFolder{pick(folders), QStringLiteral("Renamed %1").arg(tries)};
        } else if (kind < 18) {
            edit = edit::SetUserStatus{pick(users), random.bounded(2) ? UserStatus::Active : UserStatus::Disabled};
        } else {
            edit = edit::RoleMember{pick(roles), pick(users),
                                    random.bounded(2) ? edit::Assignment::Assign : edit::Assignment::Unassign};
        }
        auto done = store.apply(edit, admin);
        if (done && !done->changes.empty())
            ++applied;
    }
    return applied;
}

// The baseline of a moment: the log replayed from its first checkpoint (the import), entry by entry.
Directory replayFromTheStart(const QString& location, const Catalog& catalog, qint64 position)
{
    QByteArray data;
    qint64 start = 0;
    queryRaw(location, QStringLiteral("SELECT audit_id, data FROM checkpoints ORDER BY audit_id LIMIT 1"),
             [&](QSqlQuery& q) {
                 start = q.value(0).toLongLong();
                 data = q.value(1).toByteArray();
             });
    auto decoded = Checkpoint::decode(data, catalog);
    if (!decoded)
        qFatal("the first checkpoint cannot be read");
    Directory d = std::move(decoded.value());
    const QString name = QStringLiteral("bench-replay");
    {
        QSqlDatabase raw = rawConnection(location, name);
        QSqlQuery q(raw);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rows FROM audit_log WHERE id > %1 AND id <= %2 ORDER BY id")
                        .arg(start)
                        .arg(position)))
            qFatal("reading the log failed");
        while (q.next()) {
            auto changes = Checkpoint::decodeChanges(q.value(0).toByteArray(), catalog);
            if (!changes)
                qFatal("an entry's rows cannot be read");
            for (const Change& change : changes.value()) {
                if (change.after)
                    d.load(*change.after);
                else if (auto current = d.current(*change.before))
                    d.unload(*current);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    d.tree();
    return d;
}

// History after 10,000 edits of mixed kinds: the directory as of moments across them (from a store
// opened afresh, as wardenctl --at opens it) beside replaying the log from the start, and the
// difference between two moments for everyone and for one user.
void measureHistory(const QString& location, const Catalog& catalog, Id admin)
{
    constexpr int Edits = 10000;
    qint64 first = 0;
    {
        auto store = Store::open(location, Store::OpenMode::Existing, catalog);
        if (!store)
            qFatal("opening for history failed");
        first = store.value()->position();
        QElapsedTimer timer;
        timer.start();
        const int applied = applyMixedEdits(*store.value(), admin, Edits, 11);
        out << QStringLiteral("  %1 edits of mixed kinds applied one by one in %2 s")
                   .arg(applied)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    auto opened = Store::open(location, Store::OpenMode::Existing, catalog);
    if (!opened)
        qFatal("opening for history failed");
    Store& store = *opened.value();
    const qint64 last = store.position();
    double worst = 0, worstBaseline = 0;
    qint64 worstAt = 0;
    for (double share : {0.05, 0.3, 0.5, 0.55, 0.8, 0.97}) {
        const qint64 at = first + qint64(double(last - first) * share);
        Directory past;
        const double ms = medianMs(1, [&] {
            auto rebuilt = store.directoryAt(at);
            if (!rebuilt)
                qFatal("as of #%lld: %s", at, qPrintable(rebuilt.error().message));
            past = std::move(rebuilt.value());
        });
        Directory replayed;
        const double baseline = medianMs(1, [&] { replayed = replayFromTheStart(location, catalog, at); });
        if (past.folders().size() != replayed.folders().size() || past.teams().size() != replayed.teams().size()
            || past.users().size() != replayed.users().size())
            qFatal("as of #%lld the rebuilt directory differs from the replayed one", at);
        for (const Team& t : replayed.teams()) {
            const Team* mine = past.team(t.id);
            if (!mine || mine->version != t.version || mine->users.size() != t.users.size())
                qFatal("as of #%lld team %lld differs", at, t.id);
        }
        if (ms > worst) {
            worst = ms;
            worstAt = at;
        }
        worstBaseline = std::max(worstBaseline, baseline);
    }
    // Each the slowest of the moments tried: the baseline's is the latest, with the most to replay.
    row(QStringLiteral("directory as of any entry (slowest, #%1)").arg(worstAt), worst, worstBaseline,
        QStringLiteral("<= 2000 ms"), QStringLiteral("replay from the start, slowest"));
    const qint64 from = first + (last - first) / 5;
    Store::Difference difference;
    const double allMs = medianMs(1, [&] {
        auto measured = store.difference(from, last);
        if (!measured)
            qFatal("difference failed: %s", qPrintable(measured.error().message));
        difference = std::move(measured.value());
    });
    row(QStringLiteral("difference #%1 to now, all users (%2 changed)").arg(from).arg(difference.impact.users.size()),
        allMs, -1, QStringLiteral("<= 3000 ms"));
    const Id someone = difference.impact.isEmpty() ? 0 : difference.impact.users.first().userId;
    const double oneMs = medianMs(3, [&] {
        auto measured = store.difference(from, last, someone);
        if (!measured || measured->impact.users.size() > 1)
            qFatal("difference for one user failed");
    });
    row(QStringLiteral("difference #%1 to now, one user").arg(from), oneMs, allMs, QStringLiteral("<= 300 ms"),
        QStringLiteral("all users"));
}

void measure(const QString& label, const QString& location, const Directory& generated, const Catalog& catalog,
             bool gui)
{
    out << label << ": " << location << Qt::endl;

    // Export and import of the whole directory through the JSON file.
    QByteArray file;
    const double exportMs = medianMs(1, [&] {
        file = DirectoryFile::serialize(DirectoryFile::write(generated, catalog), DirectoryFile::Format::Json);
    });

    const double importMs = medianMs(1, [&] {
        auto tree = DirectoryFile::parse(file, DirectoryFile::Format::Json);
        auto read = DirectoryFile::read(tree.value(), catalog);
        if (!read)
            qFatal("import failed: %s", qPrintable(read.error().message));
        auto store = Store::create(location, read.value(), catalog, QStringLiteral("bench"), QStringLiteral("import"));
        if (!store)
            qFatal("import failed: %s", qPrintable(store.error().message));
    });
    QSqlDatabase raw = rawConnection(location, QStringLiteral("bench-raw"));
    const bool postgres = Store::isPostgresLocation(location);
    const double readSqlMs = medianMs(1, [&] { readEverythingBySql(raw); });
    row(QStringLiteral("export to JSON (%1 MB)").arg(file.size() / 1e6, 0, 'f', 1), exportMs, readSqlMs);
    const double copySqlMs = medianMs(1, [&] { copyEverythingBySql(raw); });
    row(QStringLiteral("import from JSON"), importMs, copySqlMs, QStringLiteral("<= 20000 ms"));

    const double heapBefore = heapMegabytes();
    const double residentBefore = residentMegabytes();
    std::unique_ptr<Store> store;
    const double openMs
        = medianMs(1, [&] { store = std::move(Store::open(location, Store::OpenMode::Existing, catalog).value()); });
    const Store::Reading reading = store->lastReading();
    // The reverse indexes (teams of each user and role, users of each role) are built on first use:
    // counted in the memory, not in the opening.
    store->directory().teamsOfUser(0);
    store->directory().teamsOfRole(0);
    store->directory().usersOfRole(0);
    const double heapAfter = heapMegabytes();
    const double residentAfter = residentMegabytes();
    row(QStringLiteral("open store to index ready"), openMs, readSqlMs, QStringLiteral("<= 2000 ms from SQLite"));
    const double wholeMs = medianMs(1, [&] {
        auto whole = store->loadDirectory();
        if (!whole)
            qFatal("reading the store whole failed");
        whole.value().tree();
    });
    row(reading.fromCheckpoint ? QStringLiteral("  from its checkpoint (%1 rows after it)").arg(reading.rowsAfter)
                               : QStringLiteral("  read whole (no checkpoint)"),
        openMs, wholeMs, {}, QStringLiteral("read whole"));
    out << QStringLiteral("  %1 %2 MB   heap in use %3 MB, process %4 MB   target <= 500 MB")
               .arg(QStringLiteral("index memory (resident growth)"), -44)
               .arg(residentAfter - residentBefore, 10, 'f', 1)
               .arg(heapAfter - heapBefore, 0, 'f', 1)
               .arg(residentAfter, 0, 'f', 1)
        << Qt::endl;

    const Directory& d = store->directory();
    const AccessQuery access = store->access();
    // A typical user: active, in teams on many roots, not an admin.
    Id user = 0;
    int best = -1;
    for (const User& u : d.users()) {
        if (u.status != UserStatus::Active || access.isAdmin(u.id))
            continue;
        const int reach = int(d.teamsOfUser(u.id).size());
        if (reach > best || (reach == best && u.id < user)) {
            best = reach;
            user = u.id;
        }
    }
    int total = 0;
    const double effectiveMs = medianMs(21, [&] {
        total = 0;
        for (const FolderPermissions& f : access.effective(user))
            total += f.permissions.count();
    });
    int baselineTotal = 0;
    const double effectiveSqlMs = medianMs(3, [&] { baselineTotal = effectiveBySql(raw, catalog, user); });
    if (baselineTotal != total)
        qFatal("effective permissions disagree with the SQL baseline: %d != %d", total, baselineTotal);
    row(QStringLiteral("effective, one user, %1 folders").arg(d.folders().size()), effectiveMs, effectiveSqlMs,
        QStringLiteral("<= 10 ms, >= 100x"));

    // Explain and who-has on a deep folder.
    Id deep = 0;
    int deepest = -1;
    for (Id id : d.treeOrder()) {
        const int level = int(d.path(id).count(QLatin1Char('/')));
        if (level > deepest) {
            deepest = level;
            deep = id;
        }
        if (deepest >= 7)
            break;
    }
    const int permission = catalog.folderIndex(QStringLiteral("release#view"));
    // Explain where the user holds it through teams: the deepest such folder.
    Id explained = 0;
    int explainedLevel = -1;
    for (const FolderPermissions& f : access.effective(user)) {
        const int level = int(d.path(f.folderId).count(QLatin1Char('/')));
        if (f.permissions.test(permission) && level > explainedLevel) {
            explainedLevel = level;
            explained = f.folderId;
        }
    }
    if (!explained)
        qFatal("the benchmark user holds %s nowhere", "release#view");
    QSet<Id> reasons;
    const double explainMs = medianMs(101, [&] {
        reasons.clear();
        for (const Reason& r : access.explain(user, explained, permission).reasons) {
            if (r.kind == Reason::Kind::Team && r.member)
                reasons.insert(r.teamId);
        }
    });
    QSet<Id> baselineReasons;
    const double explainSqlMs
        = medianMs(3, [&] { baselineReasons = explainBySql(raw, catalog, user, explained, permission); });
    if (reasons.isEmpty() || reasons != baselineReasons)
        qFatal("explain disagrees with the SQL baseline: %lld != %lld teams", qlonglong(reasons.size()),
               qlonglong(baselineReasons.size()));
    row(QStringLiteral("explain, one user and folder (teams: %1)").arg(reasons.size()), explainMs, explainSqlMs);
    int holders = 0;
    const double whoHasMs = medianMs(101, [&] { holders = int(access.whoHas(deep, permission).size()); });
    int baselineHolders = 0;
    const double whoHasSqlMs = medianMs(3, [&] { baselineHolders = whoHasBySql(raw, catalog, deep, permission); });
    if (holders != baselineHolders)
        qFatal("who-has disagrees with the SQL baseline: %d != %d", holders, baselineHolders);
    row(QStringLiteral("who-has, one folder (%1 users)").arg(holders), whoHasMs, whoHasSqlMs,
        QStringLiteral("<= 1 ms"));

    // A 10,000-row bulk plan: users into teams, previewed, then applied in one transaction.
    QList<Edit> plan;
    const QList<Id> teamIds = d.teams().keys();
    const QList<Id> userIds = d.users().keys();
    std::mt19937_64 random(7);
    for (int i = 0; i < 10000; ++i)
        plan.append(edit::TeamMember{teamIds[int(random() % quint64(teamIds.size()))],
                                     userIds[int(random() % quint64(userIds.size()))], 0, edit::Membership::Add});
    const Id admin = access.activeAdmins().first();
    int failedAt = -1;
    const double previewMs
        = medianMs(1, [&] { store->applyBulk(plan, admin, QStringLiteral("bench"), true, &failedAt); });
    row(QStringLiteral("bulk plan of 10,000 rows: preview"), previewMs);
    const double insertSqlMs = medianMs(1, [&] { addMembersBySql(raw, plan, postgres); });
    const double applyMs = medianMs(1, [&] {
        auto outcome = store->applyBulk(plan, admin, QStringLiteral("bench"), false, &failedAt);
        if (!outcome)
            qFatal("bulk apply failed: %s", qPrintable(outcome.error().message));
    });
    row(QStringLiteral("bulk plan of 10,000 rows: apply"), applyMs, insertSqlMs);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));

    // The wizard's largest case: 1,000 users added to 100 teams, previewed.
    QList<Edit> wide;
    QList<Id> targets;
    for (Id teamId : teamIds) {
        if (!d.team(teamId)->isSystem() && targets.size() < 100)
            targets.append(teamId);
    }
    QList<Id> chosen = userIds;
    std::shuffle(chosen.begin(), chosen.end(), random);
    chosen = chosen.mid(0, 1000);
    for (Id teamId : targets) {
        for (Id userId : chosen)
            wide.append(edit::TeamMember{teamId, userId, 0, edit::Membership::Add});
    }
    int changedUsers = 0;
    const double wideMs = medianMs(3, [&] {
        auto outcome = store->applyBulk(wide, admin, QStringLiteral("bench"), true, &failedAt);
        if (!outcome)
            qFatal("bulk preview failed: %s", qPrintable(outcome.error().message));
        changedUsers = int(outcome->impact.users.size());
    });
    row(QStringLiteral("preview 1,000 users into 100 teams (%1 changed)").arg(changedUsers), wideMs, -1,
        QStringLiteral("<= 1000 ms"));
    if (gui) {
        measureWindow(location, d.path(deep), catalog);
        measureAnswers(location, d, d.path(deep), user);
    }
    // The expectations after the rows above, so that those are measured as they were before there were
    // any, and taken away again before the commands below change the benchmark directory.
    QList<Edit> expectations, removals;
    {
        Directory withExpectations = d;
        addExpectations(withExpectations, catalog, 1000);
        for (const Expectation& e : withExpectations.expectations()) {
            expectations.append(edit::AddExpectation{e});
            removals.append(edit::DeleteExpectation{e.id});
        }
    }
    if (!store->applyBulk(expectations, admin, QStringLiteral("bench expectations"), false, &failedAt))
        qFatal("adding the expectations failed");
    measureCheck(location, catalog, openMs);
    if (!store->applyBulk(removals, admin, QStringLiteral("bench expectations gone"), false, &failedAt))
        qFatal("deleting the expectations failed");
    if (gui)
        measureCommands(location, d, d.path(deep), admin, QFileInfo(location).absolutePath());
    store.reset();
    measureHistory(location, catalog, admin);
    measureCheckpoints(location);
}

// The impact of one edit, in memory as the window and wardenctl --dry-run work it out (the edit
// applied, measured, rolled back), beside the same answer from two full effective() evaluations
// of every user whose access changes. The program stops if the two answers differ.
void impactRow(Directory& d, const Catalog& catalog, Id admin, const QString& what, const Edit& edit,
               const QString& target)
{
    Impact impact;
    const double ms = medianMs(3, [&] {
        const std::size_t mark = d.journalSize();
        EditApplier editor(d, catalog);
        auto applied = editor.apply(edit, admin);
        if (!applied)
            qFatal("%s refused: %s", qPrintable(what), qPrintable(applied.error().message));
        impact = Impact::measure(d, catalog, mark);
        d.rollbackTo(mark);
    });
    qint64 baselineChanges = 0;
    const double baselineMs = medianMs(1, [&] {
        const AccessQuery access(d, catalog);
        QHash<Id, QHash<Id, PermissionSet>> before;
        for (const UserImpact& user : impact.users) {
            QHash<Id, PermissionSet>& held = before[user.userId];
            for (const FolderPermissions& f : access.effective(user.userId, !user.statusChanged))
                held.insert(f.folderId, f.permissions);
        }
        const std::size_t mark = d.journalSize();
        EditApplier editor(d, catalog);
        if (!editor.apply(edit, admin))
            qFatal("%s refused", qPrintable(what));
        baselineChanges = 0;
        for (const UserImpact& user : impact.users) {
            QHash<Id, PermissionSet> held = before.value(user.userId);
            for (const FolderPermissions& f : access.effective(user.userId, !user.statusChanged)) {
                baselineChanges += held.value(f.folderId) != f.permissions ? 1 : 0;
                held.remove(f.folderId);
            }
            for (const PermissionSet& gone : std::as_const(held))
                baselineChanges += gone.isEmpty() ? 0 : 1;
        }
        d.rollbackTo(mark);
    });
    const Impact::Totals totals = impact.totals();
    if (totals.folderChanges != baselineChanges)
        qFatal("%s: the impact lists %lld folder changes, effective() %lld", qPrintable(what), totals.folderChanges,
               baselineChanges);
    row(QStringLiteral("%1 (%2 users, %3 folder changes)").arg(what).arg(totals.users).arg(totals.folderChanges), ms,
        baselineMs, target, QStringLiteral("effective() twice"));
}

// The scene of the impact and expectation rows: a folder that inherits, with a tenth of the directory
// beneath it (10,000 folders at full size): whole top-level trees moved under it, made to inherit;
// and a team of 1,000 users (folder#view) on the security root above it.
struct Scene
{
    Directory d;
    Id admin = 0;
    Id branch = 0;
    Id other = 0;
    Id team = 0;
    qsizetype members = 0;
    qsizetype beneath = 0;
};

Scene impactScene(const Directory& generated, const Catalog& catalog)
{
    Scene scene{generated};
    Directory& d = scene.d;
    const Id admin = AccessQuery(d, catalog).activeAdmins().first();
    scene.admin = admin;
    auto must = [&](const Edit& edit) {
        EditApplier editor(d, catalog);
        auto applied = editor.apply(edit, admin);
        if (!applied)
            qFatal("impact setup refused: %s", qPrintable(applied.error().message));
        return applied->createdId;
    };
    QList<Id> top = d.sortedChildren(0);
    const Id home = top.takeFirst();
    scene.other = top.takeLast();
    const Id branch = must(edit::AddFolder{home, QStringLiteral("Impact bench")});
    scene.branch = branch;
    const qsizetype wanted = d.folders().size() / 10;
    while (d.subtree(branch).size() < wanted && !top.isEmpty()) {
        const Id moved = top.takeFirst();
        must(edit::MoveFolder{moved, branch});
        if (!d.folder(moved)->inherit)
            must(edit::SetInherit{moved, true});
    }
    const Id team = must(edit::AddTeam{home, QStringLiteral("Impact bench team")});
    scene.team = team;
    QList<Id> users = d.users().keys();
    std::sort(users.begin(), users.end());
    edit::UpdateTeam members{team, QStringLiteral("Impact bench team"), {}, {}};
    for (qsizetype i = 0; i < users.size() && members.users.size() < 1000; i += 7)
        members.users.insert(users[i]);
    must(members);
    scene.members = members.users.size();
    PermissionSet view;
    view.set(catalog.folderIndex(QStringLiteral("folder#view")));
    must(edit::TeamPermissions{team, view, {}});
    d.takeJournal();
    scene.beneath = d.subtree(branch).size() - 1;
    return scene;
}

void measureImpact(const Directory& generated, const Catalog& catalog)
{
    out << "Impact of one edit (in memory):" << Qt::endl;
    Scene scene = impactScene(generated, catalog);
    Directory& d = scene.d;
    const Id admin = scene.admin, branch = scene.branch, other = scene.other, team = scene.team;
    const qsizetype beneath = scene.beneath;
    impactRow(d, catalog, admin, QStringLiteral("inherit off above %1 folders").arg(beneath),
              edit::SetInherit{branch, false, edit::InheritChoice::SystemTeamsOnly}, QStringLiteral("<= 200 ms"));
    impactRow(d, catalog, admin, QStringLiteral("move %1 folders to another root").arg(beneath + 1),
              edit::MoveFolder{branch, other}, QStringLiteral("<= 200 ms"));
    impactRow(d, catalog, admin, QStringLiteral("delete a team of %1 users").arg(scene.members), edit::DeleteTeam{team},
              QStringLiteral("<= 200 ms"));
    PermissionSet start;
    start.set(catalog.folderIndex(QStringLiteral("release#start")));
    impactRow(d, catalog, admin, QStringLiteral("one grant to that team, pending"),
              edit::TeamPermissions{team, start, {}}, QStringLiteral("<= 20 ms"));
}

// 1,000 expectations of the three kinds, on folders at every depth (and a tenth global), over random
// users and roles and permissions; seeded, so that every run judges the same.
void addExpectations(Directory& d, const Catalog& catalog, int count)
{
    QRandomGenerator random(7);
    const QList<Id>& order = d.treeOrder();
    QList<Id> users = d.users().keys(), roles = d.roles().keys();
    std::sort(users.begin(), users.end());
    std::sort(roles.begin(), roles.end());
    for (int i = 0; i < count; ++i) {
        Expectation e;
        e.id = Directory::newId();
        e.name = QStringLiteral("Bench expectation %1").arg(i);
        e.kind = Expectation::Kind(i % 3);
        for (int n = 1 + random.bounded(3); n > 0; --n) {
            if (random.bounded(3) == 0)
                e.roles.insert(roles[random.bounded(int(roles.size()))]);
            else
                e.users.insert(users[random.bounded(int(users.size()))]);
        }
        if (i % 10 == 9) {
            e.permission = catalog.global(random.bounded(catalog.globalCount())).key;
        } else {
            e.folderId = order[random.bounded(int(order.size()))];
            e.permission = catalog.folderPermission(random.bounded(catalog.folderCount())).key;
        }
        e.version = 1;
        d.load(e);
    }
}

// What judging expectations adds to the impact of an edit, beside evaluating all of them before and after.
void expectationRow(Directory& d, const Catalog& catalog, Id admin, const QString& what, const QList<Edit>& edits,
                    const QString& target)
{
    ExpectationVerdict verdict;
    std::vector<double> judged;
    medianMs(3, [&] {
        const std::size_t mark = d.journalSize();
        EditApplier editor(d, catalog);
        int failedAt = -1;
        auto applied = editor.applyAll(edits, admin, what, &failedAt);
        if (!applied)
            qFatal("%s refused: %s", qPrintable(what), qPrintable(applied.error().message));
        const Impact impact = Impact::measure(d, catalog, mark);
        QElapsedTimer timer;
        timer.start();
        verdict = Expectations::judge(d, catalog, mark, impact);
        judged.push_back(double(timer.nsecsElapsed()) / 1e6);
        d.rollbackTo(mark);
    });
    std::sort(judged.begin(), judged.end());
    const double judgedMs = judged[judged.size() / 2];
    const double fullMs = medianMs(1, [&] {
        auto all = [&] {
            const ExpectationCheck check(d, catalog);
            qsizetype found = 0;
            for (const Expectation& e : d.expectations())
                found += check.violations(e).size();
            return found;
        };
        all();
        const std::size_t mark = d.journalSize();
        EditApplier editor(d, catalog);
        int failedAt = -1;
        if (!editor.applyAll(edits, admin, what, &failedAt))
            qFatal("%s refused", qPrintable(what));
        all();
        d.rollbackTo(mark);
    });
    row(QStringLiteral("%1 (%2 judged, %3 broken)").arg(what).arg(verdict.evaluated).arg(verdict.broken.size()),
        judgedMs, fullMs, target, QStringLiteral("all 1,000 before and after"));
}

void measureExpectations(const Directory& generated, const Catalog& catalog)
{
    out << "Expectations judged on top of the impact (1,000 expectations, in memory):" << Qt::endl;
    Scene scene = impactScene(generated, catalog);
    Directory& d = scene.d;
    addExpectations(d, catalog, 1000);
    PermissionSet start;
    start.set(catalog.folderIndex(QStringLiteral("release#start")));
    expectationRow(d, catalog, scene.admin, QStringLiteral("one grant to a team of %1").arg(scene.members),
                   {edit::TeamPermissions{scene.team, start, {}}}, QStringLiteral("<= 20 ms"));
    expectationRow(d, catalog, scene.admin, QStringLiteral("inherit off above %1 folders").arg(scene.beneath),
                   {edit::SetInherit{scene.branch, false, edit::InheritChoice::SystemTeamsOnly}},
                   QStringLiteral("<= 20 ms"));
    // The wizard's largest plan: 1,000 users into 100 teams.
    QList<Id> teams, users = d.users().keys();
    for (const Team& team : d.teams()) {
        if (!team.isSystem())
            teams.append(team.id);
    }
    std::sort(teams.begin(), teams.end());
    std::sort(users.begin(), users.end());
    QList<Edit> plan;
    for (Id teamId : teams.mid(0, 100)) {
        for (Id userId : users.mid(0, 1000))
            plan.append(edit::TeamMember{teamId, userId, 0, edit::Membership::Add});
    }
    expectationRow(d, catalog, scene.admin, QStringLiteral("plan of 1,000 users into 100 teams"), plan,
                   QStringLiteral("<= 20 ms"));
    qsizetype violations = 0;
    const double allMs = medianMs(3, [&] {
        const ExpectationCheck check(d, catalog);
        violations = 0;
        for (const Expectation& e : d.expectations())
            violations += check.violations(e).size();
    });
    row(QStringLiteral("evaluate all 1,000 as check does (%1 violations)").arg(violations), allMs);
}

// check from a freshly opened store: opened, then every expectation evaluated.
void measureCheck(const QString& location, const Catalog& catalog, double openMs)
{
    qsizetype broken = 0;
    const double checkMs = medianMs(1, [&] {
        auto store = Store::open(location, Store::OpenMode::Existing, catalog);
        if (!store)
            qFatal("open failed: %s", qPrintable(store.error().message));
        const Directory& d = store.value()->directory();
        const ExpectationCheck check(d, catalog);
        broken = 0;
        for (const Expectation& e : d.expectations())
            broken += check.violations(e).isEmpty() ? 0 : 1;
    });
    row(QStringLiteral("check 1,000 expectations, store opened (%1 broken)").arg(broken), checkMs, openMs,
        QStringLiteral("<= 1000 ms"), QStringLiteral("opening alone"));
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 4 && qstrcmp(argv[1], "--run-measured") == 0)
        return runMeasured(argv[2], argv[3], argv + 4);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WardenBench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Warden on a generated directory."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the directory."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QStringLiteral("Size relative to the benchmark directory (1 = 100,000 folders)."),
        QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption pgOption(
        QStringLiteral("postgresql"),
        QStringLiteral("Also measure on this empty PostgreSQL database (default $WARDEN_BENCH_PG)."),
        QStringLiteral("URL"), qEnvironmentVariable("WARDEN_BENCH_PG"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the SQLite store and the plan, and say where."));
    const QCommandLineOption impactOption(QStringLiteral("impact-only"),
                                          QStringLiteral("Measure the impact of single edits only (no store)."));
    const QCommandLineOption expectationsOption(
        QStringLiteral("expectations-only"), QStringLiteral("Measure judging expectations in memory only (no store)."));
    const QCommandLineOption historyOption(QStringLiteral("history-only"),
                                           QStringLiteral("Measure history only: a store, 10,000 edits, moments."));
    parser.addOptions({seedOption, scaleOption, pgOption, keepOption, impactOption, expectationsOption, historyOption});
    parser.process(app);

    auto loaded = loadBuiltinCatalog();
    if (!loaded) {
        out << loaded.error().message << Qt::endl;
        return 1;
    }
    const Catalog* catalog = &loaded.value();
    const bench::Sizes sizes = bench::Sizes().scaled(parser.value(scaleOption).toDouble());
    QElapsedTimer timer;
    timer.start();
    const Directory generated = bench::generateDirectory(*catalog, sizes, parser.value(seedOption).toULongLong());
    out << QStringLiteral("Directory (seed %1): %2 folders, %3 teams, %4 users, %5 roles, generated in %6 ms")
               .arg(parser.value(seedOption))
               .arg(generated.folders().size())
               .arg(generated.teams().size())
               .arg(generated.users().size())
               .arg(generated.roles().size())
               .arg(timer.elapsed())
        << Qt::endl;

    if (parser.isSet(historyOption)) {
        QTemporaryDir dir;
        dir.setAutoRemove(!parser.isSet(keepOption));
        const QString location = dir.filePath(QStringLiteral("bench.sqlite"));
        if (!Store::create(location, generated, *catalog, QStringLiteral("bench"), QStringLiteral("import")))
            qFatal("creating the store failed");
        out << "SQLite: " << location << Qt::endl;
        measureHistory(location, *catalog, AccessQuery(generated, *catalog).activeAdmins().first());
        measureCheckpoints(location);
        if (parser.isSet(keepOption))
            out << "Kept: " << dir.path() << Qt::endl;
        return 0;
    }
    if (!parser.isSet(expectationsOption))
        measureImpact(generated, *catalog);
    measureExpectations(generated, *catalog);
    if (parser.isSet(impactOption) || parser.isSet(expectationsOption))
        return 0;

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(keepOption));
    measure(QStringLiteral("SQLite"), dir.filePath(QStringLiteral("bench.sqlite")), generated, *catalog, true);
    if (!parser.value(pgOption).isEmpty())
        measure(QStringLiteral("PostgreSQL"), parser.value(pgOption), generated, *catalog, false);
    else
        out << "PostgreSQL: not measured (pass --postgresql URL or set WARDEN_BENCH_PG)" << Qt::endl;
    if (parser.isSet(keepOption))
        out << "Kept: " << dir.path() << Qt::endl;
    return 0;
}
