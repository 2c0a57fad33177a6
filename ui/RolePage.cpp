#include "RolePage.h"

#include "AreaAction.h"
#include "EditRunner.h"
#include "MessageBar.h"
#include "Prompts.h"
#include "models/items/RoleListModel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace warden {

RolePage::RolePage(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_model(new RoleListModel(runner.store(), this))
    , m_message(new MessageBar(this))
    , m_view(new QListView(this))
    , m_new(new QPushButton(tr("&New Role…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_membersTitle(new QLabel(this))
    , m_addMember(new QLineEdit(this))
    , m_members(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_abilities(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("rolePage"));
    m_view->setObjectName(QStringLiteral("roleView"));
    offerButtonsInContextMenu(m_view, {m_new, m_rename, m_delete});
    m_view->setAccessibleName(tr("Roles"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_new->setObjectName(QStringLiteral("newRoleButton"));
    m_rename->setObjectName(QStringLiteral("renameRoleButton"));
    m_delete->setObjectName(QStringLiteral("deleteRoleButton"));
    m_addMember->setObjectName(QStringLiteral("roleMemberInput"));
    m_addMember->setAccessibleName(tr("Add a user to the role"));
    m_members->setObjectName(QStringLiteral("roleMembers"));
    m_members->setAccessibleName(tr("Members of the role"));
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_remove->setObjectName(QStringLiteral("removeRoleMember"));
    m_abilities->setObjectName(QStringLiteral("roleAbilities"));
    m_abilities->setOpenLinks(false);
    m_abilities->setAccessibleName(tr("What this role can do"));
    QFont bold = m_membersTitle->font();
    bold.setBold(true);
    m_membersTitle->setFont(bold);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view, 1);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_membersTitle);
    middleLayout->addWidget(m_addMember);
    middleLayout->addWidget(m_members, 1);
    middleLayout->addWidget(m_remove, 0, Qt::AlignRight);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("roleSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_abilities);
    // Tab reads the area as it is laid out: the buttons above the list first.
    QWidget::setTabOrder(m_delete, m_view);
    splitter->setSizes({360, 300, 440});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    m_userNames = new QStringListModel(this);
    auto* completer = new QCompleter(m_userNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_addMember->setCompleter(completer);

    connect(m_new, &QPushButton::clicked, this, &RolePage::addRole);
    connect(m_rename, &QPushButton::clicked, this, &RolePage::renameRole);
    connect(m_delete, &QPushButton::clicked, this, &RolePage::deleteRole);
    connect(m_remove, &QPushButton::clicked, this, &RolePage::removeMembers);
    connect(m_addMember, &QLineEdit::returnPressed, this, [this] {
        if (addMember(m_addMember->text()))
            m_addMember->clear();
    });
    connect(m_abilities, &QTextBrowser::anchorClicked, this,
            [this](const QUrl& url) { Q_EMIT folderRequested(url.path().toLongLong()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_addMember->clear(); // a name typed for one role is not meant for the next
        refresh();
    });
    connect(m_members, &QListWidget::itemSelectionChanged, this, &RolePage::refresh);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_view->setProperty("kept", currentRole()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { selectRole(m_view->property("kept").value<Id>()); });
    connect(&m_runner, &EditRunner::operatorChanged, this, &RolePage::refresh);
    connect(&m_runner.store(), &Store::changed, this, &RolePage::refresh);
    connect(&m_runner.store(), &Store::changed, this, &RolePage::refreshUserNames);
    connect(&m_runner.store(), &Store::reloaded, this, &RolePage::refreshUserNames);
    refreshUserNames();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    refresh();
}

// The completer offers every user there is now, invited ones included.
void RolePage::refreshUserNames()
{
    std::vector<std::pair<QString, QString>> folded; // folded once each: sorted without case quickly
    folded.reserve(std::size_t(m_runner.store().directory().users().size()));
    for (const User& user : m_runner.store().directory().users())
        folded.emplace_back(user.username.toCaseFolded(), user.username);
    std::sort(folded.begin(), folded.end());
    QStringList users;
    users.reserve(qsizetype(folded.size()));
    for (auto& [key, name] : folded)
        users.append(std::move(name));
    if (users != m_userNames->stringList())
        m_userNames->setStringList(users);
}

Id RolePage::currentRole() const { return m_model->roleAt(m_view->currentIndex().row()); }

void RolePage::selectRole(Id roleId)
{
    const int row = m_model->rowOf(roleId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    refresh();
}

QStringList RolePage::usageOf(Id roleId) const
{
    const Store& store = m_runner.store();
    const Directory& d = store.directory();
    QStringList usage;
    QStringList globals;
    for (const GlobalAssignment& assignment : d.globals()) {
        if (assignment.roles.contains(roleId))
            globals.append(assignment.key);
    }
    globals.sort();
    for (const QString& key : globals)
        usage.append(tr("Global permission: %1").arg(key));
    QStringList teams;
    for (Id teamId : d.teamsOfRole(roleId))
        teams.append(tr("Team: %1: %2").arg(d.path(d.team(teamId)->folderId), d.team(teamId)->name));
    teams.sort(Qt::CaseInsensitive);
    usage += teams;
    const int members = int(d.usersOfRole(roleId).size());
    if (members > 0)
        usage.append(tr("%n member(s)", nullptr, members));
    return usage;
}

// Enabled where the operator may act; otherwise the tooltip names the permission that is missing.
void RolePage::refresh()
{
    const Store& store = m_runner.store();
    const Directory& d = store.directory();
    const Rights rights = store.rights(m_runner.operatorId());
    const bool maySecure = rights.may(Operation::EditSecurity);
    const bool mayManage = rights.may(Operation::ManageMembers);
    const Role* role = d.role(currentRole());
    const QString needSecurity = tr("Needs %1.").arg(rights.needed(Operation::EditSecurity));
    const QString needMembers = tr("Needs %1.").arg(rights.needed(Operation::ManageMembers));
    m_new->setEnabled(maySecure);
    m_new->setToolTip(maySecure ? tr("Create a role") : needSecurity);
    m_rename->setEnabled(maySecure && role);
    m_rename->setToolTip(maySecure ? tr("Rename the selected role") : needSecurity);
    m_delete->setEnabled(maySecure && role);
    m_delete->setToolTip(maySecure ? tr("Delete the selected role, after showing where it is used") : needSecurity);
    // Nobody gives a role that carries more than they hold.
    const QString assignRefused = mayManage && role ? rights.rolesNotAssignable({role->id}).value(role->id) : QString();
    m_addMember->setEnabled(mayManage && role && assignRefused.isEmpty());
    m_addMember->setToolTip(!mayManage ? needMembers : assignRefused);
    // The reason in the field itself, where the person looks for it.
    m_addMember->setPlaceholderText(!assignRefused.isEmpty() ? tr("You cannot add members: %1").arg(assignRefused)
                                                             : tr("Add a user: name or email"));
    m_remove->setEnabled(mayManage && role && !m_members->selectedItems().isEmpty());

    const QList<QListWidgetItem*> selected = m_members->selectedItems();
    QSet<Id> keep;
    for (QListWidgetItem* item : selected)
        keep.insert(item->data(Qt::UserRole).value<Id>());
    const QSignalBlocker blocker(m_members);
    m_members->clear();
    if (!role) {
        m_membersTitle->setText(tr("No role selected"));
        m_abilities->clear();
        return;
    }
    m_membersTitle->setText(tr("Members of %1").arg(role->name));
    QList<Id> users = d.usersOfRole(role->id).values();
    std::sort(users.begin(), users.end(), [&d](Id a, Id b) { return d.user(a)->username < d.user(b)->username; });
    for (Id userId : users) {
        const User* user = d.user(userId);
        auto* item = new QListWidgetItem(
            user->fullName.isEmpty() ? user->username : tr("%1 (%2)").arg(user->fullName, user->username), m_members);
        item->setData(Qt::UserRole, userId);
        item->setSelected(keep.contains(userId));
    }

    // What this role can do: its global permissions by category, and the teams it is in.
    const Catalog& catalog = store.catalog();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("What %1 can do").arg(role->name.toHtmlEscaped()));
    if (const PresetInfo* preset = m_model->preset(role->id))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Built-in preset: %1").arg(preset->description.toHtmlEscaped()));
    QMap<QString, QStringList> byCategory;
    QStringList categories;
    for (int i = 0; i < catalog.globalCount(); ++i) {
        const PermissionInfo& info = catalog.global(i);
        if (!categories.contains(info.group))
            categories.append(info.group);
        if (d.global(info.key).roles.contains(role->id))
            byCategory[info.group].append(
                QStringLiteral("%1 <small>(%2)</small>").arg(info.title.toHtmlEscaped(), info.key));
    }
    if (byCategory.isEmpty())
        html += tr("<p>No global permission is assigned to this role.</p>");
    for (const QString& category : std::as_const(categories)) {
        if (byCategory.contains(category))
            html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                        .arg(category.toHtmlEscaped(), byCategory[category].join(QLatin1String("<br>")));
    }
    QStringList teams;
    for (Id teamId : d.teamsOfRole(role->id)) {
        const Team* team = d.team(teamId);
        teams.append(QStringLiteral("<a href=\"folder:%1\">%2</a>: %3")
                         .arg(team->folderId)
                         .arg(d.path(team->folderId).toHtmlEscaped(), team->name.toHtmlEscaped()));
    }
    teams.sort(Qt::CaseInsensitive);
    html += tr("<h4>Teams</h4>")
        + (teams.isEmpty() ? tr("<p>In no team.</p>")
                           : QStringLiteral("<p>%1</p>").arg(teams.join(QLatin1String("<br>"))));
    m_abilities->setHtml(html);
}

template <typename E> bool RolePage::apply(const E& edit)
{
    auto applied = m_runner.run(edit, m_message);
    if (applied && applied->createdId)
        selectRole(applied->createdId);
    return applied.ok();
}

void RolePage::addRole()
{
    Id created = 0;
    if (!m_prompts.roleName(this, {},
                            [&](const QString& name) { return m_runner.attempt(edit::AddRole{name}, &created); }))
        return;
    selectRole(created);
}

void RolePage::renameRole()
{
    const Role* role = m_runner.store().directory().role(currentRole());
    if (!role)
        return;
    const Id roleId = role->id;
    m_prompts.roleName(this, role->name, [&](const QString& name) {
        return m_runner.attempt(edit::RenameRole{roleId, name});
    });
}

void RolePage::deleteRole()
{
    const Role* role = m_runner.store().directory().role(currentRole());
    if (!role)
        return;
    const Id roleId = role->id;
    const QString name = role->name;
    if (m_prompts.confirmEdit(this, m_runner, {edit::DeleteRole{roleId}},
                              {tr("Delete role"), tr("Delete role %1?").arg(name),
                               usageOf(roleId).join(QLatin1Char('\n')), tr("&Delete")},
                              [&] { return m_prompts.confirmDeleteRole(this, name, usageOf(roleId)); }))
        apply(edit::DeleteRole{roleId});
}

bool RolePage::addMember(const QString& name)
{
    const User* user = m_runner.store().user(name.trimmed());
    if (!user) {
        m_message->showError(tr("there is no user '%1'").arg(name.trimmed()));
        return false;
    }
    const Edit assign = edit::RoleMember{currentRole(), user->id, edit::Assignment::Assign};
    const Role* role = m_runner.store().directory().role(currentRole());
    if (!role
        || !m_prompts.confirmEdit(
            this, m_runner, {assign},
            {tr("Give a role"), tr("Give %1 the role %2?").arg(user->username, role->name), {}, tr("&Give role")}))
        return false;
    return apply(assign);
}

void RolePage::removeMembers()
{
    QList<Edit> edits;
    QStringList names;
    for (QListWidgetItem* item : m_members->selectedItems()) {
        edits.append(edit::RoleMember{currentRole(), item->data(Qt::UserRole).value<Id>(), edit::Assignment::Unassign});
        names.append(item->text());
    }
    const Role* role = m_runner.store().directory().role(currentRole());
    if (edits.isEmpty() || !role
        || !m_prompts.confirmEdit(this, m_runner, edits,
                                  {tr("Take a role away"),
                                   tr("Take the role %1 from %2?").arg(role->name, names.join(QLatin1String(", "))),
                                   {},
                                   tr("&Take away")}))
        return;
    for (const Edit& edit : std::as_const(edits)) {
        if (!apply(edit))
            break;
    }
}

} // namespace warden
