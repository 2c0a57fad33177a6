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

    // Text taken from input, as a message quotes it: at most 80 characters (then "…"), control and
    // invisible characters written as escapes (\x1b, \u200b), so that a message can neither play
    // tricks on a terminal nor grow with what it quotes.
    static QString echo(QStringView text);
    static constexpr int EchoLength = 80;
    // The same escapes, nothing shortened: for a whole message on its way out.
    static QString escapeControls(QStringView text);

    // The form used to compare names: case-insensitive.
    static QString key(const QString& name) { return name.toCaseFolded(); }
};

} // namespace warden
