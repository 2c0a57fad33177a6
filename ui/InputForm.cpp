#include "InputForm.h"
#include "TabOrder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warden {

namespace {

// "the username is empty" → "The username is empty."
QString sentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

InputForm::InputForm(QWidget* parent, const QString& title, const QString& intro)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("inputForm"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro, this);
        label->setObjectName(QStringLiteral("inputIntro"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addLayout(m_form);
    m_problem->setObjectName(QStringLiteral("inputProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #a32020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // OK never takes the focus: typing goes into the fields, Enter submits only valid input.
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("inputOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setFocusPolicy(Qt::TabFocus);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InputForm::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

QLineEdit* InputForm::addLine(const QString& label, const QString& text, Check check)
{
    auto* edit = new QLineEdit(text, this);
    m_form->addRow(label, edit);
    if (check) {
        m_checks.append({edit, std::move(check)});
        connect(edit, &QLineEdit::textChanged, this, &InputForm::revalidate);
    }
    return edit;
}

void InputForm::addRow(const QString& label, QWidget* field) { m_form->addRow(label, field); }

bool InputForm::run(const std::function<Status()>& attempt)
{
    m_attempt = attempt;
    revalidate();
    orderTabsByLayout(this);
    if (QWidget* first
        = m_form->itemAt(0, QFormLayout::FieldRole) ? m_form->itemAt(0, QFormLayout::FieldRole)->widget() : nullptr)
        first->setFocus(Qt::OtherFocusReason);
    return exec() == QDialog::Accepted;
}

void InputForm::revalidate()
{
    QString problem;
    for (const auto& [edit, check] : std::as_const(m_checks)) {
        problem = check(edit->text().trimmed());
        if (!problem.isEmpty())
            break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // An empty field is not scolded before anything is typed; OK being disabled says enough.
    const bool untouched = std::all_of(m_checks.cbegin(), m_checks.cend(),
                                       [](const auto& entry) { return entry.first->text().isEmpty(); });
    showProblem(untouched ? QString() : problem);
}

void InputForm::showProblem(const QString& problem)
{
    m_problem->setText(sentence(problem));
    m_problem->setVisible(!problem.isEmpty());
}

void InputForm::tryAccept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_attempt) {
        if (Status s = m_attempt(); s.failed()) {
            showProblem(s.error().message);
            return;
        }
    }
    accept();
}

} // namespace warden
