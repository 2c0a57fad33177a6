#include "Prompts.h"

#include "ExpectationForm.h"

#include "EditRunner.h"
#include "ImpactView.h"
#include "InputForm.h"
#include "MoveFolderDialog.h"
#include "TeamEditor.h"

#include "models/domain/Names.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QStandardItemModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStyle>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QMessageBox>
#include <QStringListModel>
#include <QCompleter>
#include <QPushButton>

namespace warden {

std::optional<edit::InheritChoice> Prompts::inheritOff(QWidget* parent, const QString& path)
{
    QMessageBox box(QMessageBox::Question, tr("Stop inheriting"),
                    tr("%1 will have teams and permissions of its own. Start with:").arg(path), QMessageBox::NoButton,
                    parent);
    QPushButton* copy = box.addButton(tr("&Copies of the inherited teams"), QMessageBox::AcceptRole);
    QPushButton* systemOnly = box.addButton(tr("Only the &system teams"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(copy);
    box.setInformativeText(tr("Copies keep everyone's access as it is now. The system teams start with their default "
                              "permissions and no members."));
    box.exec();
    if (box.clickedButton() == copy)
        return edit::InheritChoice::CopyTeams;
    if (box.clickedButton() == systemOnly)
        return edit::InheritChoice::SystemTeamsOnly;
    return std::nullopt;
}

bool Prompts::confirmImpact(QWidget* parent, const ImpactQuestion& question)
{
    return impactDialog(parent, question)->exec() == QDialog::Accepted;
}

std::unique_ptr<QDialog> Prompts::impactDialog(QWidget* parent, const ImpactQuestion& q)
{
    auto owned = std::make_unique<QDialog>(parent);
    QDialog& dialog = *owned;
    dialog.setObjectName(QStringLiteral("impactDialog"));
    dialog.setWindowTitle(q.title);
    auto* icon = new QLabel(&dialog);
    icon->setPixmap(dialog.style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    auto* question = new QLabel(QStringLiteral("<b>%1</b>").arg(q.question.toHtmlEscaped()), &dialog);
    question->setWordWrap(true);
    // Counts first, losses first: what matters most is read before anything else.
    QString summary = ImpactView::summary(q.impact, q.store->catalog());
    summary[0] = summary[0].toUpper();
    auto* counts = new QLabel(summary + QLatin1Char('.'), &dialog);
    counts->setObjectName(QStringLiteral("impactSummary"));
    counts->setWordWrap(true);
    if (q.impact.losesAnything())
        counts->setStyleSheet(QStringLiteral("color: #a0281e"));
    auto* details = new QLabel(q.details, &dialog);
    details->setWordWrap(true);
    details->setVisible(!q.details.isEmpty());
    // What it breaks comes before what it changes.
    auto* broken = new QLabel(&dialog);
    broken->setObjectName(QStringLiteral("impactBroken"));
    broken->setWordWrap(true);
    broken->setTextFormat(Qt::RichText);
    broken->setStyleSheet(QStringLiteral("color: #a0281e"));
    broken->setVisible(q.expectations.breaks());
    broken->setText(breachesHtml(q.expectations));
    QLineEdit* reason = overrideReasonField(&dialog);
    reason->setObjectName(QStringLiteral("overrideReason"));
    reason->setVisible(q.expectations.breaks() && !q.accept.isEmpty() && q.mayOverride);
    auto* cannot = new QLabel(&dialog);
    cannot->setWordWrap(true);
    if (q.store && q.expectations.breaks() && !q.accept.isEmpty() && !q.mayOverride)
        cannot->setText(tr("Only an operator holding %1 may override an expectation; mend the change instead.")
                            .arg(q.store->catalog().global(q.store->catalog().known().securityEdit).key));
    cannot->setVisible(!cannot->text().isEmpty());
    auto* view = new ImpactView(&dialog);
    view->setObjectName(QStringLiteral("impactView"));
    view->setAccessibleName(tr("Permissions gained and lost per user"));
    view->setImpact(q.impact, q.store->directory(), q.store->catalog());
    view->setMinimumHeight(200);
    if (view->topLevelItemCount() == 1)
        view->expandItem(view->topLevelItem(0));
    // Without a way to go ahead it only shows what pending changes would do: Close.
    auto* buttons
        = new QDialogButtonBox(q.accept.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel, &dialog);
    if (!q.accept.isEmpty()) {
        QPushButton* accept = buttons->addButton(q.accept, QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("impactAccept"));
        QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
        const bool careful = q.impact.losesAnything() || q.expectations.breaks();
        (careful ? cancel : accept)->setDefault(true);
        (careful ? cancel : accept)->setFocus();
        if (q.expectations.breaks()) {
            accept->setEnabled(false);
            std::shared_ptr<QString> typed = q.reason;
            QObject::connect(reason, &QLineEdit::textChanged, accept, [accept, typed](const QString& text) {
                *typed = text.trimmed();
                accept->setEnabled(!typed->isEmpty());
            });
            if (q.mayOverride)
                reason->setFocus();
        }
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(question);
    texts->addWidget(broken);
    texts->addWidget(reason);
    texts->addWidget(cannot);
    texts->addWidget(counts);
    texts->addWidget(details);
    top->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 440);
    return owned;
}

QLineEdit* Prompts::overrideReasonField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setPlaceholderText(tr("Reason to override, written in the audit log"));
    field->setAccessibleName(tr("Reason to override"));
    return field;
}

QString Prompts::breachesHtml(const ExpectationVerdict& verdict)
{
    QStringList breaches;
    for (const Breach& breach : verdict.broken)
        breaches.append(
            QStringLiteral("<li><b>%1</b>: %2</li>").arg(breach.name.toHtmlEscaped(), breach.first.toHtmlEscaped()));
    return tr("This change breaks %n expectation(s):", nullptr, int(verdict.broken.size()))
        + QStringLiteral("<ul>%1</ul>").arg(breaches.join(QString()));
}

bool Prompts::settleExpectations(QWidget* parent, EditRunner& runner, const QList<Edit>& edits)
{
    return settleExpectations(parent, runner, runner.impactOf(edits),
                              {tr("Save"), tr("Save although it breaks expectations?"), {}, tr("&Save Anyway")});
}

bool Prompts::settleExpectations(QWidget* parent, EditRunner& runner, Result<Store::Outcome> outcome,
                                 ImpactQuestion question)
{
    if (!outcome || !outcome->expectations.breaks())
        return true; // a refusal is reported when the change is made
    return askImpact(parent, runner, std::move(outcome.value()), std::move(question));
}

// Asks with what the edit does; when it breaks expectations, the reason given goes with the next edit.
bool Prompts::askImpact(QWidget* parent, EditRunner& runner, Store::Outcome outcome, ImpactQuestion question)
{
    question.impact = std::move(outcome.impact);
    question.expectations = std::move(outcome.expectations);
    question.store = &runner.store();
    question.mayOverride = runner.store().rights(runner.operatorId()).may(Operation::GuardAccess);
    if (!confirmImpact(parent, question))
        return false;
    if (question.expectations.breaks())
        runner.overrideNext(*question.reason);
    return true;
}

bool Prompts::confirmEdit(QWidget* parent, EditRunner& runner, const QList<Edit>& edits, ImpactQuestion question,
                          const std::function<bool()>& otherwise)
{
    auto outcome = runner.impactOf(edits);
    if (outcome && (!outcome->impact.isEmpty() || outcome->expectations.breaks()))
        return askImpact(parent, runner, std::move(outcome.value()), std::move(question));
    // Refused, or not worked out: the edit's own question still stands (running it reports a refusal).
    return otherwise ? otherwise() : true;
}

bool Prompts::confirmInheritOn(QWidget* parent, const QString& path, const QString& rootPath, int ownTeams)
{
    QMessageBox box(QMessageBox::Warning, tr("Inherit teams and permissions"),
                    tr("%1 will inherit the teams and permissions of %2.").arg(path, rootPath), QMessageBox::Cancel,
                    parent);
    box.setInformativeText(
        tr("Its own %n team(s) will be removed, with their members and permissions.", nullptr, ownTeams));
    QPushButton* ok = box.addButton(tr("&Inherit"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == ok;
}

QString Prompts::deletionText(const FolderDeletion& deletion)
{
    QStringList goes;
    if (deletion.subfolders > 0)
        goes.append(tr("%n subfolder(s)", nullptr, deletion.subfolders));
    if (deletion.teams > 0)
        goes.append(tr("%n team(s) with their members and permissions", nullptr, deletion.teams));
    if (deletion.connections > 0)
        goes.append(tr("%n connection(s) with their secrets", nullptr, deletion.connections));
    if (deletion.templates > 0)
        goes.append(tr("%n template(s)", nullptr, deletion.templates));
    return goes.isEmpty() ? tr("The folder has no subfolders, teams, connections or templates of its own.")
                          : tr("With it go: %1.").arg(goes.join(QLatin1String(", ")));
}

bool Prompts::confirmDelete(QWidget* parent, const FolderDeletion& deletion)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete folder"), tr("Delete %1?").arg(deletion.path), QMessageBox::Cancel,
                    parent);
    box.setInformativeText(deletionText(deletion));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

namespace {

// One name, checked as the core checks it, tried on OK.
bool askName(QWidget* parent, const QString& title, const QString& label, const QString& current,
             const InputForm::Check& check, const Prompts::Attempt<QString>& attempt)
{
    InputForm form(parent, title);
    QLineEdit* name = form.addLine(label, current, check);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->selectAll();
    return form.run([&] { return attempt(name->text().trimmed()); });
}

} // namespace

bool Prompts::folderName(QWidget* parent, const QString& parentPath, const Attempt<QString>& attempt)
{
    const QString label = parentPath.isEmpty() ? tr("Name of the new top-level folder:")
                                               : tr("Name of the new folder in %1:").arg(parentPath);
    return askName(parent, tr("New folder"), label, {}, &Names::checkFolderName, attempt);
}

bool Prompts::teamName(QWidget* parent, const QString& folderPath, const QString& current,
                       const Attempt<QString>& attempt)
{
    const QString label = current.isEmpty() ? tr("Name of the new team on %1:").arg(folderPath)
                                            : tr("New name for the team %1 on %2:").arg(current, folderPath);
    return askName(parent, current.isEmpty() ? tr("New team") : tr("Rename team"), label, current,
                   &Names::checkTeamName, attempt);
}

bool Prompts::editTeam(QWidget* parent, const Store& store, Id teamId, bool mayRename, bool mayEditMembers,
                       const Attempt<edit::UpdateTeam>& attempt)
{
    TeamEditor editor(store, teamId, mayRename, mayEditMembers, parent, this);
    if (m_impactOf)
        editor.showImpact(m_impactOf);
    editor.setAttempt(attempt);
    return editor.exec() == QDialog::Accepted;
}

bool Prompts::newExpectation(QWidget* parent, const Store& store, const Expectation& start,
                             const Attempt<Expectation>& attempt)
{
    return ExpectationForm::ask(parent, store, start, attempt);
}

bool Prompts::confirmDeleteTeam(QWidget* parent, const QString& team, const QString& folderPath, int members)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete team"), tr("Delete the team %1 on %2?").arg(team, folderPath),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Its %n member(s) lose what the team grants them here.", nullptr, members));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

Prompts::Unsaved Prompts::unsavedChanges(QWidget* parent, const QString& what)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("Save your changes to %1?").arg(what),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("They are lost if you do not save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

Prompts::Conflicts Prompts::resolveConflicts(QWidget* parent, const QStringList& lines)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Changed by someone else"),
        tr("%n of your unsaved changes have been changed by others since you made them:", nullptr, int(lines.size())),
        QMessageBox::Cancel, parent);
    box.setInformativeText(
        QStringLiteral("• ") + lines.mid(0, 12).join(QStringLiteral("\n• "))
        + (lines.size() > 12 ? QStringLiteral("\n…") : QString()) + QStringLiteral("\n\n")
        + tr("Keep yours to save them over what they did, or take theirs to drop those of your changes."));
    QPushButton* mine = box.addButton(tr("&Keep Mine"), QMessageBox::AcceptRole);
    QPushButton* theirs = box.addButton(tr("&Take Theirs"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == mine)
        return Conflicts::KeepMine;
    if (box.clickedButton() == theirs)
        return Conflicts::TakeTheirs;
    return Conflicts::Cancel;
}

bool Prompts::settleConflicts(QWidget* parent, const QStringList& lines,
                              const std::function<void(bool keepMine)>& resolve)
{
    if (lines.isEmpty())
        return true;
    const Conflicts answer = resolveConflicts(parent, lines);
    if (answer == Conflicts::Cancel)
        return false;
    resolve(answer == Conflicts::KeepMine);
    return true;
}

bool Prompts::settleUnsaved(QWidget* parent, const QString& what, const std::function<bool()>& save,
                            const std::function<void()>& discard)
{
    switch (unsavedChanges(parent, what)) {
    case Unsaved::Save:
        return save();
    case Unsaved::Discard:
        discard();
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

bool Prompts::confirmSystemTeamRevoke(QWidget* parent, const QStringList& teams)
{
    QMessageBox box(QMessageBox::Warning, tr("Revoke permissions of system teams"),
                    tr("You are taking permissions away from the system team(s) %1.", nullptr, int(teams.size()))
                        .arg(teams.join(QLatin1String(", "))),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("System teams are expected to hold their default permissions; members may no longer be "
                              "able to do their part. Save anyway?"));
    QPushButton* save = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == save;
}

std::optional<Id> Prompts::folder(QWidget* parent, const Store& store, const QString& title, const QString& label)
{
    const Directory& d = store.directory();
    QStringList paths;
    paths.reserve(d.folders().size());
    for (Id id : d.treeOrder())
        paths.append(d.path(id));
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* edit = new QLineEdit(&dialog);
    edit->setAccessibleName(label);
    auto* completer = new QCompleter(new QStringListModel(paths, &dialog), &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #a0281e"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, edit);
    form->addRow(error);
    form->addRow(buttons);
    Id chosen = 0;
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        chosen = d.folderByPath(edit->text().trimmed());
        if (chosen)
            dialog.accept();
        else
            error->setText(tr("There is no folder %1.").arg(edit->text().trimmed()));
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return chosen;
}

bool Prompts::confirm(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void Prompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

bool Prompts::invite(QWidget* parent, const Store& store, Id operatorId, const Attempt<edit::InviteUser>& attempt)
{
    InputForm form(parent, tr("Invite a user"),
                   tr("The user is invited with one role and holds no permission until the invitation is accepted "
                      "or they are activated."));
    QLineEdit* email = form.addLine(tr("&Email:"), {}, [](const QString& text) {
        return text.isEmpty() ? tr("enter the address to send the invitation to") : Names::checkEmail(text);
    });
    email->setObjectName(QStringLiteral("emailEdit"));
    auto* role = new QComboBox;
    QStringList names;
    for (const Role& r : store.directory().roles())
        names.append(r.name);
    names.sort(Qt::CaseInsensitive);
    role->addItems(names);
    // Nobody invites with a role that carries more than they hold.
    const QHash<Id, QString> refused = store.rights(operatorId).rolesNotAssignable(store.directory().roles().keys());
    auto* items = qobject_cast<QStandardItemModel*>(role->model());
    for (int i = 0; items && i < names.size(); ++i) {
        const QString why = refused.value(store.directory().roleNamed(names[i])->id);
        if (!why.isEmpty()) {
            items->item(i)->setEnabled(false);
            items->item(i)->setToolTip(why);
        }
    }
    role->setCurrentText(QStringLiteral("Member"));
    if (items && !items->item(role->currentIndex())->isEnabled()) {
        for (int i = 0; i < names.size(); ++i) {
            if (items->item(i)->isEnabled()) {
                role->setCurrentIndex(i);
                break;
            }
        }
    }
    role->setObjectName(QStringLiteral("roleBox"));
    form.addRow(tr("&Role:"), role);
    return form.run([&] {
        const Role* chosen = store.directory().roleNamed(role->currentText());
        return attempt(edit::InviteUser{email->text().trimmed(), chosen ? chosen->id : 0});
    });
}

bool Prompts::newUser(QWidget* parent, const Attempt<edit::AddUser>& attempt)
{
    InputForm form(parent, tr("Add a user"), tr("The user is active at once."));
    QLineEdit* username = form.addLine(tr("&Username:"), {}, &Names::checkUsername);
    QLineEdit* fullName = form.addLine(tr("&Full name:"), {}, &Names::checkFullName);
    QLineEdit* email = form.addLine(tr("&Email:"), {}, &Names::checkEmail);
    username->setObjectName(QStringLiteral("usernameEdit"));
    fullName->setObjectName(QStringLiteral("fullNameEdit"));
    email->setObjectName(QStringLiteral("emailEdit"));
    return form.run([&] {
        return attempt(edit::AddUser{username->text().trimmed(), email->text().trimmed(), fullName->text().trimmed()});
    });
}

bool Prompts::editUser(QWidget* parent, const Store& store, Id userId, const Attempt<edit::UpdateUser>& attempt)
{
    const User* user = store.directory().user(userId);
    if (!user)
        return false;
    InputForm form(parent, tr("Edit %1").arg(user->username));
    QLineEdit* fullName = form.addLine(tr("&Full name:"), user->fullName, &Names::checkFullName);
    QLineEdit* email = form.addLine(tr("&Email:"), user->email, &Names::checkEmail);
    fullName->setObjectName(QStringLiteral("fullNameEdit"));
    email->setObjectName(QStringLiteral("emailEdit"));
    return form.run([&] {
        return attempt(edit::UpdateUser{userId, fullName->text().trimmed(), email->text().trimmed()});
    });
}

bool Prompts::roleName(QWidget* parent, const QString& current, const Attempt<QString>& attempt)
{
    return askName(parent, current.isEmpty() ? tr("New role") : tr("Rename role"),
                   current.isEmpty() ? tr("Name of the new role:") : tr("New name for the role %1:").arg(current),
                   current, &Names::checkRoleName, attempt);
}

bool Prompts::confirmDeleteRole(QWidget* parent, const QString& role, const QStringList& usage)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete role"), tr("Delete the role %1?").arg(role), QMessageBox::Cancel,
                    parent);
    box.setInformativeText(usage.isEmpty()
                               ? tr("The role is not used anywhere.")
                               : tr("It is used here, and leaves all of it:\n%1").arg(usage.join(QLatin1Char('\n'))));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

QString Prompts::leavingText(const QStringList& teams, const QStringList& roles)
{
    QStringList leaves;
    if (!roles.isEmpty())
        leaves.append(tr("Roles they leave: %1.").arg(roles.join(QLatin1String(", "))));
    if (!teams.isEmpty())
        leaves.append(tr("Teams they leave: %1.").arg(teams.join(QLatin1String("; "))));
    return leaves.isEmpty() ? tr("They are in no team and have no role.") : leaves.join(QLatin1Char('\n'));
}

bool Prompts::confirmDeleteUsers(QWidget* parent, const QStringList& users, const QStringList& teams,
                                 const QStringList& roles)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete users"), tr("Delete %1?").arg(users.join(QLatin1String(", "))),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(leavingText(teams, roles));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

std::optional<Id> Prompts::moveDestination(QWidget* parent, const Store& store, Id folderId)
{
    MoveFolderDialog dialog(store, folderId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.destination();
}

} // namespace warden
