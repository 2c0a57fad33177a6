#pragma once

#include <QCoreApplication>
#include <QHash>
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
    static QString checkFullName(const QString& name);

    // Text taken from input, as a message quotes it: at most 80 characters (then "…"), control and
    // invisible characters written as escapes (\x1b, \u200b), so that a message can neither play
    // tricks on a terminal nor grow with what it quotes.
    static QString echo(QStringView text);
    // A name as messages quote it: 'Apps'.
    static QString quoted(const QString& text) { return QLatin1Char('\'') + text + QLatin1Char('\''); }
    static constexpr int EchoLength = 80;
    // The same escapes, nothing shortened: for a whole message on its way out.
    static QString escapeControls(QStringView text);

    // The form used to compare names: case-insensitive.
    static QString key(const QString& name) { return name.toCaseFolded(); }

    // What a name looks like to a reader (the UTS #39 skeleton, case folded): two different names
    // with the same skeleton are confusable, as "admin" and "аdmin" with a Cyrillic а.
    static QString skeleton(const QString& name);
    // Empty when no reader is deceived by the name's characters alone: nothing invisible or blank,
    // no combining mark that forms no letter, no mix of scripts that look alike.
    static QString checkLooks(const QString& name);
    // The first of others that name looks like but is not (case aside); empty when none.
    static QString lookalikeIn(const QString& name, const QStringList& others);
};

// The names of one kind in one scope (users; roles; the teams of a folder; the folders beside each
// other), to find a new name that looks like one of them.
class Lookalikes
{
public:
    void add(const QString& name);
    void remove(const QString& name);
    // The name already here that `name` looks like but is not (case aside); empty when none.
    QString resembled(const QString& name) const;

private:
    QHash<QString, QString> m_bySkeleton;
};

} // namespace warden
