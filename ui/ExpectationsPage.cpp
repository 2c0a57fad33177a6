#include "ExpectationsPage.h"

#include "AreaAction.h"
#include "EditRunner.h"
#include "Prompts.h"
#include "RecordTable.h"
#include "ReviewText.h"

#include "models/items/ExpectationListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warden {

namespace {

// Violations shown with their explanations; the rest are counted.
constexpr int shownViolations = 25;

} // namespace

ExpectationsPage::ExpectationsPage(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_model(new ExpectationListModel(runner.store(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_add(new QPushButton(tr("&New Expectation…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("expectationsPage"));
    auto* title = new QLabel(tr("<h2>Expectations</h2>"), this);
    m_notice->setObjectName(QStringLiteral("expectationsNotice"));
    m_notice->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("expectationsFilter"));
    markFindField(m_filter);
    m_filter->setPlaceholderText(tr("Find by name, subject, permission or folder"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find expectations"));
    m_view->setObjectName(QStringLiteral("expectationsView"));
    m_view->setAccessibleName(tr("Expectations"));
    m_view->setModel(m_proxy);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setObjectName(QStringLiteral("expectationDetails"));
    m_details->setAccessibleName(tr("Violations and why"));
    m_details->setOpenLinks(false);
    m_add->setObjectName(QStringLiteral("addExpectation"));
    m_delete->setObjectName(QStringLiteral("deleteExpectation"));

    m_addAction
        = areaAction(this, tr("&New Expectation…"), "newExpectationAction", QKeySequence::New, [this] { create({}); });
    m_deleteAction = areaAction(this, tr("&Delete Expectation"), "deleteExpectationAction", QKeySequence::Delete,
                                &ExpectationsPage::deleteSelected);
    connect(m_add, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(m_delete, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    offerInContextMenu(m_view, {m_addAction, m_deleteAction});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("expectationsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setSizes({650, 450});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExpectationsPage::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ExpectationsPage::linkActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The statement is what is read; a long name is cut, with the whole of it in the tooltip.
        m_view->resizeColumnToContents(ExpectationListModel::NameColumn);
        m_view->setColumnWidth(ExpectationListModel::NameColumn,
                               std::min(m_view->columnWidth(ExpectationListModel::NameColumn), 200));
        m_view->horizontalHeader()->setSectionResizeMode(ExpectationListModel::StatementColumn, QHeaderView::Stretch);
        m_view->resizeColumnToContents(ExpectationListModel::StateColumn);
        if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        showDetails();
        operatorChanged();
    });
    connect(&m_runner, &EditRunner::operatorChanged, this, &ExpectationsPage::operatorChanged);
    operatorChanged();
}

QList<QAction*> ExpectationsPage::actions() const { return {m_addAction, m_deleteAction}; }

void ExpectationsPage::showEvent(QShowEvent* event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void ExpectationsPage::hideEvent(QHideEvent* event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

void ExpectationsPage::operatorChanged()
{
    const Rights rights = m_runner.store().rights(m_runner.operatorId());
    const bool may = rights.may(Operation::GuardAccess);
    const QString why
        = may ? QString() : tr("Adding and deleting expectations needs %1.").arg(rights.needed(Operation::GuardAccess));
    m_addAction->setEnabled(may);
    m_deleteAction->setEnabled(may && selected());
    for (QPushButton* button : {m_add, m_delete}) {
        button->setEnabled(button == m_add ? may : may && selected());
        button->setToolTip(why);
    }
    const int broken = m_model->brokenCount();
    QString text = tr("What must stay true about access. Every change, by anyone, from the window or the command "
                      "line, is checked against these before it is written.");
    if (broken > 0)
        text += QLatin1Char(' ') + tr("%n expectation(s) broken now.", nullptr, broken);
    if (!may)
        text += QLatin1Char(' ') + why;
    m_notice->setText(text);
}

const Expectation* ExpectationsPage::selected() const
{
    return m_model->expectationAt(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void ExpectationsPage::select(Id expectationId)
{
    const int row = m_model->rowOf(expectationId);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ExpectationsPage::showDetails()
{
    operatorChanged();
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    const Expectation* e = m_model->expectationAt(row);
    if (!e) {
        m_details->setHtml(tr("<p>Select an expectation to see whether it holds, and why not.</p>"));
        return;
    }
    const Store& store = m_runner.store();
    const ExpectationCheck check(store.directory(), store.catalog());
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(e->name.toHtmlEscaped(), check.statement(*e).toHtmlEscaped());
    if (!e->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(e->note.toHtmlEscaped());
    const QList<Violation>& violations = m_model->violationsAt(row);
    if (violations.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#1e6b2e\"><b>%1</b></p>").arg(tr("Holding: no violations."));
        m_details->setHtml(html);
        return;
    }
    html += QStringLiteral("<p style=\"color:#a0281e\"><b>%1</b></p>")
                .arg(tr("Broken: %n violation(s).", nullptr, int(violations.size())));
    const int permission = store.catalog().folderIndex(e->permission);
    for (qsizetype i = 0; i < std::min<qsizetype>(violations.size(), shownViolations); ++i) {
        const Violation& v = violations[i];
        html += QStringLiteral("<hr><p><b>%1</b></p>").arg(check.describe(*e, v).toHtmlEscaped());
        if (v.folderId)
            html += ReviewText::explanation(store.access(), v.userId, v.folderId, permission);
        else
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(ReviewText::link(QStringLiteral("user"), QString::number(v.userId)).toString(),
                             tr("Review %1").arg(store.directory().user(v.userId)->username.toHtmlEscaped()));
    }
    if (violations.size() > shownViolations)
        html += QStringLiteral("<hr><p>%1</p>")
                    .arg(tr("… and %n more violation(s).", nullptr, int(violations.size() - shownViolations)));
    m_details->setHtml(html);
}

void ExpectationsPage::create(const Expectation& start)
{
    Id created = 0;
    const bool added = m_prompts.newExpectation(this, m_runner.store(), start, [&](const Expectation& e) {
        return m_runner.attempt(edit::AddExpectation{e}, &created);
    });
    if (added && created) {
        m_model->setActive(true);
        select(created);
    }
}

void ExpectationsPage::deleteSelected()
{
    const Expectation* e = selected();
    if (!e)
        return;
    const QString name = e->name;
    if (!m_prompts.confirm(this, tr("Delete expectation"),
                           tr("Delete the expectation %1? Changes are no longer checked against it.").arg(name)))
        return;
    m_runner.run(edit::DeleteExpectation{e->id});
}

} // namespace warden
