#include "Names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <memory>

namespace warden {

namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
        || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
}

// Characters that show nothing: default-ignorable ones (joiners, fillers, variation selectors)
// and blanks other than the plain space.
bool showsNothing(char32_t c)
{
    return u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)
        || (c != U' ' && u_isUWhiteSpace(UChar32(c))) || c == 0x2800; // the Braille blank
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// The first control character in the name, as "U+0009"; empty when none.
QString controlIn(const QString& name)
{
    const auto it = std::find_if(name.cbegin(), name.cend(), isControl);
    return it == name.cend() ? QString() : codePoint(it->unicode());
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
        if (!isControl(c) && !showsNothing(c.unicode()))
            out += c;
        else if (c.unicode() < 0x100)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

// One checker for the whole program: configured once, then only read, which ICU allows from any thread.
const USpoofChecker* spoofChecker()
{
    static const std::unique_ptr<USpoofChecker, void (*)(USpoofChecker*)> checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker* sc = uspoof_open(&status);
        uspoof_setChecks(sc, USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &status);
        // Latin with one other script, as names in Japanese or German need, but never Latin with
        // Cyrillic or Greek, whose letters look the same.
        uspoof_setRestrictionLevel(sc, USPOOF_MODERATELY_RESTRICTIVE);
        return std::unique_ptr<USpoofChecker, void (*)(USpoofChecker*)>(sc, uspoof_close);
    }();
    return checker.get();
}

// Scripts whose letters take no combining mark that would not compose into a letter of their own.
bool composesMarks(UScriptCode script)
{
    return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
}

} // namespace

QString Names::skeleton(const QString& given)
{
    // Compatibility forms first (fullwidth ａ, ligatures), which the confusables leave to NFKC.
    // Case aside, as names are compared.
    const QString name = key(given.normalized(QString::NormalizationForm_KC));
    UErrorCode status = U_ZERO_ERROR;
    const auto* text = reinterpret_cast<const UChar*>(name.utf16());
    QString out(name.size() * 2 + 8, Qt::Uninitialized);
    int32_t length = uspoof_getSkeleton(spoofChecker(), 0, text, int32_t(name.size()),
                                        reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        out.resize(length);
        length = uspoof_getSkeleton(spoofChecker(), 0, text, int32_t(name.size()), reinterpret_cast<UChar*>(out.data()),
                                    int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return name;
    out.resize(length);
    return out;
}

QString Names::checkLooks(const QString& name)
{
    // Plain ASCII has one script, one set of digits and nothing invisible but the controls,
    // which the naming rules refuse before this: most names, and every one of a large import.
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return {};
    const QList<uint> points = name.normalized(QString::NormalizationForm_C).toUcs4();
    UScriptCode base = USCRIPT_INVALID_CODE;
    for (uint c : points) {
        if (showsNothing(c))
            return tr("'%1' contains a character that shows nothing (%2)").arg(echo(name), codePoint(c));
        const bool mark = u_charType(UChar32(c)) == U_NON_SPACING_MARK || u_charType(UChar32(c)) == U_ENCLOSING_MARK;
        if (mark && (base == USCRIPT_INVALID_CODE || composesMarks(base)))
            return tr("'%1' contains a combining mark (%2) that forms no letter of its own")
                .arg(echo(name), codePoint(c));
        if (!mark) {
            UErrorCode status = U_ZERO_ERROR;
            base = uscript_getScript(UChar32(c), &status);
        }
    }
    // Word by word: "Команда Dev" is two words in two languages; "аdmin" is one word in two scripts.
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t checks = uspoof_check2(spoofChecker(), reinterpret_cast<const UChar*>(word.utf16()),
                                             int32_t(word.size()), nullptr, &status);
        if (U_FAILURE(status))
            continue;
        if (checks & USPOOF_RESTRICTION_LEVEL)
            return tr("'%1' mixes scripts whose letters look alike in one word (such as a Cyrillic а among Latin "
                      "letters)")
                .arg(echo(name));
        if (checks & USPOOF_MIXED_NUMBERS)
            return tr("'%1' mixes digits of different scripts").arg(echo(name));
        if (checks & USPOOF_INVISIBLE)
            return tr("'%1' repeats a combining mark, which shows as one").arg(echo(name));
    }
    return {};
}

QString Names::lookalikeIn(const QString& name, const QStringList& others)
{
    const QString looks = skeleton(name);
    const QString own = key(name);
    for (const QString& other : others) {
        if (key(other) != own && skeleton(other) == looks)
            return other;
    }
    return {};
}

void Lookalikes::add(const QString& name) { m_bySkeleton.insert(Names::skeleton(name), name); }

void Lookalikes::remove(const QString& name)
{
    const auto it = m_bySkeleton.find(Names::skeleton(name));
    if (it != m_bySkeleton.end() && *it == name)
        m_bySkeleton.erase(it);
}

QString Lookalikes::resembled(const QString& name) const
{
    const QString found = m_bySkeleton.value(Names::skeleton(name));
    return Names::key(found) == Names::key(name) ? QString() : found;
}

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
    if (const QString control = controlIn(name); !control.isEmpty())
        return tr("the name contains a control character (%1)").arg(control);
    return checkLooks(name);
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
    if (const QString control = controlIn(name); !control.isEmpty())
        return tr("the username contains a control character (%1)").arg(control);
    return checkLooks(name);
}

QString Names::checkFullName(const QString& name)
{
    if (name.size() > MaxLength)
        return tr("the full name is longer than %1 characters").arg(MaxLength);
    if (const QString control = controlIn(name); !control.isEmpty())
        return tr("the full name contains a control character (%1)").arg(control);
    return name.isEmpty() ? QString() : checkLooks(name);
}

QString Names::checkEmail(const QString& email)
{
    if (email.isEmpty())
        return {};
    if (email.size() > MaxLength)
        return tr("the email address is longer than %1 characters").arg(MaxLength);
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1 || email.count(QLatin1Char('@')) != 1 || !controlIn(email).isEmpty()
        || email.contains(QLatin1Char(' ')))
        return tr("'%1' is not an email address").arg(echo(email));
    return {};
}

} // namespace warden
