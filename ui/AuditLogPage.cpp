#include "AuditLogPage.h"

#include "AreaAction.h"
#include "EditRunner.h"
#include "RecordTable.h"
#include "models/items/AuditLogModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warden {

AuditLogPage::AuditLogPage(EditRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_model(new AuditLogModel(runner.store(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto* title = new QLabel(tr("<h2>Audit log</h2>"), this);
    m_notice->setObjectName(QStringLiteral("auditNotice"));
    m_notice->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    markFindField(m_filter);
    m_filter->setPlaceholderText(tr("Find changes by operator, database user or what changed"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find changes"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit log"));
    m_view->setModel(m_proxy);
    setUpRecordTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("What the change did"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setSizes({700, 400});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditLogPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column : {AuditLogModel::TimeColumn, AuditLogModel::OperatorColumn, AuditLogModel::DatabaseUserColumn})
            m_view->resizeColumnToContents(column);
        if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        showDetails();
    });
    connect(&m_runner, &EditRunner::operatorChanged, this, &AuditLogPage::operatorChanged);
    operatorChanged();
}

QString AuditLogPage::notice() const { return m_notice->text(); }

void AuditLogPage::showEvent(QShowEvent* event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void AuditLogPage::hideEvent(QHideEvent* event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

void AuditLogPage::operatorChanged()
{
    const Status s = m_model->setOperator(m_runner.operatorId());
    m_filter->setEnabled(s.ok());
    m_notice->setText(s.failed()
                          ? s.error().message.left(1).toUpper() + s.error().message.mid(1) + QLatin1Char('.')
                          : tr("Every change made to this store, newest first, with who made it. Nothing here can be "
                               "changed or deleted."));
}

void AuditLogPage::showDetails()
{
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    m_details->setHtml(m_model->entryAt(row) ? m_model->describe(row)
                                             : tr("<p>Select a change to see what it did.</p>"));
}

} // namespace warden
