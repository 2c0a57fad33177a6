// Every key sequence of the main window belongs to one action wherever the focus is: a key that two
// live actions share does nothing in Qt but print "Ambiguous shortcut overload".
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "models/io/Translations.h"
#include "ui/FolderPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QContextMenuEvent>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QTranslator>

using namespace warden;
using namespace warden::test;

namespace {

QList<QWidget*> widgetsOf(const QAction* action)
{
    QList<QWidget*> widgets;
    for (QObject* object : action->associatedObjects()) {
        if (auto* widget = qobject_cast<QWidget*>(object))
            widgets.append(widget);
    }
    return widgets;
}

// Whether the action's shortcut is live with the focus on this widget, as Qt decides it.
bool liveAt(const QAction* action, const QWidget* focus)
{
    for (const QWidget* widget : widgetsOf(action)) {
        if (qobject_cast<const QMenu*>(widget)) {
            // A menu of the menu bar carries its window-wide actions, and only those.
            if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
                return true;
            continue;
        }
        if (!widget->isVisible())
            continue;
        switch (action->shortcutContext()) {
        case Qt::WindowShortcut:
        case Qt::ApplicationShortcut:
            if (widget->window() == focus->window())
                return true;
            break;
        case Qt::WidgetWithChildrenShortcut:
            if (widget == focus || widget->isAncestorOf(focus))
                return true;
            break;
        case Qt::WidgetShortcut:
            if (widget == focus)
                return true;
            break;
        }
    }
    return false;
}

QString describe(const QAction* action)
{
    return action->objectName().isEmpty() ? action->text() : action->objectName();
}

// Each key sequence that more than one live action (or one action twice) answers to, with the
// focus anywhere in the window.
QStringList clashes(QWidget* window, const QString& where)
{
    QList<QWidget*> focusable{window};
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus)
            focusable.append(widget);
    }
    const QList<QAction*> actions = window->findChildren<QAction*>();
    QStringList found;
    for (const QWidget* focus : std::as_const(focusable)) {
        QHash<QKeySequence, QStringList> owners;
        for (const QAction* action : actions) {
            if (!liveAt(action, focus))
                continue;
            for (const QKeySequence& key : action->shortcuts())
                owners[key].append(describe(action));
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            const QString clash
                = QStringLiteral("%1: %2 (%3, focus on %4)")
                      .arg(it.key().toString(QKeySequence::NativeText), it.value().join(QLatin1String(", ")), where,
                           focus->objectName().isEmpty() ? QLatin1String(focus->metaObject()->className())
                                                         : focus->objectName());
            if (!found.contains(clash))
                found.append(clash);
        }
    }
    return found;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void noKeyHasTwoActions_data();
    void noKeyHasTwoActions();
    void findGoesToTheAreaShown();
    void tabLeavesEveryTable();
    void tabGoesThroughEachAreaInReadingOrder_data();
    void tabGoesThroughEachAreaInReadingOrder();
    void contextMenusOfferTheActions_data();
    void contextMenusOfferTheActions();
};

void TestShortcuts::noKeyHasTwoActions_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestShortcuts::noKeyHasTwoActions()
{
    QFETCH(QString, language);
    installTranslations(language);
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    QVERIFY(!window.findChildren<QAction*>().isEmpty());

    QStringList found;
    const QMetaEnum areas = QMetaEnum::fromType<MainWindow::Area>();
    for (int i = 0; i < areas.keyCount(); ++i) {
        window.showArea(MainWindow::Area(areas.value(i)));
        const QString area = QLatin1String(areas.key(i));
        found += clashes(&window, area);
        // Each tab of the area too: a tab shows actions of its own.
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                found += clashes(&window, area + QLatin1Char('/') + tabs->tabText(tab).remove(QLatin1Char('&')));
            }
            tabs->setCurrentIndex(shown);
        }
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// Ctrl+F puts the focus in the filter of the area shown, wherever the focus was.
void TestShortcuts::findGoesToTheAreaShown()
{
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<QPair<MainWindow::Area, const char*>> filters{
        {MainWindow::Area::Folders, "folderFilter"},           {MainWindow::Area::Users, "userFilter"},
        {MainWindow::Area::GlobalPermissions, "actionFilter"}, {MainWindow::Area::Review, "reviewFolderFilter"},
        {MainWindow::Area::AuditLog, "auditFilter"},
    };
    for (const auto& [area, name] : filters) {
        window.showArea(area);
        window.findChild<QWidget*>(QStringLiteral("navigation"))->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&window, name));
    }
}

// Tab moves on to the next widget from every list and table, the permission matrix included;
// the arrow keys move between cells.
void TestShortcuts::tabLeavesEveryTable()
{
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList trapping;
    for (const QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        if (view->tabKeyNavigation())
            trapping.append(view->objectName());
    }
    QVERIFY2(trapping.isEmpty(), qPrintable(trapping.join(QLatin1String(", "))));

    auto* matrix = child<QTableView>(&window, "permissionMatrix");
    matrix->setFocus();
    matrix->setCurrentIndex(matrix->model()->index(0, 1));
    QTest::keyClick(matrix, Qt::Key_Right);
    QCOMPARE(matrix->currentIndex().column(), 2);
    QTest::keyClick(matrix, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != matrix);
}

void TestShortcuts::tabGoesThroughEachAreaInReadingOrder_data()
{
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("expected");
    const QString tabs = QStringLiteral("qt_tabwidget_tabbar");
    QTest::newRow("folders, a security root")
        << int(MainWindow::Area::Folders) << QStringLiteral("Data Services")
        << QStringList{QStringLiteral("folderFilter"), QStringLiteral("folderView"), tabs,
                       QStringLiteral("newTeamButton"), QStringLiteral("permissionMatrix")};
    QTest::newRow("folders, an inheriting folder")
        << int(MainWindow::Area::Folders) << QStringLiteral("Data Services/Analytics")
        << QStringList{
               QStringLiteral("folderFilter"), QStringLiteral("folderView"), tabs,
               QStringLiteral("jumpToRoot"),   QStringLiteral("inheritBox"), QStringLiteral("permissionMatrix")};
    QTest::newRow("users") << int(MainWindow::Area::Users) << QString()
                           << QStringList{QStringLiteral("userFilter"), QStringLiteral("userView"),
                                          QStringLiteral("userDetails")};
    QTest::newRow("roles") << int(MainWindow::Area::Roles) << QString()
                           << QStringList{QStringLiteral("newRoleButton"),    QStringLiteral("renameRoleButton"),
                                          QStringLiteral("deleteRoleButton"), QStringLiteral("roleView"),
                                          QStringLiteral("roleMemberInput"),  QStringLiteral("roleMembers"),
                                          QStringLiteral("roleAbilities")};
    QTest::newRow("global permissions") << int(MainWindow::Area::GlobalPermissions) << QString()
                                        << QStringList{QStringLiteral("actionFilter"), QStringLiteral("roleFilter"),
                                                       QStringLiteral("globalPermissionView"),
                                                       QStringLiteral("addGlobalRoleButton")};
    QTest::newRow("review") << int(MainWindow::Area::Review) << QString()
                            << QStringList{QStringLiteral("reviewUser"),
                                           QStringLiteral("compareUser"),
                                           QStringLiteral("reviewFolderFilter"),
                                           QStringLiteral("reviewPermissionFilter"),
                                           QStringLiteral("reviewExport"),
                                           QStringLiteral("reviewAsOf"),
                                           QStringLiteral("reviewEarlier"),
                                           QStringLiteral("reviewTree"),
                                           tabs,
                                           QStringLiteral("reviewExplanation")};
    QTest::newRow("connections") << int(MainWindow::Area::Connections) << QString()
                                 << QStringList{tabs, QStringLiteral("connectionTable")};
    QTest::newRow("audit log") << int(MainWindow::Area::AuditLog) << QString()
                               << QStringList{
                                      QStringLiteral("auditFilter"),        QStringLiteral("auditView"),
                                      QStringLiteral("auditDetails"),       QStringLiteral("auditAccessAtButton"),
                                      QStringLiteral("auditCompareButton"), QStringLiteral("auditRevertButton")};
}

// From the list of areas, Tab goes through the area shown as it is laid out, top to bottom and
// left to right within each pane, and back to the list; a text with links is one stop.
void TestShortcuts::tabGoesThroughEachAreaInReadingOrder()
{
    QFETCH(int, area);
    QFETCH(QString, folder);
    QFETCH(QStringList, expected);
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    window.resize(1280, 800);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showArea(MainWindow::Area(area));
    if (!folder.isEmpty())
        child<FolderPage>(&window, "folderPage")->selectFolder(window.store().directory().folderByPath(folder));
    auto* navigation = child<QWidget>(&window, "navigation");
    navigation->setFocus();
    QStringList visited;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        QVERIFY(w);
        if (w == navigation)
            break;
        const QString name = w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className()) : w->objectName();
        if (visited.isEmpty() || visited.last() != name)
            visited.append(name);
    }
    if (visited != expected)
        qWarning() << visited;
    QCOMPARE(visited, expected);
}

void TestShortcuts::contextMenusOfferTheActions_data()
{
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("offered");
    QTest::newRow("folders") << int(MainWindow::Area::Folders) << QStringLiteral("folderView")
                             << QStringLiteral("Move Folder To…");
    QTest::newRow("matrix") << int(MainWindow::Area::Folders) << QStringLiteral("permissionMatrix")
                            << QStringLiteral("Members…");
    QTest::newRow("users") << int(MainWindow::Area::Users) << QStringLiteral("userView") << QStringLiteral("Disable");
    QTest::newRow("roles") << int(MainWindow::Area::Roles) << QStringLiteral("roleView") << QStringLiteral("Rename…");
    QTest::newRow("connections") << int(MainWindow::Area::Connections) << QStringLiteral("connectionTable")
                                 << QStringLiteral("New Connection…");
}

// Right click and the Menu key offer what the area's buttons and menus do.
void TestShortcuts::contextMenusOfferTheActions()
{
    QFETCH(int, area);
    QFETCH(QString, view);
    QFETCH(QString, offered);
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    window.showArea(MainWindow::Area(area));
    QAbstractItemView* target = nullptr;
    for (QAbstractItemView* candidate : window.findChildren<QAbstractItemView*>(view)) {
        if (candidate->isVisible())
            target = candidate;
    }
    QVERIFY2(target, qPrintable(view));
    QStringList texts;
    QTimer::singleShot(0, &window, [&texts] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (const QAction* action : menu->actions())
                texts.append(action->text().remove(QLatin1Char('&')));
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(10, 10),
                            target->viewport()->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(target->viewport(), &event);
    QVERIFY2(texts.contains(offered), qPrintable(texts.join(QLatin1String(", "))));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
