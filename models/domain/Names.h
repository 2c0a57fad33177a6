#pragma once

#include <QCoreApplication>
#include <QString>

namespace warden {

// The naming rules of folders, teams, roles and users. Each check returns an empty string when the
// name is acceptable, else what is wrong with it.
class Names
{
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static constexpr int MaxLength = 255;

    static QString checkFolderName(const QString& name);
    static QString checkTeamName(const QString& name);
    static QString checkRoleName(const QString& name);
    static QString checkUsername(const QString& name);
    static QString checkEmail(const QString& email);

    // The form used to compare names: case-insensitive.
    static QString key(const QString& name) { return name.toCaseFolded(); }
};

} // namespace warden
