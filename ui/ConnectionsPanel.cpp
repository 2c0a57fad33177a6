#include "AreaAction.h"
#include "RecordTable.h"
#include "ConnectionsPanel.h"

#include "ConnectionDialog.h"
#include "EditRunner.h"
#include "MessageBar.h"
#include "Prompts.h"

#include "models/items/ConnectionListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace warden {

ConnectionsPanel::ConnectionsPanel(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_model(new ConnectionListModel(runner.store(), this))
    , m_message(new MessageBar(this))
    , m_keyNote(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("connectionTable"));
    keepTabForFocus(m_view);
    m_view->setAccessibleName(tr("Connections"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ConnectionListModel::TitleColumn, 200);
    m_view->setColumnWidth(ConnectionListModel::TypeColumn, 130);
    m_view->setColumnWidth(ConnectionListModel::DefinedColumn, 220);
    m_keyNote->setWordWrap(true);
    m_keyNote->setStyleSheet(QStringLiteral("color: #8a5a00"));

    m_add = areaAction(this, tr("&New Connection…"), "newConnectionAction",
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &ConnectionsPanel::addConnection);
    m_edit = areaAction(this, tr("&Edit…"), "editConnectionAction", QKeySequence(Qt::Key_Return),
                        &ConnectionsPanel::editConnection);
    m_delete = areaAction(this, tr("&Delete…"), "deleteConnectionAction", QKeySequence::Delete,
                          &ConnectionsPanel::deleteConnection);
    offerInContextMenu(m_view, {m_add, m_edit, m_delete});
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_add, m_edit, m_delete});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_keyNote);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        // On an inherited connection, the place it is defined is the place to edit it.
        if (index.column() == ConnectionListModel::DefinedColumn
            && index.data(ConnectionListModel::InheritedRole).toBool()) {
            const Id folder = index.data(ConnectionListModel::DefinedOnRole).value<Id>();
            if (folder)
                Q_EMIT folderRequested(folder);
            return;
        }
        editConnection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsPanel::updateActions);
    connect(&runner, &EditRunner::operatorChanged, this, [this](Id userId) {
        m_model->setOperator(userId);
        updateActions();
    });
    m_model->setOperator(runner.operatorId());
    updateActions();
}

void ConnectionsPanel::setScope(Id folderId)
{
    m_model->setScope(folderId);
    m_message->hide();
    const QString problem = m_runner.store().secretKeyProblem();
    m_keyNote->setText(problem.isEmpty() ? QString()
                                         : tr("Secrets cannot be revealed on this computer: %1").arg(problem));
    m_keyNote->setVisible(!problem.isEmpty());
}

Id ConnectionsPanel::currentConnection() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->connectionAt(rows.first().row());
}

void ConnectionsPanel::selectConnection(Id connectionId)
{
    const int row = m_model->rowOf(connectionId);
    if (row >= 0)
        m_view->selectRow(row);
}

void ConnectionsPanel::updateActions()
{
    const Store& store = m_runner.store();
    const Rights rights = store.rights(m_runner.operatorId());
    const Id scope = m_model->scope();
    const bool mayAdd = rights.requireConnectionScope(scope).ok();
    m_add->setEnabled(mayAdd);
    m_add->setToolTip(mayAdd ? tr("New connection")
                             : (scope == 0 ? tr("Global connections need Admin.")
                                           : tr("Needs %1.").arg(rights.needed(Operation::ConfigureFolder, scope))));
    const Connection* c = store.directory().connection(currentConnection());
    const AccessLevel level = c ? rights.level(c->id) : AccessLevel::Deny;
    m_edit->setEnabled(c && level >= AccessLevel::Use);
    m_edit->setToolTip(
        !c ? tr("Select a connection.")
           : (level >= AccessLevel::Use ? tr("Open the connection") : tr("You may not use this connection.")));
    m_delete->setEnabled(c && level >= AccessLevel::DeleteOnly);
    m_delete->setToolTip(!c ? tr("Select a connection.") : tr("Delete the connection"));
}

void ConnectionsPanel::addConnection()
{
    ConnectionDialog dialog(m_runner, m_model->scope(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectConnection(dialog.connectionId());
}

void ConnectionsPanel::editConnection()
{
    const Id id = currentConnection();
    if (!id)
        return;
    ConnectionDialog dialog(m_runner, id, true, this);
    dialog.exec();
    selectConnection(id);
}

void ConnectionsPanel::deleteConnection()
{
    const Directory& d = m_runner.store().directory();
    const Connection* c = d.connection(currentConnection());
    if (!c)
        return;
    int users = 0;
    for (const Template& t : d.templates())
        users += t.uses.contains(c->id);
    const QString question = users
        ? tr("Delete %1? %n template(s) use it and will no longer have it.", nullptr, users).arg(c->title)
        : tr("Delete %1?").arg(c->title);
    if (!m_prompts.confirm(this, tr("Delete connection"), question))
        return;
    m_runner.run(edit::DeleteConnection{c->id}, m_message);
}

} // namespace warden
