#pragma once

#include "ImpactLine.h"

#include "models/access/Expectations.h"
#include "models/access/Impact.h"
#include "models/domain/Edit.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QLineEdit;
class QWidget;

namespace warden {

class EditRunner;
class Store;

// The questions the screens ask before an edit. The dialogs live here so that tests can answer
// them in place of a person.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    virtual ~Prompts() = default;
    // How the dialogs work out what their edits would change (the team editor's line beside OK).
    void setImpactOf(ImpactLine::ImpactOf impactOf) { m_impactOf = std::move(impactOf); }

    // Turning inherit off: copy the inherited teams or start with the system teams; none: cancel.
    virtual std::optional<edit::InheritChoice> inheritOff(QWidget* parent, const QString& path);
    virtual bool confirmInheritOn(QWidget* parent, const QString& path, const QString& rootPath, int ownTeams);
    // What goes with a deleted folder, counted over its whole subtree.
    struct FolderDeletion
    {
        QString path;
        int subfolders = 0;
        int teams = 0;
        int connections = 0;
        int templates = 0;
    };
    virtual bool confirmDelete(QWidget* parent, const FolderDeletion& deletion);
    // "With it go: 2 subfolders, 5 teams with their members and permissions, 1 connection."
    static QString deletionText(const FolderDeletion& deletion);
    // The input dialogs below try what they ask for with attempt when OK is pressed: a refusal is
    // shown in the dialog, which stays open with what was typed. True when attempt succeeded, false
    // when the person cancelled.
    template <typename T> using Attempt = std::function<Status(const T&)>;

    virtual bool folderName(QWidget* parent, const QString& parentPath, const Attempt<QString>& attempt);
    // A team's name: a new one (current empty) or a new name for it.
    virtual bool teamName(QWidget* parent, const QString& folderPath, const QString& current,
                          const Attempt<QString>& attempt);
    // The team editor: the team's new name and members; none: cancel.
    virtual bool editTeam(QWidget* parent, const Store& store, Id teamId, bool mayRename, bool mayEditMembers,
                          const Attempt<edit::UpdateTeam>& attempt);
    virtual bool confirmDeleteTeam(QWidget* parent, const QString& team, const QString& folderPath, int members);
    // Saving takes permissions from system teams, which the product relies on.
    virtual bool confirmSystemTeamRevoke(QWidget* parent, const QStringList& teams);
    // Before an edit that changes someone's access: what it does to whom, losses first, with the
    // details one click away. Cancel is the default when anyone loses anything.
    struct ImpactQuestion
    {
        ImpactQuestion() = default;
        ImpactQuestion(const QString& title, const QString& question, const QString& details, const QString& accept)
            : title(title)
            , question(question)
            , details(details)
            , accept(accept)
        {
        }
        QString title;
        QString question; // "Delete Apps/Web?"
        QString details; // what else goes with it, if anything
        QString accept; // the button that goes ahead: "&Delete"; none: only Close
        Impact impact;
        const Store* store = nullptr;
        // The expectations the edit would break, said first; going ahead then needs a reason (and
        // security#edit), written here when the person gives one.
        ExpectationVerdict expectations;
        bool mayOverride = false;
        std::shared_ptr<QString> reason = std::make_shared<QString>();
    };
    virtual bool confirmImpact(QWidget* parent, const ImpactQuestion& question);
    static std::unique_ptr<QDialog> impactDialog(QWidget* parent, const ImpactQuestion& question);
    // Asks confirmImpact when the edit changes anyone's access, else `otherwise` (true when none).
    // An edit the core refuses asks nothing: running it reports the refusal.
    // Before a save: when it breaks expectations, asks for a reason to override them (false: cancel).
    bool settleExpectations(QWidget* parent, EditRunner& runner, const QList<Edit>& edits);
    // The same for a change worked out already (an undo step), asked as the question says.
    bool settleExpectations(QWidget* parent, EditRunner& runner, Result<Store::Outcome> outcome,
                            ImpactQuestion question);
    // The field for the reason to override expectations, as every question that takes one has it.
    static QLineEdit* overrideReasonField(QWidget* parent);
    // "This change breaks 2 expectations:" and each with its first new violation.
    static QString breachesHtml(const ExpectationVerdict& verdict);
    // An edit that breaks an expectation always asks, and goes ahead only with a reason to override.
    bool confirmEdit(QWidget* parent, EditRunner& runner, const QList<Edit>& edits, ImpactQuestion question,
                     const std::function<bool()>& otherwise = {});
    // Where to move a folder (0: the top level); none: cancel.
    virtual std::optional<Id> moveDestination(QWidget* parent, const Store& store, Id folderId);
    virtual void showError(QWidget* parent, const QString& title, const QString& message);
    // A folder named by its path, found as one types.
    virtual std::optional<Id> folder(QWidget* parent, const Store& store, const QString& title, const QString& label);
    // Changes not saved yet would be lost (leaving a matrix, closing the window).
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel,
    };
    virtual Unsaved unsavedChanges(QWidget* parent, const QString& what);
    // Pending changes that other administrators have changed the other way since they were made
    // (one line each, naming who): keep mine, take theirs (drop those changes), or cancel.
    enum class Conflicts
    {
        KeepMine,
        TakeTheirs,
        Cancel,
    };
    virtual Conflicts resolveConflicts(QWidget* parent, const QStringList& lines);
    // Asks about conflicts of pending changes, if any, and carries out the answer; false: cancel.
    bool settleConflicts(QWidget* parent, const QStringList& lines, const std::function<void(bool keepMine)>& resolve);
    // Asks about pending changes and carries out the answer: save() returns whether they were
    // saved, discard() drops them. False when they stay (cancelled, or saving failed).
    bool settleUnsaved(QWidget* parent, const QString& what, const std::function<bool()>& save,
                       const std::function<void()>& discard);
    // A yes-or-cancel question before something that cannot be taken back as it was.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question);

    // Users: an invitation (email and role), a new user, a user's details; none: cancel.
    // operatorId: roles the operator may not give are offered greyed out, with the reason.
    virtual bool invite(QWidget* parent, const Store& store, Id operatorId, const Attempt<edit::InviteUser>& attempt);
    virtual bool newUser(QWidget* parent, const Attempt<edit::AddUser>& attempt);
    virtual bool editUser(QWidget* parent, const Store& store, Id userId, const Attempt<edit::UpdateUser>& attempt);
    // A new expectation, starting from what is known of it.
    virtual bool newExpectation(QWidget* parent, const Store& store, const Expectation& start,
                                const Attempt<Expectation>& attempt);
    // A role's name: a new one (current empty) or a new name.
    virtual bool roleName(QWidget* parent, const QString& current, const Attempt<QString>& attempt);
    // Deleting a role: where it is used, one line each.
    virtual bool confirmDeleteRole(QWidget* parent, const QString& role, const QStringList& usage);
    // Deleting a user: the teams (as "FOLDER: TEAM") and roles they leave.
    virtual bool confirmDeleteUsers(QWidget* parent, const QStringList& users, const QStringList& teams,
                                    const QStringList& roles);
    // "Roles they leave: …. Teams they leave: …."
    static QString leavingText(const QStringList& teams, const QStringList& roles);

    // Asks with what a change worked out already does (always); when it breaks expectations, the
    // reason given goes with the runner's next edit.
    bool askImpact(QWidget* parent, EditRunner& runner, Store::Outcome outcome, ImpactQuestion question);

private:
    ImpactLine::ImpactOf m_impactOf;
};

} // namespace warden
