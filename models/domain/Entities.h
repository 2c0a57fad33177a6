#pragma once

#include "IdSet.h"
#include "PermissionSet.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <variant>

namespace warden {

// Row identifiers (Id, in IdSet.h); 0 means "none" (for a folder's parent: the top level).

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
    IdSet roles;
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
    IdSet users;
    IdSet roles;
    int version = 0;

    bool isSystem() const { return !systemKind.isEmpty(); }
};

// The roles assigned to one global permission.
struct GlobalAssignment
{
    QString key;
    IdSet roles;
    int version = 0;
};

// What a user may do with a connection, from least to most.
enum class AccessLevel
{
    Deny, // does not see it
    DeleteOnly, // sees it to delete it, nothing else
    Use,
    Manage, // use and edit it, its access entries and allowed templates
};

QString levelKey(AccessLevel level); // deny, delete_only, use, manage
bool parseLevel(const QString& key, AccessLevel* level);

// A type of connection: its fields as a definition that may or may not validate (see
// ConnectionTypes), and where it is available: everywhere once released, else in the folders granted
// and their subtrees.
struct ConnectionType
{
    QString name; // the key, e.g. "jenkins"
    QString title;
    QJsonArray fields;
    QString checkUrl; // "{url}/api/json": a request that tests a connection; empty: no test
    bool released = false;
    QSet<Id> grants; // folders, while restricted
    int version = 0;
};

// One entry of a connection's Permissions tab: a user, a role or a team, and its level.
struct AccessEntry
{
    enum class Kind
    {
        User,
        Role,
        Team,
    };
    Kind kind = Kind::User;
    Id principal = 0;
    AccessLevel level = AccessLevel::Use;

    bool operator==(const AccessEntry& other) const
    {
        return kind == other.kind && principal == other.principal && level == other.level;
    }
};

struct Connection
{
    Id id = 0;
    Id folderId = 0; // 0: global
    QString type;
    QString title;
    QJsonObject properties; // every field but the secrets
    QHash<QString, QString> secrets; // sealed values by field name; never clear text
    AccessLevel defaultLevel = AccessLevel::Use;
    QList<AccessEntry> access;
    bool allTemplates = true;
    QSet<Id> allowedTemplates; // when not allTemplates
    int version = 0;
};

// A release template in a folder and the connections it uses.
struct Template
{
    Id id = 0;
    Id folderId = 0;
    QString name;
    QSet<Id> uses;
    int version = 0;
};

// A statement about access that must stay true (DESIGN.md, Guardrails → Expectations). Subjects and
// the folder are kept by id, so renaming them keeps the expectation.
struct Expectation
{
    enum class Kind
    {
        Holds, // every subject holds the permission on the folder (or globally)
        Never, // no subject holds it on the folder or beneath it
        Only, // nobody but the subjects holds it on the folder or beneath it
    };
    Id id = 0;
    QString name;
    Kind kind = Kind::Holds;
    QSet<Id> users;
    QSet<Id> roles;
    QString permission; // a folder permission's key with a folder, a global one without
    Id folderId = 0; // 0: global
    QString note;
    int version = 0;
};

QString kindKey(Expectation::Kind kind); // holds, never, only
bool parseKind(const QString& key, Expectation::Kind* kind);

using Row = std::variant<Folder, Team, User, Role, GlobalAssignment, ConnectionType, Connection, Template, Expectation>;

// Visits a row (or any variant) with one lambda per alternative.
template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// One row as it was before an edit and as it is after; a missing side means inserted or deleted.
struct Change
{
    std::optional<Row> before;
    std::optional<Row> after;

    const Row& row() const { return after ? *after : *before; }
};

} // namespace warden
