#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace warden {

void installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the chosen language too.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // A language chosen again replaces the one before; English does not fall back on German.
    for (QTranslator* earlier : QCoreApplication::instance()->findChildren<QTranslator*>(
             QStringLiteral("wardenTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    own->setObjectName(QStringLiteral("wardenTranslator"));
    // Without a translation of its own, a language gets English, whose file gives the plural forms:
    // "3 teams", never "3 team(s)".
    if (own->load(locale, QStringLiteral("warden"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/warden_en")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    qt->setObjectName(QStringLiteral("wardenTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace warden
