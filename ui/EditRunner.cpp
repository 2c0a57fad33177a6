#include "EditRunner.h"

#include "MessageBar.h"

#include <QUndoStack>

namespace warden {

namespace {

// One applied edit on the undo stack. Undo puts back the rows the edit changed, redo the rows
// the undo changed; when those rows have changed since, the step is refused and leaves the stack.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditRunner& runner, Applied applied)
        : QUndoCommand(applied.summary)
        , m_runner(runner)
        , m_last(std::move(applied))
    {
    }

    void undo() override { revert(QCoreApplication::translate("EditRunner", "Undo: %1").arg(text())); }

    void redo() override
    {
        if (m_first) {
            m_first = false; // the edit was applied before it was pushed
            return;
        }
        revert(QCoreApplication::translate("EditRunner", "Redo: %1").arg(text()));
    }

    const Applied& last() const { return m_last; }

private:
    void revert(const QString& summary)
    {
        const Store::Overriding reason(m_runner.store(), m_runner.takeOverride());
        auto result = m_runner.store().revert(m_last, summary, m_runner.operatorId());
        if (!result) {
            setObsolete(true);
            Q_EMIT m_runner.refused(result.error().message);
            return;
        }
        m_last = std::move(result.value());
        Q_EMIT m_runner.applied();
    }

    EditRunner& m_runner;
    Applied m_last;
    bool m_first = true;
};

} // namespace

EditRunner::EditRunner(Store& store, QUndoStack& stack, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
{
}

void EditRunner::setOperator(Id userId)
{
    if (m_operator == userId)
        return;
    m_operator = userId;
    m_stack.clear(); // undo steps belong to the operator who made them
    Q_EMIT operatorChanged(userId);
}

Result<Store::Outcome> EditRunner::impactOf(const QList<Edit>& edits) const
{
    int failedAt = -1;
    return edits.size() == 1 ? m_store.preview(edits.first(), m_operator)
                             : m_store.applyBulk(edits, m_operator, {}, true, &failedAt);
}

Result<Store::Outcome> EditRunner::impactOfStep(bool undo) const
{
    const auto* step = dynamic_cast<const EditCommand*>(m_stack.command(m_stack.index() - (undo ? 1 : 0)));
    return step ? m_store.previewRevert(step->last(), m_operator) : Store::Outcome();
}

Result<Applied> EditRunner::run(const Edit& edit)
{
    const Store::Overriding reason(m_store, takeOverride());
    auto applied = m_store.apply(edit, m_operator);
    if (!applied) {
        Q_EMIT refused(applied.error().message);
        return applied;
    }
    if (!applied->changes.empty())
        m_stack.push(new EditCommand(*this, applied.value()));
    Q_EMIT this->applied();
    return applied;
}

Result<Applied> EditRunner::run(const Edit& edit, MessageBar* bar)
{
    auto applied = run(edit);
    if (!applied)
        bar->showError(applied.error().message);
    else
        bar->hide();
    return applied;
}

Status EditRunner::attempt(const Edit& edit, Id* created)
{
    auto applied = run(edit);
    if (!applied)
        return applied.error();
    if (created)
        *created = applied->createdId;
    return {};
}

Result<Store::Outcome> EditRunner::runBulk(const QList<Edit>& edits, const QString& summary, int* failedAt,
                                           const Store::Progress& progress)
{
    m_store.setProgress(progress);
    const Store::Overriding reason(m_store, takeOverride());
    auto outcome = m_store.applyBulk(edits, m_operator, summary, false, failedAt);
    m_store.setProgress({});
    return stacked(std::move(outcome));
}

Result<Store::Outcome> EditRunner::revertTo(qint64 position, bool dryRun)
{
    if (dryRun)
        return m_store.revertTo(position, m_operator, true);
    const Store::Overriding reason(m_store, takeOverride());
    return stacked(m_store.revertTo(position, m_operator, false));
}

Result<Store::Outcome> EditRunner::stacked(Result<Store::Outcome> outcome)
{
    if (!outcome) {
        Q_EMIT refused(outcome.error().message);
        return outcome;
    }
    if (outcome->written) {
        m_stack.push(new EditCommand(*this, outcome->applied));
        Q_EMIT applied();
    }
    return outcome;
}

} // namespace warden
