// What the window shows reads as written English and German: no "3 team(s)" anywhere, and nothing
// cut short at the sizes of real screens.
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "models/domain/BuiltinCatalog.h"
#include "models/io/Translations.h"
#include "ui/BulkWizard.h"
#include "ui/ConnectDialog.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionsPage.h"
#include "ui/FolderPage.h"
#include "ui/GroupedHeaderView.h"
#include "ui/MainWindow.h"
#include "ui/MoveFolderDialog.h"
#include "ui/ReviewPage.h"
#include "ui/TeamEditor.h"
#include "ui/UserPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
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

QString plain(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QLatin1String("&&"), QLatin1String("&"));
}

QString where(const QWidget* w)
{
    QStringList names;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            names.prepend(p->objectName());
    }
    return names.join(QLatin1Char('/')) + QLatin1Char(' ') + QLatin1String(w->metaObject()->className());
}

// The titles of a header that do not fit their sections, written upwards or across.
QStringList cutHeaderTitles(const QHeaderView* header)
{
    QStringList cut;
    const QAbstractItemModel* model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return cut;
    auto* grouped = qobject_cast<const GroupedHeaderView*>(header);
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const QString title = model->headerData(i, Qt::Horizontal).toString();
        const bool upwards = grouped && !grouped->group(i).isEmpty();
        if (grouped && header->sectionSize(i) < header->fontMetrics().lineSpacing()) {
            cut.append(title);
        } else if (grouped && upwards) {
            continue;
        } else if (header->sectionSizeHint(i) > header->sectionSize(i)) {
            cut.append(title);
        }
    }
    return cut;
}

// What a person sees cut short in the widgets shown under root: labels and buttons narrower than
// their text, placeholders longer than their field, tabs that do not all fit, header titles.
QStringList cutTexts(const QWidget* root)
{
    QStringList cut;
    auto add = [&](const QWidget* w, const QString& text) { cut.append(where(w) + QLatin1String(": ") + text); };
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() == 0)
            continue;
        const QFontMetrics& metrics = w->fontMetrics();
        if (auto* label = qobject_cast<const QLabel*>(w)) {
            if (!label->wordWrap() && !label->text().isEmpty() && label->sizeHint().width() > label->width())
                add(w, label->text());
        } else if (auto* button = qobject_cast<const QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width())
                add(w, plain(button->text()));
        } else if (auto* line = qobject_cast<const QLineEdit*>(w)) {
            const int frame = 2 * line->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, line);
            // The clear button keeps its room even while it is hidden (an icon and its margins).
            const int buttons = int(line->actions().size()) + (line->isClearButtonEnabled() ? 1 : 0);
            const int room = line->width() - frame - 4 - buttons * 26;
            if (line->text().isEmpty() && metrics.horizontalAdvance(line->placeholderText()) > room)
                add(w, line->placeholderText());
        } else if (auto* combo = qobject_cast<const QComboBox*>(w)) {
            if (metrics.horizontalAdvance(combo->currentText()) + 32 > combo->width())
                add(w, combo->currentText());
        } else if (auto* bar = qobject_cast<const QTabBar*>(w)) {
            const int padding = 2 * bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
            for (int i = 0; i < bar->count(); ++i) {
                const QRect shown = bar->tabRect(i);
                if (!bar->rect().contains(shown)
                    || metrics.horizontalAdvance(plain(bar->tabText(i))) + padding / 2 > shown.width())
                    add(w, plain(bar->tabText(i)));
            }
        } else if (auto* list = qobject_cast<const QListView*>(w); list && list->model()) {
            for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row) {
                const QModelIndex index = list->model()->index(row, 0, list->rootIndex());
                if (list->sizeHintForIndex(index).width() > list->viewport()->width())
                    add(w, index.data().toString());
            }
        } else if (auto* tools = qobject_cast<const QToolBar*>(w)) {
            // Actions that do not fit go behind the toolbar's extension button.
            auto* more = tools->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button"));
            if (more && more->isVisible())
                add(w, QStringLiteral("actions hidden behind »"));
        } else if (auto* header = qobject_cast<const QHeaderView*>(w)) {
            for (const QString& title : cutHeaderTitles(header))
                add(w, title);
        }
    }
    return cut;
}

// One of each dialog of the window, on the demo's first security root.
std::vector<std::unique_ptr<QWidget>> demoDialogs(MainWindow& window)
{
    const Store& store = window.store();
    const Id root = store.directory().folderByPath(QStringLiteral("Data Services"));
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<ConnectDialog>(&window));
    dialogs.push_back(std::make_unique<MoveFolderDialog>(store, root, &window));
    dialogs.push_back(
        std::make_unique<TeamEditor>(store, store.directory().teamsOn(root).constLast(), true, true, &window));
    dialogs.push_back(std::make_unique<ConnectionDialog>(window.runner(), root, &window));
    dialogs.push_back(std::make_unique<BulkWizard>(window.runner(), QList<Id>{}, &window));
    return dialogs;
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
    void nothingIsCutShort_data();
    void nothingIsCutShort();
    void dialogsCutNothingShort_data() { nothingIsCutShort_data(); }
    void dialogsCutNothingShort();
    void dialogsTabInReadingOrder();
    void permissionTitlesFitUpwards_data();
    void permissionTitlesFitUpwards();
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

void TestTexts::nothingIsCutShort_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("German, 1280x800") << QStringLiteral("de") << QSize(1280, 800);
    QTest::newRow("English, 1024x700") << QStringLiteral("en") << QSize(1024, 700);
    QTest::newRow("German, 1024x700") << QStringLiteral("de") << QSize(1024, 700);
}

void TestTexts::nothingIsCutShort()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    installTranslations(language);
    QSettings().clear();
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    window.resize(size);
    QTRY_COMPARE(window.size(), size);

    QStringList found;
    const Directory& d = window.store().directory();
    auto* folders = child<FolderPage>(&window, "folderPage");
    auto* details = child<QTabWidget>(&window, "folderTabs");
    for (const QString& path : {QStringLiteral("Data Services"), QStringLiteral("Data Services/Analytics")}) {
        folders->selectFolder(d.folderByPath(path));
        for (int tab = 0; tab < details->count(); ++tab) {
            details->setCurrentIndex(tab);
            QApplication::processEvents();
            found += cutTexts(&window);
        }
    }
    const QMetaEnum areas = QMetaEnum::fromType<MainWindow::Area>();
    for (int i = 1; i < areas.keyCount(); ++i) {
        window.showArea(MainWindow::Area(areas.value(i)));
        QApplication::processEvents();
        found += cutTexts(&window);
    }
    window.showArea(MainWindow::Area::Review);
    child<ReviewPage>(&window, "reviewPage")->reviewUser(userNamed(window.store(), QStringLiteral("chloe.nguyen")));
    // With a cell explained, as the review is used.
    auto* matrix = child<QTreeView>(&window, "reviewTree");
    matrix->setCurrentIndex(matrix->model()->index(0, 1));
    QApplication::processEvents();
    found += cutTexts(&window);
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTexts::dialogsCutNothingShort()
{
    QFETCH(QString, language);
    installTranslations(language);
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    const std::vector<std::unique_ptr<QWidget>> dialogs = demoDialogs(window);
    QStringList found;
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        found += cutTexts(dialog.get());
        dialog->close();
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// Tab goes through each dialog as it reads, top to bottom and left to right within a row, and
// reaches every field and button.
void TestTexts::dialogsTabInReadingOrder()
{
    installTranslations(QStringLiteral("en"));
    const auto opened = openDemoWindow(m_stores);
    QVERIFY(opened);
    MainWindow& window = *opened;
    const std::vector<std::unique_ptr<QWidget>> dialogs = demoDialogs(window);
    QStringList wrong;
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QWidget* first = QApplication::focusWidget();
        QVERIFY(first);
        QList<QWidget*> order{first};
        for (int i = 0; i < 80; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* w = QApplication::focusWidget();
            if (w == first)
                break;
            if (order.last() != w)
                order.append(w);
        }
        // The cycle read from its top left stop, wherever the focus starts.
        const auto topLeft = std::min_element(order.cbegin(), order.cend(), [&](QWidget* a, QWidget* b) {
            const QPoint pa = a->mapTo(dialog.get(), QPoint(0, 0));
            const QPoint pb = b->mapTo(dialog.get(), QPoint(0, 0));
            return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
        });
        std::rotate(order.begin(), order.begin() + (topLeft - order.cbegin()), order.end());
        const QString name = QLatin1String(dialog->metaObject()->className());
        // Reading order: a stop lower than the one before, or on its row (within a few pixels) and
        // to its right, or at the top of a column to the right of it.
        for (qsizetype i = 1; i < order.size(); ++i) {
            const QRect a(order[i - 1]->mapTo(dialog.get(), QPoint(0, 0)), order[i - 1]->size());
            const QRect b(order[i]->mapTo(dialog.get(), QPoint(0, 0)), order[i]->size());
            const bool sameRow = std::abs(a.center().y() - b.center().y()) <= 6;
            const bool nextColumn = b.left() >= a.right() - 2;
            if (sameRow ? b.left() < a.left() : b.top() < a.top() - 6 && !nextColumn)
                wrong.append(QStringLiteral("%1: %2 then %3").arg(name, where(order[i - 1]), where(order[i])));
        }
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
                && !order.contains(w) && !qobject_cast<QTabBar*>(w->parentWidget()))
                wrong.append(QStringLiteral("%1: never reached: %2").arg(name, where(w)));
        }
        dialog->close();
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTexts::permissionTitlesFitUpwards_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

// Every permission's title, in at most two lines of the matrices' upward headers, is whole.
void TestTexts::permissionTitlesFitUpwards()
{
    QFETCH(QString, language);
    installTranslations(language);
    const auto catalog = loadBuiltinCatalog();
    QVERIFY(catalog);
    const QFontMetrics metrics(QApplication::font());
    QStringList cut;
    for (int p = 0; p < catalog.value().folderCount(); ++p) {
        const QString title = catalog.value().folderPermission(p).title;
        const QStringList lines
            = GroupedHeaderView::titleLines(metrics, title, GroupedHeaderView::MaximumTitleHeight - 12);
        if (lines.join(QLatin1Char(' ')) != title)
            cut.append(title + QLatin1String(" -> ") + lines.join(QLatin1String(" / ")));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTexts)
#include "tst_texts.moc"
