#include "FolderDetails.h"

#include "ImpactLine.h"

#include "AreaAction.h"
#include "RecordTable.h"
#include "EditRunner.h"
#include "GroupedHeaderView.h"
#include "MessageBar.h"
#include "Prompts.h"
#include "models/items/TeamPermissionModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace warden {

FolderDetails::FolderDetails(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_title(new QLabel(this))
    , m_source(new QLabel(this))
    , m_jump(new QPushButton(this))
    , m_inherit(new QCheckBox(tr("&Inherit teams and permissions from parent folder"), this))
    , m_message(new MessageBar(this))
    , m_teamsTitle(new QLabel(this))
    , m_newTeam(new QPushButton(tr("New &Team…"), this))
    , m_renameTeam(new QPushButton(tr("Re&name…"), this))
    , m_editTeam(new QPushButton(tr("&Members…"), this))
    , m_deleteTeam(new QPushButton(tr("De&lete…"), this))
    , m_reset(new QPushButton(tr("R&eset"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_impact(new ImpactLine(runner.store(), ImpactLine::of(runner), this))
    , m_matrix(new QTableView(this))
    , m_model(new TeamPermissionModel(runner.store(), this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("folderDetails"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("folderTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_source->setObjectName(QStringLiteral("securitySource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_jump->setObjectName(QStringLiteral("jumpToRoot"));
    m_inherit->setObjectName(QStringLiteral("inheritBox"));
    QFont bold = m_teamsTitle->font();
    bold.setBold(true);
    m_teamsTitle->setFont(bold);
    m_teamsTitle->setTextFormat(Qt::PlainText);
    m_newTeam->setObjectName(QStringLiteral("newTeamButton"));
    m_renameTeam->setObjectName(QStringLiteral("renameTeamButton"));
    m_deleteTeam->setObjectName(QStringLiteral("deleteTeamButton"));
    m_editTeam->setObjectName(QStringLiteral("editTeamButton"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_legend->setObjectName(QStringLiteral("matrixLegend"));
    m_legend->setWordWrap(true);

    m_legend->setText(legendText());
    m_legend->setToolTip(tr("▣ marks a permission that another permission granted here implies. Hover over a "
                            "column for its description."));

    auto* header = new GroupedHeaderView(TeamPermissionModel::GroupRole, m_matrix);
    m_matrix->setObjectName(QStringLiteral("permissionMatrix"));
    keepTabForFocus(m_matrix);
    offerButtonsInContextMenu(m_matrix, {m_newTeam, m_editTeam, m_renameTeam, m_deleteTeam});
    m_matrix->setAccessibleName(tr("Permissions of the teams"));
    m_matrix->setModel(m_model);
    m_matrix->setHorizontalHeader(header);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setWordWrap(false);
    header->fitSections();

    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &FolderDetails::save);
    addAction(saveAction);

    auto* source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(m_jump, 0, Qt::AlignTop);
    // The team actions above the matrix; what saves or drops its pending changes below it, beside
    // what the marks mean, so that a narrow pane has room for both rows.
    auto* teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_newTeam);
    teamButtons->addWidget(m_editTeam);
    teamButtons->addWidget(m_renameTeam);
    teamButtons->addWidget(m_deleteTeam);
    teamButtons->addStretch(1);
    auto* saveButtons = new QHBoxLayout;
    saveButtons->addWidget(m_impact, 1);
    saveButtons->addWidget(m_reset, 0, Qt::AlignBottom);
    saveButtons->addWidget(m_save, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(source);
    layout->addWidget(m_inherit);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(m_teamsTitle);
    layout->addLayout(teamButtons);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(m_legend);
    layout->addLayout(saveButtons);

    connect(m_jump, &QPushButton::clicked, this,
            [this] { Q_EMIT jumpRequested(m_runner.store().directory().securityRoot(m_folder)); });
    connect(m_inherit, &QCheckBox::toggled, this, &FolderDetails::toggleInherit);
    connect(m_save, &QPushButton::clicked, this, &FolderDetails::save);
    connect(m_reset, &QPushButton::clicked, this, &FolderDetails::resetChanges);
    connect(m_newTeam, &QPushButton::clicked, this, &FolderDetails::addTeam);
    connect(m_renameTeam, &QPushButton::clicked, this, &FolderDetails::renameTeam);
    connect(m_deleteTeam, &QPushButton::clicked, this, &FolderDetails::deleteTeam);
    connect(m_editTeam, &QPushButton::clicked, this, &FolderDetails::editTeam);
    connect(m_matrix->verticalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        m_matrix->setCurrentIndex(m_model->index(row, std::max(0, m_matrix->currentIndex().column())));
        editTeam();
    });
    connect(m_model, &TeamPermissionModel::pendingChanged, this, &FolderDetails::updateButtons);
    connect(m_model, &TeamPermissionModel::pendingChanged, this, &FolderDetails::updateImpact);
    // The matrix is rebuilt when its teams change; the selected cell stays where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptTeam = currentTeam();
        m_keptColumn = m_matrix->currentIndex().column();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keptTeam);
        if (row >= 0)
            m_matrix->setCurrentIndex(m_model->index(row, std::max(0, m_keptColumn)));
        updateButtons();
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this, &FolderDetails::updateButtons);
    connect(&m_runner.store(), &Store::changed, this, &FolderDetails::refresh);
    connect(&m_runner.store(), &Store::reloaded, this, &FolderDetails::refresh);
    connect(&m_runner, &EditRunner::operatorChanged, this, &FolderDetails::refresh);
    refresh();
}

void FolderDetails::showFolder(Id folderId)
{
    if (folderId != m_folder)
        m_message->hide();
    m_folder = folderId;
    refresh();
}

QString FolderDetails::legendText()
{
    return tr("☑ granted   ▣ implied   yellow: not saved   red: not saved, changed by someone else since");
}

bool FolderDetails::mayEditTeams() const
{
    return m_runner.store().rights(m_runner.operatorId()).may(Operation::EditTeams, m_folder);
}

void FolderDetails::selectTeam(Id teamId, int permission)
{
    const int row = m_model->rowOf(teamId);
    if (row < 0)
        return;
    const QModelIndex cell
        = m_model->index(row, permission >= 0 ? permission : std::max(0, m_matrix->currentIndex().column()));
    m_matrix->setCurrentIndex(cell);
    m_matrix->scrollTo(cell);
}

Id FolderDetails::currentTeam() const { return m_model->teamAt(m_matrix->currentIndex().row()); }

void FolderDetails::refresh()
{
    const Store& store = m_runner.store();
    const Directory& d = store.directory();
    const Folder* folder = d.folder(m_folder);
    setEnabled(folder != nullptr);
    m_model->setFolder(m_folder);
    if (!folder) {
        m_title->setText(d.folders().isEmpty() ? tr("No folders yet") : tr("No folder selected"));
        m_source->clear();
        m_jump->hide();
        m_inherit->hide();
        m_teamsTitle->clear();
        updateButtons();
        return;
    }
    const Id rootId = d.securityRoot(m_folder);
    const QString rootPath = d.path(rootId);
    m_title->setText(d.path(m_folder));
    if (rootId == m_folder) {
        m_source->setText(folder->parentId == 0
                              ? tr("A top-level folder: its own teams and permissions apply here and to every "
                                   "subfolder that inherits.")
                              : tr("A security root: this folder has its own teams and permissions; subfolders "
                                   "that inherit follow them."));
        m_jump->hide();
    } else {
        m_source->setText(tr("Inherits its teams and permissions from %1. They are shown read-only; change them "
                             "there.")
                              .arg(rootPath));
        m_jump->setText(tr("&Go to %1").arg(d.folder(rootId)->name));
        m_jump->setToolTip(tr("Select %1, where these teams are defined").arg(rootPath));
        m_jump->show();
    }

    m_inherit->setVisible(folder->parentId != 0);
    {
        const QSignalBlocker blocker(m_inherit);
        m_inherit->setChecked(folder->inherit);
    }
    const Rights rights = store.rights(m_runner.operatorId());
    const bool maySecure = rights.may(Operation::SecureFolder, m_folder);
    m_inherit->setEnabled(maySecure);
    m_inherit->setToolTip(maySecure
                              ? tr("Turn off to give this folder teams and permissions of its own.")
                              : tr("Changing this needs %1.").arg(rights.needed(Operation::SecureFolder, m_folder)));
    m_teamsTitle->setText(rootId == m_folder ? tr("Teams and permissions") : tr("Inherited from %1").arg(rootPath));
    m_model->setEditable(rootId == m_folder && mayEditTeams());
    // Below the security owners, nobody grants more than they hold (the core refuses it anyway).
    const PermissionSet grantable = rights.grantable(m_folder);
    m_model->setGrantable(grantable);
    const bool limited = grantable != store.catalog().allFolderPermissions() && m_model->isEditable();
    m_legend->setText(legendText()
                      + (limited ? QLatin1Char(' ')
                                 + tr("Greyed-out boxes are permissions you do not hold here: you may "
                                      "clear them, not grant them.")
                                 : QString()));
    updateButtons();
}

// Enabled where the operator may act; otherwise the tooltip names the permission that is missing.
void FolderDetails::updateButtons()
{
    const Directory& d = m_runner.store().directory();
    const bool isRoot = d.folder(m_folder) && d.securityRoot(m_folder) == m_folder;
    const QString path = d.path(m_folder);
    const Rights rights = m_runner.store().rights(m_runner.operatorId());
    const bool maySecure = isRoot && rights.may(Operation::SecureFolder, m_folder);
    const Team* team = d.team(currentTeam());
    const QString needSecurity = isRoot ? tr("Needs %1.").arg(rights.needed(Operation::SecureFolder, m_folder))
                                        : tr("Teams are defined on %1.").arg(d.path(d.securityRoot(m_folder)));
    auto set = [](QPushButton* button, bool enabled, const QString& why, const QString& what) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? what : why);
    };
    set(m_newTeam, maySecure, needSecurity, tr("Create a team on this folder"));
    set(m_editTeam, isRoot && team, isRoot ? tr("Select a team first.") : needSecurity,
        tr("Show and edit the selected team's members (or double-click its name)"));
    const QString systemWhy
        = team && team->isSystem() ? tr("%1 is a system team.").arg(team->name) : tr("Select a team first.");
    set(m_renameTeam, maySecure && team && !team->isSystem(), maySecure ? systemWhy : needSecurity,
        tr("Rename the selected team"));
    set(m_deleteTeam, maySecure && team && !team->isSystem(), maySecure ? systemWhy : needSecurity,
        tr("Delete the selected team"));
    const bool pending = m_model->hasPendingChanges();
    set(m_save, pending, tr("Nothing to save."), tr("Save the changes as one step (Ctrl+S)"));
    set(m_reset, pending, tr("Nothing to reset."), tr("Drop the changes that are not saved"));
    if (isRoot && !m_model->isEditable())
        m_matrix->setToolTip(
            tr("Read-only: changing teams needs %1.").arg(rights.needed(Operation::EditTeams, m_folder)));
    else
        m_matrix->setToolTip(QString());
}

void FolderDetails::updateImpact()
{
    m_impact->setPending(m_model->hasPendingChanges() ? std::optional<Edit>(m_model->pendingEdit()) : std::nullopt);
}

void FolderDetails::save()
{
    if (!m_model->hasPendingChanges())
        return;
    if (!m_prompts.settleConflicts(this, m_model->conflictLines(),
                                   [this](bool keepMine) { m_model->resolveConflicts(keepMine); })
        || !m_model->hasPendingChanges())
        return;
    const QStringList system = m_model->systemTeamsLosingPermissions();
    if (!system.isEmpty() && !m_prompts.confirmSystemTeamRevoke(this, system))
        return;
    if (!m_prompts.settleExpectations(this, m_runner, {m_model->pendingEdit()}))
        return;
    m_runner.run(m_model->pendingEdit(), m_message);
}

bool FolderDetails::needsSettling(Id folderId) const
{
    return m_model->hasPendingChanges() && m_runner.store().directory().securityRoot(folderId) != m_model->root();
}

bool FolderDetails::settlePendingFor(Id folderId) { return !needsSettling(folderId) || settlePending(); }

bool FolderDetails::settlePending()
{
    if (!m_model->hasPendingChanges())
        return true;
    const QString what = tr("the permissions on %1").arg(m_runner.store().directory().path(m_model->root()));
    return m_prompts.settleUnsaved(
        this, what,
        [this] {
            save();
            return !m_model->hasPendingChanges();
        },
        [this] { resetChanges(); });
}

void FolderDetails::resetChanges()
{
    m_model->reset();
    m_message->hide();
}

void FolderDetails::addTeam()
{
    Id created = 0;
    if (!m_prompts.teamName(this, m_runner.store().directory().path(m_folder), {}, [&](const QString& name) {
            return m_runner.attempt(edit::AddTeam{m_folder, name}, &created);
        }))
        return;
    m_matrix->setCurrentIndex(m_model->index(m_model->rowOf(created), 0));
}

void FolderDetails::renameTeam()
{
    const Team* team = m_runner.store().directory().team(currentTeam());
    if (!team)
        return;
    const Id teamId = team->id;
    m_prompts.teamName(this, m_runner.store().directory().path(m_folder), team->name, [&](const QString& name) {
        return m_runner.attempt(edit::RenameTeam{teamId, name});
    });
}

void FolderDetails::editTeam()
{
    const Team* team = m_runner.store().directory().team(currentTeam());
    if (!team)
        return;
    const Id teamId = team->id;
    const bool maySecure = m_runner.store().rights(m_runner.operatorId()).may(Operation::SecureFolder, m_folder);
    m_prompts.editTeam(this, m_runner.store(), teamId, maySecure, mayEditTeams(), [this](const edit::UpdateTeam& e) {
        if (!m_prompts.settleExpectations(this, m_runner, {e}))
            return Status(refused(tr("not saved: it would break an expectation")));
        return m_runner.attempt(e);
    });
}

void FolderDetails::deleteTeam()
{
    const Team* team = m_runner.store().directory().team(currentTeam());
    if (!team)
        return;
    const Id teamId = team->id;
    const QString name = team->name;
    const QString path = m_runner.store().directory().path(m_folder);
    const int members = int(team->users.size() + team->roles.size());
    if (!m_prompts.confirmEdit(this, m_runner, {edit::DeleteTeam{teamId}},
                               {tr("Delete team"), tr("Delete team %1 on %2?").arg(name, path), {}, tr("&Delete")},
                               [&] { return m_prompts.confirmDeleteTeam(this, name, path, members); }))
        return;
    m_runner.run(edit::DeleteTeam{teamId}, m_message);
}

void FolderDetails::toggleInherit(bool inherit)
{
    const Directory& d = m_runner.store().directory();
    const Folder* folder = d.folder(m_folder);
    if (!folder)
        return;
    const QString path = d.path(m_folder);
    edit::SetInherit change{m_folder, inherit, edit::InheritChoice::CopyTeams};
    const QString rootPath = d.path(d.securityRoot(folder->parentId ? folder->parentId : m_folder));
    const int ownTeams = int(d.teamsOn(m_folder).size());
    Prompts::ImpactQuestion question;
    if (inherit) {
        question = {tr("Inherit teams and permissions"),
                    tr("%1 will inherit the teams and permissions of %2.").arg(path, rootPath),
                    tr("Its own %n team(s) will be removed, with their members and permissions.", nullptr, ownTeams),
                    tr("&Inherit")};
    } else {
        const auto choice = m_prompts.inheritOff(this, path);
        if (!choice) {
            refresh();
            return;
        }
        change.choice = *choice;
        question = {tr("Stop inheriting"),
                    tr("%1 will stop inheriting from %2.").arg(path, rootPath),
                    {},
                    tr("&Stop inheriting")};
    }
    auto otherwise = [&] { return !inherit || m_prompts.confirmInheritOn(this, path, rootPath, ownTeams); };
    if (!m_prompts.confirmEdit(this, m_runner, {change}, question, otherwise)) {
        refresh();
        return;
    }
    auto applied = m_runner.run(change);
    if (!applied) {
        m_message->showError(applied.error().message);
        refresh();
    }
}

} // namespace warden
