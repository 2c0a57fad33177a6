#pragma once

#include "models/store/Store.h"

#include <QObject>

class QUndoStack;

namespace warden {

class MessageBar;

// Applies the operator's edits to the store and puts each applied one on the undo stack. A refused
// edit changes nothing and is reported through refused().
class EditRunner : public QObject
{
    Q_OBJECT

public:
    EditRunner(Store& store, QUndoStack& stack, QObject* parent = nullptr);

    Store& store() const { return m_store; }
    Id operatorId() const { return m_operator; }
    void setOperator(Id userId);

    // What the edits would change in everyone's access, checked as running them would be; nothing
    // is written and nothing reported.
    Result<Store::Outcome> impactOf(const QList<Edit>& edits) const;
    // The next edit (or plan) goes ahead although it breaks expectations, for this reason (which
    // its audit entry keeps); the store still checks that the operator may override.
    void overrideNext(const QString& reason) { m_override = reason; }
    QString takeOverride() { return std::exchange(m_override, {}); }
    // What the undo (or redo) step the stack would take next would change, checked as taking it
    // would be; nothing when there is no such step.
    Result<Store::Outcome> impactOfStep(bool undo) const;
    // The applied edit, or the reason it was refused (already reported).
    Result<Applied> run(const Edit& edit);
    // The same, saying a refusal in the bar above the view it came from (and clearing it on success).
    Result<Applied> run(const Edit& edit, MessageBar* bar);
    // The same for an input dialog, which shows the refusal itself; created: the id of what the edit
    // created, if anything. (Banners of earlier refusals go on applied(), in the main window.)
    Status attempt(const Edit& edit, Id* created = nullptr);
    // A plan of several edits as one transaction and one undo step; progress as Store::Progress.
    // failedAt: the index of the edit refused, -1 when the plan was refused as a whole.
    Result<Store::Outcome> runBulk(const QList<Edit>& edits, const QString& summary, int* failedAt,
                                   const Store::Progress& progress = {});

    // Every row back as it was right after an audit entry, as one edit and one undo step; or
    // (dryRun) only what it would change.
    Result<Store::Outcome> revertTo(qint64 position, bool dryRun);

Q_SIGNALS:
    void refused(const QString& message);
    // An edit, an undo or a redo of this window was written: what was said of earlier refusals is
    // stale now.
    void applied();
    void operatorChanged(Id userId);

private:
    // A change written goes on the undo stack; a refusal is reported.
    Result<Store::Outcome> stacked(Result<Store::Outcome> outcome);

    Store& m_store;
    QUndoStack& m_stack;
    Id m_operator = 0;
    QString m_override;
};

} // namespace warden
