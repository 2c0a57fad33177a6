#include "AreaAction.h"
#include "UserPage.h"

#include "EditRunner.h"
#include "MessageBar.h"
#include "Prompts.h"
#include "RecordTable.h"
#include "models/items/UserTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace warden {

namespace {

// Sorts by the model's ranks: a column of 20,000 users is sorted in milliseconds.
class UserSortModel : public QSortFilterProxyModel
{
public:
    UserSortModel(UserTableModel* users, QObject* parent) : QSortFilterProxyModel(parent), m_users(users)
    {
        setSourceModel(users);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        return m_users->sortRank(left.column(), left.row()) < m_users->sortRank(right.column(), right.row());
    }

private:
    const UserTableModel* m_users;
};

} // namespace

UserPage::UserPage(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_model(new UserTableModel(runner.store(), this))
    , m_proxy(new UserSortModel(m_model, this))
    , m_message(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userPage"));
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("userFilter"));
    markFindField(m_filter);
    m_filter->setPlaceholderText(tr("Find users by name, email, status or role"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find users"));
    m_view->setObjectName(QStringLiteral("userView"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::UsernameColumn, Qt::AscendingOrder);
    setUpRecordTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Names and addresses share what is left, cut short if need be; status and roles are always seen.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UserTableModel::FullNameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UserTableModel::EmailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UserTableModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(UserTableModel::UsernameColumn, 130);
    m_view->setColumnWidth(UserTableModel::RolesColumn, 170);
    m_details->setObjectName(QStringLiteral("userDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("What the user holds"));

    m_invite = areaAction(this, tr("&Invite…"), "inviteUserAction", QKeySequence(Qt::CTRL | Qt::Key_I),
                          [this] { invite(); });
    m_add = areaAction(this, tr("&Add User…"), "addUserAction", QKeySequence::New, [this] { addUser(); });
    m_edit = areaAction(this, tr("&Edit…"), "editUserAction", QKeySequence(Qt::Key_F2), [this] { editUser(); });
    m_activate = areaAction(this, tr("A&ctivate"), "activateUserAction", QKeySequence(Qt::CTRL | Qt::Key_E),
                            [this] { setStatus(UserStatus::Active); });
    m_disable = areaAction(this, tr("&Disable"), "disableUserAction", QKeySequence(Qt::CTRL | Qt::Key_D),
                           [this] { setStatus(UserStatus::Disabled); });
    m_delete = areaAction(this, tr("De&lete…"), "deleteUserAction", QKeySequence::Delete, [this] { deleteUsers(); });
    m_review
        = areaAction(this, tr("&Review Permissions"), "reviewUserAction", QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
              if (selectedUsers().size() == 1)
                  Q_EMIT reviewRequested(selectedUsers().first());
          });
    offerInContextMenu(m_view,
                       {m_invite, m_add, m_edit, nullptr, m_activate, m_disable, nullptr, m_delete, nullptr, m_review});
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_invite, m_add, m_edit});
    tools->addSeparator();
    tools->addActions({m_activate, m_disable});
    tools->addSeparator();
    tools->addAction(m_delete);
    tools->addSeparator();
    tools->addAction(m_review);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("userSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    // What grows and shrinks with the window is the list; the details keep their width.
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({900, 240});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Across the whole area, so that every action has room at 1024 px.
    layout->addWidget(tools);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("team"))
            Q_EMIT teamRequested(url.path().toLongLong());
        else
            Q_EMIT folderRequested(url.path().toLongLong());
    });
    connect(&m_runner.store(), &Store::changed, this, [this] {
        updateActions();
        showDetails();
    });
    connect(&m_runner, &EditRunner::operatorChanged, this, &UserPage::updateActions);
    updateActions();
    showDetails();
}

QList<QAction*> UserPage::actions() const
{
    return {m_invite, m_add, m_edit, m_activate, m_disable, m_delete, m_review};
}

QList<Id> UserPage::selectedUsers() const
{
    QList<Id> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->userAt(m_proxy->mapToSource(index).row()));
    return ids;
}

void UserPage::selectUser(Id userId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(userId), 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

// Enabled where the operator may act; otherwise the tooltip names the permission that is missing.
void UserPage::updateActions()
{
    const Store& store = m_runner.store();
    const Rights rights = store.rights(m_runner.operatorId());
    const bool mayManage = rights.may(Operation::ManageMembers);
    const QList<Id> selected = selectedUsers();
    bool anyInactive = false, anyActive = false;
    for (Id id : selected) {
        const User* user = store.directory().user(id);
        anyInactive = anyInactive || (user && user->status != UserStatus::Active);
        anyActive = anyActive || (user && user->status == UserStatus::Active);
    }
    const QString why = tr("Needs %1.").arg(rights.needed(Operation::ManageMembers));
    auto set = [&](QAction* action, bool enabled, const QString& reason) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) : reason);
    };
    const QString selectFirst = tr("Select users first.");
    set(m_invite, mayManage, why);
    set(m_add, mayManage, why);
    set(m_edit, mayManage && selected.size() == 1, mayManage ? tr("Select one user.") : why);
    // Nobody below a user's global permissions activates, disables or deletes them: the first
    // selected user the operator may not change says why.
    auto refusal = [&](UserStatus status, bool remove) {
        const Status s = rights.mayChangeStatusOf(selected, status, remove);
        return s.failed() ? s.error().message : QString();
    };
    const QString activateRefused = mayManage && anyInactive ? refusal(UserStatus::Active, false) : QString();
    const QString disableRefused = mayManage && anyActive ? refusal(UserStatus::Disabled, false) : QString();
    const QString deleteRefused = mayManage && !selected.isEmpty() ? refusal(UserStatus::Disabled, true) : QString();
    set(m_activate, mayManage && anyInactive && activateRefused.isEmpty(),
        !mayManage         ? why
            : !anyInactive ? tr("Select invited or disabled users.")
                           : activateRefused);
    set(m_disable, mayManage && anyActive && disableRefused.isEmpty(),
        !mayManage       ? why
            : !anyActive ? tr("Select active users.")
                         : disableRefused);
    set(m_delete, mayManage && !selected.isEmpty() && deleteRefused.isEmpty(),
        !mayManage               ? why
            : selected.isEmpty() ? selectFirst
                                 : deleteRefused);
    set(m_review, selected.size() == 1, tr("Select one user."));
}

void UserPage::showDetails()
{
    const QList<Id> selected = selectedUsers();
    const Store& store = m_runner.store();
    const Directory& d = store.directory();
    const User* user = selected.size() == 1 ? d.user(selected.first()) : nullptr;
    if (!user) {
        m_details->setHtml(selected.isEmpty() ? tr("<p>Select a user to see their roles, teams and permissions.</p>")
                                              : tr("<p>%n users selected.</p>", nullptr, int(selected.size())));
        return;
    }
    const AccessQuery access = store.access();
    QString html = QStringLiteral("<h3>%1</h3>").arg(user->username.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(user->fullName.toHtmlEscaped(), user->email.toHtmlEscaped(),
                     UserTableModel::statusText(user->status));
    if (user->status != UserStatus::Active)
        html += tr("<p><i>Holds nothing while %1; below is what they would hold once active.</i></p>")
                    .arg(UserTableModel::statusText(user->status).toLower());

    QStringList roles;
    for (Id roleId : user->roles)
        roles.append(d.role(roleId)->name.toHtmlEscaped());
    roles.sort(Qt::CaseInsensitive);
    html += tr("<h4>Roles</h4>")
        + (roles.isEmpty() ? tr("<p>None.</p>") : QStringLiteral("<p>%1</p>").arg(roles.join(QLatin1String(", "))));

    QStringList teams;
    QSet<Id> teamIds = d.teamsOfUser(user->id);
    for (Id roleId : user->roles)
        teamIds.unite(d.teamsOfRole(roleId));
    for (Id teamId : teamIds) {
        const Team* team = d.team(teamId);
        const QList<Id> via = access.membershipsIn(user->id, *team);
        QStringList how;
        for (Id roleId : via)
            how.append(roleId ? tr("through %1").arg(d.role(roleId)->name.toHtmlEscaped()) : tr("directly"));
        teams.append(QStringLiteral("<a href=\"folder:%1\">%2</a>: <a href=\"team:%3\">%4</a> <small>(%5)</small>")
                         .arg(QString::number(team->folderId), d.path(team->folderId).toHtmlEscaped(),
                              QString::number(teamId), team->name.toHtmlEscaped(), how.join(QLatin1String(", "))));
    }
    teams.sort(Qt::CaseInsensitive);
    html += tr("<h4>Teams</h4>")
        + (teams.isEmpty() ? tr("<p>None.</p>") : QStringLiteral("<p>%1</p>").arg(teams.join(QLatin1String("<br>"))));

    if (access.globalPermissions(user->id, true).test(store.catalog().known().admin)) {
        html += tr("<h4>Global permissions</h4><p>Admin: every global permission, and every folder permission "
                   "everywhere.</p>");
        m_details->setHtml(html);
        return;
    }
    const QStringList global = store.catalog().globalKeys(access.globalPermissions(user->id, true));
    QStringList titles;
    for (const QString& key : global)
        titles.append(QStringLiteral("%1 <small>(%2)</small>")
                          .arg(store.catalog().global(store.catalog().globalIndex(key)).title.toHtmlEscaped(), key));
    html += tr("<h4>Global permissions</h4>")
        + (titles.isEmpty() ? tr("<p>None.</p>") : QStringLiteral("<p>%1</p>").arg(titles.join(QLatin1String("<br>"))));
    m_details->setHtml(html);
}

template <typename E> bool UserPage::apply(const E& edit)
{
    auto applied = m_runner.run(edit, m_message);
    if (applied && applied->createdId)
        selectUser(applied->createdId);
    return applied.ok();
}

// The dialog shows a refusal and stays open; what it made is selected.
template <typename E> std::function<Status(const E&)> UserPage::attempt(Id* created)
{
    return [this, created](const E& edit) { return m_runner.attempt(edit, created); };
}

void UserPage::invite()
{
    Id created = 0;
    if (m_prompts.invite(this, m_runner.store(), m_runner.operatorId(), attempt<edit::InviteUser>(&created)))
        selectUser(created);
}

void UserPage::addUser()
{
    Id created = 0;
    if (m_prompts.newUser(this, attempt<edit::AddUser>(&created)))
        selectUser(created);
}

void UserPage::editUser()
{
    const QList<Id> selected = selectedUsers();
    if (selected.size() != 1)
        return;
    m_prompts.editUser(this, m_runner.store(), selected.first(), attempt<edit::UpdateUser>(nullptr));
}

void UserPage::setStatus(UserStatus status)
{
    QList<Id> users;
    for (Id id : selectedUsers()) {
        const User* user = m_runner.store().directory().user(id);
        if (user && user->status != status)
            users.append(id);
    }
    if (users.isEmpty())
        return;
    const Edit edit = edit::SetUserStatuses{users, status};
    // Disabling takes away everything the users hold; activating asks nothing.
    if (status == UserStatus::Disabled
        && !m_prompts.confirmEdit(this, m_runner, {edit},
                                  {tr("Disable users"), tr("Disable %n user(s)?", nullptr, int(users.size())),
                                   tr("They keep their teams and roles and get them back when activated."),
                                   tr("&Disable")}))
        return;
    apply(edit);
}

void UserPage::deleteUsers()
{
    const QList<Id> selected = selectedUsers();
    if (selected.isEmpty())
        return;
    const Directory& d = m_runner.store().directory();
    QStringList names, teams, roles;
    for (Id id : selected) {
        const User* user = d.user(id);
        names.append(user->username);
        for (Id teamId : d.teamsOfUser(id))
            teams.append(QStringLiteral("%1: %2").arg(d.path(d.team(teamId)->folderId), d.team(teamId)->name));
        for (Id roleId : user->roles)
            roles.append(d.role(roleId)->name);
    }
    teams.removeDuplicates();
    roles.removeDuplicates();
    teams.sort(Qt::CaseInsensitive);
    roles.sort(Qt::CaseInsensitive);
    // Several users go together or not at all (the last administrator refuses them all).
    const Edit edit
        = selected.size() == 1 ? Edit(edit::DeleteUser{selected.first()}) : Edit(edit::DeleteUsers{selected});
    if (!m_prompts.confirmEdit(this, m_runner, {edit},
                               {tr("Delete users"), tr("Delete %1?").arg(names.join(QLatin1String(", "))),
                                Prompts::leavingText(teams, roles), tr("&Delete")},
                               [&] { return m_prompts.confirmDeleteUsers(this, names, teams, roles); }))
        return;
    apply(edit);
}

} // namespace warden
