// Bulk assignment through the wizard's real widgets: choosing members (ticked, by role, pasted or
// from a CSV, unknown entries listed), the preview against access worked out here, apply and
// undo, the lockout refusal, global permissions for roles, and the store's progress and cancel.
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/io/Translations.h"
#include "ui/BulkWizard.h"
#include "ui/EditRunner.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"

#include <QPointer>
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

namespace {

void tick(QListWidget* list, const QString& startsWith)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(startsWith)) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no item %1").arg(startsWith)));
}

} // namespace

class TestBulkWizard : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    Prompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    BulkWizard* m_wizard = nullptr;

    Store& store() { return m_window->store(); }
    bool nextEnabled() { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    bool applyEnabled() { return m_wizard->button(QWizard::FinishButton)->isEnabled(); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WardenTests"));
        installTranslations(QStringLiteral("en"));
    }
    void init();
    void cleanup()
    {
        m_wizard = nullptr;
        m_window.reset();
    }
    void listsUnknownEntries();
    void readsTheUsernameColumnOfACsv();
    void previewAgreesWithAccessWorkedOutHere();
    void appliesAsOneUndoStep();
    void refusesLockoutInThePreview();
    void givesGlobalPermissionsToRoles();
    void progressAndCancel_data() { TestStores::addBackendRows(); }
    void progressAndCancel();
    void breakingAnExpectationNeedsAReason();
};

void TestBulkWizard::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_window = std::make_unique<MainWindow>(std::move(s), &m_prompts);
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->show();
    m_wizard = m_window->openBulkWizard();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
}

void TestBulkWizard::listsUnknownEntries()
{
    QVERIFY(!nextEnabled());
    m_wizard->pasteBox()->setPlainText(
        QStringLiteral("chloe.nguyen\nnobody.here, quinn.taylor; ghost@example.com chloe.nguyen"));
    m_wizard->addPastedUsers();
    const QList<Id> chosen = m_wizard->chosenUsers();
    QCOMPARE(QSet<Id>(chosen.cbegin(), chosen.cend()),
             QSet<Id>({userNamed(store(), QStringLiteral("chloe.nguyen")),
                       userNamed(store(), QStringLiteral("quinn.taylor"))}));
    QCOMPARE(m_wizard->unknownEntries(),
             QStringList({QStringLiteral("nobody.here"), QStringLiteral("ghost@example.com")}));
    QVERIFY(child<QLabel>(m_wizard, "bulkUnknown")->isVisible());
    QVERIFY(child<QLabel>(m_wizard, "bulkUnknown")->text().contains(QStringLiteral("nobody.here, ghost@example.com")));
    QVERIFY(nextEnabled());

    // They are named again in the preview, beside what the plan does.
    m_wizard->next();
    QVERIFY(!nextEnabled());
    tick(m_wizard->teamList(), QStringLiteral("Data Services — Viewers"));
    QVERIFY(nextEnabled());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(BulkWizard::PreviewPage));
    QVERIFY(!child<QListWidget>(m_wizard, "bulkWarnings")
                 ->findItems(QStringLiteral("Not found, not in the plan: ghost@example.com"), Qt::MatchExactly)
                 .isEmpty());
}

void TestBulkWizard::readsTheUsernameColumnOfACsv()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("people.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const User* maya = store().directory().user(userNamed(store(), QStringLiteral("maya.cohen")));
    file.write(QStringLiteral("name,email\n\"Cohen, Maya\",%1\nSomeone Else,someone@else.example\n")
                   .arg(maya->email)
                   .toUtf8());
    file.close();
    m_wizard->loadCsv(file.fileName());
    QCOMPARE(m_wizard->chosenUsers(), QList<Id>{maya->id});
    QCOMPARE(m_wizard->unknownEntries(), QStringList{QStringLiteral("someone@else.example")});
}

void TestBulkWizard::previewAgreesWithAccessWorkedOutHere()
{
    // Everyone with a role, plus one invited user, into two teams on different roots.
    const Id role = roleNamed(store(), QStringLiteral("Developers"));
    m_wizard->byRoleBox()->setCurrentIndex(m_wizard->byRoleBox()->findData(role));
    m_wizard->selectUsersWithRole();
    tick(child<QListWidget>(m_wizard, "bulkUsers"), QStringLiteral("nina.petrova"));
    QList<Id> users = m_wizard->chosenUsers();
    QVERIFY(users.size() > 2);
    QCOMPARE(QSet<Id>(users.cbegin(), users.cend()),
             store().directory().usersOfRole(role) + QSet<Id>{userNamed(store(), QStringLiteral("nina.petrova"))});
    m_wizard->next();
    tick(m_wizard->teamList(), QStringLiteral("Data Services — Data Engineers"));
    tick(m_wizard->teamList(), QStringLiteral("Retail Apps/Mobile/Payments — Folder Owner"));
    const QSet<Id> teams{
        teamOn(store(), QStringLiteral("Data Services"), QStringLiteral("Data Engineers")),
        teamOn(store(), QStringLiteral("Retail Apps/Mobile/Payments"), QStringLiteral("Folder Owner"))};
    m_wizard->next();
    QVERIFY(m_wizard->preview().has_value());
    QCOMPARE(m_wizard->plan().size(), users.size() * 2);

    // Per user and folder: what they hold with the teams minus what they hold now.
    const Directory& d = store().directory();
    QHash<Id, QHash<Id, QPair<PermissionSet, PermissionSet>>> expected;
    for (Id userId : users) {
        for (Id folderId : d.treeOrder()) {
            const PermissionSet before = expectedFor(store(), userId, folderId).held;
            const PermissionSet after = expectedFor(store(), userId, folderId, teams).held;
            if (before != after)
                expected[userId][folderId] = {after - before, before - after};
        }
    }
    QHash<Id, QHash<Id, QPair<PermissionSet, PermissionSet>>> previewed;
    const Impact& impact = m_wizard->preview()->impact;
    for (const UserImpact& change : impact.users) {
        for (const Impact::FolderChange& folder : impact.foldersOf(change))
            previewed[change.userId][folder.folderId] = {folder.change->gained, folder.change->lost};
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(previewed, expected);
    QCOMPARE(m_wizard->changeTree()->topLevelItemCount(), int(expected.size()));

    // Opening a user lists their roots with the titles gained; the invited user is warned about.
    QTreeWidgetItem* first = m_wizard->changeTree()->topLevelItem(0);
    m_wizard->changeTree()->expandItem(first);
    QVERIFY(first->childCount() > 0);
    // Each place counts what changes there and lists each permission on a line of its own across
    // the whole width, losses first: nothing is cut at the edge of a column.
    for (int i = 0; i < first->childCount(); ++i) {
        QTreeWidgetItem* place = first->child(i);
        QVERIFY(place->childCount() > 0);
        int gainedLines = 0;
        for (int j = 0; j < place->childCount(); ++j) {
            QTreeWidgetItem* line = place->child(j);
            QVERIFY(line->isFirstColumnSpanned());
            const QRegularExpression shape(QStringLiteral("^(\\+ gains|− loses) .+ \\([a-z_]+(#[a-z_]+)?\\)$"));
            QVERIFY2(shape.match(line->text(0)).hasMatch(), qPrintable(line->text(0)));
            gainedLines += line->text(0).startsWith(QLatin1Char('+'));
        }
        const QString gains
            = gainedLines == 1 ? QStringLiteral("+1 permission") : QStringLiteral("+%1 permissions").arg(gainedLines);
        QCOMPARE(place->text(1), gainedLines ? gains : QString());
    }
    QVERIFY(!child<QListWidget>(m_wizard, "bulkWarnings")
                 ->findItems(QStringLiteral("nina.petrova is invited"), Qt::MatchStartsWith)
                 .isEmpty());
    QVERIFY(child<QLabel>(m_wizard, "bulkTotals")->text().contains(QStringLiteral("<b>%1 row").arg(users.size() * 2)));
}

void TestBulkWizard::appliesAsOneUndoStep()
{
    const QByteArray before = exportJson(store());
    const int steps = m_window->undoStack().count();
    // Every user into many teams: more rows than the progress threshold.
    for (QListWidget* members :
         {child<QListWidget>(m_wizard, "bulkUsers"), child<QListWidget>(m_wizard, "bulkRoleMembers")}) {
        for (int i = 0; i < members->count(); ++i)
            members->item(i)->setCheckState(Qt::Checked);
    }
    m_wizard->next();
    for (int i = 0; i < m_wizard->teamList()->count(); ++i)
        m_wizard->teamList()->item(i)->setCheckState(Qt::Checked);
    m_wizard->next();
    QVERIFY(m_wizard->plan().size() > BulkWizard::progressThreshold);
    QVERIFY(applyEnabled());
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(m_window->undoStack().count(), steps + 1);
    // It stays open to say what was written and where to undo it, then closes.
    QVERIFY(m_wizard->isVisible());
    const QString said = child<QLabel>(m_wizard, "bulkTotals")->text();
    QVERIFY2(said.contains(QStringLiteral("Applied")) && said.contains(QStringLiteral("Undo")), qPrintable(said));
    QCOMPARE(m_wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Close"));
    QVERIFY(exportJson(store()) != before);
    const Id chloe = userNamed(store(), QStringLiteral("chloe.nguyen"));
    const Id team = m_wizard ? m_wizard->teamList()->item(0)->data(Qt::UserRole + 1).value<Id>() : 0;
    QVERIFY(store().directory().team(team)->users.contains(chloe));
    QPointer<BulkWizard> wizard(m_wizard);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    m_wizard = wizard;

    m_window->undoStack().undo();
    QCOMPARE(exportJson(store()), before);
    m_window->undoStack().redo();
    QVERIFY(store().directory().team(team)->users.contains(chloe));
}

void TestBulkWizard::refusesLockoutInThePreview()
{
    const QByteArray before = exportJson(store());
    tick(child<QListWidget>(m_wizard, "bulkUsers"), QStringLiteral("admin"));
    tick(child<QListWidget>(m_wizard, "bulkUsers"), QStringLiteral("amelia.hart"));
    m_wizard->next();
    child<QRadioButton>(m_wizard, "bulkRemove")->setChecked(true);
    tick(child<QListWidget>(m_wizard, "bulkRoleTargets"), QStringLiteral("Owner"));
    m_wizard->next();
    QVERIFY(!m_wizard->preview().has_value());
    QVERIFY2(child<QLabel>(m_wizard, "bulkTotals")->text().contains(QStringLiteral("no active user holding Admin")),
             qPrintable(child<QLabel>(m_wizard, "bulkTotals")->text()));
    QVERIFY(!applyEnabled());
    QCOMPARE(exportJson(store()), before);
}

void TestBulkWizard::givesGlobalPermissionsToRoles()
{
    tick(child<QListWidget>(m_wizard, "bulkRoleMembers"), QStringLiteral("Developers"));
    m_wizard->next();
    // Roles take users; with no users chosen, that list is off and says why.
    QVERIFY(!child<QListWidget>(m_wizard, "bulkRoleTargets")->isEnabled());
    QVERIFY(child<QListWidget>(m_wizard, "bulkGlobals")->isEnabled());
    tick(child<QListWidget>(m_wizard, "bulkGlobals"), QStringLiteral("View reports"));
    m_wizard->next();
    QCOMPARE(m_wizard->plan().size(), 1);
    m_wizard->button(QWizard::FinishButton)->click();
    QVERIFY(store()
                .directory()
                .global(QStringLiteral("reports#view"))
                .roles.contains(roleNamed(store(), QStringLiteral("Developers"))));
}

void TestBulkWizard::progressAndCancel()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto s = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(s);
    const Directory& d = s->directory();
    QList<Edit> plan;
    for (const Team& team : d.teams()) {
        for (const User& user : d.users())
            plan.append(edit::TeamMember{team.id, user.id, 0, edit::Membership::Add});
    }
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const QByteArray before = exportJson(*s);

    // Cancelled halfway: nothing written, memory as before.
    s->setProgress([](double done) { return done < 0.5; });
    int failedAt = -1;
    auto cancelled = s->applyBulk(plan, admin, QStringLiteral("cancelled"), false, &failedAt);
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().message.contains(QStringLiteral("cancelled")));
    QCOMPARE(exportJson(*s), before);
    QCOMPARE(s->loadDirectory().value().teams().size(), d.teams().size());

    // Reported in order up to the end.
    QList<double> seen;
    s->setProgress([&seen](double done) {
        seen.append(done);
        return true;
    });
    QVERIFY(s->applyBulk(plan, admin, QStringLiteral("all"), false, &failedAt).ok());
    s->setProgress({});
    QVERIFY(seen.size() > 2);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 1.0);
    QVERIFY(exportJson(*s) != before);
}

QTEST_MAIN(TestBulkWizard)
#include "tst_bulkwizard.moc"

void TestBulkWizard::breakingAnExpectationNeedsAReason()
{
    Store& s = m_window->store();
    Expectation e;
    e.name = QStringLiteral("Payments release starters");
    e.kind = Expectation::Kind::Only;
    for (const char* name : {"maya.cohen", "samuel.adeyemi", "quinn.taylor"})
        e.users.insert(userNamed(s, QString::fromLatin1(name)));
    e.roles.insert(roleNamed(s, QStringLiteral("Owner")));
    e.permission = QStringLiteral("release#start");
    e.folderId = folderAt(s, QStringLiteral("Retail Apps/Mobile/Payments"));
    QVERIFY(s.apply(edit::AddExpectation{e}, userNamed(s, QStringLiteral("admin"))));
    m_wizard->pasteBox()->setPlainText(QStringLiteral("noah.brown"));
    m_wizard->addPastedUsers();
    m_wizard->next();
    tick(m_wizard->teamList(), QStringLiteral("Retail Apps/Mobile/Payments — Payments Engineers"));
    m_wizard->next();
    // Said first, in red; Apply waits for a reason.
    auto* broken = child<QLabel>(m_wizard, "bulkBroken");
    QVERIFY(broken->isVisible());
    QVERIFY2(
        broken->text().contains(QLatin1String("noah.brown would hold release#start on Retail Apps/Mobile/Payments")),
        qPrintable(broken->text()));
    QVERIFY(!applyEnabled());
    QTest::keyClicks(child<QLineEdit>(m_wizard, "bulkOverrideReason"), QStringLiteral("covers for maya"));
    QVERIFY(applyEnabled());
    m_wizard->button(QWizard::FinishButton)->click();
    const Team* team = s.directory().teamNamed(e.folderId, QStringLiteral("Payments Engineers"));
    QVERIFY(team->users.contains(userNamed(s, QStringLiteral("noah.brown"))));
    auto log = s.log();
    QVERIFY(log->last().summary.endsWith(QLatin1String("(overriding 'Payments release starters': covers for maya)")));
}
