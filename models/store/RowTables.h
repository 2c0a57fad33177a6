#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"
#include "models/domain/Entities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace warden {

// Ids a row keeps in a table of its own: owner → member.
template <class T> struct MemberTable
{
    QString table;
    QString ownerColumn;
    QString memberColumn;
    IdSet T::*set;
    bool roles; // the members are roles (else users)
};

// Whether a row lies in a folder, and must (teams, templates) or may be global (connections).
enum class FolderLink
{
    None,
    Optional,
    Required,
};

// How the audit log names the users and roles a row refers to: by name, also those that the
// change being logged deleted (found among its "before" rows).
class AuditNames
{
public:
    AuditNames(const Directory& directory, const Catalog& catalog, const std::vector<Change>& changes);

    const Directory& directory() const { return m_directory; }
    const Catalog& catalog() const { return m_catalog; }
    QString user(Id id) const;
    QString role(Id id) const;
    QJsonArray roles(const IdSet& ids) const;

private:
    const Directory& m_directory;
    const Catalog& m_catalog;
    QHash<Id, QString> m_deletedUsers;
    QHash<Id, QString> m_deletedRoles;
};

// How one row type is stored: its table, its key column, its other columns, its member tables,
// and the conversions both ways, and how messages and the audit log name it. One specialisation per
// alternative of Row, all in RowTables.cpp: the store writes, reads one and reads all through it,
// and the audit log is written and read through it, so that a new row type is added there.
// A row is read from "key, columns..., version", in that order.
template <class T> struct RowTable;

// Key: Id, or the name for rows named by it (global permissions, connection types).
#define WARDEN_ROW_TABLE(T, K)                                                                                         \
    template <> struct RowTable<T>                                                                                     \
    {                                                                                                                  \
        using Key = K;                                                                                                 \
        static const QString& table();                                                                                 \
        static const QString& keyColumn();                                                                             \
        static const QStringList& columns();                                                                           \
        static Key keyOf(const T& row);                                                                                \
        static QVariant key(const T& row) { return keyOf(row); }                                                       \
        static QVariantList values(const T& row, const Catalog& catalog);                                              \
        static T read(const QSqlQuery& q, const Catalog& catalog);                                                     \
        static const std::vector<MemberTable<T>>& members();                                                           \
        static FolderLink folderLink();                                                                                \
        static Id folderOf(const T& row);                                                                              \
        /* "folder 'Apps'", in messages */                                                                             \
        static QString describe(const T& row);                                                                         \
        /* The member of an audit object that says it is this kind of row: "folder", "team", ... */                    \
        static const QString& auditKind();                                                                             \
        static QJsonObject auditJson(const T& row, const AuditNames& names);                                           \
        /* The row an audit object names, with its key only. */                                                        \
        static T fromAudit(const QJsonObject& object);                                                                 \
    };

WARDEN_ROW_TABLE(Folder, Id)
WARDEN_ROW_TABLE(Team, Id)
WARDEN_ROW_TABLE(User, Id)
WARDEN_ROW_TABLE(Role, Id)
WARDEN_ROW_TABLE(GlobalAssignment, QString)
WARDEN_ROW_TABLE(ConnectionType, QString)
WARDEN_ROW_TABLE(Connection, Id)
WARDEN_ROW_TABLE(Template, Id)
WARDEN_ROW_TABLE(Expectation, Id)

#undef WARDEN_ROW_TABLE

// "key, columns..., version" of a row type, for SELECT.
template <class T> QString selectedColumns()
{
    return (QStringList{RowTable<T>::keyColumn()} + RowTable<T>::columns() + QStringList{QStringLiteral("version")})
        .join(QLatin1String(", "));
}

// A key as the database gives it back.
template <class K> K keyFrom(const QVariant& value)
{
    if constexpr (std::is_same_v<K, Id>)
        return value.toLongLong();
    else
        return value.toString();
}

} // namespace warden
