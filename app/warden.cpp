#include "ui/MainWindow.h"

#include "models/domain/BuiltinCatalog.h"

#include "models/io/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPainter>
#include <QSplashScreen>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Warden"));
    QApplication::setApplicationName(QStringLiteral("warden"));
    QApplication::setApplicationDisplayName(QStringLiteral("Warden"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer users, roles, folders and teams."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QApplication::translate("main",
                                                                 "The store to open (SQLite file or "
                                                                 "postgresql://USER@HOST:PORT/DB)."),
                                         QStringLiteral("STORE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main",
                                                                      "Save a picture of each screen into "
                                                                      "DIR and exit."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main",
                                                                "The language of the interface, e.g. de "
                                                                "(default: the system's)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main",
                                                                "The window size for --screenshot, e.g. "
                                                                "1024x700 (default: 1280x760)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x760"));
    parser.addOption(storeOption);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(langOption);
    parser.process(app);
    warden::installTranslations(parser.value(langOption));

    const QString location = parser.isSet(storeOption) ? parser.value(storeOption) : warden::Store::defaultLocation();
    // Something shows at once while a large store is read into memory.
    std::unique_ptr<QSplashScreen> splash;
    if (!parser.isSet(screenshotOption)) {
        QPixmap picture(QIcon(QStringLiteral(":/icons/security-root.svg")).pixmap(96, 96));
        QPixmap canvas(420, 150);
        canvas.fill(QColor(0xf4, 0xf7, 0xfb));
        QPainter painter(&canvas);
        painter.drawPixmap(20, 27, picture);
        QFont font = painter.font();
        font.setPointSize(font.pointSize() + 8);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(130, 30, 280, 40), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Warden"));
        painter.end();
        splash = std::make_unique<QSplashScreen>(canvas);
        splash->showMessage(QApplication::translate("main", "Opening %1…").arg(QDir::toNativeSeparators(location)),
                            Qt::AlignLeft | Qt::AlignBottom, Qt::darkGray);
        splash->show();
        QApplication::processEvents();
    }
    // Read after the translations are installed: its titles are shown in the language chosen.
    const auto catalog = warden::loadBuiltinCatalog();
    if (!catalog) {
        qCritical("%s", qPrintable(catalog.error().message));
        return 1;
    }
    auto store = warden::Store::open(location, warden::Store::OpenMode::Existing, catalog.value());
    if (splash)
        splash->close();
    if (!store) {
        if (parser.isSet(screenshotOption)) {
            qCritical("%s", qPrintable(store.error().message));
            return 1;
        }
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Warden"),
            QApplication::translate("main", "The store cannot be opened:\n%1").arg(store.error().message));
        return 1;
    }
    // Windows delete themselves when closed: opening another store replaces the window.
    auto* window = new warden::MainWindow(std::move(store.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        if (size.size() != 2 || width < 640 || height < 480) {
            qCritical("%s",
                      qPrintable(QApplication::translate("main",
                                                         "--size wants WIDTHxHEIGHT of at least "
                                                         "640x480, e.g. 1024x700; not '%1'.")
                                     .arg(parser.value(sizeOption))));
            return 1;
        }
        window->show();
        QApplication::processEvents();
        const bool saved = window->saveScreenshots(parser.value(screenshotOption), QSize(width, height));
        window->close();
        return saved ? 0 : 1;
    }
    window->show();
    return app.exec();
}
