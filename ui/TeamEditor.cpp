#include "TeamEditor.h"

#include "Prompts.h"

#include "models/items/UserTableModel.h"
#include "models/store/Store.h"
#include "TabOrder.h"

#include <QColor>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace warden {

namespace {

constexpr int IsRoleRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

} // namespace

TeamEditor::TeamEditor(const Store& store, Id teamId, bool mayRename, bool mayEditMembers, QWidget* parent,
                       Prompts* prompts)
    : QDialog(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_team(teamId)
    , m_name(new QLineEdit(this))
    , m_input(new QLineEdit(this))
    , m_members(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_reach(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamEditor"));
    const Directory& d = store.directory();
    const Team& team = *d.team(teamId);
    setWindowTitle(tr("Team %1 on %2").arg(team.name, d.path(team.folderId)));
    m_name->setObjectName(QStringLiteral("teamName"));
    m_name->setText(team.name);
    m_name->setEnabled(mayRename && !team.isSystem());
    m_name->setToolTip(
        team.isSystem()
            ? tr("System teams keep their names.")
            : (mayRename ? QString()
                         : tr("Renaming needs %1.")
                               .arg(store.catalog().folderPermission(store.catalog().known().folderEditSecurity).key)));
    m_input->setObjectName(QStringLiteral("memberInput"));
    m_input->setPlaceholderText(tr("Add a user or role: type a name, email or role"));
    m_input->setAccessibleName(tr("Add member"));
    m_input->setEnabled(mayEditMembers);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Members"));
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_remove->setEnabled(false);
    m_reach->setObjectName(QStringLiteral("teamReach"));
    m_problem->setObjectName(QStringLiteral("memberProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a32020;"));
    m_problem->hide();

    QStringList choices;
    for (const User& user : d.users()) {
        QString text = user.username;
        if (!user.fullName.isEmpty())
            text += QStringLiteral(" — ") + user.fullName;
        if (!user.email.isEmpty() && user.email != user.username)
            text += QStringLiteral(" <%1>").arg(user.email);
        m_choices.insert(text, {false, user.id});
        choices.append(text);
    }
    for (const Role& role : d.roles()) {
        const QString text = QStringLiteral("role:") + role.name;
        m_choices.insert(text, {true, role.id});
        choices.append(text);
    }
    choices.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(new QStringListModel(choices, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_input->setCompleter(completer);

    listMembers();
    connect(&store, &Store::arrived, this,
            [this](const QList<AuditEntry>& entries) { m_pending.noteArrived(entries); });
    connect(&store, &Store::changed, this, &TeamEditor::storeChanged);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* add = new QHBoxLayout;
    add->addWidget(m_input, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members:"), this));
    layout->addLayout(add);
    layout->addWidget(m_problem);
    layout->addWidget(m_members, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_reach, 1);
    bottom->addWidget(m_remove);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    resize(520, 480);

    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        if (addMember(text))
            QMetaObject::invokeMethod(m_input, &QLineEdit::clear, Qt::QueuedConnection);
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (addMember(m_input->text()))
            m_input->clear();
    });
    connect(m_members, &QListWidget::itemSelectionChanged, this,
            [this, mayEditMembers] { m_remove->setEnabled(mayEditMembers && !m_members->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        for (const QListWidgetItem* item : m_members->selectedItems())
            setMember(item->data(IsRoleRole).toBool(), item->data(IdRole).value<Id>(), false);
        qDeleteAll(m_members->selectedItems());
        updateReach();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the member box adds a member; it does not close the dialog.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    orderTabsByLayout(this);
    updateReach();
}

void TeamEditor::addListed(bool isRole, Id id)
{
    const Directory& d = m_store.directory();
    for (int i = 0; i < m_members->count(); ++i) {
        const QListWidgetItem* item = m_members->item(i);
        if (item->data(IsRoleRole).toBool() == isRole && item->data(IdRole).value<Id>() == id)
            return;
    }
    auto* item = new QListWidgetItem(m_members);
    if (isRole) {
        const Role* role = d.role(id);
        item->setText(tr("Role %1 (%n user(s))", nullptr, int(d.usersOfRole(id).size())).arg(role->name));
    } else {
        const User* user = d.user(id);
        QString text = user->fullName.isEmpty() ? user->username : tr("%1 (%2)").arg(user->fullName, user->username);
        if (user->status != UserStatus::Active)
            text += QStringLiteral(" — ") + UserTableModel::statusText(user->status);
        item->setText(text);
    }
    item->setData(IsRoleRole, isRole);
    item->setData(IdRole, id);
    if (m_pending.isConflict(cellOf(isRole, id))) {
        item->setBackground(QColor(0xf6, 0xb8, 0xb0));
        item->setToolTip(tr("Added here, and changed by someone else since: OK asks which to keep."));
    } else if (m_pending.wanted(cellOf(isRole, id))) {
        item->setBackground(QColor(0xff, 0xe8, 0x9c));
        item->setToolTip(tr("Added here; not saved yet."));
    }
}

bool TeamEditor::addMember(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    const Directory& d = m_store.directory();
    std::optional<QPair<bool, Id>> found;
    if (m_choices.contains(wanted))
        found = m_choices.value(wanted);
    else if (wanted.startsWith(QLatin1String("role:"), Qt::CaseInsensitive) && d.roleNamed(wanted.mid(5).trimmed()))
        found = QPair<bool, Id>{true, d.roleNamed(wanted.mid(5).trimmed())->id};
    else if (const User* user = d.userNamed(wanted))
        found = QPair<bool, Id>{false, user->id};
    else if (const Role* role = d.roleNamed(wanted))
        found = QPair<bool, Id>{true, role->id};
    if (!found) {
        m_problem->setText(tr("No user or role is named '%1'.").arg(wanted));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    setMember(found->first, found->second, true);
    addListed(found->first, found->second);
    updateReach();
    return true;
}

PendingChanges::Cell TeamEditor::cellOf(bool isRole, Id id) const
{
    const Directory& d = m_store.directory();
    const QString item = isRole ? PendingChanges::roleItem(d.role(id) ? d.role(id)->name : QString::number(id))
                                : PendingChanges::userItem(d.user(id) ? d.user(id)->username : QString::number(id));
    return {PendingChanges::teamRow(m_team), item};
}

void TeamEditor::setMember(bool isRole, Id id, bool member)
{
    const Team* team = m_store.directory().team(m_team);
    const bool stored = team && (isRole ? team->roles.contains(id) : team->users.contains(id));
    m_pending.set(cellOf(isRole, id), member, stored);
}

void TeamEditor::showImpact(const ImpactLine::ImpactOf& impactOf)
{
    m_impact = new ImpactLine(m_store, impactOf, this);
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->count() - 1, m_impact);
    updateImpact();
}

void TeamEditor::updateImpact()
{
    if (m_impact)
        m_impact->setPending(m_pending.cells().isEmpty() ? std::nullopt : std::optional<Edit>(result()));
}

// What others saved shows in the list, with this dialog's changes on top.
void TeamEditor::storeChanged()
{
    const Directory& d = m_store.directory();
    m_pending.reconcile([&](const PendingChanges::Cell& cell) -> std::optional<bool> {
        const Team* team = d.team(m_team);
        const auto [isRole, id] = memberIn(cell);
        if (!team || !id)
            return std::nullopt;
        return (isRole ? team->roles : team->users).contains(id);
    });
    listMembers();
}

// The user or role a cell names (id 0 when it is gone).
QPair<bool, Id> TeamEditor::memberIn(const PendingChanges::Cell& cell) const
{
    const Directory& d = m_store.directory();
    const QString name = PendingChanges::nameIn(cell.item);
    if (PendingChanges::isRoleItem(cell)) {
        const Role* role = d.roleNamed(name);
        return {true, role ? role->id : 0};
    }
    const User* user = d.userNamed(name);
    return {false, user ? user->id : 0};
}

void TeamEditor::listMembers()
{
    const Directory& d = m_store.directory();
    const Team* team = d.team(m_team);
    QSet<Id> users = team ? team->users.toSet() : QSet<Id>();
    QSet<Id> roles = team ? team->roles.toSet() : QSet<Id>();
    for (const auto& [cell, wanted] : m_pending.cells()) {
        const auto [isRole, id] = memberIn(cell);
        QSet<Id>& set = isRole ? roles : users;
        if (id && wanted)
            set.insert(id);
        else if (id)
            set.remove(id);
    }
    m_members->clear();
    QList<Id> sortedRoles = roles.values();
    std::sort(sortedRoles.begin(), sortedRoles.end(),
              [&](Id a, Id b) { return d.role(a)->name.compare(d.role(b)->name, Qt::CaseInsensitive) < 0; });
    for (Id roleId : sortedRoles)
        addListed(true, roleId);
    QList<Id> sortedUsers = users.values();
    std::sort(sortedUsers.begin(), sortedUsers.end(),
              [&](Id a, Id b) { return d.user(a)->username < d.user(b)->username; });
    for (Id userId : sortedUsers)
        addListed(false, userId);
    updateReach();
}

void TeamEditor::accept()
{
    const Directory& d = m_store.directory();
    const QStringList lines = m_pending.conflictLines([&](const PendingChanges::Cell& cell) {
        const bool isRole = PendingChanges::isRoleItem(cell);
        return isRole ? tr("role %1").arg(PendingChanges::nameIn(cell.item))
                      : tr("user %1").arg(PendingChanges::nameIn(cell.item));
    });
    Prompts fallback;
    Prompts& prompts = m_prompts ? *m_prompts : fallback;
    if (!prompts.settleConflicts(this, lines, [this](bool keepMine) {
            m_pending.resolveConflicts(keepMine);
            listMembers();
        }))
        return;
    if (!d.team(m_team)) {
        m_problem->setText(tr("Someone else has deleted this team; there is nothing to save it to."));
        m_problem->show();
        return;
    }
    if (m_attempt) {
        if (Status s = m_attempt(result()); s.failed()) {
            m_problem->setText(s.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

edit::UpdateTeam TeamEditor::result() const
{
    edit::UpdateTeam e{m_team, m_name->text(), {}, {}};
    for (int i = 0; i < m_members->count(); ++i) {
        const QListWidgetItem* item = m_members->item(i);
        (item->data(IsRoleRole).toBool() ? e.roles : e.users).insert(item->data(IdRole).value<Id>());
    }
    return e;
}

QString TeamEditor::reachText() const { return m_reach->text(); }

// Active users only: they are the ones the team's permissions apply to.
void TeamEditor::updateReach()
{
    const Directory& d = m_store.directory();
    const edit::UpdateTeam members = result();
    QSet<Id> direct, throughRoles;
    for (Id userId : members.users) {
        if (d.user(userId)->status == UserStatus::Active)
            direct.insert(userId);
    }
    for (Id roleId : members.roles) {
        for (Id userId : d.usersOfRole(roleId)) {
            if (d.user(userId)->status == UserStatus::Active)
                throughRoles.insert(userId);
        }
    }
    m_reach->setText(tr("Reaches %n active user(s): ", nullptr, int((direct | throughRoles).size()))
                     + tr("%1 directly, %2 through roles").arg(direct.size()).arg(throughRoles.size()));
    updateImpact();
}

} // namespace warden
