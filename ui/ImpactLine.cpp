#include "ImpactLine.h"

#include "EditRunner.h"
#include "ImpactView.h"
#include "Prompts.h"

#include "models/domain/Names.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace warden {

ImpactLine::ImpactOf ImpactLine::of(const EditRunner& runner)
{
    return [&runner](const Edit& edit) { return runner.impactOf({edit}); };
}

ImpactLine::ImpactLine(const Store& store, ImpactOf impactOf, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_impactOf(std::move(impactOf))
    , m_text(new QLabel(this))
    , m_details(new QPushButton(tr("Details…"), this))
{
    m_text->setObjectName(QStringLiteral("impactLine"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("impactDetails"));
    m_details->setToolTip(tr("Who gains and loses what, user by user"));
    m_details->setFlat(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details, 0, Qt::AlignVCenter);
    connect(m_details, &QPushButton::clicked, this, &ImpactLine::showDetails);
    setPending(std::nullopt);
}

QString ImpactLine::text() const { return m_text->text(); }

void ImpactLine::setPending(const std::optional<Edit>& edit)
{
    m_impact = Impact();
    m_expectations = ExpectationVerdict();
    m_text->setStyleSheet(QString());
    if (!edit) {
        m_text->clear();
        m_details->hide();
        return;
    }
    auto impact = m_impactOf(*edit);
    if (!impact) {
        // Said before Save is pressed: saving would be refused, and why.
        m_text->setText(tr("Save would be refused: %1").arg(impact.error().message));
        m_text->setStyleSheet(QStringLiteral("color: #a0281e"));
        m_details->hide();
        return;
    }
    m_impact = std::move(impact->impact);
    m_expectations = std::move(impact->expectations);
    QString text = tr("Save: %1").arg(ImpactView::summary(m_impact, m_store.catalog()));
    // What it breaks is said first: saving would be refused for it.
    if (m_expectations.breaks())
        text = tr("Save would break %1: %2.")
                   .arg(Names::quoted(m_expectations.broken.first().name), m_expectations.broken.first().first)
            + QLatin1Char(' ') + text;
    m_text->setText(text);
    if (m_impact.losesAnything() || m_expectations.breaks())
        m_text->setStyleSheet(QStringLiteral("color: #a0281e"));
    m_details->setVisible(!m_impact.isEmpty() || m_expectations.breaks());
}

std::unique_ptr<QDialog> ImpactLine::detailsDialog()
{
    Prompts::ImpactQuestion question(tr("What saving changes"), tr("If you save now:"), {}, {});
    question.impact = m_impact;
    question.expectations = m_expectations;
    question.store = &m_store;
    auto dialog = Prompts::impactDialog(this, question);
    dialog->setObjectName(QStringLiteral("impactDetailsDialog"));
    return dialog;
}

void ImpactLine::showDetails() { detailsDialog()->exec(); }

} // namespace warden
