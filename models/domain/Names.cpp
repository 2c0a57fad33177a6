#include "Names.h"

#include <algorithm>

namespace warden {

namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line
           || c.category() == QChar::Separator_Paragraph;
}

bool hasControl(const QString& name)
{
    return std::any_of(name.cbegin(), name.cend(), isControl);
}

QString escaped(QStringView text, qsizetype limit)
{
    QString out;
    qsizetype taken = 0;
    for (QChar c : text) {
        if (taken++ == limit) {
            out += QChar(0x2026); // …
            break;
        }
        if (!isControl(c))
            out += c;
        else if (c.unicode() < 0x100)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

QString Names::echo(QStringView text) { return escaped(text, EchoLength); }

QString Names::escapeControls(QStringView text) { return escaped(text, -1); }

QString Names::checkFolderName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("the name is empty");
    if (name != name.trimmed())
        return tr("the name '%1' starts or ends with spaces").arg(echo(name));
    if (name.size() > MaxLength)
        return tr("the name is longer than %1 characters").arg(MaxLength);
    if (name.contains(QLatin1Char('/')))
        return tr("the name '%1' contains '/'").arg(echo(name));
    if (hasControl(name))
        return tr("the name contains a control character");
    return {};
}

QString Names::checkTeamName(const QString& name)
{
    const QString problem = checkFolderName(name);
    if (!problem.isEmpty())
        return problem;
    if (name.contains(QLatin1Char(':')))
        return tr("the team name '%1' contains ':'").arg(echo(name));
    return {};
}

QString Names::checkRoleName(const QString& name) { return checkFolderName(name); }

QString Names::checkUsername(const QString& name)
{
    if (name.isEmpty())
        return tr("the username is empty");
    if (name.size() > MaxLength)
        return tr("the username is longer than %1 characters").arg(MaxLength);
    for (QChar c : name) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('/'))
            return tr("the username '%1' contains a space, ':' or '/'").arg(echo(name));
    }
    if (hasControl(name))
        return tr("the username contains a control character");
    return {};
}

QString Names::checkEmail(const QString& email)
{
    if (email.isEmpty())
        return {};
    if (email.size() > MaxLength)
        return tr("the email address is longer than %1 characters").arg(MaxLength);
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1 || email.count(QLatin1Char('@')) != 1 || hasControl(email)
        || email.contains(QLatin1Char(' ')))
        return tr("'%1' is not an email address").arg(echo(email));
    return {};
}

} // namespace warden
