// History in the window: Review as of a moment (with its banner and the way back, and nothing
// editable), and the audit log's Show access at this point, Compare with now and Revert to this point.
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "models/items/ReviewModel.h"
#include "ui/AuditLogPage.h"
#include "ui/DifferenceDialog.h"
#include "ui/EditRunner.h"
#include "ui/ImpactView.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/ReviewPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

namespace {

class ScriptedPrompts : public Prompts
{
public:
    bool answer = true;
    std::optional<ImpactQuestion> asked;
    bool confirmImpact(QWidget*, const ImpactQuestion& question) override
    {
        asked = question;
        return answer;
    }
    QString error;
    void showError(QWidget*, const QString&, const QString& message) override { error = message; }
};

bool listsUser(const QComboBox* box, const QString& username)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).startsWith(username))
            return true;
    }
    return false;
}

} // namespace

class TestHistoryUi : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

    // The audit log, with the entry right after which liam.murphy was still there selected.
    static qint64 selectEntryBefore(MainWindow& window, const QString& summaryOfNext)
    {
        window.showArea(MainWindow::Area::AuditLog);
        AuditLogPage* page = child<AuditLogPage>(&window, "auditLogPage");
        QAbstractItemModel* model = page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 3).data().toString() == summaryOfNext) {
                page->view()->setCurrentIndex(model->index(row + 1, 0));
                return page->selectedEntry();
            }
        }
        return 0;
    }

private Q_SLOTS:
    void reviewAsOfAMomentAndBack();
    void nowNamesTheNewestChangeWhoeverMadeIt();
    void auditLogShowsAccessAtThisPoint();
    void compareWithNowListsWhatChanged();
    void revertToThisPointIsOneUndoableEdit();
    void reportsSayAsOf();
};

void TestHistoryUi::reviewAsOfAMomentAndBack()
{
    auto window = openDemoWindow(m_stores);
    QVERIFY(window);
    Store& s = window->store();
    const qint64 before = s.position();
    QVERIFY(window->runner().run(edit::DeleteUser{userNamed(s, QStringLiteral("liam.murphy"))}).ok());
    window->showArea(MainWindow::Area::Review);
    ReviewPage* page = window->reviewPage();
    auto* users = child<QComboBox>(page, "reviewUser");
    auto* banner = child<QFrame>(page, "reviewPastBanner");
    QVERIFY(!listsUser(users, QStringLiteral("liam.murphy")));
    QVERIFY(!banner->isVisible());
    // Earlier: the change before now.
    child<QToolButton>(page, "reviewEarlier")->click();
    QVERIFY(page->model()->inPast());
    QCOMPARE(page->model()->position(), before);
    QVERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(page, "reviewPastText")->text().contains(QStringLiteral("#%1").arg(before)));
    QVERIFY(listsUser(users, QStringLiteral("liam.murphy")));
    page->reviewUser(userNamed(s, QStringLiteral("maya.cohen")));
    // Nothing in the past is offered for editing.
    QVERIFY(!page->findChild<QAction*>(QStringLiteral("expectHoldsAction"))->isEnabled());
    // Edits made meanwhile do not move the past.
    QVERIFY(window->runner().run(edit::AddFolder{0, QStringLiteral("Later")}).ok());
    QCOMPARE(page->model()->position(), before);
    QVERIFY(!page->model()->shown().directory().folderByPath(QStringLiteral("Later")));
    child<QPushButton>(page, "reviewBackToNow")->click();
    QVERIFY(!page->model()->inPast());
    QVERIFY(!banner->isVisible());
    QVERIFY(!listsUser(users, QStringLiteral("liam.murphy")));
    QVERIFY(page->model()->shown().directory().folderByPath(QStringLiteral("Later")));
}

void TestHistoryUi::nowNamesTheNewestChangeWhoeverMadeIt()
{
    auto window = openDemoWindow(m_stores);
    QVERIFY(window);
    Store& s = window->store();
    window->showArea(MainWindow::Area::Review);
    auto* entry = child<QLabel>(window->reviewPage(), "reviewAsOfEntry");
    QVERIFY(entry->text().contains(QStringLiteral("#%1").arg(s.position())));
    const qint64 before = s.position();
    const WardenctlRun run = wardenctlOn(s.location(), {"folder", "add", "Added elsewhere", "--as", "admin"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(s.sync().ok());
    QVERIFY(s.position() > before);
    QVERIFY2(entry->text().contains(QStringLiteral("#%1").arg(s.position())), qPrintable(entry->text()));
}

void TestHistoryUi::auditLogShowsAccessAtThisPoint()
{
    auto window = openDemoWindow(m_stores);
    QVERIFY(window);
    QVERIFY(window->runner().run(edit::DeleteUser{userNamed(window->store(), QStringLiteral("liam.murphy"))}).ok());
    const qint64 entry = selectEntryBefore(*window, QStringLiteral("Delete user liam.murphy"));
    QVERIFY(entry > 0);
    AuditLogPage* page = child<AuditLogPage>(window.get(), "auditLogPage");
    page->findChild<QAction*>(QStringLiteral("auditAccessAtAction"))->trigger();
    QVERIFY(window->reviewPage()->isVisible());
    QCOMPARE(window->reviewPage()->model()->position(), entry);
    QVERIFY(listsUser(child<QComboBox>(window->reviewPage(), "reviewUser"), QStringLiteral("liam.murphy")));
}

void TestHistoryUi::compareWithNowListsWhatChanged()
{
    auto window = openDemoWindow(m_stores);
    QVERIFY(window);
    QVERIFY(window->runner().run(edit::DeleteUser{userNamed(window->store(), QStringLiteral("liam.murphy"))}).ok());
    QVERIFY(selectEntryBefore(*window, QStringLiteral("Delete user liam.murphy")) > 0);
    QStringList shown;
    bool filtered = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<DifferenceDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (int i = 0; i < dialog->view()->topLevelItemCount(); ++i)
            shown.append(dialog->view()->topLevelItem(i)->text(0));
        dialog->filter()->setText(QStringLiteral("nobody-by-that-name"));
        filtered = dialog->view()->topLevelItem(0)->isHidden();
        dialog->reject();
    });
    child<AuditLogPage>(window.get(), "auditLogPage")
        ->findChild<QAction*>(QStringLiteral("auditCompareAction"))
        ->trigger();
    QCOMPARE(shown, QStringList{QStringLiteral("liam.murphy (Liam Murphy), deleted")});
    QVERIFY(filtered);
}

void TestHistoryUi::revertToThisPointIsOneUndoableEdit()
{
    ScriptedPrompts prompts;
    auto window = openDemoWindow(m_stores, &prompts);
    QVERIFY(window);
    Store& s = window->store();
    QVERIFY(window->runner().run(edit::DeleteUser{userNamed(s, QStringLiteral("liam.murphy"))}).ok());
    QVERIFY(window->runner().run(edit::AddFolder{0, QStringLiteral("Later")}).ok());
    const qint64 entries = s.position();
    QVERIFY(selectEntryBefore(*window, QStringLiteral("Delete user liam.murphy")) > 0);
    QAction* revert
        = child<AuditLogPage>(window.get(), "auditLogPage")->findChild<QAction*>(QStringLiteral("auditRevertAction"));
    QVERIFY(revert->isEnabled());
    // Cancelled: asked with the impact, nothing written.
    prompts.answer = false;
    revert->trigger();
    QVERIFY(prompts.asked);
    QVERIFY(!prompts.asked->impact.isEmpty());
    QCOMPARE(s.position(), entries);
    prompts.answer = true;
    revert->trigger();
    QCOMPARE(s.position(), entries + 1);
    QVERIFY(s.user(QStringLiteral("liam.murphy")));
    QVERIFY(!folderAt(s, QStringLiteral("Later")));
    // One step back.
    window->undoStack().undo();
    QVERIFY(!s.user(QStringLiteral("liam.murphy")));
    QVERIFY(folderAt(s, QStringLiteral("Later")));
    // Only an Admin goes back.
    window->signInAs(userNamed(s, QStringLiteral("maya.cohen")));
    QVERIFY(!revert->isEnabled());
}

void TestHistoryUi::reportsSayAsOf()
{
    auto window = openDemoWindow(m_stores);
    QVERIFY(window);
    Store& s = window->store();
    const qint64 before = s.position();
    QVERIFY(window->runner().run(edit::DeleteUser{userNamed(s, QStringLiteral("liam.murphy"))}).ok());
    ReviewPage* page = window->reviewPage();
    QVERIFY(page->showAt(before));
    page->reviewUser(userNamed(s, QStringLiteral("maya.cohen")));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("r.csv"));
    const QString html = dir.filePath(QStringLiteral("r.html"));
    QVERIFY(page->exportTo(csv).ok());
    QVERIFY(page->exportTo(html).ok());
    QFile csvFile(csv), htmlFile(html);
    QVERIFY(csvFile.open(QIODevice::ReadOnly) && htmlFile.open(QIODevice::ReadOnly));
    const QByteArray header = csvFile.readLine();
    QVERIFY2(header.trimmed().endsWith(",as_of"), header.constData());
    QVERIFY(csvFile.readLine().contains(QStringLiteral("#%1").arg(before).toUtf8()));
    const QString text = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(text.contains(QStringLiteral("as of")));
    QVERIFY(text.contains(QStringLiteral("#%1").arg(before)));
    // Now again: no such column.
    QVERIFY(page->showAt(0));
    QVERIFY(page->exportTo(csv).ok());
    QFile again(csv);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readLine().contains("as_of"));
}

QTEST_MAIN(TestHistoryUi)
#include "tst_historyui.moc"
