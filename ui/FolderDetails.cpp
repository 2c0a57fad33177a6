#include "FolderDetails.h"

#include "EditRunner.h"
#include "Prompts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace warden {

FolderDetails::FolderDetails(EditRunner& runner, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
    , m_title(new QLabel(this))
    , m_source(new QLabel(this))
    , m_jump(new QPushButton(this))
    , m_inherit(new QCheckBox(tr("&Inherit teams and permissions from parent folder"), this))
    , m_teamsTitle(new QLabel(this))
    , m_teams(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("folderDetails"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("folderTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_source->setObjectName(QStringLiteral("securitySource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_jump->setObjectName(QStringLiteral("jumpToRoot"));
    m_inherit->setObjectName(QStringLiteral("inheritBox"));
    m_teamsTitle->setTextFormat(Qt::PlainText);
    m_teams->setObjectName(QStringLiteral("teamList"));
    m_teams->setAccessibleName(tr("Teams"));
    m_teams->setColumnCount(3);
    m_teams->setHeaderLabels({tr("Team"), tr("Members"), tr("Permissions")});
    m_teams->setRootIsDecorated(false);
    m_teams->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_teams->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(m_jump);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(source);
    layout->addWidget(m_inherit);
    layout->addSpacing(8);
    layout->addWidget(m_teamsTitle);
    layout->addWidget(m_teams, 1);

    connect(m_jump, &QPushButton::clicked, this, [this] {
        Q_EMIT jumpRequested(m_runner.store().directory().securityRoot(m_folder));
    });
    connect(m_inherit, &QCheckBox::toggled, this, &FolderDetails::toggleInherit);
    connect(&m_runner.store(), &Store::changed, this, &FolderDetails::refresh);
    connect(&m_runner, &EditRunner::operatorChanged, this, &FolderDetails::refresh);
    refresh();
}

void FolderDetails::showFolder(Id folderId)
{
    m_folder = folderId;
    refresh();
}

void FolderDetails::refresh()
{
    const Store& store = m_runner.store();
    const Directory& d = store.directory();
    const Folder* folder = d.folder(m_folder);
    setEnabled(folder != nullptr);
    if (!folder) {
        m_title->setText(d.folders().isEmpty() ? tr("No folders yet") : tr("No folder selected"));
        m_source->clear();
        m_jump->hide();
        m_inherit->hide();
        m_teamsTitle->clear();
        m_teams->clear();
        return;
    }
    const Id rootId = d.securityRoot(m_folder);
    const QString rootPath = d.path(rootId);
    m_title->setText(d.path(m_folder));
    if (rootId == m_folder) {
        m_source->setText(folder->parentId == 0
                              ? tr("A top-level folder: its own teams and permissions apply here and to every "
                                   "subfolder that inherits.")
                              : tr("A security root: this folder has its own teams and permissions; subfolders "
                                   "that inherit follow them."));
        m_jump->hide();
    } else {
        m_source->setText(tr("Inherits its teams and permissions from %1. They are shown read-only; change them "
                             "there.").arg(rootPath));
        m_jump->setText(tr("&Go to %1").arg(d.folder(rootId)->name));
        m_jump->setToolTip(tr("Select %1, where these teams are defined").arg(rootPath));
        m_jump->show();
    }

    m_inherit->setVisible(folder->parentId != 0);
    {
        const QSignalBlocker blocker(m_inherit);
        m_inherit->setChecked(folder->inherit);
    }
    const bool mayEdit = store.access().holds(m_runner.operatorId(), m_folder, QStringLiteral("folder#edit_security"));
    m_inherit->setEnabled(mayEdit);
    m_inherit->setToolTip(mayEdit ? tr("Turn off to give this folder teams and permissions of its own.")
                                  : tr("Changing this needs folder#edit_security on %1.").arg(d.path(m_folder)));

    m_teamsTitle->setText(rootId == m_folder ? tr("Teams on this folder:")
                                             : tr("Teams (inherited from %1):").arg(rootPath));
    m_teams->clear();
    QList<const Team*> teams;
    for (Id teamId : d.teamsOn(rootId))
        teams.append(d.team(teamId));
    std::sort(teams.begin(), teams.end(), [](const Team* a, const Team* b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    for (const Team* team : teams) {
        QStringList members;
        for (Id roleId : team->roles)
            members.append(tr("role %1").arg(d.role(roleId)->name));
        for (Id userId : team->users)
            members.append(d.user(userId)->username);
        members.sort(Qt::CaseInsensitive);
        auto* item = new QTreeWidgetItem(m_teams);
        item->setText(0, team->isSystem() ? tr("%1 (system team)").arg(team->name) : team->name);
        item->setText(1, members.isEmpty() ? tr("(no members)") : members.join(QLatin1String(", ")));
        item->setText(2, QString::number(team->permissions.count()));
        item->setToolTip(1, members.join(QLatin1Char('\n')));
        item->setToolTip(2, store.catalog().folderKeys(team->permissions).join(QLatin1Char('\n')));
        if (rootId != m_folder)
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void FolderDetails::toggleInherit(bool inherit)
{
    const Directory& d = m_runner.store().directory();
    const Folder* folder = d.folder(m_folder);
    if (!folder)
        return;
    const QString path = d.path(m_folder);
    edit::SetInherit change{m_folder, inherit, edit::InheritChoice::CopyTeams};
    if (inherit) {
        const QString rootPath = d.path(d.securityRoot(folder->parentId));
        if (!m_prompts.confirmInheritOn(this, path, rootPath, int(d.teamsOn(m_folder).size()))) {
            refresh();
            return;
        }
    } else {
        const auto choice = m_prompts.inheritOff(this, path);
        if (!choice) {
            refresh();
            return;
        }
        change.choice = *choice;
    }
    if (!m_runner.run(change))
        refresh();
}

} // namespace warden
