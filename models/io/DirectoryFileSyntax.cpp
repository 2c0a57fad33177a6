// The directory file's syntax: JSON and YAML parsed safely into one tree, and written back.
#include "DirectoryFile.h"

#include "models/domain/BuiltinCatalog.h"
#include "FileAccess.h"
#include "models/domain/ConnectionTypes.h"

#include "models/access/AccessQuery.h"
#include "models/domain/Names.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace warden {

namespace {

// --- Parsing ----------------------------------------------------------------------------------

int depthOf(const QJsonValue& value)
{
    if (value.isArray()) {
        int deepest = 0;
        for (const QJsonValue& v : value.toArray())
            deepest = std::max(deepest, depthOf(v));
        return deepest + 1;
    }
    if (value.isObject()) {
        int deepest = 0;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    return 0;
}

// How a plain (unquoted) YAML scalar is read; export quotes strings that would read otherwise.
QJsonValue plainScalar(const QString& text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null")
        || text == QLatin1String("NULL"))
        return QJsonValue::Null;
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return false;
    if (integer.match(text).hasMatch() || real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

struct YamlConverter
{
    qint64 budget; // nodes left; aliases that expand far beyond the file run out of it
    bool exhausted = false;
    bool tooDeep = false;

    QJsonValue convert(const YAML::Node& node, int depth)
    {
        if (--budget < 0) {
            exhausted = true;
            return {};
        }
        if (depth > DirectoryFile::MaxDepth) {
            tooDeep = true;
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node& item : node) {
                array.append(convert(item, depth + 1));
                if (exhausted || tooDeep)
                    return {};
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const QString key = QString::fromStdString(it->first.Scalar());
                object.insert(key, convert(it->second, depth + 1));
                if (exhausted || tooDeep)
                    return {};
            }
            return object;
        }
        case YAML::NodeType::Scalar: {
            const QString text = QString::fromStdString(node.Scalar());
            return node.Tag() == "!" ? QJsonValue(text) : plainScalar(text);
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue::Null;
        }
        return {};
    }
};

int keyRank(const QString& key)
{
    static const QStringList first{QStringLiteral("version"),  QStringLiteral("name"),  QStringLiteral("username"),
                                   QStringLiteral("fullName"), QStringLiteral("email"), QStringLiteral("status"),
                                   QStringLiteral("inherit"),  QStringLiteral("roles"), QStringLiteral("users")};
    static const QStringList last{QStringLiteral("folders"), QStringLiteral("children")};
    if (first.contains(key))
        return int(first.indexOf(key));
    if (last.contains(key))
        return 1000 + int(last.indexOf(key));
    return 500;
}

void emitYaml(YAML::Emitter& out, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(),
                         [](const QString& a, const QString& b) { return keyRank(a) < keyRank(b); });
        out << YAML::BeginMap;
        for (const QString& key : keys) {
            out << YAML::Key << key.toStdString() << YAML::Value;
            emitYaml(out, object.value(key));
        }
        out << YAML::EndMap;
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue& item : array)
            emitYaml(out, item);
        out << YAML::EndSeq;
    } else if (value.isBool()) {
        out << (value.toBool() ? "true" : "false");
    } else if (value.isDouble()) {
        out << QString::number(value.toDouble()).toStdString();
    } else if (value.isNull()) {
        out << YAML::Null;
    } else {
        const QString text = value.toString();
        // Quote what a reader would take for something other than this string.
        if (!plainScalar(text).isString())
            out << YAML::DoubleQuoted;
        out << text.toStdString();
    }
}

} // namespace

Result<DirectoryFile::Format> DirectoryFile::formatOf(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Format::Yaml;
    return invalid(tr("%1: the file name must end in .json, .yaml or .yml").arg(fileName));
}

Result<QJsonValue> DirectoryFile::parse(const QByteArray& bytes, Format format)
{
    if (bytes.size() > MaxBytes)
        return invalid(tr("the file is larger than %1 MB").arg(MaxBytes / 1024 / 1024));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return invalid(tr("the file is not valid UTF-8"));
    if (format == Format::Json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = int(bytes.left(error.offset).count('\n')) + 1;
            return invalid(tr("line %1: %2").arg(line).arg(error.errorString()));
        }
        const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (depthOf(root) > MaxDepth)
            return invalid(tr("the file is nested deeper than %1 levels").arg(MaxDepth));
        return root;
    }
    try {
        const YAML::Node node = YAML::Load(bytes.toStdString());
        YamlConverter converter{std::max<qint64>(10000, bytes.size())};
        QJsonValue root = converter.convert(node, 0);
        if (converter.tooDeep)
            return invalid(tr("the file is nested deeper than %1 levels").arg(MaxDepth));
        if (converter.exhausted)
            return invalid(tr("the file expands to far more data than it holds (YAML aliases)"));
        return root;
    } catch (const YAML::Exception& e) {
        return invalid(tr("line %1: %2").arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
    } catch (const std::exception& e) {
        return invalid(tr("the file cannot be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

QByteArray DirectoryFile::serialize(const QJsonObject& tree, Format format)
{
    if (format == Format::Json)
        return QJsonDocument(tree).toJson(QJsonDocument::Indented);
    YAML::Emitter out;
    out.SetIndent(2);
    emitYaml(out, tree);
    return QByteArray(out.c_str()) + '\n';
}

} // namespace warden
