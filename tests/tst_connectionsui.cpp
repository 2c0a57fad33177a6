// The connection screens through their real widgets: the form built from a type with its errors
// in place, write-only secrets, the Permissions tab, Test connection against a local server, the
// Problems page's Allow, and connection types released and granted.
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/items/ConnectionListModel.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionsPage.h"
#include "ui/ConnectionsPanel.h"
#include "ui/EditRunner.h"
#include "ui/FolderPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/Prompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QListWidget>
#include <QJsonObject>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

namespace {

class ConnectionPrompts : public Prompts
{
public:
    bool answer = true;
    Id chosenFolder = 0;
    QString lastQuestion;
    bool confirm(QWidget*, const QString&, const QString& question) override
    {
        lastQuestion = question;
        return answer;
    }
    std::optional<Id> folder(QWidget*, const Store&, const QString&, const QString&) override
    {
        return chosenFolder ? std::optional<Id>(chosenFolder) : std::nullopt;
    }
};

// Answers every HTTP request with one status line.
class HttpStub : public QTcpServer
{
public:
    explicit HttpStub(const QByteArray& status) : m_status(status)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                lastRequest = socket->readAll();
                socket->write("HTTP/1.1 " + m_status + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QByteArray lastRequest;

private:
    QByteArray m_status;
};

void setText(QWidget* editor, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    QVERIFY(edit);
    edit->setText(text);
}

} // namespace

class TestConnectionsUi : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QTemporaryDir m_keys;
    ConnectionPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return m_window->store(); }
    EditRunner& runner() { return m_window->runner(); }
    Id folder(const char* path) { return folderAt(store(), QLatin1String(path)); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void formShowsErrorsInPlaceAndSavesOneStep();
    void secretsAreWriteOnly();
    void permissionsTab();
    void allowedTemplatesTab();
    void testConnectionAgainstALocalServer();
    void testSendsStoredCredentialsOnlyToTheirAddress();
    void folderListsInheritedConnections();
    void problemsAllow();
    void problemsOutOfScope();
    void typesReleaseAndGrant();
    void brokenTypeSaysWhatIsWrong();
};

void TestConnectionsUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WardenTests"));
    qputenv("WARDEN_KEY_FILE", m_keys.filePath(QStringLiteral("key")).toUtf8());
}

void TestConnectionsUi::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_prompts = ConnectionPrompts();
    m_window = std::make_unique<MainWindow>(std::move(s), &m_prompts);
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConnectionsUi::formShowsErrorsInPlaceAndSavesOneStep()
{
    const QByteArray before = exportJson(store());
    const int steps = m_window->undoStack().count();
    ConnectionDialog dialog(runner(), folder("Data Services"));
    child<QComboBox>(&dialog, "connectionType")
        ->setCurrentIndex(child<QComboBox>(&dialog, "connectionType")->findData(QStringLiteral("webhook")));
    child<QLineEdit>(&dialog, "connectionTitle")->setText(QStringLiteral("Pipeline Hook"));
    setText(dialog.fieldEditor(QStringLiteral("url")), QStringLiteral("ftp://files.example"));
    setText(dialog.fieldEditor(QStringLiteral("timeoutSeconds")), QStringLiteral("20"));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.fieldError(QStringLiteral("url"))->isVisibleTo(&dialog));
    QVERIFY(dialog.fieldError(QStringLiteral("url"))->text().contains(QStringLiteral("not an http or https address")));
    QVERIFY(!dialog.fieldError(QStringLiteral("timeoutSeconds"))->isVisibleTo(&dialog));
    QCOMPARE(exportJson(store()), before);

    setText(dialog.fieldEditor(QStringLiteral("url")), QStringLiteral("https://hooks.example/pipeline"));
    QVERIFY(dialog.save());
    const Connection* c = store().directory().connectionNamed(folder("Data Services"), QStringLiteral("Pipeline Hook"));
    QVERIFY(c);
    QCOMPARE(c->properties.value(QStringLiteral("url")).toString(), QStringLiteral("https://hooks.example/pipeline"));
    QCOMPARE(c->properties.value(QStringLiteral("timeoutSeconds")).toInt(), 20);
    QCOMPARE(m_window->undoStack().count(), steps + 1);
    m_window->undoStack().undo();
    QCOMPARE(exportJson(store()), before);
}

void TestConnectionsUi::secretsAreWriteOnly()
{
    ConnectionDialog dialog(runner(), Id(0));
    child<QComboBox>(&dialog, "connectionType")
        ->setCurrentIndex(child<QComboBox>(&dialog, "connectionType")->findData(QStringLiteral("jenkins")));
    child<QLineEdit>(&dialog, "connectionTitle")->setText(QStringLiteral("CI"));
    setText(dialog.fieldEditor(QStringLiteral("url")), QStringLiteral("https://ci.example"));
    setText(dialog.fieldEditor(QStringLiteral("username")), QStringLiteral("bot"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.fieldError(QStringLiteral("apiToken"))->text(), QStringLiteral("API token is required"));
    setText(dialog.fieldEditor(QStringLiteral("apiToken")), QStringLiteral("s3cret-token"));
    QVERIFY(dialog.save());
    const Id id = dialog.connectionId();
    QCOMPARE(store().revealSecret(id, QStringLiteral("apiToken")).value(), QStringLiteral("s3cret-token"));

    // Opened again, the secret is set but never shown; leaving it empty keeps it.
    ConnectionDialog again(runner(), id, true);
    auto* token = qobject_cast<QLineEdit*>(again.fieldEditor(QStringLiteral("apiToken")));
    QVERIFY(token->text().isEmpty());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(token->placeholderText().startsWith(QStringLiteral("Set")));
    child<QLineEdit>(&again, "connectionTitle")->setText(QStringLiteral("CI Server"));
    QVERIFY(again.save());
    QCOMPARE(store().revealSecret(id, QStringLiteral("apiToken")).value(), QStringLiteral("s3cret-token"));
    QVERIFY(!exportJson(store()).contains("s3cret-token"));
}

void TestConnectionsUi::permissionsTab()
{
    const Id hook = store()
                        .directory()
                        .connectionNamed(folder("Retail Apps/Web Storefront"), QStringLiteral("Storefront Deploy Hook"))
                        ->id;
    ConnectionDialog dialog(runner(), hook, true);
    QCOMPARE(child<QTableWidget>(&dialog, "accessTable")->rowCount(), 1); // the demo's team:Retail Apps:QA
    QVERIFY(!dialog.addPrincipal(QStringLiteral("nobody.at.all"), AccessLevel::Use));
    QVERIFY(child<QLabel>(&dialog, "connectionMessage")->text().contains(QStringLiteral("nobody.at.all")));
    QVERIFY(dialog.addPrincipal(QStringLiteral("role:Developers"), AccessLevel::Manage));
    QVERIFY(!dialog.addPrincipal(QStringLiteral("role:developers"), AccessLevel::Use)); // one entry each
    child<QComboBox>(&dialog, "defaultLevel")
        ->setCurrentIndex(child<QComboBox>(&dialog, "defaultLevel")->findData(int(AccessLevel::Deny)));
    QVERIFY(dialog.save());
    const AccessQuery access = store().access();
    QCOMPARE(access.connectionLevel(userNamed(store(), QStringLiteral("maya.cohen")), hook), AccessLevel::Manage);
    QCOMPARE(access.connectionLevel(userNamed(store(), QStringLiteral("liam.murphy")), hook), AccessLevel::Deny);
    QCOMPARE(store().loadDirectory().value().connection(hook)->access.size(), 2);
}

// Only the ticked templates may use the connection; ticking all again lifts the list.
void TestConnectionsUi::allowedTemplatesTab()
{
    const Id hook = store()
                        .directory()
                        .connectionNamed(folder("Retail Apps/Web Storefront"), QStringLiteral("Storefront Deploy Hook"))
                        ->id;
    ConnectionDialog dialog(runner(), hook, true);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("allowedTemplates"));
    QVERIFY(list);
    QVERIFY(list->count() >= 2);
    QList<QRadioButton*> choices = dialog.findChildren<QRadioButton*>();
    QRadioButton* some = nullptr;
    for (QRadioButton* b : choices)
        if (b->text().contains(QStringLiteral("Only")))
            some = b;
    QVERIFY(some);
    some->setChecked(true);
    QVERIFY(list->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    for (int i = 1; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    const Id ticked = list->item(0)->data(Qt::UserRole).value<Id>();
    QVERIFY(dialog.save());
    const Connection* saved = store().directory().connection(hook);
    QVERIFY(!saved->allTemplates);
    QCOMPARE(saved->allowedTemplates, QSet<Id>{ticked});
    QCOMPARE(store().loadDirectory().value().connection(hook)->allowedTemplates, QSet<Id>{ticked});
}

void TestConnectionsUi::testConnectionAgainstALocalServer()
{
    HttpStub up(QByteArrayLiteral("200 OK"));
    HttpStub broken(QByteArrayLiteral("500 Internal Server Error"));
    QVERIFY(up.isListening() && broken.isListening());
    ConnectionDialog dialog(runner(), Id(0));
    child<QComboBox>(&dialog, "connectionType")
        ->setCurrentIndex(child<QComboBox>(&dialog, "connectionType")->findData(QStringLiteral("webhook")));
    QVERIFY(child<QPushButton>(&dialog, "testConnection")->isVisibleTo(&dialog));
    setText(dialog.fieldEditor(QStringLiteral("url")), up.url() + QStringLiteral("/ping"));
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testResult")->text().startsWith(QStringLiteral("Reachable")),
                             5000);
    QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("200")));
    setText(dialog.fieldEditor(QStringLiteral("url")), broken.url());
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("500")), 5000);
    QVERIFY(!child<QLabel>(&dialog, "testResult")->text().startsWith(QStringLiteral("Reachable")));
}

void TestConnectionsUi::testSendsStoredCredentialsOnlyToTheirAddress()
{
    HttpStub server(QByteArrayLiteral("200 OK"));
    ConnectionDialog dialog(runner(), Id(0));
    child<QComboBox>(&dialog, "connectionType")
        ->setCurrentIndex(child<QComboBox>(&dialog, "connectionType")->findData(QStringLiteral("jenkins")));
    child<QLineEdit>(&dialog, "connectionTitle")->setText(QStringLiteral("CI"));
    setText(dialog.fieldEditor(QStringLiteral("url")), server.url());
    setText(dialog.fieldEditor(QStringLiteral("username")), QStringLiteral("bot"));
    setText(dialog.fieldEditor(QStringLiteral("apiToken")), QStringLiteral("typed"));
    // Before saving, the typed token is sent.
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testResult")->text().startsWith(QStringLiteral("Reachable")),
                             5000);
    QVERIFY(server.lastRequest.startsWith("GET /api/json "));
    QVERIFY(server.lastRequest.contains(QByteArray("Authorization: Basic " + QByteArray("bot:typed").toBase64())));
    QVERIFY(dialog.save());

    // Opened again, the stored token is sent to the address it was stored with.
    ConnectionDialog again(runner(), dialog.connectionId(), true);
    server.lastRequest.clear();
    again.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&again, "testResult")->text().startsWith(QStringLiteral("Reachable")), 5000);
    QVERIFY(server.lastRequest.contains(QByteArray("Authorization: Basic " + QByteArray("bot:typed").toBase64())));
    // With another address it is withheld, and the result says so.
    HttpStub elsewhere(QByteArrayLiteral("200 OK"));
    setText(again.fieldEditor(QStringLiteral("url")), elsewhere.url());
    again.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!elsewhere.lastRequest.isEmpty()
                                 && child<QLabel>(&again, "testResult")->text().startsWith(QStringLiteral("Reachable")),
                             5000);
    QVERIFY(!elsewhere.lastRequest.contains("typed")
            && !elsewhere.lastRequest.contains(QByteArray("bot:typed").toBase64()));
    QVERIFY2(child<QLabel>(&again, "testResult")->text().contains(QStringLiteral("without the stored API token")),
             qPrintable(child<QLabel>(&again, "testResult")->text()));
}

void TestConnectionsUi::folderListsInheritedConnections()
{
    m_window->showArea(MainWindow::Area::Folders);
    child<FolderPage>(m_window, "folderPage")->selectFolder(folder("Retail Apps/Web Storefront/Checkout"));
    child<FolderPage>(m_window, "folderPage")->detailTabs()->setCurrentIndex(1);
    QApplication::processEvents();
    ConnectionListModel* model = child<FolderPage>(m_window, "folderPage")->connections()->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, ConnectionListModel::DefinedColumn).data().toString() + QLatin1Char('|')
                    + model->index(row, ConnectionListModel::TitleColumn).data().toString());
    // Nearest first, each marked with where it is defined; the global ones last.
    QCOMPARE(rows.mid(0, 2),
             QStringList({QStringLiteral("Retail Apps/Web Storefront (inherited)|Storefront Deploy Hook"),
                          QStringLiteral("Retail Apps (inherited)|Retail Registry")}));
    QVERIFY(rows.last().startsWith(QStringLiteral("Global (inherited)")));
    QVERIFY(model->index(0, 0).data(ConnectionListModel::InheritedRole).toBool());
    // Double-clicking where one is defined goes there.
    QSignalSpy jumped(child<FolderPage>(m_window, "folderPage")->connections(), &ConnectionsPanel::folderRequested);
    QTableView* view = child<FolderPage>(m_window, "folderPage")->connections()->view();
    const QRect cell = view->visualRect(model->index(0, ConnectionListModel::DefinedColumn));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(jumped.size(), 1);
    QCOMPARE(child<FolderPage>(m_window, "folderPage")->currentFolder(), folder("Retail Apps/Web Storefront"));
}

void TestConnectionsUi::problemsAllow()
{
    m_window->showArea(MainWindow::Area::Connections);
    ConnectionsPage* page = child<ConnectionsPage>(m_window, "connectionsPage");
    QTreeWidget* problems = child<QTreeWidget>(page, "connectionProblems");
    QCOMPARE(problems->topLevelItemCount(), store().access().connectionProblems().size());
    QVERIFY(problems->topLevelItemCount() > 0);
    QVERIFY(problems->topLevelItem(0)->text(0).contains(QStringLiteral("Storefront Hotfix")));
    // Someone denied the connection may not allow it; someone who may use it may.
    const Id hook = store()
                        .directory()
                        .connectionNamed(folder("Retail Apps/Web Storefront"), QStringLiteral("Storefront Deploy Hook"))
                        ->id;
    const Id liam = userNamed(store(), QStringLiteral("liam.murphy"));
    QVERIFY(store()
                .apply(edit::SetConnectionAccess{hook,
                                                 AccessLevel::Use,
                                                 {AccessEntry{AccessEntry::Kind::User, liam, AccessLevel::Deny}}},
                       userNamed(store(), QStringLiteral("admin")))
                .ok());
    m_window->signInAs(liam);
    problems->setCurrentItem(problems->topLevelItem(0));
    page->allowSelected();
    QVERIFY(page->messageBar()->isVisibleTo(page));
    QCOMPARE(problems->topLevelItemCount(), 1);
    m_window->signInAs(userNamed(store(), QStringLiteral("maya.cohen")));
    problems->setCurrentItem(problems->topLevelItem(0));
    page->allowSelected();
    QCOMPARE(problems->topLevelItemCount(), 0);
    QVERIFY(store().access().connectionProblems().isEmpty());
}

void TestConnectionsUi::problemsOutOfScope()
{
    // Web Storefront's templates use Retail Registry, defined on Retail Apps; moved away, they no longer see it.
    QVERIFY(store()
                .apply(edit::MoveFolder{folder("Retail Apps/Web Storefront"), folder("Infrastructure")},
                       userNamed(store(), QStringLiteral("admin")))
                .ok());
    m_window->showArea(MainWindow::Area::Connections);
    QTreeWidget* problems
        = child<QTreeWidget>(child<ConnectionsPage>(m_window, "connectionsPage"), "connectionProblems");
    QTreeWidgetItem* outOfScope = nullptr;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        if (problems->topLevelItem(i)->text(1) == QStringLiteral("Retail Registry"))
            outOfScope = problems->topLevelItem(i);
    }
    QVERIFY(outOfScope);
    QCOMPARE(outOfScope->text(2), QStringLiteral("Retail Apps"));
    QVERIFY(outOfScope->text(3).contains(QStringLiteral("Not visible")));
    problems->setCurrentItem(outOfScope);
    auto* allow
        = child<ConnectionsPage>(m_window, "connectionsPage")->findChild<QPushButton*>(QStringLiteral("allowTemplate"));
    QVERIFY(allow);
    QVERIFY(!allow->isEnabled());
}

void TestConnectionsUi::typesReleaseAndGrant()
{
    m_window->showArea(MainWindow::Area::Connections);
    ConnectionsPage* page = child<ConnectionsPage>(m_window, "connectionsPage");
    page->selectType(QStringLiteral("aws"));
    page->unrelease();
    QVERIFY(!store().directory().connectionType(QStringLiteral("aws"))->released);
    m_prompts.chosenFolder = folder("Infrastructure");
    page->selectType(QStringLiteral("aws"));
    page->grant();
    QCOMPARE(store().directory().connectionType(QStringLiteral("aws"))->grants, QSet<Id>{folder("Infrastructure")});
    QVERIFY(child<QTreeWidget>(page, "connectionTypes")
                ->currentItem()
                ->text(1)
                .contains(QStringLiteral("Restricted: Infrastructure")));
    // Releasing asks first, saying the grants will not come back.
    m_prompts.answer = false;
    page->release();
    QVERIFY(!store().directory().connectionType(QStringLiteral("aws"))->released);
    QVERIFY(m_prompts.lastQuestion.contains(QStringLiteral("will not bring them back")));
    m_prompts.answer = true;
    page->release();
    QVERIFY(store().directory().connectionType(QStringLiteral("aws"))->released);
    QVERIFY(store().directory().connectionType(QStringLiteral("aws"))->grants.isEmpty());
}

// A type whose definition does not validate is listed with what is wrong, and cannot be made available.
void TestConnectionsUi::brokenTypeSaysWhatIsWrong()
{
    ConnectionType broken;
    broken.name = QStringLiteral("broken");
    broken.title = QStringLiteral("Broken");
    broken.fields = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("url")},
                                           {QStringLiteral("kind"), QStringLiteral("colour")}}};
    broken.version = 1;
    Directory content = store().loadDirectory().value();
    content.load(broken);
    QVERIFY(store().replaceContent(content, QStringLiteral("admin"), QStringLiteral("test")).ok());
    m_window->showArea(MainWindow::Area::Connections);
    ConnectionsPage* page = child<ConnectionsPage>(m_window, "connectionsPage");
    page->selectType(QStringLiteral("broken"));
    QTreeWidgetItem* item = child<QTreeWidget>(page, "connectionTypes")->currentItem();
    QVERIFY(item);
    QVERIFY2(item->text(2).startsWith(QStringLiteral("Broken:"))
                 && item->text(2).contains(QStringLiteral("kind must be")),
             qPrintable(item->text(2)));
    auto* release = page->findChild<QPushButton*>(QStringLiteral("releaseType"));
    auto* grant = page->findChild<QPushButton*>(QStringLiteral("grantType"));
    QVERIFY(!release->isEnabled());
    QVERIFY(!grant->isEnabled());
    QVERIFY(release->toolTip().contains(QStringLiteral("fixed first")));
    // A valid restricted type can be granted.
    page->selectType(QStringLiteral("aws"));
    page->unrelease();
    page->selectType(QStringLiteral("aws"));
    QVERIFY(grant->isEnabled());
}

QTEST_MAIN(TestConnectionsUi)
#include "tst_connectionsui.moc"
