#pragma once

#include <QCoreApplication>
#include <QString>

namespace warden {

// Texts that come from the shipped data files (the catalog and the connection types), translated
// like the program's own strings. scripts/update-translations lists them for lupdate in
// translations/catalog-strings.cpp. A text no translation knows, such as a custom type's, is
// returned as it is.
inline QString catalogText(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate("Catalog", source.constData());
}

} // namespace warden
