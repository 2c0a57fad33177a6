#include "ImpactLine.h"

#include "EditRunner.h"
#include "ImpactView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_impact = std::move(impact.value());
    m_text->setText(tr("Save: %1").arg(ImpactView::summary(m_impact, m_store.catalog())));
    if (m_impact.losesAnything())
        m_text->setStyleSheet(QStringLiteral("color: #a0281e"));
    m_details->setVisible(!m_impact.isEmpty());
}

void ImpactLine::showDetails()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("impactDetailsDialog"));
    dialog.setWindowTitle(tr("What saving changes"));
    auto* summary = new QLabel(m_text->text(), &dialog);
    summary->setWordWrap(true);
    auto* view = new ImpactView(&dialog);
    view->setImpact(m_impact, m_store.directory(), m_store.catalog());
    if (view->topLevelItemCount() == 1)
        view->expandItem(view->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

} // namespace warden
