#include "DifferenceDialog.h"

#include "ImpactView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace warden {

DifferenceDialog::DifferenceDialog(const Catalog& catalog, Store::Difference difference, const QString& since,
                                   QWidget* parent)
    : QDialog(parent)
    , m_difference(std::move(difference))
    , m_view(new ImpactView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("differenceDialog"));
    setWindowTitle(tr("Compare with now"));
    auto* heading
        = new QLabel(tr("<b>What changed in everyone's access since %1</b>").arg(since.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    const Impact& impact = m_difference.impact;
    QString summary = impact.isEmpty() ? tr("nobody's access changed") : ImpactView::summary(impact, catalog);
    summary[0] = summary[0].toUpper();
    auto* counts = new QLabel(summary + QLatin1Char('.'), this);
    counts->setObjectName(QStringLiteral("differenceSummary"));
    counts->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("differenceFilter"));
    m_filter->setPlaceholderText(tr("Show one user: name or username"));
    m_filter->setAccessibleName(tr("Filter users"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("differenceView"));
    m_view->setAccessibleName(tr("Permissions gained and lost per user since then"));
    m_view->setImpact(impact, m_difference.to, catalog);
    m_view->setMinimumHeight(320);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &DifferenceDialog::applyFilter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(counts);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

void DifferenceDialog::applyFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_view->topLevelItem(i);
        item->setHidden(!wanted.isEmpty() && !item->text(0).contains(wanted, Qt::CaseInsensitive));
    }
}

} // namespace warden
