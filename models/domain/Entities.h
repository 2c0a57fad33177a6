#pragma once

#include "PermissionSet.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <variant>

namespace warden {

// Row identifiers; 0 means "none" (for a folder's parent: the top level).
using Id = qint64;

enum class UserStatus
{
    Invited,
    Active,
    Disabled,
};

QString statusKey(UserStatus status);
bool parseStatus(const QString& key, UserStatus* status);

struct User
{
    Id id = 0;
    QString username;
    QString fullName;
    QString email;
    UserStatus status = UserStatus::Active;
    QSet<Id> roles;
    int version = 0;
};

struct Role
{
    Id id = 0;
    QString name;
    int version = 0;
};

struct Folder
{
    Id id = 0;
    Id parentId = 0;
    QString name;
    bool inherit = false;
    int version = 0;
};

struct Team
{
    Id id = 0;
    Id folderId = 0;
    QString name;
    QString systemKind; // empty for a team an administrator created
    PermissionSet permissions;
    QSet<Id> users;
    QSet<Id> roles;
    int version = 0;

    bool isSystem() const { return !systemKind.isEmpty(); }
};

// The roles assigned to one global permission.
struct GlobalAssignment
{
    QString key;
    QSet<Id> roles;
    int version = 0;
};

using Row = std::variant<Folder, Team, User, Role, GlobalAssignment>;

// One row as it was before an edit and as it is after; a missing side means inserted or deleted.
struct Change
{
    std::optional<Row> before;
    std::optional<Row> after;

    const Row& row() const { return after ? *after : *before; }
};

} // namespace warden
