// wardenctl's history: the difference between two moments, and going back to one.
#include "Cli.h"

#include "models/domain/Names.h"

#include <algorithm>

namespace warden {

void Cli::defineHistoryCommands()
{
    add(QStringLiteral("diff"), {}, QStringLiteral("!--from=TIME|#N --to=TIME|#N --user=USER --json"),
        tr("Print what changed in everyone's access (or one user's) from one moment to another (default: now), "
           "in the shape of an edit's impact."),
        [](Cli& c) { return c.difference(); });
    add(QStringLiteral("revert"), {}, QStringLiteral("!--to=TIME|#N --as=ADMIN --dry-run --json --override=REASON"),
        tr("Put every row back as it was at a moment, as one edit (Admin); --dry-run prints what it would change."),
        [](Cli& c) { return c.revertTo(); });
}

int Cli::difference()
{
    auto opened = openStore(Store::OpenMode::Existing);
    if (!opened)
        return fail(opened.error());
    const Store& store = *opened.value();
    auto from = store.moment(option(QStringLiteral("from")));
    if (!from)
        return fail(from.error());
    auto to = has(QStringLiteral("to")) ? store.moment(option(QStringLiteral("to"))) : Result<qint64>(store.position());
    if (!to)
        return fail(to.error());
    auto difference = store.difference(from.value(), to.value());
    if (!difference)
        return fail(difference.error());
    Impact& impact = difference->impact;
    if (has(QStringLiteral("user"))) {
        const QString name = option(QStringLiteral("user"));
        const User* now = difference->to.userNamed(name);
        auto same = [&](const UserImpact& u) {
            return now ? u.userId == now->id : Names::key(u.username) == Names::key(name);
        };
        const bool known = now || std::any_of(impact.users.cbegin(), impact.users.cend(), same);
        if (!known && !store.directory().userNamed(name))
            return fail(ErrorKind::Invalid, tr("there is no user '%1' at either moment").arg(Names::echo(name)));
        impact.users.erase(
            std::remove_if(impact.users.begin(), impact.users.end(), [&](const UserImpact& u) { return !same(u); }),
            impact.users.end());
    }
    printImpact(difference->to, impact, difference->expectations, {}, -1, false,
                {QStringLiteral("#%1").arg(from.value()), QStringLiteral("#%1").arg(to.value())});
    return 0;
}

int Cli::revertTo()
{
    auto session = openAsOperator();
    if (!session)
        return fail(session.error());
    Store& store = *session->store;
    auto moment = store.moment(option(QStringLiteral("to")));
    if (!moment)
        return fail(moment.error());
    const bool dryRun = has(QStringLiteral("dry-run"));
    auto outcome = store.revertTo(moment.value(), session->operatorId, dryRun);
    if (!outcome)
        return fail(outcome.error());
    if (dryRun) {
        if (Status refused = refusalOf(store, outcome->expectations); refused.failed())
            return fail(refused.error());
        printImpact(store.directory(), outcome->impact, outcome->expectations, {}, -1, true);
        return 0;
    }
    m_out << (outcome->written ? outcome->applied.summary : tr("Nothing to revert: the store is as it was then."))
          << "\n";
    return 0;
}

} // namespace warden
