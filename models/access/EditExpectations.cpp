#include "EditApplier.h"
#include "Expectations.h"

#include "models/domain/Names.h"

namespace warden {

Result<Applied> EditApplier::run(const edit::AddExpectation& e)
{
    Expectation expectation = e.expectation;
    expectation.name = expectation.name.trimmed();
    expectation.note = expectation.note.trimmed();
    if (expectation.id == 0)
        expectation.id = Directory::newId();
    else if (m_directory.expectation(expectation.id))
        return refused(tr("the expectation exists already"));
    if (Status s = ExpectationCheck::validate(m_directory, m_catalog, expectation); s.failed())
        return s.error();
    expectation.version = 0;
    m_directory.put(expectation);
    return Applied{tr("Add expectation %1").arg(expectation.name), expectation.id};
}

Result<Applied> EditApplier::run(const edit::DeleteExpectation& e)
{
    const Expectation* expectation = m_directory.expectation(e.expectationId);
    if (!expectation)
        return invalid(tr("the expectation does not exist"));
    const QString name = expectation->name;
    m_directory.remove(Row(*expectation));
    return Applied{tr("Delete expectation %1").arg(name)};
}

} // namespace warden
