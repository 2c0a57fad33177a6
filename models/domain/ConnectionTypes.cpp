#include "ConnectionTypes.h"

#include "Names.h"

#include "Directory.h"

#include <QRegularExpression>
#include <QUrl>

namespace warden {

namespace {

const QList<FieldDef::Kind> allKinds{FieldDef::Kind::Text, FieldDef::Kind::Url,     FieldDef::Kind::Secret,
                                     FieldDef::Kind::Bool, FieldDef::Kind::Integer, FieldDef::Kind::Choice};

bool isFieldName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-zA-Z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

Status checkSentAs(const FieldDef& field)
{
    if (field.sentAs.isEmpty())
        return {};
    static const QRegularExpression header(QStringLiteral("^header:[A-Za-z0-9-]+$"));
    const bool known = field.sentAs == QLatin1String("basicUser") || field.sentAs == QLatin1String("basicPassword")
        || field.sentAs == QLatin1String("bearer") || header.match(field.sentAs).hasMatch();
    if (!known)
        return invalid(ConnectionTypes::tr("sentAs must be basicUser, basicPassword, bearer or header:NAME, not '%1'")
                           .arg(field.sentAs));
    if (field.kind != FieldDef::Kind::Text && field.kind != FieldDef::Kind::Secret)
        return invalid(ConnectionTypes::tr("only a text or secret field can be sent with the check"));
    return {};
}

} // namespace

QString ConnectionTypes::kindKey(FieldDef::Kind kind)
{
    switch (kind) {
    case FieldDef::Kind::Text:
        return QStringLiteral("text");
    case FieldDef::Kind::Url:
        return QStringLiteral("url");
    case FieldDef::Kind::Secret:
        return QStringLiteral("secret");
    case FieldDef::Kind::Bool:
        return QStringLiteral("bool");
    case FieldDef::Kind::Integer:
        return QStringLiteral("integer");
    case FieldDef::Kind::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

Result<QList<FieldDef>> ConnectionTypes::fields(const ConnectionType& type)
{
    QList<FieldDef> result;
    QSet<QString> names;
    if (type.fields.isEmpty())
        return invalid(tr("type %1 has no fields").arg(type.name));
    for (int i = 0; i < type.fields.size(); ++i) {
        const QJsonObject json = type.fields[i].toObject();
        FieldDef field;
        field.name = json.value(QStringLiteral("name")).toString();
        const QString where
            = tr("type %1, field %2").arg(type.name, field.name.isEmpty() ? QString::number(i + 1) : field.name);
        if (!type.fields[i].isObject() || !isFieldName(field.name))
            return invalid(
                tr("%1: a field needs a name of letters, digits and _ that starts with a small letter").arg(where));
        if (names.contains(field.name))
            return invalid(tr("%1: the name is used twice").arg(where));
        names.insert(field.name);
        for (auto it = json.begin(); it != json.end(); ++it) {
            static const QStringList known{
                QStringLiteral("name"),    QStringLiteral("title"),    QStringLiteral("description"),
                QStringLiteral("kind"),    QStringLiteral("required"), QStringLiteral("default"),
                QStringLiteral("choices"), QStringLiteral("pattern"),  QStringLiteral("min"),
                QStringLiteral("max"),     QStringLiteral("sentAs"),   QStringLiteral("format")};
            if (!known.contains(it.key()))
                return invalid(tr("%1: unknown key '%2'").arg(where, it.key()));
        }
        field.title = json.value(QStringLiteral("title")).toString(field.name);
        field.description = json.value(QStringLiteral("description")).toString();
        const QString kind = json.value(QStringLiteral("kind")).toString();
        bool known = false;
        for (FieldDef::Kind candidate : allKinds) {
            if (kindKey(candidate) == kind) {
                field.kind = candidate;
                known = true;
            }
        }
        if (!known)
            return invalid(
                tr("%1: the kind must be text, url, secret, bool, integer or choice, not '%2'").arg(where, kind));
        field.required = json.value(QStringLiteral("required")).toBool(false);
        for (const QJsonValue& choice : json.value(QStringLiteral("choices")).toArray())
            field.choices.append(choice.toString());
        if (field.kind == FieldDef::Kind::Choice && field.choices.isEmpty())
            return invalid(tr("%1: a choice needs its choices").arg(where));
        field.pattern = json.value(QStringLiteral("pattern")).toString();
        if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).isValid())
            return invalid(tr("%1: the pattern is not a valid regular expression").arg(where));
        if (json.contains(QStringLiteral("min")))
            field.minimum = json.value(QStringLiteral("min")).toInteger();
        if (json.contains(QStringLiteral("max")))
            field.maximum = json.value(QStringLiteral("max")).toInteger();
        field.sentAs = json.value(QStringLiteral("sentAs")).toString();
        field.format = json.value(QStringLiteral("format")).toString();
        if (!field.format.isEmpty() && (field.kind != FieldDef::Kind::Secret || field.format != QLatin1String("url")))
            return invalid(tr("%1: only a secret field has a format, and the one format is url").arg(where));
        if (Status s = checkSentAs(field); s.failed())
            return invalid(tr("%1: %2").arg(where, s.error().message));
        if (json.contains(QStringLiteral("default"))) {
            field.defaultValue = json.value(QStringLiteral("default"));
            if (field.kind == FieldDef::Kind::Secret)
                return invalid(tr("%1: a secret cannot have a default").arg(where));
            if (Status s = checkProperties({field}, QJsonObject{{field.name, field.defaultValue}}, {}); s.failed())
                return invalid(tr("%1: the default does not fit: %2").arg(where, s.error().message));
        }
        result.append(field);
    }
    return result;
}

Status ConnectionTypes::validate(const ConnectionType& type)
{
    auto parsed = fields(type);
    if (!parsed)
        return parsed.error();
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    for (auto it = placeholder.globalMatch(type.checkUrl); it.hasNext();) {
        const QString name = it.next().captured(1);
        const bool known = std::any_of(parsed->cbegin(), parsed->cend(), [&](const FieldDef& f) {
            return f.name == name && f.kind != FieldDef::Kind::Secret;
        });
        if (!known)
            return invalid(
                tr("type %1: the check URL names {%2}, which is not a field of the type").arg(type.name, name));
    }
    QStringList sent;
    for (const FieldDef& field : parsed.value()) {
        if (field.sentAs.isEmpty())
            continue;
        const QString key = field.sentAs.toLower();
        if (sent.contains(key))
            return invalid(tr("type %1: two fields are sent as %2").arg(type.name, field.sentAs));
        sent.append(key);
    }
    if (sent.contains(QStringLiteral("bearer"))
        && (sent.contains(QStringLiteral("basicuser")) || sent.contains(QStringLiteral("basicpassword"))))
        return invalid(
            tr("type %1: a check sends either a bearer token or a user and password, not both").arg(type.name));
    return {};
}

HttpHeaders ConnectionTypes::checkHeaders(const QList<FieldDef>& fields, const QJsonObject& properties,
                                          const QHash<QString, QString>& secrets)
{
    HttpHeaders headers;
    QString user;
    QString password;
    bool basic = false;
    for (const FieldDef& field : fields) {
        const QString value = field.kind == FieldDef::Kind::Secret ? secrets.value(field.name)
                                                                   : properties.value(field.name).toString();
        if (field.sentAs.isEmpty() || value.isEmpty())
            continue;
        if (field.sentAs == QLatin1String("basicUser")) {
            user = value;
            basic = true;
        } else if (field.sentAs == QLatin1String("basicPassword")) {
            password = value;
            basic = true;
        } else if (field.sentAs == QLatin1String("bearer")) {
            headers.append({QByteArrayLiteral("Authorization"), "Bearer " + value.toUtf8()});
        } else {
            headers.append({field.sentAs.mid(7).toLatin1(), value.toUtf8()});
        }
    }
    if (basic)
        headers.append(
            {QByteArrayLiteral("Authorization"), "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()});
    return headers;
}

QString ConnectionTypes::urlProblem(const QString& field, const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("%1: '%2' is not an http or https address").arg(field, Names::echo(text));
    // Everyone who may see the connection would see them, and so would every export and the log.
    if (!url.userInfo().isEmpty())
        return tr("%1: an address must not carry a user name or password; put the password in the "
                  "password or token field")
            .arg(field);
    return {};
}

Status ConnectionTypes::checkSecrets(const QList<FieldDef>& fields, const QHash<QString, QString>& secrets)
{
    for (const FieldDef& field : fields) {
        const QString value = secrets.value(field.name);
        // A value already sealed ("sealed:v1:…", as an export writes it) cannot be read here.
        if (field.format != QLatin1String("url") || value.isEmpty() || value.startsWith(QLatin1String("sealed:")))
            continue;
        const QUrl url(value, QUrl::StrictMode);
        // Not echoed: the value is the secret.
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return invalid(tr("%1: the value is not an http or https address").arg(field.name));
    }
    return {};
}

Status ConnectionTypes::checkProperties(const QList<FieldDef>& fields, const QJsonObject& properties,
                                        const QSet<QString>& secretsSet)
{
    QHash<QString, const FieldDef*> byName;
    for (const FieldDef& field : fields)
        byName.insert(field.name, &field);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const FieldDef* field = byName.value(it.key());
        if (!field)
            return invalid(tr("%1: the type has no such field").arg(it.key()));
        if (field->kind == FieldDef::Kind::Secret)
            return invalid(tr("%1: a secret is set as a secret, not as a property").arg(field->name));
        const QJsonValue value = it.value();
        switch (field->kind) {
        case FieldDef::Kind::Text:
        case FieldDef::Kind::Url:
        case FieldDef::Kind::Choice: {
            if (!value.isString())
                return invalid(tr("%1: expected text").arg(field->name));
            const QString text = value.toString();
            if (field->kind == FieldDef::Kind::Url && !text.isEmpty()) {
                if (const QString problem = urlProblem(field->name, text); !problem.isEmpty())
                    return invalid(problem);
            }
            if (field->kind == FieldDef::Kind::Choice && !field->choices.contains(text))
                return invalid(tr("%1: '%2' is not one of %3")
                                   .arg(field->name, Names::echo(text), field->choices.join(QLatin1String(", "))));
            if (!field->pattern.isEmpty() && !text.isEmpty()
                && !QRegularExpression(QRegularExpression::anchoredPattern(field->pattern)).match(text).hasMatch())
                return invalid(tr("%1: '%2' does not have the expected form").arg(field->name, Names::echo(text)));
            break;
        }
        case FieldDef::Kind::Bool:
            if (!value.isBool())
                return invalid(tr("%1: expected true or false").arg(field->name));
            break;
        case FieldDef::Kind::Integer: {
            const double number = value.toDouble();
            if (!value.isDouble() || number != double(qint64(number)))
                return invalid(tr("%1: expected a whole number").arg(field->name));
            if ((field->minimum && qint64(number) < *field->minimum)
                || (field->maximum && qint64(number) > *field->maximum))
                return invalid(tr("%1: %2 is outside %3 to %4")
                                   .arg(field->name)
                                   .arg(qint64(number))
                                   .arg(field->minimum ? QString::number(*field->minimum) : QStringLiteral("…"),
                                        field->maximum ? QString::number(*field->maximum) : QStringLiteral("…")));
            break;
        }
        case FieldDef::Kind::Secret:
            break;
        }
    }
    for (const FieldDef& field : fields) {
        if (!field.required)
            continue;
        const bool present = field.kind == FieldDef::Kind::Secret
            ? secretsSet.contains(field.name)
            : properties.contains(field.name) && properties.value(field.name) != QJsonValue(QString());
        if (!present)
            return invalid(tr("%1 is required").arg(field.title));
    }
    for (const QString& name : secretsSet) {
        const FieldDef* field = byName.value(name);
        if (!field || field->kind != FieldDef::Kind::Secret)
            return invalid(tr("%1: the type has no such secret").arg(name));
    }
    return {};
}

bool ConnectionTypes::availableAt(const ConnectionType& type, Id folderId, const Directory& directory)
{
    if (type.released)
        return true;
    if (folderId == 0)
        return false;
    for (Id granted : type.grants) {
        if (directory.isWithin(folderId, granted))
            return true;
    }
    return false;
}

QString ConnectionTypes::checkUrlFor(const ConnectionType& type, const Connection& connection)
{
    QString url = type.checkUrl;
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    for (auto it = placeholder.globalMatch(type.checkUrl); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QJsonValue value = connection.properties.value(match.captured(1));
        const QString text
            = value.isString() ? value.toString() : (value.isDouble() ? QString::number(value.toInteger()) : QString());
        if (text.isEmpty())
            return {};
        QString trimmed = text;
        while (trimmed.endsWith(QLatin1Char('/')))
            trimmed.chop(1);
        url.replace(match.captured(0), trimmed);
    }
    return url;
}

} // namespace warden
