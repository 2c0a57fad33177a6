#pragma once

#include "models/domain/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace warden {

// A dialog that asks for a few values. The focus starts in its first field; OK stays disabled
// while a field's check finds a problem, which is shown below the fields; and on OK the edit is
// attempted at once: a refusal is shown in the same place, and the dialog stays open with what
// was typed, so that nothing is lost.
class InputForm : public QDialog
{
    Q_OBJECT

public:
    // What is wrong with a field's text, as Names' checks say it; empty when nothing is.
    using Check = std::function<QString(const QString&)>;

    InputForm(QWidget* parent, const QString& title, const QString& intro = {});

    QLineEdit* addLine(const QString& label, const QString& text = {}, Check check = {});
    void addRow(const QString& label, QWidget* field);
    // Shows the dialog until attempt succeeds (true) or the person cancels (false).
    bool run(const std::function<Status()>& attempt);

private:
    void revalidate();
    void showProblem(const QString& problem);
    void tryAccept();

    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QList<std::pair<QLineEdit*, Check>> m_checks;
    std::function<Status()> m_attempt;
};

} // namespace warden
