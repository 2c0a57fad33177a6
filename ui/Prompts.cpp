#include "Prompts.h"

#include "MoveFolderDialog.h"
#include "TeamEditor.h"

#include <QInputDialog>
#include <QMessageBox>
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

bool Prompts::confirmInheritOn(QWidget* parent, const QString& path, const QString& rootPath, int ownTeams)
{
    QMessageBox box(QMessageBox::Warning, tr("Inherit teams and permissions"),
                    tr("%1 will inherit the teams and permissions of %2.").arg(path, rootPath), QMessageBox::Cancel,
                    parent);
    box.setInformativeText(tr("Its own %n team(s) will be removed, with their members and permissions.", nullptr, ownTeams));
    QPushButton* ok = box.addButton(tr("&Inherit"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == ok;
}

bool Prompts::confirmDelete(QWidget* parent, const QString& path, int subfolders, int teams)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete folder"), tr("Delete %1?").arg(path), QMessageBox::Cancel, parent);
    QStringList goes;
    if (subfolders > 0)
        goes.append(tr("%n subfolder(s)", nullptr, subfolders));
    if (teams > 0)
        goes.append(tr("%n team(s) with their members and permissions", nullptr, teams));
    box.setInformativeText(goes.isEmpty() ? tr("The folder has no subfolders and no teams of its own.")
                                          : tr("With it go: %1.").arg(goes.join(QLatin1String(", "))));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

std::optional<QString> Prompts::folderName(QWidget* parent, const QString& parentPath)
{
    bool ok = false;
    const QString label = parentPath.isEmpty() ? tr("Name of the new top-level folder:")
                                               : tr("Name of the new folder in %1:").arg(parentPath);
    const QString name = QInputDialog::getText(parent, tr("New folder"), label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return name;
}

std::optional<QString> Prompts::teamName(QWidget* parent, const QString& folderPath, const QString& current)
{
    bool ok = false;
    const QString label = current.isEmpty() ? tr("Name of the new team on %1:").arg(folderPath)
                                            : tr("New name for the team %1 on %2:").arg(current, folderPath);
    const QString name = QInputDialog::getText(parent, current.isEmpty() ? tr("New team") : tr("Rename team"), label,
                                               QLineEdit::Normal, current, &ok);
    if (!ok)
        return std::nullopt;
    return name;
}

std::optional<edit::UpdateTeam> Prompts::editTeam(QWidget* parent, const Store& store, Id teamId, bool mayRename,
                                                  bool mayEditMembers)
{
    TeamEditor editor(store, teamId, mayRename, mayEditMembers, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    return editor.result();
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

bool Prompts::confirmSystemTeamRevoke(QWidget* parent, const QStringList& teams)
{
    QMessageBox box(QMessageBox::Warning, tr("Revoke permissions of system teams"),
                    tr("You are taking permissions away from the system team(s) %1.").arg(teams.join(QLatin1String(", "))),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("System teams are expected to hold their default permissions; members may no longer be "
                              "able to do their part. Save anyway?"));
    QPushButton* save = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == save;
}

void Prompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

std::optional<Id> Prompts::moveDestination(QWidget* parent, const Store& store, Id folderId)
{
    MoveFolderDialog dialog(store, folderId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.destination();
}

} // namespace warden
