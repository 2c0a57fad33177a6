#include "AuditLogPage.h"

#include "AreaAction.h"
#include "EditRunner.h"
#include "RecordTable.h"
#include "TabOrder.h"
#include "models/items/AuditLogModel.h"
#include "models/store/Store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
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

    createHistoryActions();
    // Under both panes, so that neither is made wider by them.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QAction* action : {m_accessAt, m_compare, m_revert}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }

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
    layout->addLayout(buttons);

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
    orderTabsByLayout(this);
}

QString AuditLogPage::notice() const { return m_notice->text(); }

qint64 AuditLogPage::selectedEntry() const
{
    const AuditEntry* entry = m_model->entryAt(m_proxy->mapToSource(m_view->currentIndex()).row());
    return entry ? entry->id : 0;
}

// History from the entry selected: what access was right after it, what changed since, going back.
void AuditLogPage::createHistoryActions()
{
    m_accessAt = new QAction(tr("Show &Access at This Point"), this);
    m_accessAt->setObjectName(QStringLiteral("auditAccessAtAction"));
    m_accessAt->setToolTip(tr("Open Review as it was right after this change"));
    m_compare = new QAction(tr("&Compare with Now…"), this);
    m_compare->setObjectName(QStringLiteral("auditCompareAction"));
    m_compare->setToolTip(tr("What changed in everyone's access since this change"));
    m_revert = new QAction(tr("&Revert to This Point…"), this);
    m_revert->setObjectName(QStringLiteral("auditRevertAction"));
    connect(m_accessAt, &QAction::triggered, this, [this] { Q_EMIT accessAtRequested(selectedEntry()); });
    connect(m_compare, &QAction::triggered, this, [this] { Q_EMIT compareWithNowRequested(selectedEntry()); });
    connect(m_revert, &QAction::triggered, this, [this] { Q_EMIT revertRequested(selectedEntry()); });
    offerInContextMenu(m_view, {m_accessAt, m_compare, m_revert});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditLogPage::updateHistoryActions);
    // Rights change with the directory (someone takes Admin away).
    connect(&m_runner.store(), &Store::changed, this, &AuditLogPage::updateHistoryActions);
}

void AuditLogPage::updateHistoryActions()
{
    const qint64 entry = selectedEntry();
    m_accessAt->setEnabled(entry != 0);
    m_compare->setEnabled(entry != 0);
    const Status may = m_runner.store().rights(m_runner.operatorId()).require(Operation::ReplaceContent);
    m_revert->setEnabled(entry != 0 && may.ok());
    m_revert->setToolTip(may.ok() ? tr("Put every row back as it was right after this change, as one edit")
                                  : tr("Going back needs Admin"));
}

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
    updateHistoryActions();
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
