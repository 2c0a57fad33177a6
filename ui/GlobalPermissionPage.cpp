#include "GlobalPermissionPage.h"

#include "ImpactLine.h"

#include "RecordTable.h"
#include "AreaAction.h"
#include "EditRunner.h"
#include "MessageBar.h"
#include "Prompts.h"
#include "RoleChipsDelegate.h"
#include "models/items/GlobalPermissionModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace warden {

GlobalPermissionPage::GlobalPermissionPage(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_model(new GlobalPermissionModel(runner.store(), this))
    , m_actionFilter(new QSortFilterProxyModel(this))
    , m_roleFilter(new QSortFilterProxyModel(this))
    , m_message(new MessageBar(this))
    , m_readOnly(new QLabel(this))
    , m_actionEdit(new QLineEdit(this))
    , m_roleEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_login(new QLabel(this))
    , m_loginWarning(new QLabel(this))
    , m_addRole(new QPushButton(tr("&Add Role…"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_reset(new QPushButton(tr("R&eset"), this))
    , m_impact(new ImpactLine(runner.store(), ImpactLine::of(runner), this))
{
    setObjectName(QStringLiteral("globalPermissionPage"));
    // Two filters in a row: by action (title or key), then by role name.
    m_actionFilter->setSourceModel(m_model);
    m_actionFilter->setFilterKeyColumn(GlobalPermissionModel::ActionColumn);
    m_actionFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_roleFilter->setSourceModel(m_actionFilter);
    m_roleFilter->setFilterKeyColumn(GlobalPermissionModel::RolesColumn);
    m_roleFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actionEdit->setObjectName(QStringLiteral("actionFilter"));
    markFindField(m_actionEdit);
    m_actionEdit->setPlaceholderText(tr("Filter actions"));
    m_actionEdit->setClearButtonEnabled(true);
    m_actionEdit->setAccessibleName(tr("Filter actions"));
    m_roleEdit->setObjectName(QStringLiteral("roleFilter"));
    m_roleEdit->setPlaceholderText(tr("Filter roles"));
    m_roleEdit->setClearButtonEnabled(true);
    m_roleEdit->setAccessibleName(tr("Filter roles"));

    m_view->setObjectName(QStringLiteral("globalPermissionView"));

    keepTabForFocus(m_view);
    m_view->setAccessibleName(tr("Global permissions"));
    m_view->setModel(m_roleFilter);
    m_view->setItemDelegateForColumn(GlobalPermissionModel::RolesColumn,
                                     new RoleChipsDelegate(runner.store(), GlobalPermissionModel::RoleIdsRole,
                                                           GlobalPermissionModel::RoleNamesRole, m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnToContents(GlobalPermissionModel::ActionColumn);
    m_view->setWordWrap(false);

    m_readOnly->setObjectName(QStringLiteral("readOnlyReason"));
    m_readOnly->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("loginRule"));
    m_login->setWordWrap(true);
    QFont bold = m_login->font();
    bold.setBold(true);
    m_login->setFont(bold);
    m_loginWarning->setObjectName(QStringLiteral("loginWarning"));
    m_loginWarning->setWordWrap(true);
    m_loginWarning->setStyleSheet(QStringLiteral("color: #a32020;"));
    m_addRole->setObjectName(QStringLiteral("addGlobalRoleButton"));
    m_save->setObjectName(QStringLiteral("saveGlobalButton"));
    m_reset->setObjectName(QStringLiteral("resetGlobalButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actionEdit, 1);
    filters->addWidget(m_roleEdit, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_impact, 1);
    buttons->addWidget(m_addRole);
    buttons->addSpacing(12);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_readOnly);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_loginWarning);
    layout->addWidget(m_login);
    layout->addLayout(buttons);

    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &GlobalPermissionPage::save);
    addAction(saveAction);

    connect(m_actionEdit, &QLineEdit::textChanged, m_actionFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_roleEdit, &QLineEdit::textChanged, m_roleFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_save, &QPushButton::clicked, this, &GlobalPermissionPage::save);
    connect(m_reset, &QPushButton::clicked, this, &GlobalPermissionPage::resetChanges);
    connect(m_addRole, &QPushButton::clicked, this, &GlobalPermissionPage::addRole);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GlobalPermissionPage::updateAddRole);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GlobalPermissionPage::refresh);
    connect(m_model, &GlobalPermissionModel::pendingChanged, this, &GlobalPermissionPage::refresh);
    connect(&m_runner, &EditRunner::operatorChanged, this, &GlobalPermissionPage::refresh);
    connect(&m_runner.store(), &Store::changed, this, &GlobalPermissionPage::refresh);
    refresh();
}

QString GlobalPermissionPage::loginText() const { return m_login->text(); }

QString GlobalPermissionPage::readOnlyReason() const
{
    return m_readOnly->isVisible() ? m_readOnly->text() : QString();
}

// Only Admin or security#edit may change assignments; everyone else sees them read-only, with why.
void GlobalPermissionPage::refresh()
{
    const Rights rights = m_runner.store().rights(m_runner.operatorId());
    const bool mayEdit = rights.may(Operation::EditSecurity);
    m_model->setEditable(mayEdit);
    m_readOnly->setVisible(!mayEdit);
    m_readOnly->setText(
        tr("Read-only: changing global permissions needs Admin or %1.").arg(rights.needed(Operation::EditSecurity)));
    m_login->setText(m_model->loginRule());
    const int losing = m_model->usersLosingLogin();
    m_loginWarning->setVisible(losing > 0);
    m_loginWarning->setText(tr("Saving this stops %n active user(s) from logging in.", nullptr, losing));
    const bool pending = m_model->hasPendingChanges();
    m_save->setEnabled(pending);
    m_reset->setEnabled(pending);
    m_save->setToolTip(pending ? tr("Save the changes as one step (Ctrl+S)") : tr("Nothing to save."));
    m_reset->setToolTip(pending ? tr("Drop the changes that are not saved") : tr("Nothing to reset."));
    m_impact->setPending(pending ? std::optional<Edit>(m_model->pendingEdit()) : std::nullopt);
    updateAddRole();
}

// Follows the selection alone, without the rest of refresh (the Login rule counts every user).
void GlobalPermissionPage::updateAddRole()
{
    const bool mayEdit = m_model->isEditable();
    const QModelIndex current = m_view->currentIndex();
    m_addRole->setEnabled(mayEdit && current.isValid());
    m_addRole->setToolTip(!mayEdit ? m_readOnly->text()
                              : current.isValid()
                              ? tr("Add a role to %1: type its name (or double-click the Roles cell, "
                                   "or press F2)")
                                    .arg(current.siblingAtColumn(0).data().toString())
                              : tr("Select a permission first."));
}

// Opens the selected permission's roles for editing, with the cursor where a role name is typed.
void GlobalPermissionPage::addRole()
{
    const QModelIndex roles = m_view->currentIndex().siblingAtColumn(GlobalPermissionModel::RolesColumn);
    if (!roles.isValid())
        return;
    m_view->setCurrentIndex(roles);
    m_view->setFocus();
    m_view->edit(roles);
}

void GlobalPermissionPage::save()
{
    if (!m_model->hasPendingChanges())
        return;
    m_view->setCurrentIndex(m_view->currentIndex()); // closes an open editor, committing it
    if (!m_prompts.settleConflicts(this, m_model->conflictLines(),
                                   [this](bool keepMine) { m_model->resolveConflicts(keepMine); })
        || !m_model->hasPendingChanges())
        return;
    if (!m_prompts.settleExpectations(this, m_runner, {m_model->pendingEdit()}))
        return;
    m_runner.run(m_model->pendingEdit(), m_message);
    refresh();
}

void GlobalPermissionPage::resetChanges()
{
    m_model->reset();
    m_message->hide();
    refresh();
}

void GlobalPermissionPage::selectPermission(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    auto find = [&] { return m_roleFilter->mapFromSource(m_actionFilter->mapFromSource(m_model->index(row, 0))); };
    if (!find().isValid()) {
        m_actionEdit->clear();
        m_roleEdit->clear();
    }
    m_view->setCurrentIndex(find());
    m_view->scrollTo(find());
}

} // namespace warden
