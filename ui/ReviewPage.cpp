#include "ReviewPage.h"

#include "AreaAction.h"
#include "EditRunner.h"
#include "FileDialogs.h"
#include "FolderFilterModel.h"
#include "GroupedHeaderView.h"
#include "ReviewText.h"

#include "models/items/ReviewPdf.h"
#include "models/items/ReviewModel.h"
#include "models/items/UserChoiceModel.h"
#include "models/items/UserTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QGuiApplication>
#include <QFrame>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace warden {

namespace {

QComboBox* userCombo(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(28);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return box;
}

QTextBrowser* browser(QWidget* parent, const QString& name)
{
    auto* text = new QTextBrowser(parent);
    text->setObjectName(name);
    text->setOpenLinks(false);
    return text;
}

} // namespace

ReviewPage::ReviewPage(const EditRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_store(runner.store())
    , m_model(new ReviewModel(m_store, this))
    , m_filter(new FolderFilterModel(this))
    , m_userBox(userCombo(this, QStringLiteral("reviewUser"), tr("Reviewed user")))
    , m_compareBox(userCombo(this, QStringLiteral("compareUser"), tr("Compare with")))
    , m_users(new UserChoiceModel({}, this))
    , m_compareUsers(new UserChoiceModel(tr("Nobody"), this))
    , m_folderFilter(new QLineEdit(this))
    , m_permissionFilter(new QLineEdit(this))
    , m_export(new QToolButton(this))
    , m_notice(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_why(browser(this, QStringLiteral("reviewExplanation")))
    , m_whoHas(browser(this, QStringLiteral("reviewHolders")))
    , m_global(browser(this, QStringLiteral("reviewGlobal")))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_filter->setSourceModel(m_model);
    m_userBox->setModel(m_users);
    m_compareBox->setModel(m_compareUsers);

    m_folderFilter->setObjectName(QStringLiteral("reviewFolderFilter"));
    m_folderFilter->setPlaceholderText(tr("Folder name or path (Ctrl+F)"));
    m_folderFilter->setAccessibleName(tr("Filter folders"));
    m_folderFilter->setClearButtonEnabled(true);
    m_permissionFilter->setObjectName(QStringLiteral("reviewPermissionFilter"));
    m_permissionFilter->setPlaceholderText(tr("Permission, key or group"));
    m_permissionFilter->setToolTip(tr("Show only the permission columns that match (Ctrl+Shift+F)"));
    m_permissionFilter->setAccessibleName(tr("Filter permissions"));
    m_permissionFilter->setClearButtonEnabled(true);
    markFindField(m_folderFilter);
    auto* findPermission = new QAction(tr("Find Permissions"), this);
    findPermission->setObjectName(QStringLiteral("reviewFindPermissionAction"));
    findPermission->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findPermission->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPermission, &QAction::triggered, m_permissionFilter, [this] {
        m_permissionFilter->setFocus();
        m_permissionFilter->selectAll();
    });
    addAction(findPermission);

    m_export->setObjectName(QStringLiteral("reviewExport"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save what is shown as CSV, HTML or PDF (Ctrl+Shift+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QToolButton::clicked, this, &ReviewPage::exportReview);

    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);

    auto* header = new GroupedHeaderView(ReviewModel::GroupRole, m_view);
    m_view->setObjectName(QStringLiteral("reviewTree"));
    m_view->setAccessibleName(tr("Permissions of the reviewed user on every folder"));
    m_view->setModel(m_filter);
    m_view->setHeader(header);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    header->setStretchLastSection(false);
    header->fitSections();
    header->resizeSection(0, 280);
    m_view->expandToDepth(0);

    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_why, tr("&Why"));
    m_tabs->addTab(m_whoHas, tr("Who &has it"));
    m_tabs->addTab(m_global, tr("&Global"));
    m_tabs->setTabToolTip(2, tr("Global permissions and the access to connections"));
    // Every tab's name stays whole: the pane is never narrower than its tabs.
    m_tabs->setUsesScrollButtons(false);

    auto* pick = new QFormLayout;
    pick->addRow(tr("&User:"), m_userBox);
    pick->addRow(tr("Compare &with:"), m_compareBox);
    auto* filters = new QFormLayout;
    filters->addRow(tr("F&olders:"), m_folderFilter);
    filters->addRow(tr("&Permissions:"), m_permissionFilter);
    // The people and the filters share the width; a long name in the list does not take it all.
    for (QComboBox* box : {m_userBox, m_compareBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(28);
    }
    auto* top = new QHBoxLayout;
    top->addLayout(pick, 1);
    top->addSpacing(16);
    top->addLayout(filters, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);

    createAsOf();

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 300});

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Review</h2>"), this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(m_asOfRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    fillUsers();
    connect(m_userBox, &QComboBox::currentIndexChanged, this, &ReviewPage::userChosen);
    connect(m_compareBox, &QComboBox::currentIndexChanged, this, &ReviewPage::userChosen);
    connect(m_folderFilter, &QLineEdit::textChanged, m_filter, &FolderFilterModel::setText);
    connect(m_permissionFilter, &QLineEdit::textChanged, this, &ReviewPage::updateColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::explainCurrent);
    for (QTextBrowser* text : {m_why, m_whoHas, m_global})
        connect(text, &QTextBrowser::anchorClicked, this, &ReviewPage::openLink);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, &ReviewPage::rememberExpansion);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewPage::restoreExpansion);
    connect(m_model, &ReviewModel::accessChanged, this, [this] {
        fillUsers();
        userChosen();
        updateAsOf(); // "now" names the newest change, whoever made it
    });
    createExpectationActions();
    userChosen();
    // The moment comes after the people and filters above it, before the tree below.
    QWidget::setTabOrder(m_export, m_asOf);
    QWidget::setTabOrder(m_asOf, m_earlier);
    QWidget::setTabOrder(m_earlier, m_later);
    QWidget::setTabOrder(m_later, m_nowButton);
    QWidget::setTabOrder(m_nowButton, m_banner->findChild<QPushButton*>());
    QWidget::setTabOrder(m_banner->findChild<QPushButton*>(), m_view);
}

// Expectations made where the question arises: on a cell (this user, this permission, this folder)
// and on who holds it there. Admin holders hold everything, so "only" starts with the roles that
// give Admin among the subjects.
void ReviewPage::createExpectationActions()
{
    m_expectHolds = new QAction(this);
    m_expectHolds->setObjectName(QStringLiteral("expectHoldsAction"));
    m_expectOnlyUser = new QAction(tr("Expect Nobody Else Holds This Here…"), this);
    m_expectOnlyUser->setObjectName(QStringLiteral("expectOnlyUserAction"));
    m_expectOnlyHolders = new QAction(tr("Expect Only These Users…"), this);
    m_expectOnlyHolders->setObjectName(QStringLiteral("expectOnlyHoldersAction"));
    auto request = [this](Expectation::Kind kind, bool holders) {
        const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
        const Id folderId = m_model->folderId(current);
        const int permission = current.isValid() ? ReviewModel::permissionAt(current.column()) : -1;
        if (!folderId || permission < 0)
            return;
        const Directory& d = m_model->shown().directory();
        Expectation e;
        e.kind = kind;
        e.folderId = folderId;
        e.permission = m_store.catalog().folderPermission(permission).key;
        if (holders) {
            for (Id userId : m_model->shown().whoHas(folderId, permission)) {
                if (!m_model->shown().isAdmin(userId))
                    e.users.insert(userId);
            }
        } else {
            e.users.insert(m_model->user());
        }
        if (kind == Expectation::Kind::Only)
            e.roles = d.global(m_store.catalog().adminKey()).roles.toSet();
        Q_EMIT expectationRequested(e);
    };
    connect(m_expectHolds, &QAction::triggered, this, [request] { request(Expectation::Kind::Holds, false); });
    connect(m_expectOnlyUser, &QAction::triggered, this, [request] { request(Expectation::Kind::Only, false); });
    connect(m_expectOnlyHolders, &QAction::triggered, this, [request] { request(Expectation::Kind::Only, true); });
    offerInContextMenu(m_view, {m_expectHolds, m_expectOnlyUser});
    // Who has it keeps its own menu (copy, select all), with the expectation below.
    m_whoHas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_whoHas, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        std::unique_ptr<QMenu> menu(m_whoHas->createStandardContextMenu(pos));
        menu->addSeparator();
        menu->addAction(m_expectOnlyHolders);
        menu->exec(m_whoHas->viewport()->mapToGlobal(pos));
    });
    connect(&m_runner, &EditRunner::operatorChanged, this, &ReviewPage::updateExpectationActions);
    updateExpectationActions();
}

// "As of": a date and time, with the log's entries as stops (earlier, later) and Now. While in the
// past, a banner says so over the whole area, with the way back.
void ReviewPage::createAsOf()
{
    m_asOf = new QDateTimeEdit(this);
    m_asOf->setObjectName(QStringLiteral("reviewAsOf"));
    m_asOf->setAccessibleName(tr("Review as of"));
    m_asOf->setTimeSpec(Qt::UTC);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setToolTip(tr("Show access as it was at this moment (after every change made until then)"));
    auto button = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        return b;
    };
    m_earlier = button(QStringLiteral("reviewEarlier"), tr("◀ Ea&rlier"), tr("The change before"));
    m_later = button(QStringLiteral("reviewLater"), tr("&Later ▶"), tr("The change after"));
    m_nowButton = button(QStringLiteral("reviewNow"), tr("&Now"), tr("Access as it is now"));
    m_asOfEntry = new QLabel(this);
    m_asOfEntry->setObjectName(QStringLiteral("reviewAsOfEntry"));
    m_asOfEntry->setTextFormat(Qt::PlainText);
    m_asOfRow = new QHBoxLayout;
    auto* label = new QLabel(tr("&As of:"), this);
    label->setBuddy(m_asOf);
    m_asOfRow->addWidget(label);
    m_asOfRow->addWidget(m_asOf);
    m_asOfRow->addWidget(m_earlier);
    m_asOfRow->addWidget(m_later);
    m_asOfRow->addWidget(m_nowButton);
    m_asOfRow->addWidget(m_asOfEntry, 1);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("reviewPastBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#reviewPastBanner { background: #fff1c2; border: 1px solid #d9b44a; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("reviewPastText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    auto* back = new QPushButton(tr("Back to Now"), m_banner);
    back->setObjectName(QStringLiteral("reviewBackToNow"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(back);
    m_banner->hide();

    connect(m_earlier, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_later, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_nowButton, &QToolButton::clicked, this, [this] { showAt(0); });
    connect(back, &QPushButton::clicked, this, [this] { showAt(0); });
    connect(m_asOf, &QDateTimeEdit::editingFinished, this, [this] {
        auto position = m_store.moment(m_asOf->dateTime().toUTC().toString(Qt::ISODateWithMs));
        if (!position) {
            updateAsOf();
            QMessageBox::information(this, tr("Review as of"), capitalized(position.error().message));
            return;
        }
        showAt(position.value());
    });
    connect(&m_runner, &EditRunner::operatorChanged, this, [this] { showAt(0); });
    updateAsOf();
}

QString ReviewPage::capitalized(const QString& message)
{
    return message.left(1).toUpper() + message.mid(1) + QLatin1Char('.');
}

Result<QList<AuditEntry>> ReviewPage::moments() const { return m_store.logFor(m_runner.operatorId()); }

QString ReviewPage::momentText(qint64 position) const
{
    if (auto entry = m_store.logEntryFor(m_runner.operatorId(), position, false))
        return tr("%1 (after entry #%2)").arg(entry->at.toUTC().toString(Qt::ISODate)).arg(position);
    return tr("entry #%1").arg(position);
}

bool ReviewPage::showAt(qint64 position)
{
    if (position == 0 || position >= m_store.position()) {
        if (m_model->inPast())
            m_model->setPast(nullptr, 0);
        updateAsOf();
        return true;
    }
    // Reading the past needs what reading the log needs.
    if (auto log = moments(); !log) {
        QMessageBox::information(this, tr("Review as of"), capitalized(log.error().message));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto past = m_store.directoryAt(position);
    QGuiApplication::restoreOverrideCursor();
    if (!past) {
        QMessageBox::warning(this, tr("Review as of"), capitalized(past.error().message));
        return false;
    }
    m_model->setPast(std::make_shared<const Directory>(std::move(past.value())), position);
    updateAsOf();
    return true;
}

void ReviewPage::step(int direction)
{
    auto log = moments();
    if (!log) {
        QMessageBox::information(this, tr("Review as of"), capitalized(log.error().message));
        return;
    }
    const qint64 current = m_model->inPast() ? m_model->position() : m_store.position();
    qint64 target = direction < 0 ? 0 : -1;
    for (const AuditEntry& entry : log.value()) {
        if (direction < 0 && entry.id < current)
            target = std::max(target, entry.id);
        if (direction > 0 && entry.id > current && (target < 0 || entry.id < target))
            target = entry.id;
    }
    if (direction < 0 && target == 0)
        return; // nothing before the oldest entry
    showAt(target < 0 ? 0 : target);
}

void ReviewPage::updateAsOf()
{
    const bool past = m_model->inPast();
    // One entry, not the whole log: this runs on every change.
    const Status mayRead = m_store.rights(m_runner.operatorId()).require(Operation::ReadLog);
    const bool readable = mayRead.ok();
    for (QWidget* w : std::initializer_list<QWidget*>{m_asOf, m_earlier})
        w->setEnabled(readable);
    m_later->setEnabled(readable && past);
    m_nowButton->setEnabled(past);
    if (!readable)
        m_asOf->setToolTip(capitalized(mayRead.error().message));
    std::optional<AuditEntry> entry;
    if (const qint64 at = past ? m_model->position() : m_store.position(); readable && at > 0) {
        if (auto read = m_store.logEntryFor(m_runner.operatorId(), at, false))
            entry = std::move(read.value());
    }
    const AuditEntry* shown = entry ? &*entry : nullptr;
    {
        const QSignalBlocker blocker(m_asOf);
        m_asOf->setDateTime(shown ? shown->at.toUTC() : QDateTime::currentDateTimeUtc());
    }
    m_asOfEntry->setText(!shown ? QString()
                             : past
                             ? tr("after entry #%1 by %2: %3").arg(shown->id).arg(shown->operatorName, shown->summary)
                             : tr("now (the newest change: #%1 by %2)").arg(shown->id).arg(shown->operatorName));
    m_banner->setVisible(past);
    if (past && shown)
        m_bannerText->setText(tr("<b>This is the past.</b> Access as it was on %1, right after change #%2 (%3). "
                                 "Nothing here can be changed.")
                                  .arg(shown->at.toUTC().toString(Qt::ISODate).toHtmlEscaped())
                                  .arg(shown->id)
                                  .arg(shown->summary.toHtmlEscaped()));
    updateExpectationActions();
}

void ReviewPage::updateExpectationActions()
{
    if (!m_expectHolds)
        return; // not made yet
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    const bool cell
        = m_model->folderId(current) && current.isValid() && ReviewModel::permissionAt(current.column()) >= 0;
    const bool may = !m_model->inPast() && m_store.rights(m_runner.operatorId()).may(Operation::GuardAccess);
    const User* user = m_model->shown().directory().user(m_model->user());
    m_expectHolds->setText(tr("Expect %1 Always Holds This Here…").arg(user ? user->username : QString()));
    for (QAction* action : {m_expectHolds, m_expectOnlyUser, m_expectOnlyHolders})
        action->setEnabled(cell && may);
}

void ReviewPage::fillUsers()
{
    const Id first = userIn(m_userBox);
    const Id second = userIn(m_compareBox);
    const QSignalBlocker blockFirst(m_userBox);
    const QSignalBlocker blockSecond(m_compareBox);
    m_users->setUsers(m_model->shown().directory());
    m_compareUsers->setUsers(*m_users);
    m_userBox->setCurrentIndex(std::max(0, m_users->rowOf(first)));
    m_compareBox->setCurrentIndex(std::max(0, m_compareUsers->rowOf(second)));
}

Id ReviewPage::userIn(const QComboBox* box) const { return box->currentData().value<Id>(); }

void ReviewPage::reviewUser(Id userId)
{
    const int at = m_users->rowOf(userId);
    if (at >= 0)
        m_userBox->setCurrentIndex(at);
}

void ReviewPage::compareWith(Id userId) { m_compareBox->setCurrentIndex(std::max(0, m_compareUsers->rowOf(userId))); }

void ReviewPage::userChosen()
{
    const Id first = userIn(m_userBox);
    const Id second = userIn(m_compareBox) == first ? 0 : userIn(m_compareBox);
    // The filter drops the rows a comparison hides as soon as the users change; when it ends, the
    // tree is open as it was before it began, not collapsed.
    const bool wasComparing = m_model->isComparing();
    rememberExpansion();
    if (second && !wasComparing)
        m_expandedBeforeComparing = m_expanded;
    else if (!second && wasComparing)
        m_expanded = m_expandedBeforeComparing;
    m_model->setUser(first);
    m_model->setComparedUser(second);
    m_filter->setRequiredRole(second ? int(ReviewModel::DifferenceRole) : 0);
    restoreExpansion();
    updateColumns();
    updateNotice();
    m_global->setHtml(ReviewText::globalPermissions(m_model->shown(), first));
    explainCurrent();
}

void ReviewPage::updateColumns()
{
    const QString text = m_permissionFilter->text().trimmed();
    const Catalog& catalog = m_store.catalog();
    const PermissionSet differing = m_model->differingPermissions();
    for (int permission = 0; permission < catalog.folderCount(); ++permission) {
        const PermissionInfo& info = catalog.folderPermission(permission);
        const bool matches = text.isEmpty() || info.title.contains(text, Qt::CaseInsensitive)
            || info.key.contains(text, Qt::CaseInsensitive) || info.group.contains(text, Qt::CaseInsensitive);
        const bool shown = matches && (!m_model->isComparing() || differing.test(permission));
        m_view->setColumnHidden(ReviewModel::columnOf(permission), !shown);
    }
    m_view->header()->viewport()->update();
    // The explanation is of a cell that can be seen, or of none.
    if (const QModelIndex current = m_view->currentIndex();
        current.isValid() && m_view->isColumnHidden(current.column())) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->selectionModel()->clearSelection();
    }
}

void ReviewPage::updateNotice()
{
    const Directory& d = m_model->shown().directory();
    const User* first = d.user(m_model->user());
    if (!first) {
        m_notice->setText(tr("There are no users to review."));
        return;
    }
    QStringList lines;
    if (first->status != UserStatus::Active)
        lines.append(tr("<b>%1</b> is %2 and holds nothing until active; shown is what they would hold then.")
                         .arg(first->username.toHtmlEscaped(), UserTableModel::statusText(first->status).toLower()));
    if (const User* second = d.user(m_model->comparedUser())) {
        lines.append(
            tr("Only the differences: <span style=\"background:#d4e9ff\">&nbsp;A&nbsp;</span> held only by <b>%1</b>, "
               "<span style=\"background:#ffe2c6\">&nbsp;B&nbsp;</span> held only by <b>%2</b>.")
                .arg(first->username.toHtmlEscaped(), second->username.toHtmlEscaped()));
        if (m_model->differingPermissions().isEmpty())
            lines.append(tr("They hold the same folder permissions everywhere."));
    } else if (m_model->shown().globalPermissions(first->id, true).test(m_store.catalog().known().admin)) {
        lines.append(
            tr("<b>%1</b> holds Admin: every folder permission on every folder.").arg(first->username.toHtmlEscaped()));
    } else {
        lines.append(tr("☑ granted by a team &nbsp; ▣ implied by a granted permission &nbsp; ☐ not held. "
                        "Select a cell to see why."));
    }
    m_notice->setText(lines.join(QLatin1String("<br>")));
}

void ReviewPage::selectCell(Id folderId, int permission)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(folderId, ReviewModel::columnOf(permission)));
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

void ReviewPage::explainCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    const Id folderId = m_model->folderId(current);
    const int permission = current.isValid() ? ReviewModel::permissionAt(current.column()) : -1;
    if (m_model->isComparing())
        m_why->setHtml(
            ReviewText::comparison(m_model->shown(), m_model->user(), m_model->comparedUser(), folderId, permission));
    else
        m_why->setHtml(ReviewText::explanation(m_model->shown(), m_model->user(), folderId, permission));
    m_whoHas->setHtml(ReviewText::whoHas(m_model->shown(), folderId, permission));
    updateExpectationActions();
}

void ReviewPage::openLink(const QUrl& url)
{
    const QString kind = url.host();
    // The past is read, not edited: its links lead to the places of today only when asked from now.
    if (m_model->inPast() && kind != QLatin1String("user"))
        return;
    const QString target = url.path().mid(1);
    const Id id = target.toLongLong();
    if (kind == QLatin1String("folder"))
        Q_EMIT folderRequested(id);
    else if (kind == QLatin1String("team"))
        Q_EMIT teamRequested(id, -1);
    else if (kind == QLatin1String("cell"))
        Q_EMIT teamRequested(target.section(QLatin1Char('/'), 0, 0).toLongLong(),
                             target.section(QLatin1Char('/'), 1, 1).toInt());
    else if (kind == QLatin1String("account"))
        Q_EMIT userRequested(id);
    else if (kind == QLatin1String("role"))
        Q_EMIT roleRequested(id);
    else if (kind == QLatin1String("user"))
        reviewUser(id);
    else if (kind == QLatin1String("global"))
        Q_EMIT globalPermissionRequested(target);
}

void ReviewPage::rememberExpansion()
{
    m_expanded.clear();
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex child = m_filter->index(row, 0, parent);
            if (m_view->isExpanded(child)) {
                m_expanded.append(m_model->folderId(m_filter->mapToSource(child)));
                pending.append(child);
            }
        }
    }
}

void ReviewPage::restoreExpansion()
{
    for (Id folderId : std::as_const(m_expanded))
        m_view->expand(m_filter->mapFromSource(m_model->indexOf(folderId)));
}

QList<Id> ReviewPage::shownFolders() const
{
    QList<Id> folders;
    QList<QModelIndex> pending{QModelIndex()};
    // Depth first, children in order: the tree's order.
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        if (parent.isValid())
            folders.append(m_model->folderId(m_filter->mapToSource(parent)));
        for (int row = m_filter->rowCount(parent) - 1; row >= 0; --row)
            pending.append(m_filter->index(row, 0, parent));
    }
    return folders;
}

Status ReviewPage::exportTo(const QString& path) const
{
    PermissionSet columns;
    for (int permission = 0; permission < m_store.catalog().folderCount(); ++permission) {
        if (!m_view->isColumnHidden(ReviewModel::columnOf(permission)))
            columns.set(permission);
    }
    ReviewReport report(m_model->shown(), m_model->user(), m_model->comparedUser(), shownFolders(), columns);
    const User* op = m_store.directory().user(m_runner.operatorId());
    report.setOperator(op ? op->username : QString());
    report.setSource(m_store.location());
    if (m_model->inPast())
        report.setMoment(momentText(m_model->position()));
    return writeReview(report, path);
}

void ReviewPage::exportReview()
{
    const User* user = m_model->shown().directory().user(m_model->user());
    if (!user)
        return;
    const QString name = QDir::home().filePath(tr("review-%1").arg(user->username));
    const QString path = FileDialogs::saveFileName(this, tr("Export review"), name + QStringLiteral(".html"),
                                                   tr("Report (*.html);;PDF (*.pdf);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); s.failed())
        QMessageBox::warning(this, tr("Export review"), s.error().message);
}

} // namespace warden
