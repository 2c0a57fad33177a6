#include "BulkWizard.h"
#include "Prompts.h"

#include "EditRunner.h"
#include "FileDialogs.h"
#include "ImpactView.h"

#include "models/io/BulkPlan.h"
#include "models/io/FileAccess.h"
#include "models/items/UserTableModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace warden {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;

// A page whose Next button follows a condition of the wizard's.
class Page : public QWizardPage
{
public:
    explicit Page(std::function<bool()> complete) : m_complete(std::move(complete)) { }
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QListWidget* checkList(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setUniformItemSizes(true);
    return list;
}

// Made whole before it joins the list, so that filling a list of 100,000 items does not tell the
// list's watchers (which count what is checked) 100,000 times.
QListWidgetItem* checkItem(QListWidget* list, const QString& text, const QVariant& id,
                           Qt::CheckState state = Qt::Unchecked)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(state);
    item->setData(IdRole, id);
    list->addItem(item);
    return item;
}

QList<QListWidgetItem*> checkedItems(const QListWidget* list)
{
    QList<QListWidgetItem*> items;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            items.append(list->item(i));
    }
    return items;
}

void filterList(QListWidget* list, const QString& text)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setHidden(!list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void recheck(QWizardPage* page) { static_cast<Page*>(page)->recheck(); }

} // namespace

BulkWizard::BulkWizard(EditRunner& runner, const QList<Id>& preselectedUsers, QWidget* parent)
    : QWizard(parent)
    , m_runner(runner)
    , m_store(runner.store())
{
    setObjectName(QStringLiteral("bulkWizard"));
    setWindowTitle(tr("Bulk Assignment"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Apply"));
    setPage(MembersPage, createMembersPage());
    setPage(TargetsPage, createTargetsPage());
    setPage(PreviewPage, createPreviewPage());
    fillMembers(preselectedUsers);
    fillTargets();
    resize(820, 620);
}

QWizardPage* BulkWizard::createMembersPage()
{
    auto* page = new Page([this] { return !chosenUsers().isEmpty() || !chosenRoles().isEmpty(); });
    page->setTitle(tr("Who"));
    page->setSubTitle(
        tr("Choose the users (and roles) to add or remove. Tick them, take everyone with a role, or paste "
           "a list of usernames or emails."));
    m_userFilter = new QLineEdit(page);
    m_userFilter->setObjectName(QStringLiteral("bulkUserFilter"));
    m_userFilter->setPlaceholderText(tr("Filter users"));
    m_userFilter->setClearButtonEnabled(true);
    m_users = checkList(page, QStringLiteral("bulkUsers"), tr("Users"));
    m_byRole = new QComboBox(page);
    m_byRole->setObjectName(QStringLiteral("bulkByRole"));
    m_byRole->setAccessibleName(tr("Role whose users to tick"));
    auto* byRole = new QPushButton(tr("Tick &Everyone with This Role"), page);
    m_paste = new QPlainTextEdit(page);
    m_paste->setObjectName(QStringLiteral("bulkPaste"));
    m_paste->setTabChangesFocus(true); // Tab leaves the field, as in every other field
    m_paste->setAccessibleName(tr("Pasted usernames or emails"));
    m_paste->setPlaceholderText(tr("Paste usernames or emails, one per line or separated by commas"));
    m_paste->setMaximumHeight(90);
    auto* addPasted = new QPushButton(tr("&Tick Listed Users"), page);
    auto* loadCsv = new QPushButton(tr("&Load CSV…"), page);
    m_unknown = new QLabel(page);
    m_unknown->setObjectName(QStringLiteral("bulkUnknown"));
    m_unknown->setWordWrap(true);
    m_unknown->setStyleSheet(QStringLiteral("color: #a0281e"));
    m_unknown->hide();
    m_roleMembers = checkList(page, QStringLiteral("bulkRoleMembers"), tr("Roles as members"));
    m_memberCount = new QLabel(page);
    m_memberCount->setObjectName(QStringLiteral("bulkMemberCount"));

    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Users</b>"), page));
    left->addWidget(m_userFilter);
    left->addWidget(m_users, 1);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_byRole, 1);
    roleRow->addWidget(byRole);
    left->addLayout(roleRow);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>From a list</b>"), page));
    right->addWidget(m_paste);
    auto* pasteRow = new QHBoxLayout;
    pasteRow->addWidget(addPasted);
    pasteRow->addWidget(loadCsv);
    pasteRow->addStretch();
    right->addLayout(pasteRow);
    right->addWidget(m_unknown);
    right->addWidget(new QLabel(tr("<b>Roles</b> (as members of teams, or to receive global permissions)"), page));
    right->addWidget(m_roleMembers, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(m_memberCount);

    connect(m_userFilter, &QLineEdit::textChanged, m_users, [this](const QString& text) { filterList(m_users, text); });
    connect(byRole, &QPushButton::clicked, this, &BulkWizard::selectUsersWithRole);
    connect(addPasted, &QPushButton::clicked, this, &BulkWizard::addPastedUsers);
    connect(loadCsv, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Load users"), QString(),
                                                       tr("CSV or text (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            this->loadCsv(path);
    });
    for (QListWidget* list : {m_users, m_roleMembers})
        connect(list, &QListWidget::itemChanged, this, &BulkWizard::updateMemberCount);
    return page;
}

QWizardPage* BulkWizard::createTargetsPage()
{
    auto* page = new Page([this] {
        const BulkTargets t = chosenTargets();
        return !t.teams.isEmpty() || !t.roles.isEmpty() || !t.globals.isEmpty();
    });
    page->setTitle(tr("What"));
    page->setSubTitle(tr("Choose whether to add or remove, and the teams, roles or global permissions."));
    m_add = new QRadioButton(tr("A&dd the members"), page);
    m_add->setObjectName(QStringLiteral("bulkAdd"));
    m_remove = new QRadioButton(tr("&Remove the members"), page);
    m_remove->setObjectName(QStringLiteral("bulkRemove"));
    m_add->setChecked(true);
    auto* group = new QButtonGroup(page);
    group->addButton(m_add);
    group->addButton(m_remove);
    m_teamFilter = new QLineEdit(page);
    m_teamFilter->setObjectName(QStringLiteral("bulkTeamFilter"));
    m_teamFilter->setPlaceholderText(tr("Filter teams by folder or name"));
    m_teamFilter->setClearButtonEnabled(true);
    m_teams = checkList(page, QStringLiteral("bulkTeams"), tr("Teams"));
    m_roleTargets = checkList(page, QStringLiteral("bulkRoleTargets"), tr("Roles"));
    m_globals = checkList(page, QStringLiteral("bulkGlobals"), tr("Global permissions"));
    m_targetNote = new QLabel(page);
    m_targetNote->setWordWrap(true);

    auto* teamsTab = new QWidget(page);
    auto* teamsLayout = new QVBoxLayout(teamsTab);
    teamsLayout->addWidget(m_teamFilter);
    teamsLayout->addWidget(m_teams);
    auto* tabs = new QTabWidget(page);
    tabs->setObjectName(QStringLiteral("bulkTargetTabs"));
    tabs->addTab(teamsTab, tr("&Teams"));
    tabs->addTab(m_roleTargets, tr("R&oles (for users)"));
    tabs->addTab(m_globals, tr("&Global permissions (for roles)"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_remove);
    actions->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(actions);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_targetNote);

    connect(m_teamFilter, &QLineEdit::textChanged, m_teams, [this](const QString& text) { filterList(m_teams, text); });
    for (QListWidget* list : {m_teams, m_roleTargets, m_globals})
        connect(list, &QListWidget::itemChanged, page, &Page::recheck);
    return page;
}

QWizardPage* BulkWizard::createPreviewPage()
{
    // A plan that breaks expectations goes ahead only with a reason, from an operator who may override.
    auto* page = new Page([this] {
        return m_preview.has_value() && !m_plan.isEmpty()
            && (!m_preview->expectations.breaks() || (!m_reason->isHidden() && !m_reason->text().trimmed().isEmpty()));
    });
    page->setTitle(tr("Preview"));
    page->setSubTitle(
        tr("What each user gains and loses, worked out without writing anything. Apply writes it all as one "
           "change that Undo takes back."));
    page->setFinalPage(true);
    m_totals = new QLabel(page);
    m_totals->setObjectName(QStringLiteral("bulkTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_broken = new QLabel(page);
    m_broken->setObjectName(QStringLiteral("bulkBroken"));
    m_broken->setWordWrap(true);
    m_broken->setTextFormat(Qt::RichText);
    m_broken->setStyleSheet(QStringLiteral("color: #a0281e"));
    m_broken->hide();
    m_reason = Prompts::overrideReasonField(page);
    m_reason->setObjectName(QStringLiteral("bulkOverrideReason"));
    m_reason->hide();
    connect(m_reason, &QLineEdit::textChanged, page, [this, page] { recheck(page); });
    m_warnings = new QListWidget(page);
    m_warnings->setObjectName(QStringLiteral("bulkWarnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setMaximumHeight(110);
    m_changes = new ImpactView(page);
    m_changes->setObjectName(QStringLiteral("bulkChanges"));
    m_changes->setAccessibleName(tr("Permissions gained and lost per user"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_broken);
    layout->addWidget(m_reason);
    layout->addWidget(m_totals);
    layout->addWidget(m_warnings);
    layout->addWidget(m_changes, 1);
    return page;
}

void BulkWizard::fillMembers(const QList<Id>& preselected)
{
    const Directory& d = m_store.directory();
    QList<const User*> users;
    for (const User& user : d.users())
        users.append(&user);
    std::sort(users.begin(), users.end(),
              [](const User* a, const User* b) { return a->username.compare(b->username, Qt::CaseInsensitive) < 0; });
    const QSignalBlocker blocker(m_users);
    for (const User* user : std::as_const(users)) {
        QString text = user->fullName.isEmpty() ? user->username : tr("%1 — %2").arg(user->username, user->fullName);
        if (user->status != UserStatus::Active)
            text += tr(" (%1)").arg(UserTableModel::statusText(user->status).toLower());
        checkItem(m_users, text, user->id, preselected.contains(user->id) ? Qt::Checked : Qt::Unchecked);
    }
    QList<const Role*> roles;
    for (const Role& role : d.roles())
        roles.append(&role);
    std::sort(roles.begin(), roles.end(),
              [](const Role* a, const Role* b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    for (const Role* role : std::as_const(roles)) {
        m_byRole->addItem(role->name, role->id);
        checkItem(m_roleMembers, role->name, role->id);
    }
    updateMemberCount();
}

void BulkWizard::fillTargets()
{
    const QSignalBlocker blockGlobals(m_globals); // the keys are set after the items join
    const Directory& d = m_store.directory();
    for (Id folderId : d.treeOrder()) {
        QList<Id> teams = d.teamsOn(folderId);
        std::sort(teams.begin(), teams.end(),
                  [&d](Id a, Id b) { return d.team(a)->name.compare(d.team(b)->name, Qt::CaseInsensitive) < 0; });
        for (Id teamId : teams)
            checkItem(m_teams, tr("%1 — %2").arg(d.path(folderId), d.team(teamId)->name), teamId);
    }
    for (int i = 0; i < m_roleMembers->count(); ++i)
        checkItem(m_roleTargets, m_roleMembers->item(i)->text(), m_roleMembers->item(i)->data(IdRole));
    const Catalog& catalog = m_store.catalog();
    for (int i = 0; i < catalog.globalCount(); ++i)
        checkItem(m_globals, tr("%1 (%2)").arg(catalog.global(i).title, catalog.global(i).key), i)
            ->setData(KeyRole, catalog.global(i).key);
}

QList<Id> BulkWizard::chosenUsers() const
{
    QList<Id> ids;
    for (QListWidgetItem* item : checkedItems(m_users))
        ids.append(item->data(IdRole).value<Id>());
    return ids;
}

QList<Id> BulkWizard::chosenRoles() const
{
    QList<Id> ids;
    for (QListWidgetItem* item : checkedItems(m_roleMembers))
        ids.append(item->data(IdRole).value<Id>());
    return ids;
}

BulkTargets BulkWizard::chosenTargets() const
{
    BulkTargets targets;
    for (QListWidgetItem* item : checkedItems(m_teams))
        targets.teams.append(item->data(IdRole).value<Id>());
    for (QListWidgetItem* item : checkedItems(m_roleTargets))
        targets.roles.append(item->data(IdRole).value<Id>());
    for (QListWidgetItem* item : checkedItems(m_globals))
        targets.globals.append(item->data(KeyRole).toString());
    return targets;
}

void BulkWizard::updateMemberCount()
{
    m_memberCount->setText(tr("Chosen: %n user(s)", nullptr, int(chosenUsers().size()))
                           + tr(", %n role(s).", nullptr, int(chosenRoles().size())));
    if (QWizardPage* members = page(MembersPage))
        recheck(members);
}

void BulkWizard::selectUsersWithRole()
{
    const QSet<Id> users = m_store.directory().usersOfRole(m_byRole->currentData().value<Id>());
    const QSignalBlocker blocker(m_users);
    for (int i = 0; i < m_users->count(); ++i) {
        if (users.contains(m_users->item(i)->data(IdRole).value<Id>()))
            m_users->item(i)->setCheckState(Qt::Checked);
    }
    updateMemberCount();
}

void BulkWizard::addPastedUsers()
{
    QStringList unknown;
    const QList<Id> found = BulkPlan::readUsers(m_paste->toPlainText(), m_store.directory(), &unknown);
    const QSet<Id> ids(found.cbegin(), found.cend());
    {
        const QSignalBlocker blocker(m_users);
        for (int i = 0; i < m_users->count(); ++i) {
            if (ids.contains(m_users->item(i)->data(IdRole).value<Id>()))
                m_users->item(i)->setCheckState(Qt::Checked);
        }
    }
    m_unknownEntries = unknown;
    m_unknown->setVisible(!unknown.isEmpty());
    m_unknown->setText(tr("%n entry(s) name no user and are not in the plan: %1", nullptr, int(unknown.size()))
                           .arg(unknown.mid(0, 20).join(QLatin1String(", "))
                                + (unknown.size() > 20 ? QStringLiteral(", …") : QString())));
    updateMemberCount();
}

void BulkWizard::loadCsv(const QString& path)
{
    const auto bytes = FileAccess::read(path, BulkPlan::MaxBytes);
    if (!bytes) {
        m_unknown->setText(tr("Cannot read %1: %2").arg(path, bytes.error().message));
        m_unknown->show();
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes.value());
    if (decoder.hasError()) {
        m_unknown->setText(tr("%1 is not valid UTF-8 text.").arg(path));
        m_unknown->show();
        return;
    }
    m_paste->setPlainText(text);
    addPastedUsers();
}

void BulkWizard::initializePage(int id)
{
    if (id == TargetsPage) {
        const bool users = !chosenUsers().isEmpty();
        const bool roles = !chosenRoles().isEmpty();
        m_roleTargets->setEnabled(users);
        m_globals->setEnabled(roles);
        QStringList notes;
        if (!users)
            notes.append(tr("Roles take users as members: choose users on the first page to use them."));
        if (!roles)
            notes.append(tr("Global permissions are given to roles: choose roles on the first page to use them."));
        m_targetNote->setText(notes.join(QLatin1Char(' ')));
    }
    if (id == PreviewPage)
        computePreview();
    QWizard::initializePage(id);
}

QString BulkWizard::summary() const
{
    return m_add->isChecked() ? tr("Bulk assignment: add, %n row(s)", nullptr, int(m_plan.size()))
                              : tr("Bulk assignment: remove, %n row(s)", nullptr, int(m_plan.size()));
}

void BulkWizard::computePreview()
{
    const Directory& d = m_store.directory();
    BulkTargets targets = chosenTargets();
    if (!m_roleTargets->isEnabled())
        targets.roles.clear();
    if (!m_globals->isEnabled())
        targets.globals.clear();
    m_plan = BulkPlan::combine(chosenUsers(), chosenRoles(), targets, m_add->isChecked(), d);
    QList<Edit> edits;
    for (const PlanRow& row : std::as_const(m_plan))
        edits.append(row.edit);
    int failedAt = -1;
    auto outcome = m_runner.store().applyBulk(edits, m_runner.operatorId(), summary(), true, &failedAt);
    m_preview.reset();
    m_warnings->clear();
    m_changes->clearImpact();
    m_broken->hide();
    m_reason->hide();
    if (!outcome) {
        m_refusal = failedAt >= 0
            ? tr("%1: %2").arg(BulkPlan::describe(m_plan[failedAt].edit, m_store.directory()), outcome.error().message)
            : outcome.error().message;
        m_totals->setText(
            tr("<p style=\"color:#a0281e\"><b>This plan cannot be applied:</b> %1. Nothing will be written.</p>")
                .arg(m_refusal.toHtmlEscaped()));
        recheck(page(PreviewPage));
        return;
    }
    m_preview = outcome.value();
    m_changes->setImpact(m_preview->impact, d, m_store.catalog());
    if (m_preview->expectations.breaks()) {
        const Rights rights = m_store.rights(m_runner.operatorId());
        const bool may = rights.may(Operation::GuardAccess);
        m_broken->setText(Prompts::breachesHtml(m_preview->expectations)
                          + (may ? tr("Apply it anyway only with a reason:")
                                 : tr("Only an operator holding %1 may override it; change the plan instead.")
                                       .arg(m_store.catalog().global(m_store.catalog().known().securityEdit).key)));
        m_broken->show();
        m_reason->setVisible(may);
    }

    const QList<PlanProblem> noOps = BulkPlan::noOps(m_plan, d);
    for (const QString& entry : std::as_const(m_unknownEntries))
        new QListWidgetItem(tr("Not found, not in the plan: %1").arg(entry), m_warnings);
    int gained = 0, lost = 0;
    for (const UserImpact& change : std::as_const(m_preview->impact.users)) {
        // Folders under one security root change alike: each root counts once.
        gained += change.globalGained.count();
        lost += change.globalLost.count();
        for (const RegionChange& region : change.regions) {
            gained += region.gained.count();
            lost += region.lost.count();
        }
        if (change.status && *change.status != UserStatus::Active)
            new QListWidgetItem(tr("%1 is %2: they hold none of this until active.")
                                    .arg(change.username, UserTableModel::statusText(*change.status).toLower()),
                                m_warnings);
    }
    for (const PlanProblem& noOp : noOps.mid(0, 100))
        new QListWidgetItem(noOp.message, m_warnings);
    if (noOps.size() > 100)
        new QListWidgetItem(tr("… and %n more row(s) that change nothing.", nullptr, int(noOps.size() - 100)),
                            m_warnings);
    m_warnings->setVisible(m_warnings->count() > 0);
    m_totals->setText(tr("<p><b>%n row(s)</b> in the plan", nullptr, int(m_plan.size()))
                      + tr(", %n of them changing nothing.", nullptr, int(noOps.size()))
                      + tr(" <b>%n user(s)</b> change access:", nullptr, int(m_preview->impact.users.size()))
                      + tr(" %n permission(s) gained,", nullptr, gained) + tr(" %n lost", nullptr, lost)
                      + tr(" (counted once per security root).</p>"));
    recheck(page(PreviewPage));
}

bool BulkWizard::validateCurrentPage()
{
    if (currentId() != PreviewPage)
        return QWizard::validateCurrentPage();
    if (m_applied)
        return true; // Close
    if (!apply())
        return false;
    // It stays open to say what was written, and how to take it back.
    m_applied = true;
    showApplied();
    return false;
}

void BulkWizard::showApplied()
{
    const int users = int(m_preview ? m_preview->impact.users.size() : 0);
    const QString said = tr("%n row(s) written as one change.", nullptr, int(m_plan.size())) + QLatin1Char(' ')
        + tr("Access changed for %n user(s).", nullptr, users) + QLatin1Char(' ')
        + tr("Edit → Undo (Ctrl+Z) in the main window takes it all back.");
    m_totals->setText(QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Applied:").toHtmlEscaped(), said.toHtmlEscaped()));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButton, true);
    setButtonText(QWizard::FinishButton, tr("&Close"));
}

bool BulkWizard::apply()
{
    if (!m_preview)
        return false;
    QList<Edit> edits;
    for (const PlanRow& row : std::as_const(m_plan))
        edits.append(row.edit);
    std::unique_ptr<QProgressDialog> progress;
    if (edits.size() > progressThreshold) {
        progress = std::make_unique<QProgressDialog>(tr("Writing the plan…"), tr("Cancel"), 0, 1000, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setValue(0);
    }
    int failedAt = -1;
    if (m_preview->expectations.breaks())
        m_runner.overrideNext(m_reason->text().trimmed());
    auto outcome = m_runner.runBulk(edits, summary(), &failedAt, [&progress](double done) {
        if (!progress)
            return true;
        progress->setValue(int(done * 1000));
        return !progress->wasCanceled();
    });
    if (!outcome) {
        const QString why = failedAt >= 0
            ? tr("%1: %2").arg(BulkPlan::describe(m_plan[failedAt].edit, m_store.directory()), outcome.error().message)
            : outcome.error().message;
        m_totals->setText(
            tr("<p style=\"color:#a0281e\"><b>Nothing was written:</b> %1.</p>").arg(why.toHtmlEscaped()));
        return false;
    }
    return true;
}

} // namespace warden
