#include "AuditLogModel.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace warden {

AuditLogModel::AuditLogModel(const Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &Store::changed, this, &AuditLogModel::changed);
    connect(&store, &Store::reloaded, this, &AuditLogModel::changed);
}

Status AuditLogModel::setOperator(Id operatorId)
{
    m_operator = operatorId;
    changed();
    return m_store.rights(operatorId).require(Operation::ReadLog);
}

void AuditLogModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

// The whole log is read again only where someone looks at it: a large log costs nothing elsewhere.
void AuditLogModel::changed()
{
    m_stale = true;
    if (m_active)
        reload();
}

void AuditLogModel::reload()
{
    auto entries = m_store.logFor(m_operator);
    beginResetModel();
    m_entries = entries ? entries.value() : QList<AuditEntry>();
    std::reverse(m_entries.begin(), m_entries.end());
    m_stale = false;
    endResetModel();
}

const AuditEntry* AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int AuditLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = entryAt(index.row());
    if (!entry || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat);
    case OperatorColumn:
        return entry->operatorName;
    case DatabaseUserColumn:
        return entry->databaseUser;
    case ChangeColumn:
        return entry->summary;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case DatabaseUserColumn:
        return tr("Database user");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

namespace {

// The kind of a logged row by the key that names it; a team also names its folder, so order counts.
const char* const kinds[]
    = {"team", "connection", "template", "connectionType", "user", "role", "globalPermission", "folder"};

QString kindOf(const QJsonObject& row)
{
    for (const char* kind : kinds) {
        if (row.contains(QLatin1String(kind)))
            return QLatin1String(kind);
    }
    return {};
}

QString text(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(text(item));
        return items.join(QLatin1String(", "));
    }
    if (value.isBool())
        return value.toBool() ? AuditLogModel::tr("yes") : AuditLogModel::tr("no");
    if (value.isObject()) {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(it.key() + QLatin1String(": ") + text(it.value()));
        return items.join(QLatin1String(", "));
    }
    return value.toVariant().toString();
}

QString kindTitle(const QString& kind)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Team")},
        {QStringLiteral("connection"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Connection")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Template")},
        {QStringLiteral("expectation"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Expectation")},
        {QStringLiteral("connectionType"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Connection type")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "User")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Role")},
        {QStringLiteral("globalPermission"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Global permission")},
        {QStringLiteral("folder"), QT_TRANSLATE_NOOP("warden::AuditLogModel", "Folder")},
    };
    const char* title = titles.value(kind);
    return title ? AuditLogModel::tr(title) : kind;
}

} // namespace

QString AuditLogModel::describe(int row) const
{
    const AuditEntry* header = entryAt(row);
    if (!header)
        return {};
    auto whole = m_store.logEntryFor(m_operator, header->id);
    if (!whole)
        return QStringLiteral("<p>%1</p>").arg(whole.error().message.toHtmlEscaped());
    const AuditEntry& entry = whole.value();
    const Directory& d = m_store.directory();
    auto folderText = [&d](const QJsonValue& id) {
        const Id folderId = id.toString().toLongLong();
        return folderId == 0 ? tr("(top level)") : d.folder(folderId) ? d.path(folderId) : tr("(deleted folder)");
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(entry.summary.toHtmlEscaped());
    html += tr("<p>%1 by <b>%2</b> (database user %3)</p>")
                .arg(QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat),
                     entry.operatorName.toHtmlEscaped(), entry.databaseUser.toHtmlEscaped());
    const qsizetype rows = std::max(entry.before.size(), entry.after.size());
    if (rows == 0)
        html += tr("<p>The whole directory was replaced (created or imported).</p>");
    // A bulk change may touch thousands of rows: the first ones say what it did.
    constexpr qsizetype shownRows = 200;
    for (qsizetype i = 0; i < std::min(rows, shownRows); ++i) {
        const QJsonObject before = entry.before.at(i).toObject();
        const QJsonObject after = entry.after.at(i).toObject();
        const QJsonObject& any = after.isEmpty() ? before : after;
        const QString kind = kindOf(any);
        const QString state = before.isEmpty() ? tr("added") : after.isEmpty() ? tr("removed") : tr("changed");
        html += QStringLiteral("<h4>%1 %2 — %3</h4>")
                    .arg(kindTitle(kind), any.value(kind).toString().toHtmlEscaped(), state);
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        QString table;
        for (const QString& key : std::as_const(keys)) {
            if (key == QLatin1String("id") || key == QLatin1String("version") || before.value(key) == after.value(key))
                continue;
            const bool folderField
                = key == QLatin1String("parent") || (key == QLatin1String("folder") && kind != QLatin1String("folder"));
            auto shown = [&](const QJsonObject& side) {
                if (!side.contains(key))
                    return QString();
                return (folderField ? folderText(side.value(key)) : text(side.value(key))).toHtmlEscaped();
            };
            table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(key.toHtmlEscaped(), shown(before), shown(after));
        }
        if (!table.isEmpty())
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"3\"><tr><th></th><th>%1</th><th>%2</th></tr>%3</table>")
                        .arg(tr("Before"), tr("After"), table);
    }
    if (rows > shownRows)
        html += tr("<p>… and %n more changed row(s).</p>", nullptr, int(rows - shownRows));
    return html;
}

} // namespace warden
