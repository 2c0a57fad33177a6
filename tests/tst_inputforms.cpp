// The input dialogs as a person meets them: the focus starts in the first field, OK waits for
// valid input and says why, and a refusal from the core keeps the dialog open with what was typed.
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "ui/FolderDetails.h"
#include "ui/FolderPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace warden;
using namespace warden::test;

namespace {

// What a test saw inside a dialog, checked once the dialog is gone.
struct Seen
{
    QString focus;
    bool okAtFirst = true;
    bool okWhenInvalid = true;
    QString reason;
    bool stayedOpen = false;
    QString refusal;
    QString keptText;
};

// Runs steps inside the next dialog's own event loop, which the action about to be triggered opens.
void whenDialogOpens(const std::function<void(QDialog*)>& steps)
{
    QTimer::singleShot(0, qApp, [steps] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no dialog opened");
        steps(dialog);
    });
}

QPushButton* okOf(QDialog* dialog) { return child<QPushButton>(dialog, "inputOk"); }
QLabel* problemOf(QDialog* dialog) { return child<QLabel>(dialog, "inputProblem"); }

} // namespace

class TestInputForms : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    std::unique_ptr<MainWindow> m_window;
    Store& store() { return m_window->store(); }
    QAction* action(const char* name) { return m_window->findChild<QAction*>(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void init();
    void cleanup() { m_window.reset(); }
    void inviteStartsInItsFieldAndWaitsForAnAddress();
    void refusedNewFolderKeepsTheDialogOpen();
    void refusedTeamEditKeepsTheEditorOpen();
    void moveToAnotherRootAsksWithCancelFirst();
};

void TestInputForms::init()
{
    m_window = openDemoWindow(m_stores); // the real dialogs
    QVERIFY(m_window);
}

void TestInputForms::inviteStartsInItsFieldAndWaitsForAnAddress()
{
    m_window->showArea(MainWindow::Area::Users);
    Seen seen;
    whenDialogOpens([&seen](QDialog* dialog) {
        seen.focus = dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString();
        seen.okAtFirst = okOf(dialog)->isEnabled();
        auto* email = child<QLineEdit>(dialog, "emailEdit");
        QTest::keyClicks(email, QStringLiteral("not an address"));
        seen.okWhenInvalid = okOf(dialog)->isEnabled();
        seen.reason = problemOf(dialog)->isVisible() ? problemOf(dialog)->text() : QString();
        QTest::keyClick(email, Qt::Key_Return); // refused by the check: nothing happens
        seen.stayedOpen = dialog->isVisible();
        email->clear();
        QTest::keyClicks(email, QStringLiteral("new.person@example.com"));
        QTest::keyClick(email, Qt::Key_Return);
    });
    action("inviteUserAction")->trigger();
    QCOMPARE(seen.focus, QStringLiteral("emailEdit"));
    QVERIFY(!seen.okAtFirst);
    QVERIFY(!seen.okWhenInvalid);
    QVERIFY2(seen.reason.contains(QStringLiteral("not an email address")), qPrintable(seen.reason));
    QVERIFY(seen.stayedOpen);
    const User* invited = store().user(QStringLiteral("new.person@example.com"));
    QVERIFY(invited);
    QCOMPARE(invited->status, UserStatus::Invited);
}

void TestInputForms::refusedNewFolderKeepsTheDialogOpen()
{
    auto* page = child<FolderPage>(m_window, "folderPage");
    page->selectFolder(folderAt(store(), QStringLiteral("Retail Apps")));
    const int folders = int(store().directory().folders().size());
    Seen seen;
    whenDialogOpens([&seen](QDialog* dialog) {
        seen.focus = dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString();
        auto* name = child<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("mobile")); // Retail Apps/Mobile exists
        QTest::keyClick(name, Qt::Key_Return);
        seen.stayedOpen = dialog->isVisible();
        seen.refusal = problemOf(dialog)->isVisible() ? problemOf(dialog)->text() : QString();
        seen.keptText = name->text();
        name->setText(QStringLiteral("Wearables"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    page->view()->setFocus();
    action("newFolderAction")->trigger();
    QCOMPARE(seen.focus, QStringLiteral("nameEdit"));
    QVERIFY(seen.stayedOpen);
    QVERIFY2(seen.refusal.contains(QStringLiteral("already")), qPrintable(seen.refusal));
    QCOMPARE(seen.keptText, QStringLiteral("mobile"));
    QCOMPARE(int(store().directory().folders().size()), folders + 1);
    QVERIFY(folderAt(store(), QStringLiteral("Retail Apps/Wearables")) != 0);
    QCOMPARE(page->currentFolder(), folderAt(store(), QStringLiteral("Retail Apps/Wearables")));
}

void TestInputForms::refusedTeamEditKeepsTheEditorOpen()
{
    auto* page = child<FolderPage>(m_window, "folderPage");
    page->selectFolder(folderAt(store(), QStringLiteral("Retail Apps")));
    const Id developers = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Developers"));
    page->details()->selectTeam(developers);
    Seen seen;
    whenDialogOpens([&seen](QDialog* dialog) {
        auto* name = child<QLineEdit>(dialog, "teamName");
        name->setText(QStringLiteral("QA")); // another team of the folder
        QTest::keyClick(name, Qt::Key_Return);
        seen.stayedOpen = dialog->isVisible();
        seen.refusal = child<QLabel>(dialog, "memberProblem")->text();
        seen.keptText = name->text();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(page->details(), "editTeamButton"), Qt::LeftButton);
    QVERIFY(seen.stayedOpen);
    QVERIFY2(seen.refusal.contains(QStringLiteral("already")), qPrintable(seen.refusal));
    QCOMPARE(seen.keptText, QStringLiteral("QA"));
    QCOMPARE(store().directory().team(developers)->name, QStringLiteral("Developers"));
}

void TestInputForms::moveToAnotherRootAsksWithCancelFirst()
{
    auto* page = child<FolderPage>(m_window, "folderPage");
    const Id ios = folderAt(store(), QStringLiteral("Retail Apps/Mobile/iOS"));
    const QByteArray before = exportJson(store());
    QString text;
    bool cancelIsDefault = false;
    QString summary;
    int users = 0;
    whenDialogOpens([&](QDialog* dialog) {
        if (dialog->objectName() != QLatin1String("impactDialog"))
            qFatal("the question does not show the impact");
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            text += label->text() + QLatin1Char(' ');
        summary = child<QLabel>(dialog, "impactSummary")->text();
        users = child<QTreeWidget>(dialog, "impactView")->topLevelItemCount();
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        cancelIsDefault = buttons->button(QDialogButtonBox::Cancel)->isDefault();
        QTest::keyClick(dialog, Qt::Key_Return); // the default: Cancel
    });
    page->moveFolder(ios, folderAt(store(), QStringLiteral("Data Services")));
    QVERIFY(cancelIsDefault);
    QVERIFY2(text.contains(QStringLiteral("Retail Apps/Mobile/iOS")) && text.contains(QStringLiteral("Data Services"))
                 && text.contains(QStringLiteral("from Retail Apps")),
             qPrintable(text));
    // Counts first, then who: those of Retail Apps lose it, those of Data Services gain it.
    QVERIFY2(summary.contains(QStringLiteral(" lose")) && summary.contains(QStringLiteral(" gain")),
             qPrintable(summary));
    QVERIFY(users > 0);
    QCOMPARE(exportJson(store()), before);
}

QTEST_MAIN(TestInputForms)
#include "tst_inputforms.moc"
