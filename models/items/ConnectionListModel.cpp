#include "ConnectionListModel.h"

#include "models/domain/CatalogText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace warden {

QString ConnectionListModel::levelText(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Deny:
        return ConnectionListModel::tr("None (deny)");
    case AccessLevel::DeleteOnly:
        return ConnectionListModel::tr("Delete only");
    case AccessLevel::Use:
        return ConnectionListModel::tr("Use");
    case AccessLevel::Manage:
        return ConnectionListModel::tr("Manage");
    }
    return {};
}

ConnectionListModel::ConnectionListModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::changed, this, [this](const std::vector<Change>& changes) {
        for (const Change& change : changes) {
            const Row& row = change.row();
            if (!std::holds_alternative<GlobalAssignment>(row) && !std::holds_alternative<Template>(row)) {
                rebuild();
                return;
            }
        }
    });
    connect(&store, &Store::reloaded, this, &ConnectionListModel::rebuild);
    rebuild();
}

void ConnectionListModel::setScope(Id folderId)
{
    m_scope = folderId;
    rebuild();
}

void ConnectionListModel::setOperator(Id userId)
{
    m_operator = userId;
    if (!m_connections.isEmpty())
        Q_EMIT dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
}

// The scope's own first, by title; then each ancestor's, nearest first; then the global ones.
void ConnectionListModel::rebuild()
{
    beginResetModel();
    const Directory& d = m_store.directory();
    if (m_scope != 0 && !d.folder(m_scope))
        m_scope = 0;
    m_connections.clear();
    QList<Id> scopes;
    for (Id at = m_scope; at != 0; at = d.folder(at)->parentId)
        scopes.append(at);
    scopes.append(0);
    for (Id scope : std::as_const(scopes)) {
        QList<Id> ids = d.connectionsOn(scope);
        std::sort(ids.begin(), ids.end(), [&d](Id a, Id b) {
            return d.connection(a)->title.compare(d.connection(b)->title, Qt::CaseInsensitive) < 0;
        });
        m_connections += ids;
    }
    endResetModel();
}

int ConnectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConnectionListModel::data(const QModelIndex& index, int role) const
{
    const Directory& d = m_store.directory();
    const Connection* c = d.connection(connectionAt(index.row()));
    if (!c || !index.isValid())
        return {};
    const bool inherited = c->folderId != m_scope;
    const ConnectionType* type = d.connectionType(c->type);
    const QString where = c->folderId == 0 ? tr("Global") : d.path(c->folderId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return c->title;
        case TypeColumn:
            return type ? catalogText(type->title) : c->type;
        case DefinedColumn:
            return inherited ? tr("%1 (inherited)").arg(where) : where;
        case LevelColumn:
            return levelText(m_store.access().connectionLevel(m_operator, c->id));
        }
        return {};
    case Qt::ToolTipRole:
        if (inherited)
            return tr("%1 is defined on %2; it is available here and below. Double-click the Defined on column to go "
                      "there.")
                .arg(c->title, where);
        return tr("%1 is defined here.").arg(c->title);
    case Qt::ForegroundRole:
        if (inherited)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == TitleColumn && !inherited) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ConnectionIdRole:
        return c->id;
    case DefinedOnRole:
        return c->folderId;
    case InheritedRole:
        return inherited;
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case DefinedColumn:
        return tr("Defined on");
    case LevelColumn:
        return tr("Your access");
    }
    return {};
}

} // namespace warden
