#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace warden {

// One field of a connection type, as its definition describes it.
struct FieldDef
{
    enum class Kind
    {
        Text,
        Url,
        Secret,
        Bool,
        Integer,
        Choice,
    };
    QString name;
    QString title;
    QString description;
    Kind kind = Kind::Text;
    bool required = false;
    QJsonValue defaultValue; // undefined: none
    QStringList choices; // Choice
    QString pattern; // Text: a regular expression the whole value must match
    QString format; // Secret: "url" for a URL that is itself a credential (a webhook); else empty
    std::optional<qint64> minimum; // Integer
    std::optional<qint64> maximum;
    // How "Test connection" sends the value: "basicUser", "basicPassword", "bearer" or
    // "header:NAME"; empty: not sent.
    QString sentAs;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Reading and checking connection type definitions and the properties of connections.
class ConnectionTypes
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTypes)

public:
    static QString kindKey(FieldDef::Kind kind);
    // The fields of a definition, or what is wrong with it (naming the field).
    static Result<QList<FieldDef>> fields(const ConnectionType& type);
    // Whether the type may be granted, released, or given new connections.
    static Status validate(const ConnectionType& type);
    // Checks a connection's properties and which secrets are set against its type: unknown fields,
    // missing required ones, values of the wrong kind. Messages name the field.
    static Status checkProperties(const QList<FieldDef>& fields, const QJsonObject& properties,
                                  const QSet<QString>& secretsSet);
    // Checks secrets typed in clear against their fields' format (sealed ones cannot be read).
    static Status checkSecrets(const QList<FieldDef>& fields, const QHash<QString, QString>& secrets);
    // Empty when text is an http or https address without user information; else what is wrong.
    static QString urlProblem(const QString& field, const QString& text);
    // Available at the folder (0: global scope): released, or the folder is in a granted subtree.
    static bool availableAt(const ConnectionType& type, Id folderId, const class Directory& directory);
    // The check URL with {field} replaced by the connection's properties; empty when the type has
    // none or a field it names is empty.
    static QString checkUrlFor(const ConnectionType& type, const Connection& connection);
    // The headers the check sends, from the fields marked sentAs: properties for text fields,
    // values (typed or revealed) for secrets. Empty values are left out.
    static HttpHeaders checkHeaders(const QList<FieldDef>& fields, const QJsonObject& properties,
                                    const QHash<QString, QString>& secrets);
};

} // namespace warden
