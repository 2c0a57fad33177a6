#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace warden {

// The directory file (JSON or YAML): reading it safely with errors that name the path in the file,
// and writing it in a stable order so that export, import, export gives the same bytes.
class DirectoryFile
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryFile)

public:
    enum class Format
    {
        Json,
        Yaml,
    };
    static constexpr qint64 MaxBytes = 512 * 1024 * 1024;
    static constexpr int MaxDepth = 256;

    static Result<Format> formatOf(const QString& fileName);
    // Parses either format into one tree; hostile input (bad UTF-8, deep nesting, alias bombs) is
    // reported as invalid.
    static Result<QJsonValue> parse(const QByteArray& bytes, Format format);
    // Builds a directory from the tree; every error names its path, e.g. folders[0].teams[1].name.
    static Result<Directory> read(const QJsonValue& tree, const Catalog& catalog);
    static Result<Directory> readFile(const QString& fileName, const Catalog& catalog);
    // The demo directory compiled into the program.
    static Result<Directory> demo(const Catalog& catalog);

    static QJsonObject write(const Directory& directory, const Catalog& catalog);
    static QByteArray serialize(const QJsonObject& tree, Format format);
};

} // namespace warden
