#include "MainWindow.h"

#include "models/items/FolderTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace warden {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget* parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("Warden — %1").arg(m_store->location()));
    m_folderModel = new FolderTreeModel(*m_store, this);

    m_folderView = new QTreeView(this);
    m_folderView->setObjectName(QStringLiteral("folderView"));
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setModel(m_folderModel);
    m_folderView->setUniformRowHeights(true);
    m_folderView->setAlternatingRowColors(true);
    m_folderView->header()->setSectionResizeMode(FolderTreeModel::NameColumn, QHeaderView::Interactive);
    m_folderView->header()->setStretchLastSection(true);
    m_folderView->setColumnWidth(FolderTreeModel::NameColumn, 300);
    m_folderView->expandToDepth(0);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("folderDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(12);
    m_details->setTextFormat(Qt::PlainText);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_folderView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});
    setCentralWidget(splitter);

    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showFolderDetails);
    if (m_folderModel->rowCount() > 0)
        m_folderView->setCurrentIndex(m_folderModel->index(0, 0));
    showFolderDetails();

    const Directory& d = m_store->directory();
    statusBar()->showMessage(tr("Store: %1 — %2 folders, %3 users, %4 roles")
                                 .arg(m_store->location())
                                 .arg(d.folders().size())
                                 .arg(d.users().size())
                                 .arg(d.roles().size()));
    createActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* expand = view->addAction(tr("&Expand all"), m_folderView, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction* collapse = view->addAction(tr("&Collapse all"), m_folderView, &QTreeView::collapseAll);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::showFolderDetails()
{
    const Id id = m_folderModel->folderId(m_folderView->currentIndex());
    const Directory& d = m_store->directory();
    if (!d.folder(id)) {
        m_details->setText(tr("The store has no folders yet."));
        return;
    }
    const Id rootId = d.securityRoot(id);
    QStringList lines{d.path(id), QString()};
    if (rootId == id) {
        lines.append(tr("Security root: the teams below apply here and to every subfolder that inherits."));
    } else {
        lines.append(tr("Inherits teams and permissions from %1.").arg(d.path(rootId)));
    }
    lines.append(QString());
    lines.append(tr("Teams on %1:").arg(d.path(rootId)));
    QList<const Team*> teams;
    for (Id teamId : d.teamsOn(rootId))
        teams.append(d.team(teamId));
    std::sort(teams.begin(), teams.end(), [](const Team* a, const Team* b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    for (const Team* team : teams) {
        const QString kind = team->isSystem() ? tr(" (system team)") : QString();
        lines.append(tr("  • %1%2 — %n member(s)", nullptr, int(team->users.size() + team->roles.size()))
                         .arg(team->name, kind)
                         + tr(", %n permission(s)", nullptr, team->permissions.count()));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

bool MainWindow::saveScreenshots(const QString& folder)
{
    QDir().mkpath(folder);
    m_folderView->expandToDepth(1);
    return grab().save(QDir(folder).filePath(QStringLiteral("folders.png")));
}

} // namespace warden
