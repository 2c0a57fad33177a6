#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Entities.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace warden {

// Ids a row keeps in a table of its own: owner → member.
template <class T>
struct MemberTable
{
    const char* table;
    const char* ownerColumn;
    const char* memberColumn;
    QSet<Id> T::*set;
    bool roles; // the members are roles (else users)
};

// Whether a row lies in a folder, and must (teams, templates) or may be global (connections).
enum class FolderLink
{
    None,
    Optional,
    Required,
};

// How one row type is stored: its table, its key column, its other columns, its member tables,
// and the conversions both ways. One specialisation per alternative of Row, all in RowTables.cpp:
// the store writes, reads one and reads all through it, so that a new row type is added there.
// A row is read from "key, columns..., version", in that order.
template <class T>
struct RowTable;

#define WARDEN_ROW_TABLE(T)                                                                                            \
    template <>                                                                                                        \
    struct RowTable<T>                                                                                                 \
    {                                                                                                                  \
        static const char* table();                                                                                    \
        static const char* keyColumn();                                                                                \
        static QStringList columns();                                                                                  \
        static QVariant key(const T& row);                                                                             \
        static QVariantList values(const T& row, const Catalog& catalog);                                              \
        static T read(const QSqlQuery& q, const Catalog& catalog);                                                     \
        static std::vector<MemberTable<T>> members();                                                                  \
        static FolderLink folderLink();                                                                                \
        static Id folderOf(const T& row);                                                                              \
    };

WARDEN_ROW_TABLE(Folder)
WARDEN_ROW_TABLE(Team)
WARDEN_ROW_TABLE(User)
WARDEN_ROW_TABLE(Role)
WARDEN_ROW_TABLE(GlobalAssignment)
WARDEN_ROW_TABLE(ConnectionType)
WARDEN_ROW_TABLE(Connection)
WARDEN_ROW_TABLE(Template)

#undef WARDEN_ROW_TABLE

// "key, columns..., version" of a row type, for SELECT.
template <class T>
QString selectedColumns()
{
    return (QStringList{QLatin1String(RowTable<T>::keyColumn())} + RowTable<T>::columns() + QStringList{QStringLiteral("version")})
        .join(QLatin1String(", "));
}

} // namespace warden
