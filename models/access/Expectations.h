#pragma once

#include "AccessQuery.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace warden {

class Impact;

// One (user, folder) pair that makes an expectation false; folder 0 for a global one. For holds,
// a subject who lacks the permission there; for never and only, a user who holds it.
struct Violation
{
    Id userId = 0;
    Id folderId = 0;

    bool operator==(const Violation& other) const { return userId == other.userId && folderId == other.folderId; }
};
inline size_t qHash(const Violation& v, size_t seed = 0) { return qHashMulti(seed, v.userId, v.folderId); }

// Evaluates expectations on the directory as it is (DESIGN.md, Guardrails → Expectations), over
// active users, sharing what several expectations ask (who holds a permission on a security root).
class ExpectationCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExpectationCheck)

public:
    ExpectationCheck(const Directory& directory, const Catalog& catalog);

    // By username, then folders in tree order.
    QList<Violation> violations(const Expectation& expectation) const;
    // The same in no particular order, for comparing two states.
    QList<Violation> unsortedViolations(const Expectation& expectation) const;
    // By username, then folders in tree order (the tree as the directory has it now).
    void sort(QList<Violation>& violations) const;
    // Whether the expectation names a user, role or folder that the directory no longer has.
    bool namesMissing(const Expectation& expectation) const;
    // The active users the expectation is about (for only: those allowed).
    QSet<Id> subjects(const Expectation& expectation) const;

    // A violation in words: "maya.cohen holds release#start on Apps/Payments" (or, for a change,
    // "would hold").
    QString describe(const Expectation& expectation, const Violation& violation, bool wouldBe = false) const;
    // "holds", "never", "only" with their subjects, permission and folder, as a sentence:
    // "nobody but maya.cohen and role:Release Managers holds release#start on Apps or beneath".
    QString statement(const Expectation& expectation) const;
    QString subjectNames(const Expectation& expectation) const; // "maya.cohen, role:Release Managers"

    // From now on, evaluates as before the changes since mark, which must change teams alone: the
    // teams they change are taken as they were (the directory is not rolled back).
    void takeTeamsAsBefore(const std::vector<Change>& journal, std::size_t mark);

    // Every expectation of the directory, by name (case-insensitive), as lists and files show them.
    static QList<const Expectation*> byName(const Directory& directory);

    // Subjects as people write them, separated by commas: usernames (or emails) and role:NAME, put
    // into the expectation in place of its own; an unknown name is invalid input that names it.
    static Status readSubjects(const Directory& directory, const QString& text, Expectation& expectation);

    // The rules of a new expectation: its name, subjects, permission and folder exist and fit.
    static Status validate(const Directory& directory, const Catalog& catalog, const Expectation& expectation);

private:
    const QSet<Id>& holdersAt(Id rootId, int permission) const;
    QSet<Id> globalHolders(int permission) const;
    const QSet<Id>& admins() const;

    const Directory& m_directory;
    const Catalog& m_catalog;
    AccessQuery m_access;
    mutable std::optional<QSet<Id>> m_admins;
    mutable QHash<QPair<Id, int>, QSet<Id>> m_holders; // (root, permission) -> active holders, Admins included
    QHash<Id, QList<const Team*>> m_teamsBefore; // roots whose teams are taken as they were
};

// An expectation an edit would break: its first new violation in words, and how many it adds.
struct Breach
{
    Id expectationId = 0;
    QString name;
    QString first;
    qsizetype added = 0;
    bool missing = false; // the edit deletes what it names: with an override, it goes too
};

// What an edit does to the expectations: those it breaks (first) and those it mends.
struct ExpectationVerdict
{
    QList<Breach> broken; // by name
    QStringList mended; // by name
    int evaluated = 0; // how many expectations were looked at (the others cannot have changed)

    bool breaks() const { return !broken.isEmpty(); }
    QStringList brokenNames() const;
    // The refusal: "this change would break 'X': maya.cohen would hold ...".
    Error refusal(const Catalog& catalog) const;
};

class Expectations
{
    Q_DECLARE_TR_FUNCTIONS(Expectations)

public:
    // Compares the expectations before and after the changes the directory's journal holds since
    // mark, looking only at those whose subjects or folders the changes (and their impact) touch.
    // The directory is left as it was after the changes. An expectation added by the changes is not
    // judged (it may be added while broken); one they delete is not either.
    static ExpectationVerdict judge(Directory& directory, const Catalog& catalog, std::size_t mark,
                                    const Impact& impact);
    // The same for every expectation: the baseline of judge(), and what a replaced content is
    // judged by (expectations matched by name, violations by username and path).
    static ExpectationVerdict judgeAll(const Directory& before, const Directory& after, const Catalog& catalog);
    // Deletes (journaled, before the changes since mark) the expectations whose user, role or folder
    // the changes delete.
    static void dropMissing(Directory& directory, std::size_t mark, const ExpectationVerdict& verdict);
};

} // namespace warden
