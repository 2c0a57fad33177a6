#pragma once

#include "models/domain/Edit.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace warden {

class Store;

// The questions the screens ask before an edit. The dialogs live here so that tests can answer
// them in place of a person.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    virtual ~Prompts() = default;

    // Turning inherit off: copy the inherited teams or start with the system teams; none: cancel.
    virtual std::optional<edit::InheritChoice> inheritOff(QWidget* parent, const QString& path);
    virtual bool confirmInheritOn(QWidget* parent, const QString& path, const QString& rootPath, int ownTeams);
    virtual bool confirmDelete(QWidget* parent, const QString& path, int subfolders, int teams);
    virtual std::optional<QString> folderName(QWidget* parent, const QString& parentPath);
    // Where to move a folder (0: the top level); none: cancel.
    virtual std::optional<Id> moveDestination(QWidget* parent, const Store& store, Id folderId);
};

} // namespace warden
