#include "AuditFormat.h"

#include "RowTables.h"
#include "Store.h"

#include <QJsonDocument>

#include <variant>

namespace warden {

namespace {

QString keyText(Id id) { return QString::number(id); }
QString keyText(const QString& name) { return name; }

template <class T> using TableOf = RowTable<std::decay_t<T>>;

// "folder" is also how teams, connections and templates name their folder, so a later
// alternative of Row that matches takes precedence over an earlier one.
template <class T> struct Tag
{
    using type = T;
};

template <std::size_t... I> std::optional<Row> namedRow(const QJsonObject& object, std::index_sequence<I...>)
{
    std::optional<Row> row;
    auto tryKind = [&](auto tag) {
        using T = typename decltype(tag)::type;
        if (object.contains(RowTable<T>::auditKind()))
            row = RowTable<T>::fromAudit(object);
    };
    (tryKind(Tag<std::variant_alternative_t<I, Row>>{}), ...);
    return row;
}

} // namespace

QString rowKey(const Row& row)
{
    return std::visit(
        [&](const auto& r) -> QString {
            return QString::number(row.index()) + QLatin1Char(':') + keyText(TableOf<decltype(r)>::keyOf(r));
        },
        row);
}

QString describeRow(const Row& row)
{
    return std::visit([](const auto& r) { return TableOf<decltype(r)>::describe(r); }, row);
}

QList<Row> rowsNamedIn(const AuditEntry& entry)
{
    QList<Row> rows;
    for (const QJsonArray& side : {entry.before, entry.after}) {
        for (const QJsonValue& value : side) {
            if (std::optional<Row> row
                = namedRow(value.toObject(), std::make_index_sequence<std::variant_size_v<Row>>()))
                rows.append(std::move(*row));
        }
    }
    return rows;
}

// Compact JSON, a row at a time: the rows of a large plan are never held as one JSON tree.
QByteArray rowsJson(const std::vector<Change>& changes, bool after, const Directory& directory, const Catalog& catalog)
{
    const AuditNames names(directory, catalog, changes);
    QByteArray rows = "[";
    for (const Change& change : changes) {
        if (rows.size() > 1)
            rows += ',';
        const std::optional<Row>& row = after ? change.after : change.before;
        if (!row) {
            rows += "null";
            continue;
        }
        QJsonObject json = std::visit([&](const auto& r) { return TableOf<decltype(r)>::auditJson(r, names); }, *row);
        json.insert(QStringLiteral("version"), rowVersion(*row));
        rows += QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    return rows + ']';
}

} // namespace warden
