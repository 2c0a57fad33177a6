#include "EditApplier.h"

#include "models/domain/Names.h"

namespace warden {

EditApplier::EditApplier(Directory& directory, const Catalog& catalog)
    : m_directory(directory)
    , m_catalog(catalog)
    , m_access(directory, catalog)
    , m_rights(directory, catalog)
{
}

Status EditApplier::startAs(Id operatorId)
{
    const User* op = m_directory.user(operatorId);
    if (!op)
        return refused(tr("there is no user to act as"));
    if (op->status != UserStatus::Active)
        return refused(tr("%1 is %2 and cannot make changes").arg(Names::quoted(op->username), statusKey(op->status)));
    m_rights.setOperator(operatorId);
    return {};
}

Result<Applied> EditApplier::apply(const Edit& edit, Id operatorId)
{
    if (Status s = startAs(operatorId); s.failed())
        return s.error();
    const std::size_t mark = m_directory.journalSize();
    const Rights::Holdings held = m_rights.holdings();
    Result<Applied> result = dispatch(edit);
    if (result) {
        if (Status s = m_rights.checkGrants(m_directory.journal(), mark, held); s.failed())
            result = s.error();
    }
    if (result && m_access.activeAdmins().isEmpty()) {
        result = refused(tr("this change would leave no active user holding Admin"));
    }
    if (!result)
        m_directory.rollbackTo(mark);
    return result;
}

Result<Applied> EditApplier::applyAll(const QList<Edit>& edits, Id operatorId, const QString& summary, int* failedAt)
{
    if (Status s = startAs(operatorId); s.failed())
        return s.error();
    // Every step is judged by what the operator held before the first.
    m_rights.freeze();
    const Rights::Holdings held = m_rights.holdings();
    const std::size_t mark = m_directory.journalSize();
    auto fail = [&](const Error& error) {
        m_rights.thaw();
        m_directory.rollbackTo(mark);
        return error;
    };
    for (int i = 0; i < edits.size();) {
        if (std::holds_alternative<edit::TeamMember>(edits[i])) {
            int end = i;
            while (end < edits.size() && std::holds_alternative<edit::TeamMember>(edits[end]))
                ++end;
            if (Status s = applyMemberships(edits, i, end, failedAt); s.failed())
                return fail(s.error());
            i = end;
            continue;
        }
        Result<Applied> result = dispatch(edits[i]);
        if (!result) {
            *failedAt = i;
            return fail(result.error());
        }
        ++i;
    }
    m_rights.thaw();
    std::size_t refusedChange = 0;
    if (Status s = m_rights.checkGrants(m_directory.journal(), mark, held, &refusedChange); s.failed()) {
        *failedAt = planRowOf(edits, m_directory.journal()[refusedChange]);
        m_directory.rollbackTo(mark);
        return s.error();
    }
    // Only the end state counts: a plan may move Admin from one role to another.
    if (m_access.activeAdmins().isEmpty()) {
        m_directory.rollbackTo(mark);
        *failedAt = -1;
        return refused(tr("this change would leave no active user holding Admin"));
    }
    return Applied{summary};
}

Result<Applied> EditApplier::dispatch(const Edit& edit)
{
    if (Status s = m_rights.check(edit); s.failed())
        return s.error();
    return std::visit([this](const auto& e) { return run(e); }, edit);
}

// The row of a plan that made a refused change: the first that adds to that team or gives that user a role.
int EditApplier::planRowOf(const QList<Edit>& edits, const Change& change)
{
    const Row& row = change.row();
    for (int i = 0; i < edits.size(); ++i) {
        if (auto e = std::get_if<edit::TeamMember>(&edits[i]);
            e && e->membership == edit::Membership::Add && std::holds_alternative<Team>(row) && e->teamId == rowId(row))
            return i;
        if (auto e = std::get_if<edit::RoleMember>(&edits[i]); e && e->assignment == edit::Assignment::Assign
            && std::holds_alternative<User>(row) && e->userId == rowId(row))
            return i;
    }
    return -1;
}

} // namespace warden
