#include "ConnectionsPage.h"

#include "ConnectionsPanel.h"
#include "EditRunner.h"
#include "MessageBar.h"
#include "Prompts.h"

#include "models/domain/CatalogText.h"
#include "models/domain/ConnectionTypes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace warden {

namespace {

constexpr int NameRole = Qt::UserRole + 1;
constexpr int ConnectionRole = Qt::UserRole + 2;
constexpr int TemplateRole = Qt::UserRole + 3;
constexpr int OutOfScopeRole = Qt::UserRole + 4;

} // namespace

ConnectionsPage::ConnectionsPage(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_message(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_global(new ConnectionsPanel(runner, prompts, this))
    , m_types(new QTreeWidget(this))
    , m_problems(new QTreeWidget(this))
    , m_release(new QPushButton(tr("&Release Everywhere…"), this))
    , m_unrelease(new QPushButton(tr("&Unrelease"), this))
    , m_grant(new QPushButton(tr("&Grant to Folder…"), this))
    , m_revoke(new QPushButton(tr("Re&voke Folder…"), this))
    , m_allow(new QPushButton(tr("&Allow"), this))
    , m_problemNote(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    m_global->setScope(0);

    m_types->setObjectName(QStringLiteral("connectionTypes"));
    m_types->setAccessibleName(tr("Connection types"));
    m_types->setRootIsDecorated(false);
    m_types->setHeaderLabels({tr("Type"), tr("Available"), tr("Definition"), tr("Connections")});
    m_types->header()->resizeSection(0, 170);
    m_types->header()->resizeSection(1, 300);
    m_types->header()->resizeSection(2, 260);
    auto* typesTab = new QWidget(this);
    auto* typeButtons = new QHBoxLayout;
    m_release->setObjectName(QStringLiteral("releaseType"));
    m_unrelease->setObjectName(QStringLiteral("unreleaseType"));
    m_grant->setObjectName(QStringLiteral("grantType"));
    m_revoke->setObjectName(QStringLiteral("revokeType"));
    for (QPushButton* button : {m_release, m_unrelease, m_grant, m_revoke})
        typeButtons->addWidget(button);
    typeButtons->addStretch();
    auto* typesLayout = new QVBoxLayout(typesTab);
    auto* typesNote
        = new QLabel(tr("A released type can be used everywhere. A restricted one only on the folders granted and "
                        "their subfolders; connections that exist keep working when it is restricted."),
                     typesTab);
    typesNote->setWordWrap(true);
    typesLayout->addWidget(typesNote);
    typesLayout->addLayout(typeButtons);
    typesLayout->addWidget(m_types, 1);

    m_problems->setObjectName(QStringLiteral("connectionProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Template"), tr("Uses"), tr("Defined in"), tr("Problem")});
    m_problems->header()->resizeSection(0, 320);
    m_problems->header()->resizeSection(1, 200);
    m_problems->header()->resizeSection(2, 240);
    m_problemNote->setWordWrap(true);
    auto* problemsTab = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsTab);
    auto* problemButtons = new QHBoxLayout;
    m_allow->setObjectName(QStringLiteral("allowTemplate"));
    problemButtons->addWidget(m_allow);
    problemButtons->addWidget(m_problemNote, 1);
    problemsLayout->addLayout(problemButtons);
    problemsLayout->addWidget(m_problems, 1);

    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    m_tabs->addTab(m_global, tr("Global connections"));
    m_tabs->addTab(typesTab, tr("Connection types"));
    m_tabs->addTab(problemsTab, tr("Problems"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Connections</h2>"), this));
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_release, &QPushButton::clicked, this, &ConnectionsPage::release);
    connect(m_unrelease, &QPushButton::clicked, this, &ConnectionsPage::unrelease);
    connect(m_grant, &QPushButton::clicked, this, &ConnectionsPage::grant);
    connect(m_revoke, &QPushButton::clicked, this, &ConnectionsPage::revoke);
    connect(m_allow, &QPushButton::clicked, this, &ConnectionsPage::allowSelected);
    connect(m_types, &QTreeWidget::currentItemChanged, this, &ConnectionsPage::updateButtons);
    connect(m_problems, &QTreeWidget::currentItemChanged, this, &ConnectionsPage::updateButtons);
    connect(m_problems, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const Template* t = m_runner.store().directory().releaseTemplate(item->data(0, TemplateRole).value<Id>()))
            Q_EMIT folderRequested(t->folderId);
    });
    connect(m_global, &ConnectionsPanel::folderRequested, this, &ConnectionsPage::folderRequested);
    connect(&runner.store(), &Store::changed, this, &ConnectionsPage::refresh);
    connect(&runner.store(), &Store::reloaded, this, &ConnectionsPage::refresh);
    connect(&runner, &EditRunner::operatorChanged, this, &ConnectionsPage::refresh);
    refresh();
}

void ConnectionsPage::refresh()
{
    const Directory& d = m_runner.store().directory();
    const QString type = currentType();
    m_types->clear();
    QList<const ConnectionType*> types;
    for (const ConnectionType& t : d.connectionTypes())
        types.append(&t);
    std::sort(types.begin(), types.end(), [](const ConnectionType* a, const ConnectionType* b) {
        return a->title.compare(b->title, Qt::CaseInsensitive) < 0;
    });
    QHash<QString, int> counts;
    for (const Connection& c : d.connections())
        ++counts[c.type];
    for (const ConnectionType* t : std::as_const(types)) {
        QStringList grants;
        for (Id id : t->grants)
            grants.append(d.path(id));
        grants.sort(Qt::CaseInsensitive);
        const QString available = t->released ? tr("Released everywhere")
            : grants.isEmpty()                ? tr("Restricted: no folder")
                                              : tr("Restricted: %1").arg(grants.join(QLatin1String(", ")));
        const Status valid = ConnectionTypes::validate(*t);
        auto* item = new QTreeWidgetItem(m_types,
                                         {catalogText(t->title), available,
                                          valid.failed() ? tr("Broken: %1").arg(valid.error().message) : tr("Valid"),
                                          QString::number(counts.value(t->name))});
        item->setData(0, NameRole, t->name);
        item->setToolTip(1, available);
        item->setToolTip(2,
                         valid.failed() ? valid.error().message
                                        : tr("The definition validates: the type can be granted and released."));
        if (valid.failed())
            item->setForeground(2, QColor(0xa0, 0x28, 0x1e));
    }
    selectType(type);

    m_problems->clear();
    const AccessQuery access = m_runner.store().access();
    for (const ConnectionProblem& problem : access.connectionProblems()) {
        const Template* t = d.releaseTemplate(problem.templateId);
        const Connection* c = d.connection(problem.connectionId);
        const bool outOfScope = problem.kind == ConnectionProblem::Kind::OutOfScope;
        const QString what
            = outOfScope ? tr("Not visible from the template's folder") : tr("Not on its allowed templates");
        auto* item = new QTreeWidgetItem(m_problems,
                                         {tr("%1 — %2").arg(d.path(t->folderId), t->name), c->title,
                                          c->folderId ? d.path(c->folderId) : tr("Global"), what});
        item->setData(0, TemplateRole, t->id);
        item->setData(0, ConnectionRole, c->id);
        item->setData(0, OutOfScopeRole, outOfScope);
        const QString why = outOfScope
            ? tr("%1 uses %2, which is defined on %3: a folder that neither holds the template nor "
                 "is above it. Move the template, or define the connection where both can see it.")
                  .arg(t->name, c->title, d.path(c->folderId))
            : tr("%1 uses %2, which allows only the templates on its list.").arg(t->name, c->title);
        for (int column = 0; column < m_problems->columnCount(); ++column)
            item->setToolTip(column, why);
    }
    m_tabs->setTabText(
        2, m_problems->topLevelItemCount() ? tr("Problems (%1)").arg(m_problems->topLevelItemCount()) : tr("Problems"));
    updateButtons();
}

QString ConnectionsPage::currentType() const
{
    return m_types->currentItem() ? m_types->currentItem()->data(0, NameRole).toString() : QString();
}

void ConnectionsPage::selectType(const QString& name)
{
    for (int i = 0; i < m_types->topLevelItemCount(); ++i) {
        if (m_types->topLevelItem(i)->data(0, NameRole).toString() == name)
            m_types->setCurrentItem(m_types->topLevelItem(i));
    }
}

void ConnectionsPage::updateButtons()
{
    const Store& store = m_runner.store();
    const Rights rights = store.rights(m_runner.operatorId());
    const bool admin = rights.may(Operation::Administer);
    const ConnectionType* type = store.directory().connectionType(currentType());
    const bool valid = type && ConnectionTypes::validate(*type).ok();
    const QString needsAdmin = tr("Only administrators change where connection types are available.");
    m_release->setEnabled(admin && valid && !type->released);
    m_unrelease->setEnabled(admin && type && type->released);
    m_grant->setEnabled(admin && valid && !type->released);
    m_revoke->setEnabled(admin && type && !type->released && !type->grants.isEmpty());
    for (QPushButton* button : {m_release, m_unrelease, m_grant, m_revoke})
        button->setToolTip(!admin ? needsAdmin
                                  : (type && !valid ? tr("The type's definition must be fixed first.") : QString()));

    QTreeWidgetItem* problem = m_problems->currentItem();
    const Id connection = problem ? problem->data(0, ConnectionRole).value<Id>() : 0;
    const bool outOfScope = problem && problem->data(0, OutOfScopeRole).toBool();
    const bool mayUse = connection && rights.level(connection) >= AccessLevel::Use;
    m_allow->setEnabled(mayUse && !outOfScope);
    m_problemNote->setText(!problem ? tr("Select a problem; Allow lets that template use its connection.")
                               : outOfScope
                               ? tr("Allow cannot help: the template's folder does not see this connection.")
                               : mayUse ? tr("Allow needs Use or Manage on the connection, which you hold.")
                                        : tr("Allow needs Use or Manage on the connection."));
}

void ConnectionsPage::setAvailability(const QString& type, int action, Id folderId)
{
    m_runner.run(edit::SetTypeAvailability{type, edit::Availability(action), folderId}, m_message);
    selectType(type);
}

void ConnectionsPage::release()
{
    const ConnectionType* type = m_runner.store().directory().connectionType(currentType());
    if (!type)
        return;
    const QString question = type->grants.isEmpty()
        ? tr("Release %1 everywhere?").arg(catalogText(type->title))
        : tr("Release %1 everywhere? Its %n folder grant(s) are cleared, and unreleasing later will not "
             "bring them back.",
             nullptr, int(type->grants.size()))
              .arg(catalogText(type->title));
    if (m_prompts.confirm(this, tr("Release connection type"), question))
        setAvailability(type->name, int(edit::Availability::Release), 0);
}

void ConnectionsPage::unrelease()
{
    if (!currentType().isEmpty())
        setAvailability(currentType(), int(edit::Availability::Unrelease), 0);
}

void ConnectionsPage::grant()
{
    const QString type = currentType();
    if (type.isEmpty())
        return;
    if (auto folder = m_prompts.folder(this, m_runner.store(), tr("Grant %1").arg(type), tr("&Folder:")))
        setAvailability(type, int(edit::Availability::Grant), *folder);
}

void ConnectionsPage::revoke()
{
    const QString type = currentType();
    if (type.isEmpty())
        return;
    if (auto folder = m_prompts.folder(this, m_runner.store(), tr("Revoke %1").arg(type), tr("&Folder:")))
        setAvailability(type, int(edit::Availability::Revoke), *folder);
}

void ConnectionsPage::allowSelected()
{
    QTreeWidgetItem* item = m_problems->currentItem();
    if (!item)
        return;
    m_runner.run(
        edit::AllowTemplate{item->data(0, ConnectionRole).value<Id>(), item->data(0, TemplateRole).value<Id>()},
        m_message);
}

} // namespace warden
