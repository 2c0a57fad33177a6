#pragma once

#include "models/store/Store.h"
#include "models/domain/Edit.h"
#include "models/domain/Result.h"

#include <functional>
#include <memory>

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace warden {

class EditRunner;
class Store;

// Beside a Save button: what saving the pending changes would do to everyone's access, worked out
// as each change is made ("Save: 1 user loses View folder on 3 folders; 2 users gain …"), with the
// details a click away. Nothing is written to work it out.
class ImpactLine : public QWidget
{
    Q_OBJECT

public:
    // What an edit would change, checked as running it would be (EditRunner::impactOf).
    using ImpactOf = std::function<Result<Store::Outcome>(const Edit&)>;
    ImpactLine(const Store& store, ImpactOf impactOf, QWidget* parent = nullptr);
    // The line of a window's own edits.
    static ImpactOf of(const EditRunner& runner);

    // Works the line out for what Save would write; none: nothing is pending, and the line is empty.
    void setPending(const std::optional<Edit>& edit);
    QString text() const;
    const Impact& impact() const { return m_impact; }
    // What Details… shows: the users, each with what they gain and lose where.
    std::unique_ptr<QDialog> detailsDialog();

private:
    void showDetails();

    const Store& m_store;
    ImpactOf m_impactOf;
    QLabel* m_text;
    QPushButton* m_details;
    Impact m_impact;
    ExpectationVerdict m_expectations;
};

} // namespace warden
