#include "AreaAction.h"
#include "FolderPage.h"

#include "EditRunner.h"
#include "ConnectionsPanel.h"
#include "FolderDetails.h"
#include "FolderFilterModel.h"
#include "MessageBar.h"
#include "Prompts.h"
#include "models/items/FolderTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace warden {

FolderPage::FolderPage(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_model(new FolderTreeModel(runner.store(), this))
    , m_filter(new FolderFilterModel(this))
    , m_message(new MessageBar(this))
    , m_filterEdit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_details(new FolderDetails(runner, prompts, this))
    , m_connections(new ConnectionsPanel(runner, prompts, this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("folderPage"));
    m_filter->setSourceModel(m_model);
    m_filterEdit->setObjectName(QStringLiteral("folderFilter"));
    markFindField(m_filterEdit);
    m_filterEdit->setPlaceholderText(tr("Find folders by name or path (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Find folders"));

    m_view->setObjectName(QStringLiteral("folderView"));
    m_view->setAccessibleName(tr("Folders"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(FolderTreeModel::NameColumn, 220);
    m_view->expandToDepth(0);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_view, 1);
    // Fixed minimums, not the panes' size hints: the details' hint changes with each folder shown,
    // and the divider must move only when the person drags it.
    left->setMinimumWidth(220);
    m_tabs->setMinimumWidth(420);
    m_splitter->setObjectName(QStringLiteral("folderSplitter"));
    m_splitter->addWidget(left);
    m_tabs->setObjectName(QStringLiteral("folderTabs"));
    m_tabs->addTab(m_details, tr("&Teams && permissions"));
    m_tabs->addTab(m_connections, tr("Co&nnections"));
    m_splitter->addWidget(m_tabs);
    // Tab reads the area as it is laid out: the tree, then the tabs above the details.
    QWidget::setTabOrder(m_view, m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({470, 630});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    createActions();
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        const Id chosen = currentFolder();
        m_filter->setText(text);
        if (!text.trimmed().isEmpty())
            m_view->expandAll();
        // A folder the filter hid is no longer chosen: then nothing is, rather than a row the view
        // picked in its place that the person never chose.
        if (chosen && !m_filter->mapFromSource(m_model->indexOf(chosen)).isValid())
            m_view->selectionModel()->clear();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FolderPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_settling)
            return;
        if (m_details->needsSettling(currentFolder())) {
            // Asked once the change that moved the selection is over: a filter may be removing rows.
            m_settling = true;
            QMetaObject::invokeMethod(this, &FolderPage::settleAndShow, Qt::QueuedConnection);
            return;
        }
        showCurrent();
    });
    connect(m_details, &FolderDetails::jumpRequested, this, &FolderPage::selectFolder);
    connect(m_connections, &ConnectionsPanel::folderRequested, this, &FolderPage::selectFolder);
    connect(m_model, &FolderTreeModel::renameRequested, this, &FolderPage::renameFolder);
    connect(m_model, &FolderTreeModel::moveRequested, this, &FolderPage::moveFolder);
    connect(&m_runner, &EditRunner::operatorChanged, this, &FolderPage::updateActions);
    connect(&m_runner.store(), &Store::changed, this, [this] {
        // While pending changes are being settled, the details stay on the folder they belong to.
        m_details->showFolder(m_settling ? m_details->folder() : currentFolder());
        highlightCurrentRoot();
        updateActions();
    });
    connect(&m_runner.store(), &Store::reloaded, this, [this] {
        m_view->expandToDepth(0);
        if (m_filter->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
        m_details->showFolder(currentFolder());
        updateActions();
    });
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_details->showFolder(currentFolder());
    m_connections->setScope(currentFolder());
    updateActions();
}

void FolderPage::createActions()
{
    m_newAction
        = areaAction(this, tr("&New Folder…"), "newFolderAction", QKeySequence::New, [this] { newFolder(false); });
    m_newTopAction = areaAction(this, tr("New &Top-Level Folder…"), "newTopLevelFolderAction",
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newFolder(true); });
    m_renameAction = areaAction(this, tr("&Rename Folder"), "renameFolderAction", QKeySequence(Qt::Key_F2),
                                [this] { renameCurrent(); });
    m_moveAction = areaAction(this, tr("&Move Folder To…"), "moveFolderAction", QKeySequence(Qt::CTRL | Qt::Key_M),
                              [this] { moveCurrent(); });
    m_deleteAction = areaAction(this, tr("&Delete Folder…"), "deleteFolderAction", QKeySequence::Delete,
                                [this] { deleteCurrent(); });
    // The connections of the folder (a tab beside its teams) have Ctrl+Shift+N and Del of their own.
    for (QAction* action : editActions())
        narrowShortcut(action, this, m_view);
    offerInContextMenu(m_view, {});
}

QList<QAction*> FolderPage::editActions() const
{
    return {m_newAction, m_newTopAction, m_renameAction, m_moveAction, m_deleteAction};
}

void FolderPage::showCurrent()
{
    m_details->showFolder(currentFolder());
    m_connections->setScope(currentFolder());
    highlightCurrentRoot();
    updateActions();
}

// The operator says what becomes of the pending matrix changes; kept, the folder they belong to
// stays selected.
void FolderPage::settleAndShow()
{
    const bool settled = m_details->settlePendingFor(currentFolder());
    if (!settled)
        selectFolder(m_details->folder());
    m_settling = false;
    showCurrent();
}

// Later, not at once: the current folder changes while the filter is removing rows, and the tree
// model must not change under the filter then.
void FolderPage::highlightCurrentRoot()
{
    QMetaObject::invokeMethod(
        this, [this] { m_model->setHighlightedRoot(m_runner.store().directory().securityRoot(currentFolder())); },
        Qt::QueuedConnection);
}

Id FolderPage::currentFolder() const { return m_model->folderId(m_filter->mapToSource(m_view->currentIndex())); }

Id FolderPage::selectedFolder() const
{
    const QModelIndex current = m_view->currentIndex();
    return m_view->selectionModel()->isSelected(current) ? currentFolder() : 0;
}

void FolderPage::selectFolder(Id folderId)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(folderId));
    if (!index.isValid()) {
        m_filterEdit->clear(); // a filter hid it
        index = m_filter->mapFromSource(m_model->indexOf(folderId));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

// Enabled where the operator may act; otherwise the tooltip names the permission that is missing.
void FolderPage::updateActions()
{
    const Store& store = m_runner.store();
    const Rights rights = store.rights(m_runner.operatorId());
    const Id folder = selectedFolder();
    const bool topLevel = rights.may(Operation::CreateTopLevel);
    const bool editFolder = folder != 0 && rights.may(Operation::EditFolder, folder);
    auto set = [](QAction* action, bool enabled, const QString& why) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) : why);
    };
    const QString needEdit = folder == 0 ? tr("Select a folder first.")
                                         : tr("Needs %1.").arg(rights.needed(Operation::EditFolder, folder));
    const QString needTop = tr("Needs %1.").arg(rights.needed(Operation::CreateTopLevel));
    set(m_newAction, folder == 0 ? topLevel : editFolder, folder == 0 ? needTop : needEdit);
    set(m_newTopAction, topLevel, needTop);
    set(m_renameAction, editFolder, needEdit);
    set(m_moveAction, editFolder, needEdit);
    set(m_deleteAction, editFolder, needEdit);
}

void FolderPage::showRefusal(const QString& message, Id folderId)
{
    m_message->showError(message);
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(folderId));
    if (index.isValid() && m_view->isVisible()) {
        const QRect rect = m_view->visualRect(index);
        QToolTip::showText(m_view->viewport()->mapToGlobal(rect.bottomLeft()), message, m_view, rect);
    }
}

void FolderPage::newFolder(bool topLevel)
{
    const Id parent = topLevel ? 0 : selectedFolder();
    Id created = 0;
    if (!m_prompts.folderName(this, m_runner.store().directory().path(parent), [&](const QString& name) {
            return m_runner.attempt(edit::AddFolder{parent, name}, &created);
        }))
        return;
    selectFolder(created);
}

void FolderPage::renameCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (selectedFolder() != 0)
        m_view->edit(index.siblingAtColumn(FolderTreeModel::NameColumn));
}

void FolderPage::renameFolder(Id folderId, const QString& name)
{
    auto applied = m_runner.run(edit::RenameFolder{folderId, name});
    if (!applied)
        showRefusal(applied.error().message, folderId);
    else
        m_message->hide();
}

void FolderPage::deleteCurrent()
{
    const Id folder = selectedFolder();
    const Directory& d = m_runner.store().directory();
    if (!d.folder(folder))
        return;
    const QList<Id> subtree = d.subtree(folder);
    Prompts::FolderDeletion deletion;
    deletion.path = d.path(folder);
    deletion.subfolders = int(subtree.size()) - 1;
    for (Id id : subtree) {
        deletion.teams += int(d.teamsOn(id).size());
        deletion.connections += int(d.connectionsOn(id).size());
        deletion.templates += int(d.templatesOn(id).size());
    }
    if (!m_prompts.confirmEdit(
            this, m_runner, {edit::DeleteFolder{folder}},
            {tr("Delete folder"), tr("Delete %1?").arg(deletion.path), Prompts::deletionText(deletion), tr("&Delete")},
            [&] { return m_prompts.confirmDelete(this, deletion); }))
        return;
    const Id parent = d.folder(folder)->parentId;
    auto applied = m_runner.run(edit::DeleteFolder{folder});
    if (!applied) {
        showRefusal(applied.error().message, folder);
        return;
    }
    m_message->hide();
    if (parent != 0)
        selectFolder(parent);
}

void FolderPage::moveCurrent()
{
    const Id folder = selectedFolder();
    if (folder == 0)
        return;
    const auto destination = m_prompts.moveDestination(this, m_runner.store(), folder);
    if (destination)
        moveFolder(folder, *destination);
}

// A folder that inherits takes its teams and permissions from its security root; moved under
// another root, it and the subfolders that inherit from it change hands.
QString FolderPage::rootChange(Id folderId, Id newParentId) const
{
    const Directory& d = m_runner.store().directory();
    const Folder* folder = d.folder(folderId);
    if (!folder || !folder->inherit || !d.folder(newParentId))
        return {};
    const Id oldRoot = d.securityRoot(folderId);
    const Id newRoot = d.securityRoot(newParentId);
    if (oldRoot == newRoot)
        return {};
    int inheriting = 0;
    for (Id id : d.subtree(folderId)) {
        if (id != folderId && d.securityRoot(id) == oldRoot)
            ++inheriting;
    }
    const QString from = tr("Its teams and permissions now come from %1; after the move they come from %2.")
                             .arg(d.path(oldRoot), d.path(newRoot));
    return inheriting == 0
        ? from
        : from + QLatin1Char(' ') + tr("%n subfolder(s) that inherit from it change with it.", nullptr, inheriting);
}

void FolderPage::moveFolder(Id folderId, Id newParentId)
{
    const Directory& d = m_runner.store().directory();
    const QString destination = newParentId ? d.path(newParentId) : tr("the top level");
    if (!m_prompts.confirmEdit(
            this, m_runner, {edit::MoveFolder{folderId, newParentId}},
            {tr("Move and change access"),
             tr("Moving %1 into %2 changes who has access to it.").arg(d.path(folderId), destination),
             rootChange(folderId, newParentId), tr("&Move")}))
        return;
    auto applied = m_runner.run(edit::MoveFolder{folderId, newParentId});
    if (!applied) {
        showRefusal(applied.error().message, folderId);
        return;
    }
    m_message->hide();
    selectFolder(folderId);
}

} // namespace warden
