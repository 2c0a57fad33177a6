// The Expectations area and the previews that say what an edit breaks: driven through the window.
#include "support/TestHelpers.h"
#include "support/Windows.h"

#include "models/items/ExpectationListModel.h"
#include "models/access/Expectations.h"
#include "models/items/FolderTreeModel.h"
#include "ui/EditRunner.h"
#include "ui/ReviewPage.h"
#include "ui/ExpectationsPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QIcon>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>

using namespace warden;
using namespace warden::test;

namespace {

class ScriptedPrompts : public Prompts
{
public:
    std::optional<Expectation> expectation;
    std::optional<Expectation> started;
    QString refusal;
    bool newExpectation(QWidget*, const Store&, const Expectation& start, const Attempt<Expectation>& attempt) override
    {
        started = start;
        return answerWith(attempt, expectation, &refusal);
    }
    bool answer = true;
    bool confirm(QWidget*, const QString&, const QString&) override { return answer; }
    QString reason;
    std::optional<ImpactQuestion> asked;
    bool confirmImpact(QWidget*, const ImpactQuestion& question) override
    {
        asked = question;
        *question.reason = reason;
        return answer;
    }
};

QString stateOf(const ExpectationListModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.expectationAt(row)->name == name)
            return model.index(row, ExpectationListModel::StateColumn).data().toString();
    }
    return {};
}

} // namespace

class TestExpectationsUi : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void areaShowsStatesAndViolations();
    void createdAndDeletedInTheArea();
    void addingNeedsSecurityEdit();
    void oneStepEditGoesAheadOnlyWithAReason();
    void impactDialogAsksForAReason();
    void undoThatBreaksOneAsksForAReason();
    void madeFromAReviewCell();
    void treeMarksGuardedFolders();
};

void TestExpectationsUi::areaShowsStatesAndViolations()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts, QStringLiteral("demo+expectations"));
    QVERIFY(window);
    window->showArea(MainWindow::Area::Expectations);
    ExpectationsPage* page = window->expectationsPage();
    QVERIFY(page->isVisible());
    const ExpectationListModel& model = *page->model();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.brokenCount(), 1);
    QCOMPARE(stateOf(model, QStringLiteral("Payments release starters")), QStringLiteral("Holding"));
    QVERIFY(stateOf(model, QStringLiteral("Release managers start Payments releases"))
                .startsWith(QLatin1String("Broken: 3")));
    page->select(
        window->store().directory().expectationNamed(QStringLiteral("Release managers start Payments releases"))->id);
    const QString details = page->details()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("ben.okafor lacks release#start on Retail Apps/Mobile/Payments")),
             qPrintable(details));
    QVERIFY(page->details()->toHtml().contains(QLatin1String("warden://team/")));
    // A link goes where Review's go.
    const Id payments = folderAt(window->store(), QStringLiteral("Retail Apps/Mobile/Payments"));
    Q_EMIT page->details()->anchorClicked(QUrl(QStringLiteral("warden://folder/%1").arg(payments)));
    QVERIFY(!page->isVisible());
    // Another administrator mends it: the state follows.
    window->showArea(MainWindow::Area::Expectations);
    Store& s = window->store();
    const Id admin = userNamed(s, QStringLiteral("admin"));
    const Id releaseAdmin = teamOn(s, QStringLiteral("Retail Apps/Mobile/Payments"), QStringLiteral("Release Admin"));
    {
        Store::Overriding reason(s, QStringLiteral("release managers may start"));
        QVERIFY(s.apply(edit::TeamMember{releaseAdmin, 0, roleNamed(s, QStringLiteral("Release Managers"))}, admin));
    }
    QCOMPARE(stateOf(model, QStringLiteral("Release managers start Payments releases")), QStringLiteral("Holding"));
    QVERIFY(stateOf(model, QStringLiteral("Payments release starters")).startsWith(QLatin1String("Broken")));
}

void TestExpectationsUi::createdAndDeletedInTheArea()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts);
    QVERIFY(window);
    window->showArea(MainWindow::Area::Expectations);
    ExpectationsPage* page = window->expectationsPage();
    const Store& s = window->store();
    Expectation e;
    e.name = QStringLiteral("Auditors never edit");
    e.kind = Expectation::Kind::Never;
    e.roles.insert(roleNamed(s, QStringLiteral("Auditors")));
    e.permission = QStringLiteral("release#edit");
    e.folderId = folderAt(s, QStringLiteral("Retail Apps"));
    prompts.expectation = e;
    QAction* add = page->findChild<QAction*>(QStringLiteral("newExpectationAction"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QVERIFY2(prompts.refusal.isEmpty(), qPrintable(prompts.refusal));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->view()->currentIndex().data().toString(), e.name);
    // The same name again is refused in the form.
    add->trigger();
    QVERIFY(prompts.refusal.contains(QLatin1String("already exists")));
    // Deleting asks, and Undo brings it back.
    prompts.answer = false;
    page->findChild<QAction*>(QStringLiteral("deleteExpectationAction"))->trigger();
    QCOMPARE(page->model()->rowCount(), 1);
    prompts.answer = true;
    page->findChild<QAction*>(QStringLiteral("deleteExpectationAction"))->trigger();
    QCOMPARE(page->model()->rowCount(), 0);
    window->undoStack().undo();
    QCOMPARE(page->model()->rowCount(), 1);
}

void TestExpectationsUi::addingNeedsSecurityEdit()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts, QStringLiteral("demo+expectations"));
    QVERIFY(window);
    window->signInAs(userNamed(window->store(), QStringLiteral("maya.cohen")));
    window->showArea(MainWindow::Area::Expectations);
    ExpectationsPage* page = window->expectationsPage();
    QVERIFY(!page->findChild<QAction*>(QStringLiteral("newExpectationAction"))->isEnabled());
    QVERIFY(!page->findChild<QAction*>(QStringLiteral("deleteExpectationAction"))->isEnabled());
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("expectationsNotice"))
                ->text()
                .contains(QLatin1String("security#edit")));
    window->signInAs(userNamed(window->store(), QStringLiteral("kavya.iyer")));
    QVERIFY(page->findChild<QAction*>(QStringLiteral("newExpectationAction"))->isEnabled());
}

void TestExpectationsUi::oneStepEditGoesAheadOnlyWithAReason()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts, QStringLiteral("demo+expectations"));
    QVERIFY(window);
    EditRunner& runner = window->runner();
    const Store& s = window->store();
    const QList<Edit> edits{edit::DeleteUser{userNamed(s, QStringLiteral("quinn.taylor"))}};
    const Prompts::ImpactQuestion question(QStringLiteral("Delete"), QStringLiteral("Delete quinn.taylor?"), {},
                                           QStringLiteral("&Delete"));
    // Asked even though the edit's own question might not be, with what it breaks.
    prompts.answer = false;
    QVERIFY(!prompts.confirmEdit(window.get(), runner, edits, question));
    QVERIFY(prompts.asked);
    QCOMPARE(prompts.asked->expectations.brokenNames(), QStringList{"Payments release starters"});
    QVERIFY(prompts.asked->mayOverride);
    prompts.answer = true;
    prompts.reason = QStringLiteral("quinn left the company");
    QVERIFY(prompts.confirmEdit(window.get(), runner, edits, question));
    auto applied = runner.run(edits.first());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QVERIFY2(
        applied->summary.endsWith(QLatin1String("(overriding 'Payments release starters': quinn left the company)")),
        qPrintable(applied->summary));
    QVERIFY(!s.directory().expectationNamed(QStringLiteral("Payments release starters")));
    // The reason was for that edit alone.
    auto next = runner.run(edit::DeleteUser{userNamed(s, QStringLiteral("maya.cohen"))});
    QVERIFY(next);
    auto breaking = runner.run(edit::GlobalGrant{QStringLiteral("admin"), roleNamed(s, QStringLiteral("Auditors"))});
    QVERIFY(!breaking);
    QVERIFY(breaking.error().message.contains(QLatin1String("Only owners hold Admin")));
}

void TestExpectationsUi::undoThatBreaksOneAsksForAReason()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts, QStringLiteral("demo+expectations"));
    QVERIFY(window);
    EditRunner& runner = window->runner();
    Store& s = runner.store();
    const Directory& d = s.directory();
    const Catalog& c = s.catalog();
    // A member whose team alone gives them a permission on its folder: removed, they lack it.
    Id teamId = 0, userId = 0;
    int permission = -1;
    for (const Team& team : d.teams()) {
        for (Id member : team.users) {
            if (d.user(member)->status != UserStatus::Active)
                continue;
            team.permissions.forEach([&](int p) {
                if (teamId || !s.access().folderPermissions(member, team.folderId).test(p))
                    return;
                Directory without = d;
                Team less = team;
                less.users.remove(member);
                without.load(less);
                if (!AccessQuery(without, c).folderPermissions(member, team.folderId).test(p)) {
                    teamId = team.id;
                    userId = member;
                    permission = p;
                }
            });
        }
    }
    QVERIFY(teamId);
    QVERIFY(runner.run(edit::TeamMember{teamId, userId, 0, edit::Membership::Remove}));
    // Then, not on the stack: that user never holds it there.
    Expectation never;
    never.name = QStringLiteral("Kept out");
    never.kind = Expectation::Kind::Never;
    never.users = {userId};
    never.permission = c.folderPermission(permission).key;
    never.folderId = d.team(teamId)->folderId;
    QVERIFY(s.apply(edit::AddExpectation{never}, userNamed(s, QStringLiteral("admin"))));
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    // Undoing would put the member back: asked first; no leaves everything as it was.
    prompts.answer = false;
    undo->trigger();
    QVERIFY(prompts.asked);
    QCOMPARE(prompts.asked->expectations.brokenNames(), QStringList{QStringLiteral("Kept out")});
    QVERIFY(!d.team(teamId)->users.contains(userId));
    QVERIFY(undo->isEnabled());
    QCOMPARE(window->undoStack().index(), 1);
    // With a reason it is undone, and the audit entry keeps the reason.
    prompts.answer = true;
    prompts.reason = QStringLiteral("back for the release");
    undo->trigger();
    QVERIFY(d.team(teamId)->users.contains(userId));
    QCOMPARE(window->undoStack().index(), 0);
    auto log = s.log();
    QVERIFY(log);
    QVERIFY2(log->last().summary.endsWith(QLatin1String("(overriding 'Kept out': back for the release)")),
             qPrintable(log->last().summary));
}

void TestExpectationsUi::impactDialogAsksForAReason()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo+expectations"));
    QVERIFY(store);
    auto preview = store->preview(edit::DeleteUser{userNamed(*store, QStringLiteral("quinn.taylor"))},
                                  userNamed(*store, QStringLiteral("admin")));
    QVERIFY(preview);
    Prompts::ImpactQuestion question(QStringLiteral("Delete"), QStringLiteral("Delete quinn.taylor?"), {},
                                     QStringLiteral("&Delete"));
    question.impact = preview->impact;
    question.expectations = preview->expectations;
    question.store = store.get();
    question.mayOverride = true;
    auto dialog = Prompts::impactDialog(nullptr, question);
    dialog->show();
    auto* broken = dialog->findChild<QLabel*>(QStringLiteral("impactBroken"));
    QVERIFY(broken && broken->isVisible());
    QVERIFY(broken->text().contains(QLatin1String("the user quinn.taylor it names would be deleted")));
    auto* accept = dialog->findChild<QPushButton*>(QStringLiteral("impactAccept"));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("overrideReason"));
    QVERIFY(!accept->isEnabled());
    QVERIFY(reason->isVisible());
    QTest::keyClicks(reason, QStringLiteral("left"));
    QVERIFY(accept->isEnabled());
    QCOMPARE(*question.reason, QStringLiteral("left"));
    // Without the right to override there is nothing to type, and no way ahead.
    question.mayOverride = false;
    auto refused = Prompts::impactDialog(nullptr, question);
    refused->show();
    QVERIFY(!refused->findChild<QLineEdit*>(QStringLiteral("overrideReason"))->isVisible());
    QVERIFY(!refused->findChild<QPushButton*>(QStringLiteral("impactAccept"))->isEnabled());
}

void TestExpectationsUi::madeFromAReviewCell()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts);
    QVERIFY(window);
    const Store& s = window->store();
    window->showArea(MainWindow::Area::Review);
    ReviewPage* review = window->reviewPage();
    review->reviewUser(userNamed(s, QStringLiteral("maya.cohen")));
    const Id payments = folderAt(s, QStringLiteral("Retail Apps/Mobile/Payments"));
    const int start = s.catalog().folderIndex(QStringLiteral("release#start"));
    review->selectCell(payments, start);
    auto* holds = review->findChild<QAction*>(QStringLiteral("expectHoldsAction"));
    QVERIFY(holds && holds->isEnabled());
    QCOMPARE(holds->text(), QStringLiteral("Expect maya.cohen Always Holds This Here…"));
    holds->trigger();
    QVERIFY(prompts.started);
    QCOMPARE(prompts.started->kind, Expectation::Kind::Holds);
    QCOMPARE(prompts.started->users, QSet<Id>{userNamed(s, QStringLiteral("maya.cohen"))});
    QCOMPARE(prompts.started->folderId, payments);
    QCOMPARE(prompts.started->permission, QStringLiteral("release#start"));
    QVERIFY(window->expectationsPage()->isVisible());
    // Who has it: only those who hold it now, and the roles that give Admin (which holds everything).
    window->showArea(MainWindow::Area::Review);
    review->findChild<QAction*>(QStringLiteral("expectOnlyHoldersAction"))->trigger();
    QCOMPARE(prompts.started->kind, Expectation::Kind::Only);
    QCOMPARE(prompts.started->users,
             QSet<Id>({userNamed(s, QStringLiteral("maya.cohen")), userNamed(s, QStringLiteral("samuel.adeyemi")),
                       userNamed(s, QStringLiteral("quinn.taylor"))}));
    QCOMPARE(prompts.started->roles, QSet<Id>{roleNamed(s, QStringLiteral("Owner"))});
    // Made as it was started, it holds.
    Expectation made = *prompts.started;
    made.name = QStringLiteral("Payments starters");
    QVERIFY(ExpectationCheck(s.directory(), s.catalog()).violations(made).isEmpty());
    // Without security#edit, the actions are there but off.
    window->signInAs(userNamed(s, QStringLiteral("maya.cohen")));
    QVERIFY(!holds->isEnabled());
}

void TestExpectationsUi::treeMarksGuardedFolders()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo+expectations"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    const Id payments = folderAt(*store, QStringLiteral("Retail Apps/Mobile/Payments"));
    const QModelIndex index = model.indexOf(payments);
    QVERIFY(
        index.data(Qt::ToolTipRole)
            .toString()
            .endsWith(QLatin1String(
                "Guarded by the expectations: Payments release starters, Release managers start Payments releases")));
    const QModelIndex plain = model.indexOf(folderAt(*store, QStringLiteral("Retail Apps/Mobile")));
    QVERIFY(!plain.data(Qt::ToolTipRole).toString().contains(QLatin1String("Guarded")));
    QVERIFY(index.data(Qt::DecorationRole).value<QIcon>().cacheKey()
            != model.indexOf(folderAt(*store, QStringLiteral("Retail Apps")))
                   .data(Qt::DecorationRole)
                   .value<QIcon>()
                   .cacheKey());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Expectation* e = store->directory().expectationNamed(QStringLiteral("Payments release starters"));
    QVERIFY(store->apply(edit::DeleteExpectation{e->id}, userNamed(*store, QStringLiteral("admin"))));
    QVERIFY(!changed.isEmpty());
    QVERIFY(index.data(Qt::ToolTipRole)
                .toString()
                .endsWith(QLatin1String("Guarded by the expectations: Release managers start Payments releases")));
}

QTEST_MAIN(TestExpectationsUi)
#include "tst_expectationsui.moc"
