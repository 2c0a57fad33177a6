// What the window shows reads as written English and German: no "3 team(s)" anywhere.
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "models/io/Translations.h"
#include "ui/FolderPage.h"
#include "ui/MainWindow.h"
#include "ui/UserPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeView>

using namespace warden;
using namespace warden::test;

namespace {

void collectModel(const QAbstractItemModel* model, const QModelIndex& parent, int depth, QStringList* texts)
{
    const int rows = std::min(model->rowCount(parent), 200);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts->append(index.data(Qt::DisplayRole).toString());
            texts->append(index.data(Qt::ToolTipRole).toString());
        }
        if (depth > 0)
            collectModel(model, model->index(row, 0, parent), depth - 1, texts);
    }
    for (int column = 0; column < model->columnCount(parent); ++column) {
        texts->append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        texts->append(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
}

// Every text that the widgets shown offer to read: labels, buttons, placeholders, tabs, documents,
// the cells and headers of views, and the tooltips of all of them.
QStringList shownTexts(const QWidget* window)
{
    QStringList texts;
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        texts.append(w->toolTip());
        if (auto* label = qobject_cast<const QLabel*>(w))
            texts.append(label->text());
        else if (auto* button = qobject_cast<const QAbstractButton*>(w))
            texts.append(button->text());
        else if (auto* line = qobject_cast<const QLineEdit*>(w))
            texts.append(line->placeholderText());
        else if (auto* box = qobject_cast<const QGroupBox*>(w))
            texts.append(box->title());
        else if (auto* text = qobject_cast<const QTextEdit*>(w))
            texts.append(text->toPlainText());
        else if (auto* tabs = qobject_cast<const QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto* view = qobject_cast<const QAbstractItemView*>(w)) {
            if (view->model() && !qobject_cast<const QHeaderView*>(view))
                collectModel(view->model(), view->rootIndex(), 2, &texts);
        }
    }
    for (const QAction* action : window->findChildren<QAction*>())
        texts << action->text() << action->toolTip();
    return texts;
}

QStringList withParenS(const QStringList& texts, const QString& where)
{
    QStringList found;
    for (const QString& text : texts) {
        if (text.contains(QLatin1String("(s)")) || text.contains(QLatin1String("(en)")))
            found.append(where + QLatin1String(": ") + text.left(160));
    }
    return found;
}

} // namespace

class TestTexts : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void pluralsAreWritten_data();
    void pluralsAreWritten();
};

void TestTexts::pluralsAreWritten_data()
{
    QTest::addColumn<QString>("language");
    // The C locale has no translation of its own: it reads English.
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestTexts::pluralsAreWritten()
{
    QFETCH(QString, language);
    installTranslations(language);
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    window.resize(1280, 800);

    QStringList found;
    const Directory& d = window.store().directory();
    auto* folders = child<FolderPage>(&window, "folderPage");
    folders->view()->expandAll();
    for (Id id : d.treeOrder()) {
        folders->selectFolder(id);
        found += withParenS(shownTexts(&window), QStringLiteral("Folders, %1").arg(d.path(id)));
    }
    const QMetaEnum areas = QMetaEnum::fromType<MainWindow::Area>();
    for (int i = 1; i < areas.keyCount(); ++i) {
        window.showArea(MainWindow::Area(areas.value(i)));
        found += withParenS(shownTexts(&window), QLatin1String(areas.key(i)));
    }
    window.showArea(MainWindow::Area::Users);
    for (const User& u : d.users()) {
        child<UserPage>(&window, "userPage")->selectUser(u.id);
        found += withParenS(shownTexts(&window), QStringLiteral("Users, %1").arg(u.username));
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTexts)
#include "tst_texts.moc"
