#include "ImpactView.h"

#include "models/items/ConnectionListModel.h"
#include "models/items/UserTableModel.h"

#include <QHeaderView>

#include <functional>

namespace warden {

namespace {

constexpr int UserIndexRole = Qt::UserRole + 1;

const QColor lossColour(0xa0, 0x28, 0x1e);
const QColor gainColour(0x1e, 0x6e, 0x32);

// Distinct permissions and places where something is gained (or lost), across all users. Regions
// share no folder, so folders are counted by region.
struct Side
{
    QSet<Id> users;
    QSet<int> regions;
    QSet<QString> titles;
    int connections = 0;
};

} // namespace

ImpactView::ImpactView(QWidget* parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("User / place"), tr("Gains"), tr("Loses")});
    setToolTip(tr("Open a user to see, per place, the permissions gained and lost."));
    setUniformRowHeights(true);
    header()->resizeSection(0, 320);
    header()->resizeSection(1, 150);
    connect(this, &QTreeWidget::itemExpanded, this, &ImpactView::fillChildren);
}

QString ImpactView::userName(const UserImpact& user)
{
    QString name = user.fullName.isEmpty() ? user.username : tr("%1 (%2)").arg(user.username, user.fullName);
    if (!user.status)
        name += tr(", deleted");
    else if (*user.status != UserStatus::Active)
        name += tr(", %1").arg(UserTableModel::statusText(*user.status).toLower());
    return name;
}

void ImpactView::clearImpact()
{
    m_impact = Impact();
    clear();
}

void ImpactView::setImpact(const Impact& impact, const Directory& directory, const Catalog& catalog)
{
    m_impact = impact;
    m_directory = &directory;
    m_catalog = &catalog;
    clear();
    QList<int> order;
    for (int i = 0; i < m_impact.users.size(); ++i)
        order.append(i);
    // Losses first, then by username.
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const bool la = m_impact.users.at(a).losesAnything(), lb = m_impact.users.at(b).losesAnything();
        return la != lb ? la : false;
    });
    QList<QTreeWidgetItem*> items;
    for (int index : std::as_const(order)) {
        const UserImpact& user = m_impact.users.at(index);
        // Folders under one security root change alike: each place counts once.
        int gained = user.globalGained.count(), lost = user.globalLost.count();
        for (const RegionChange& change : user.regions) {
            gained += change.gained.count();
            lost += change.lost.count();
        }
        for (const ConnectionChange& c : user.connections)
            (c.to > c.from ? gained : lost) += 1;
        auto* item = new QTreeWidgetItem({userName(user), gained ? tr("+%n permission(s)", nullptr, gained) : QString(),
                                          lost ? tr("−%n permission(s)", nullptr, lost) : QString()});
        item->setData(0, UserIndexRole, index);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        if (lost)
            item->setForeground(2, lossColour);
        items.append(item);
    }
    addTopLevelItems(items);
}

void ImpactView::fillChildren(QTreeWidgetItem* item)
{
    if (item->parent() || item->childCount() > 0 || !m_directory)
        return;
    const UserImpact& user = m_impact.users.at(item->data(0, UserIndexRole).toInt());
    const Catalog& catalog = *m_catalog;
    auto folderName = [&catalog](int p) {
        return tr("%1 (%2)").arg(catalog.folderPermission(p).title, catalog.folderPermission(p).key);
    };
    auto globalName = [&catalog](int p) { return tr("%1 (%2)").arg(catalog.global(p).title, catalog.global(p).key); };
    auto place = [&](const QString& where, int gained, int lost) {
        auto* row = new QTreeWidgetItem(item,
                                        {where, gained ? tr("+%n permission(s)", nullptr, gained) : QString(),
                                         lost ? tr("−%n permission(s)", nullptr, lost) : QString()});
        return row;
    };
    // A line across the whole width: nothing is cut at the edge of a column.
    auto line = [](QTreeWidgetItem* row, const QString& text, const QColor& colour) {
        auto* permission = new QTreeWidgetItem(row, {text});
        permission->setForeground(0, colour);
        permission->setFirstColumnSpanned(true);
    };
    auto permissions = [&](const QString& where, const PermissionSet& gained, const PermissionSet& lost,
                           const std::function<QString(int)>& name) {
        QTreeWidgetItem* row = place(where, gained.count(), lost.count());
        lost.forEach([&](int p) { line(row, tr("− loses %1").arg(name(p)), lossColour); });
        gained.forEach([&](int p) { line(row, tr("+ gains %1").arg(name(p)), gainColour); });
    };
    if (!user.globalGained.isEmpty() || !user.globalLost.isEmpty())
        permissions(tr("Global permissions"), user.globalGained, user.globalLost, globalName);
    for (const RegionChange& change : user.regions) {
        const Region& region = m_impact.regions.at(change.region);
        const Id first = region.folders.first();
        const int below = int(region.folders.size()) - 1;
        QString where = m_impact.path(first, *m_directory);
        if (m_impact.deleted(first))
            where = tr("%1 (deleted)").arg(where);
        if (below > 0)
            where = tr("%1 and %n inheriting subfolder(s)", nullptr, below).arg(where);
        permissions(where, change.gained, change.lost, folderName);
    }
    for (const ConnectionChange& c : user.connections) {
        const Impact::ConnectionInfo info = m_impact.connections.value(c.connectionId);
        const QString where = info.folderId ? tr("Connection %1 on %2").arg(info.title, info.folderPath)
                                            : tr("Connection %1 (global)").arg(info.title);
        const bool gains = c.to > c.from;
        QTreeWidgetItem* row = place(where, gains ? 1 : 0, gains ? 0 : 1);
        line(row, tr("%1 → %2").arg(ConnectionListModel::levelText(c.from), ConnectionListModel::levelText(c.to)),
             gains ? gainColour : lossColour);
    }
    // One place is opened at once; more are a click away.
    if (item->childCount() == 1)
        item->child(0)->setExpanded(true);
}

QString ImpactView::summary(const Impact& impact, const Catalog& catalog)
{
    if (impact.isEmpty())
        return tr("no one's access changes");
    Side gains, losses;
    for (const UserImpact& user : impact.users) {
        auto note = [&](Side& side, const PermissionSet& set, bool global, int region) {
            if (set.isEmpty())
                return;
            side.users.insert(user.userId);
            set.forEach([&](int p) {
                side.titles.insert(global ? catalog.global(p).title : catalog.folderPermission(p).title);
            });
            if (region >= 0)
                side.regions.insert(region);
        };
        note(gains, user.globalGained, true, -1);
        note(losses, user.globalLost, true, -1);
        for (const RegionChange& change : user.regions) {
            note(gains, change.gained, false, change.region);
            note(losses, change.lost, false, change.region);
        }
        for (const ConnectionChange& c : user.connections) {
            Side& side = c.to > c.from ? gains : losses;
            side.users.insert(user.userId);
            ++side.connections;
        }
    }
    auto describe = [&impact](const Side& side, bool gain) {
        qsizetype folders = 0;
        for (int region : side.regions)
            folders += impact.regions.at(region).folders.size();
        QStringList titles = side.titles.values();
        std::sort(titles.begin(), titles.end());
        const QString what
            = titles.size() <= 2 ? titles.join(tr(" and ")) : tr("%n permission(s)", nullptr, int(titles.size()));
        QString text = gain ? tr("%n user(s) gain", nullptr, int(side.users.size()))
                            : tr("%n user(s) lose", nullptr, int(side.users.size()));
        if (!titles.isEmpty())
            text += QLatin1Char(' ') + what;
        if (folders > 0)
            text += tr(" on %n folder(s)", nullptr, int(folders));
        if (side.connections > 0)
            text += (titles.isEmpty() ? QStringLiteral(" ") : tr(" and "))
                + tr("access to %n connection(s)", nullptr, side.connections);
        return text;
    };
    QStringList parts;
    // Losses first: they are what a change must not do by mistake.
    if (!losses.users.isEmpty())
        parts.append(describe(losses, false));
    if (!gains.users.isEmpty())
        parts.append(describe(gains, true));
    return parts.join(tr("; "));
}

} // namespace warden
