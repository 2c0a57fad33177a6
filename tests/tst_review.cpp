// The Review area: the model against permissions computed here from the raw directory, the
// explanation links, who-has, comparing two users, the filters, and users who are not active.
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/io/BulkPlan.h"
#include "models/io/Translations.h"
#include "models/io/ReviewReport.h"
#include "models/items/ReviewModel.h"
#include "models/items/ReviewPdf.h"
#include "models/items/TeamPermissionModel.h"
#include "ui/FolderDetails.h"
#include "ui/FolderPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/ReviewPage.h"
#include "ui/ReviewText.h"
#include "ui/RolePage.h"
#include "ui/UserPage.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QImage>
#include <QLineEdit>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace warden;
using namespace warden::test;

namespace {

QStringList linksIn(const QTextBrowser* text)
{
    QStringList links;
    const QRegularExpression href(QStringLiteral("href=\"(warden://[^\"]+)\""));
    for (auto it = href.globalMatch(text->toHtml()); it.hasNext();)
        links.append(it.next().captured(1));
    return links;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    Prompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return m_window->store(); }
    ReviewPage* page() { return child<ReviewPage>(m_window, "reviewPage"); }
    int permission(const QString& key) { return store().catalog().folderIndex(key); }
    int visibleTopLevelRows() { return page()->view()->model()->rowCount(); }
    void openWindow(const QString& backend);

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void cleanup() { m_window.reset(); }
    void modelAgreesWithTheRows_data() { TestStores::addBackendRows(); }
    void modelAgreesWithTheRows();
    void modelFollowsTheStore();
    void explanationLinksJump();
    void explainsWhatIsNotHeld();
    void listsWhoHasIt();
    void invitedUserShowsWhatTheyWouldHold();
    void comparesTwoUsers();
    void filtersFoldersAndPermissions();
    void exportsWhatIsShown();
    void showsConnectionLevels();
    void disabledUserShowsWhatTheyWouldHold();
    void explanationGoesWithItsHiddenCell();
    void endingAComparisonKeepsTheTreeOpen();
    void csvCellsAreNeverFormulas();
    void pdfPagesAreWholeAndFew_data();
    void pdfPagesAreWholeAndFew();
};

void TestReview::openWindow(const QString& backend)
{
    auto s = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(s);
    m_window = std::make_unique<MainWindow>(std::move(s), &m_prompts);
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->showArea(MainWindow::Area::Review);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReview::modelAgreesWithTheRows()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    openWindow(backend);
    ReviewModel* model = page()->model();
    const Directory& d = store().directory();
    int checkedCells = 0;
    for (const User& user : d.users()) {
        page()->reviewUser(user.id);
        QCOMPARE(model->user(), user.id);
        for (Id folderId : d.treeOrder()) {
            const Expected e = expectedFor(store(), user.id, folderId);
            QCOMPARE(model->held(folderId), e.held);
            for (int p = 0; p < store().catalog().folderCount(); ++p) {
                const auto state = model->state(folderId, p);
                const auto want = e.granted.test(p)
                    ? ReviewModel::State::Granted
                    : (e.held.test(p) ? ReviewModel::State::Implied : ReviewModel::State::None);
                if (state != want)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 on %2, %3")
                            .arg(user.username, d.path(folderId), store().catalog().folderPermission(p).key)));
                ++checkedCells;
            }
        }
    }
    QVERIFY(checkedCells > 30 * 49 * 50);
    // The cells say the same through the item interface.
    page()->reviewUser(userNamed(store(), QStringLiteral("chloe.nguyen")));
    const QModelIndex cell = model->indexOf(folderAt(store(), QStringLiteral("Data Services")),
                                            ReviewModel::columnOf(permission(QStringLiteral("folder#view"))));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
}

void TestReview::modelFollowsTheStore()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    ReviewModel model(*s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const Id maya = userNamed(*s, QStringLiteral("maya.cohen"));
    model.setUser(maya);
    QCOMPARE(model.rowCount(), int(s->directory().children(0).size()));

    const Id payments = folderAt(*s, QStringLiteral("Retail Apps/Mobile/Payments"));
    const auto added = s->apply(edit::AddFolder{payments, QStringLiteral("Chargebacks")}, admin);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    const Id chargebacks = folderAt(*s, QStringLiteral("Retail Apps/Mobile/Payments/Chargebacks"));
    QVERIFY(model.indexOf(chargebacks).isValid());
    QCOMPARE(model.held(chargebacks), expectedFor(*s, maya, chargebacks).held);

    // A team on the root that takes maya in changes what she holds on the new folder, with no reset.
    QVERIFY(s->apply(edit::AddTeam{payments, QStringLiteral("Chargeback Desk")}, admin).ok());
    const Id desk = teamOn(*s, QStringLiteral("Retail Apps/Mobile/Payments"), QStringLiteral("Chargeback Desk"));
    QVERIFY(s->apply(edit::TeamPermissions{desk, keys(*s, {QStringLiteral("release#edit")}), {}}, admin).ok());
    QVERIFY(s->apply(edit::TeamMember{desk, maya, 0, edit::Membership::Add}, admin).ok());
    QCOMPARE(model.state(chargebacks, s->catalog().folderIndex(QStringLiteral("release#edit"))),
             ReviewModel::State::Granted);
    QCOMPARE(model.held(chargebacks), expectedFor(*s, maya, chargebacks).held);

    QVERIFY(s->apply(edit::MoveFolder{chargebacks, 0}, admin).ok());
    QCOMPARE(model.parent(model.indexOf(chargebacks)), QModelIndex());
    QCOMPARE(model.held(chargebacks), expectedFor(*s, maya, chargebacks).held);
}

void TestReview::explanationLinksJump()
{
    openWindow(QStringLiteral("sqlite"));
    const Id dataServices = folderAt(store(), QStringLiteral("Data Services"));
    page()->reviewUser(userNamed(store(), QStringLiteral("chloe.nguyen")));
    page()->selectCell(dataServices, permission(QStringLiteral("folder#view")));
    const QString text = child<QTextBrowser>(page(), "reviewExplanation")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("chloe.nguyen → role Release Managers → team Release Admin → on Data "
                                          "Services → View release → implies View folder")),
             qPrintable(text));

    // Each step leads to where it is edited: the team on its folder, the role, the folder.
    const Id team = teamOn(store(), QStringLiteral("Data Services"), QStringLiteral("Release Admin"));
    const QStringList links = linksIn(child<QTextBrowser>(page(), "reviewExplanation"));
    QVERIFY(links.contains(ReviewText::link(QStringLiteral("team"), QString::number(team)).toString()));
    page()->openLink(ReviewText::link(QStringLiteral("team"), QString::number(team)));
    QCOMPARE(m_window->findChild<QStackedWidget*>()->currentIndex(), 0);
    QCOMPARE(child<FolderPage>(m_window, "folderPage")->currentFolder(), dataServices);
    FolderDetails* details = child<FolderPage>(m_window, "folderPage")->details();
    QCOMPARE(details->matrixModel()->teamAt(child<QTableView>(details, "permissionMatrix")->currentIndex().row()),
             team);

    // The permission held and the one it implies lead to their cells in the team's matrix.
    m_window->showArea(MainWindow::Area::Review);
    const int viewRelease = permission(QStringLiteral("release#view"));
    const int viewFolder = permission(QStringLiteral("folder#view"));
    for (int p : {viewRelease, viewFolder}) {
        const QUrl cell = ReviewText::link(QStringLiteral("cell"), QStringLiteral("%1/%2").arg(team).arg(p));
        QVERIFY2(links.contains(cell.toString()), qPrintable(cell.toString()));
        page()->openLink(cell);
        QCOMPARE(child<FolderPage>(m_window, "folderPage")->currentFolder(), dataServices);
        QCOMPARE(details->matrixModel()->teamAt(child<QTableView>(details, "permissionMatrix")->currentIndex().row()),
                 team);
        QCOMPARE(child<QTableView>(details, "permissionMatrix")->currentIndex().column(), p);
        m_window->showArea(MainWindow::Area::Review);
    }

    // The user leads to their account in the Users area.
    const Id chloe = userNamed(store(), QStringLiteral("chloe.nguyen"));
    const QUrl account = ReviewText::link(QStringLiteral("account"), QString::number(chloe));
    QVERIFY(links.contains(account.toString()));
    page()->openLink(account);
    QCOMPARE(m_window->findChild<QStackedWidget*>()->currentIndex(), 1);
    QCOMPARE(child<UserPage>(m_window, "userPage")->selectedUsers(), QList<Id>{chloe});

    m_window->showArea(MainWindow::Area::Review);
    const Id role = roleNamed(store(), QStringLiteral("Release Managers"));
    QVERIFY(links.contains(ReviewText::link(QStringLiteral("role"), QString::number(role)).toString()));
    page()->openLink(ReviewText::link(QStringLiteral("role"), QString::number(role)));
    QCOMPARE(m_window->findChild<QStackedWidget*>()->currentIndex(), 2);

    m_window->showArea(MainWindow::Area::Review);
    const Id inheriting = folderAt(store(), QStringLiteral("Data Services/Analytics"));
    page()->selectCell(inheriting, permission(QStringLiteral("folder#view")));
    QVERIFY(child<QTextBrowser>(page(), "reviewExplanation")
                ->toPlainText()
                .contains(QStringLiteral("Data Services/Analytics inherits its teams from Data Services")));
    page()->openLink(ReviewText::link(QStringLiteral("folder"), QString::number(dataServices)));
    QCOMPARE(child<FolderPage>(m_window, "folderPage")->currentFolder(), dataServices);
}

void TestReview::explainsWhatIsNotHeld()
{
    openWindow(QStringLiteral("sqlite"));
    const Id chloe = userNamed(store(), QStringLiteral("chloe.nguyen"));
    const Id dataServices = folderAt(store(), QStringLiteral("Data Services"));
    const int edit = permission(QStringLiteral("folder#edit"));
    page()->reviewUser(chloe);
    QCOMPARE(page()->model()->state(dataServices, edit), ReviewModel::State::None);
    page()->selectCell(dataServices, edit);
    const QString text = child<QTextBrowser>(page(), "reviewExplanation")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("does not hold it")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("chloe.nguyen is in none of them")), qPrintable(text));
    // The teams named are exactly those on the root whose permissions include it.
    for (Id teamId : store().directory().teamsOn(dataServices)) {
        const Team* team = store().directory().team(teamId);
        const bool grants = store().catalog().closure(team->permissions).test(edit);
        QCOMPARE(linksIn(child<QTextBrowser>(page(), "reviewExplanation"))
                     .contains(ReviewText::link(QStringLiteral("team"), QString::number(teamId)).toString()),
                 grants);
    }
}

void TestReview::listsWhoHasIt()
{
    openWindow(QStringLiteral("sqlite"));
    const Id payments = folderAt(store(), QStringLiteral("Retail Apps/Mobile/Payments"));
    const int deploy = permission(QStringLiteral("release#view"));
    page()->selectCell(payments, deploy);
    QStringList expected;
    for (const User& user : store().directory().users()) {
        if (user.status == UserStatus::Active && expectedFor(store(), user.id, payments).held.test(deploy))
            expected.append(ReviewText::link(QStringLiteral("user"), QString::number(user.id)).toString());
    }
    QStringList listed = linksIn(child<QTextBrowser>(page(), "reviewHolders")).filter(QStringLiteral("warden://user/"));
    listed.sort();
    expected.sort();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(listed, expected);

    // Picking one of them reviews that user.
    page()->openLink(QUrl(expected.first()));
    QCOMPARE(page()->model()->user(), Id(QUrl(expected.first()).path().mid(1).toLongLong()));
}

void TestReview::invitedUserShowsWhatTheyWouldHold()
{
    openWindow(QStringLiteral("sqlite"));
    const Id nina = userNamed(store(), QStringLiteral("nina.petrova"));
    QCOMPARE(store().directory().user(nina)->status, UserStatus::Invited);
    page()->reviewUser(nina);
    QVERIFY(page()->findChild<QLabel*>(QStringLiteral("reviewNotice"))->text().contains(QStringLiteral("would hold")));
    // Whatever the invitation's role reaches shows; the access index gives an active user the same.
    for (Id folderId : store().directory().treeOrder())
        QCOMPARE(page()->model()->held(folderId), expectedFor(store(), nina, folderId).held);
    QVERIFY(store().access().effective(nina).first().permissions.isEmpty());
}

void TestReview::comparesTwoUsers()
{
    openWindow(QStringLiteral("sqlite"));
    const Id chloe = userNamed(store(), QStringLiteral("chloe.nguyen"));
    const Id quinn = userNamed(store(), QStringLiteral("quinn.taylor"));
    page()->reviewUser(chloe);
    page()->compareWith(quinn);
    QVERIFY(page()->model()->isComparing());
    QTreeView* view = page()->view();
    view->expandAll();
    const Directory& d = store().directory();
    // Every folder where they differ is there, and every column shown has a difference.
    QSet<Id> differing;
    PermissionSet columns;
    for (Id folderId : d.treeOrder()) {
        const PermissionSet a = expectedFor(store(), chloe, folderId).held;
        const PermissionSet b = expectedFor(store(), quinn, folderId).held;
        if (a != b)
            differing.insert(folderId);
        columns |= (a - b) | (b - a);
    }
    QVERIFY(!differing.isEmpty());
    QSet<Id> shown;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < view->model()->rowCount(parent); ++row) {
            const QModelIndex child = view->model()->index(row, 0, parent);
            shown.insert(child.data(ReviewModel::FolderIdRole).value<Id>());
            pending.append(child);
        }
    }
    QVERIFY(shown.contains(differing));
    for (Id folderId : shown) {
        bool hasDifferingDescendant = differing.contains(folderId);
        for (Id below : d.subtree(folderId))
            hasDifferingDescendant = hasDifferingDescendant || differing.contains(below);
        QVERIFY2(hasDifferingDescendant, qPrintable(d.path(folderId)));
    }
    for (int p = 0; p < store().catalog().folderCount(); ++p)
        QCOMPARE(!view->isColumnHidden(ReviewModel::columnOf(p)), columns.test(p));

    // A cell says who alone holds it.
    const Id folderId = *differing.cbegin();
    int p = 0;
    while (expectedFor(store(), chloe, folderId).held.test(p) == expectedFor(store(), quinn, folderId).held.test(p))
        ++p;
    const bool chloeHolds = expectedFor(store(), chloe, folderId).held.test(p);
    QCOMPARE(page()->model()->indexOf(folderId, ReviewModel::columnOf(p)).data().toString(),
             chloeHolds ? QStringLiteral("A") : QStringLiteral("B"));

    page()->compareWith(0);
    QVERIFY(!page()->model()->isComparing());
    QCOMPARE(visibleTopLevelRows(), int(d.children(0).size()));
}

void TestReview::filtersFoldersAndPermissions()
{
    openWindow(QStringLiteral("sqlite"));
    QTreeView* view = page()->view();
    QTest::keyClicks(child<QLineEdit>(page(), "reviewFolderFilter"), QStringLiteral("payments"));
    QCOMPARE(visibleTopLevelRows(), 1);
    const QModelIndex retail = view->model()->index(0, 0);
    QCOMPARE(retail.data().toString(), QStringLiteral("Retail Apps"));
    child<QLineEdit>(page(), "reviewFolderFilter")->clear();
    QCOMPARE(visibleTopLevelRows(), int(store().directory().children(0).size()));

    QTest::keyClicks(child<QLineEdit>(page(), "reviewPermissionFilter"), QStringLiteral("dashboard"));
    int shown = 0;
    for (int p = 0; p < store().catalog().folderCount(); ++p) {
        const PermissionInfo& info = store().catalog().folderPermission(p);
        const bool matches
            = QString(info.title + info.key + info.group).contains(QStringLiteral("dashboard"), Qt::CaseInsensitive);
        QCOMPARE(!view->isColumnHidden(ReviewModel::columnOf(p)), matches);
        shown += matches;
    }
    QVERIFY(shown > 0);
    QVERIFY(!view->isColumnHidden(0));
}

void TestReview::exportsWhatIsShown()
{
    openWindow(QStringLiteral("sqlite"));
    const Id chloe = userNamed(store(), QStringLiteral("chloe.nguyen"));
    page()->reviewUser(chloe);
    child<QLineEdit>(page(), "reviewFolderFilter")->setText(QStringLiteral("Data Services"));
    child<QLineEdit>(page(), "reviewPermissionFilter")->setText(QStringLiteral("folder#"));
    QTemporaryDir dir;

    // CSV: one row per held cell of the folders and columns shown, with its state.
    const QString csvPath = dir.filePath(QStringLiteral("review.csv"));
    QVERIFY(page()->exportTo(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("user,folder,security_root,permission,title,state,through"));
    QSet<QString> expected;
    const Directory& d = store().directory();
    for (Id folderId : d.subtree(folderAt(store(), QStringLiteral("Data Services")))) {
        const Expected e = expectedFor(store(), chloe, folderId);
        e.held.forEach([&](int p) {
            const QString key = store().catalog().folderPermission(p).key;
            if (key.startsWith(QStringLiteral("folder#")))
                expected.insert(QStringLiteral("%1 %2 %3")
                                    .arg(d.path(folderId), key,
                                         e.granted.test(p) ? QStringLiteral("granted") : QStringLiteral("implied")));
        });
    }
    QSet<QString> exported;
    QStringList globals;
    for (const QString& line : lines) {
        const QStringList fields = BulkPlan::splitCsvLine(line);
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields[0], QStringLiteral("chloe.nguyen"));
        if (fields[5] == QLatin1String("global")) {
            QVERIFY2(fields[1].isEmpty(), qPrintable(line));
            // The roles that give it, by name, so that two exports of one directory read the same.
            QStringList roles = fields[6].split(QLatin1String("; "));
            QStringList sorted = roles;
            sorted.sort(Qt::CaseInsensitive);
            QCOMPARE(roles, sorted);
            globals.append(fields[3]);
            continue;
        }
        QVERIFY2(!fields[6].isEmpty(), qPrintable(line));
        exported.insert(QStringLiteral("%1 %2 %3").arg(fields[1], fields[3], fields[5]));
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(exported, expected);
    // The global permissions, as the PDF and the HTML list them.
    const QStringList held = store().catalog().globalKeys(store().access().globalPermissions(chloe, true));
    QVERIFY(!held.isEmpty());
    QCOMPARE(QSet<QString>(globals.cbegin(), globals.cend()), QSet<QString>(held.cbegin(), held.cend()));

    // HTML: a readable report that names the user, the store, the operator and the date.
    const QString htmlPath = dir.filePath(QStringLiteral("review.html"));
    QVERIFY(page()->exportTo(htmlPath).ok());
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(html.readAll());
    QVERIFY(report.contains(QStringLiteral("Permissions of chloe.nguyen (Chloe Nguyen)")));
    QVERIFY(report.contains(store().location().toHtmlEscaped()));
    QVERIFY(report.contains(QStringLiteral("<b>Prepared by</b></td><td>admin")));
    QVERIFY(report.contains(QStringLiteral("Release Admin on Data Services through role Release Managers")));
    QVERIFY(!report.contains(QStringLiteral("<h3>Infrastructure")));

    // PDF: a document, and a clear refusal for a format it does not write.
    const QString pdfPath = dir.filePath(QStringLiteral("review.pdf"));
    QVERIFY(page()->exportTo(pdfPath).ok());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
    const Status refused = page()->exportTo(dir.filePath(QStringLiteral("review.docx")));
    QVERIFY(refused.failed());
    QVERIFY(refused.error().message.contains(QStringLiteral(".csv, .html or .pdf")));
}

void TestReview::showsConnectionLevels()
{
    openWindow(QStringLiteral("sqlite"));
    const Id maya = userNamed(store(), QStringLiteral("maya.cohen"));
    page()->reviewUser(maya);
    const QString text = child<QTextBrowser>(page(), "reviewGlobal")->toPlainText();
    for (const Connection& c : store().directory().connections()) {
        const QString line
            = QStringLiteral("%1 (%2): %3")
                  .arg(c.title, c.folderId ? store().directory().path(c.folderId) : QStringLiteral("global"),
                       levelKey(store().access().connectionLevel(maya, c.id)));
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(text.contains(QStringLiteral("Retail Registry (Retail Apps): use")));
}

// A disabled user is reviewed as they would be once enabled again: the same folder permissions and
// connection levels as the store gives them after re-enabling.
void TestReview::disabledUserShowsWhatTheyWouldHold()
{
    openWindow(QStringLiteral("sqlite"));
    const Id oscar = userNamed(store(), QStringLiteral("oscar.lund"));
    QCOMPARE(store().directory().user(oscar)->status, UserStatus::Disabled);
    page()->reviewUser(oscar);
    QVERIFY(page()->findChild<QLabel*>(QStringLiteral("reviewNotice"))->text().contains(QStringLiteral("would hold")));
    QHash<Id, PermissionSet> shown;
    for (Id folderId : store().directory().treeOrder())
        shown.insert(folderId, page()->model()->held(folderId));
    const QString text = child<QTextBrowser>(page(), "reviewGlobal")->toPlainText();
    QVERIFY(store()
                .apply(edit::SetUserStatus{oscar, UserStatus::Active}, userNamed(store(), QStringLiteral("admin")))
                .ok());
    bool holdsSomething = false;
    for (Id folderId : store().directory().treeOrder()) {
        QCOMPARE(shown.value(folderId), expectedFor(store(), oscar, folderId).held);
        holdsSomething = holdsSomething || !shown.value(folderId).isEmpty();
    }
    QVERIFY(holdsSomething);
    bool usesSomething = false;
    for (const Connection& c : store().directory().connections()) {
        const AccessLevel level = store().access().connectionLevel(oscar, c.id);
        usesSomething = usesSomething || level != AccessLevel::Deny;
        const QString line
            = QStringLiteral("%1 (%2): %3")
                  .arg(c.title, c.folderId ? store().directory().path(c.folderId) : QStringLiteral("global"),
                       levelKey(level));
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(usesSomething);
}

// A cell that the permission filter hides is no longer explained.
void TestReview::explanationGoesWithItsHiddenCell()
{
    openWindow(QStringLiteral("sqlite"));
    const Id chloe = userNamed(store(), QStringLiteral("chloe.nguyen"));
    page()->reviewUser(chloe);
    const int release = store().catalog().folderIndex(QStringLiteral("release#start"));
    page()->selectCell(folderAt(store(), QStringLiteral("Retail Apps")), release);
    auto* why = child<QTextBrowser>(page(), "reviewExplanation");
    const QString explained = why->toPlainText();
    QVERIFY(explained.contains(QStringLiteral("Retail Apps")));
    QTest::keyClicks(child<QLineEdit>(page(), "reviewPermissionFilter"), QStringLiteral("dashboard"));
    QVERIFY(page()->view()->isColumnHidden(ReviewModel::columnOf(release)));
    QVERIFY(!page()->view()->currentIndex().isValid());
    QVERIFY(why->toPlainText() != explained);
}

// Compare with someone, then with nobody: the folders opened before are open again.
void TestReview::endingAComparisonKeepsTheTreeOpen()
{
    openWindow(QStringLiteral("sqlite"));
    page()->reviewUser(userNamed(store(), QStringLiteral("chloe.nguyen")));
    QTreeView* view = page()->view();
    view->expandAll();
    auto expandedRows = [view] {
        int expanded = 0;
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeLast();
            for (int row = 0; row < view->model()->rowCount(parent); ++row) {
                const QModelIndex child = view->model()->index(row, 0, parent);
                if (view->isExpanded(child)) {
                    ++expanded;
                    pending.append(child);
                }
            }
        }
        return expanded;
    };
    const int before = expandedRows();
    QVERIFY(before > 3);
    page()->compareWith(userNamed(store(), QStringLiteral("quinn.taylor")));
    page()->compareWith(0);
    QVERIFY(!page()->model()->isComparing());
    QCOMPARE(expandedRows(), before);
}

// A name that a spreadsheet would run as a formula is written as text: every field that starts
// with = + - @, a tab or a carriage return gets a leading quote.
void TestReview::csvCellsAreNeverFormulas()
{
    openWindow(QStringLiteral("sqlite"));
    const QString formula = QStringLiteral("=HYPERLINK(\"x\",\"y\")");
    auto added = store().apply(edit::AddUser{formula, QString(), QStringLiteral("@SUM(1)")},
                               userNamed(store(), QStringLiteral("admin")));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    const Id user = added->createdId;
    QVERIFY(
        store()
            .apply(edit::RoleMember{roleNamed(store(), QStringLiteral("Developers")), user, edit::Assignment::Assign},
                   userNamed(store(), QStringLiteral("admin")))
            .ok());
    const QList<Id> folders = store().directory().treeOrder();
    PermissionSet every;
    for (int p = 0; p < store().catalog().folderCount(); ++p)
        every.set(p);
    ReviewReport report(store().access(), user, 0, folders, every);
    const QStringList lines = QString::fromUtf8(report.csv()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = BulkPlan::splitCsvLine(lines[i]);
        QCOMPARE(fields.value(0), QLatin1Char('\'') + formula);
        for (const QString& field : fields)
            QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.front()), qPrintable(lines[i]));
    }
}

void TestReview::pdfPagesAreWholeAndFew_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("compared");
    QTest::addColumn<int>("mostPages");
    QTest::newRow("a developer") << QStringLiteral("chloe.nguyen") << QString() << 8;
    QTest::newRow("an administrator") << QStringLiteral("admin") << QString() << 2;
    QTest::newRow("two users compared") << QStringLiteral("chloe.nguyen") << QStringLiteral("maya.cohen") << 6;
}

// The report of every folder and permission of the demo: a cover, a few pages, rows never split
// across pages, headers repeated where a table goes on, headings never left at the foot of a
// page, keys broken only after '#' or '_'; and the PDF renders to as many pages, none blank.
void TestReview::pdfPagesAreWholeAndFew()
{
    QFETCH(QString, user);
    QFETCH(QString, compared);
    QFETCH(int, mostPages);
    installTranslations(QStringLiteral("en"));
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    PermissionSet every;
    for (int p = 0; p < s->catalog().folderCount(); ++p)
        every.set(p);
    ReviewReport report(s->access(), userNamed(*s, user), compared.isEmpty() ? 0 : userNamed(*s, compared),
                        s->directory().treeOrder(), every);
    report.setSource(s->location());
    report.setOperator(QStringLiteral("admin"));

    QBuffer ignored;
    ignored.open(QIODevice::WriteOnly);
    QPdfWriter writer(&ignored);
    setUpReviewPdfWriter(writer, report);
    const PdfPages pages = layOutReviewPdf(report, writer);
    QVERIFY2(pages.size() >= 2 && pages.size() <= mostPages, qPrintable(QString::number(pages.size())));
    const QRectF paper(0, 0, writer.width(), writer.height());
    QVERIFY(pages.first().first().kind == PdfItem::Kind::Title);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QList<PdfItem>& items = pages[i];
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.last().kind, PdfItem::Kind::Footer);
        QVERIFY(items.last().text.endsWith(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        for (qsizetype j = 0; j < items.size(); ++j) {
            const PdfItem& item = items[j];
            QVERIFY2(paper.contains(item.rect), qPrintable(item.text));
            QVERIFY2(!item.text.contains(QLatin1String("(s)")), qPrintable(item.text));
            // A row follows a header row, a group row or another row on its own page.
            if (item.kind == PdfItem::Kind::Row || item.kind == PdfItem::Kind::GroupRow)
                QVERIFY(j > 0 && items[j - 1].kind >= PdfItem::Kind::HeaderRow
                        && items[j - 1].kind <= PdfItem::Kind::Row);
            // A heading, its caption, its header row and a group row have a row under them on the same page.
            if (item.kind == PdfItem::Kind::Heading || item.kind == PdfItem::Kind::HeaderRow
                || item.kind == PdfItem::Kind::GroupRow) {
                const auto next = std::find_if(items.cbegin() + j + 1, items.cend(), [](const PdfItem& after) {
                    return after.kind != PdfItem::Kind::Caption && after.kind != PdfItem::Kind::HeaderRow
                        && after.kind != PdfItem::Kind::GroupRow;
                });
                QVERIFY2(next != items.cend() && next->kind != PdfItem::Kind::Footer, qPrintable(item.text));
            }
            if (item.kind == PdfItem::Kind::Row) {
                const QStringList keyLines = item.text.split(QLatin1Char('\t')).value(1).split(QLatin1Char('\n'));
                for (qsizetype line = 0; line + 1 < keyLines.size(); ++line)
                    QVERIFY2(keyLines[line].endsWith(QLatin1Char('#')) || keyLines[line].endsWith(QLatin1Char('_')),
                             qPrintable(keyLines.join(QLatin1Char('|'))));
            }
        }
    }
    QCOMPARE(breakableKey(QStringLiteral("release#edit_task")).remove(QChar(0x200B)),
             QStringLiteral("release#edit_task"));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) renders the PDF; scripts/setup installs it");
    QTemporaryDir dir;
    // WARDEN_PDF_PAGES=DIR keeps the pages, one folder per row, to look at.
    QString out = dir.path();
    if (const QString keep = qEnvironmentVariable("WARDEN_PDF_PAGES"); !keep.isEmpty()) {
        out = keep + QLatin1Char('/')
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QDir(out).removeRecursively();
        QVERIFY(QDir().mkpath(out));
    }
    QVERIFY(writeReview(report, out + QStringLiteral("/review.pdf")).ok());
    QProcess render;
    render.start(pdftoppm,
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                  out + QStringLiteral("/review.pdf"), out + QStringLiteral("/page")});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    const QStringList rendered = QDir(out).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(rendered.size(), pages.size());
    for (const QString& name : rendered) {
        const QImage image(out + QLatin1Char('/') + name);
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY2(dark > 200, qPrintable(name));
    }
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
