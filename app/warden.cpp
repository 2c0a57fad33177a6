#include "ui/MainWindow.h"

#include "models/io/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
                                         QApplication::translate("main", "The store to open (SQLite file or "
                                                                         "postgresql://USER@HOST:PORT/DB)."),
                                         QStringLiteral("STORE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a picture of each screen into "
                                                                              "DIR and exit."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "The language of the interface, e.g. de "
                                                                        "(default: the system's)."),
                                        QStringLiteral("LANG"));
    parser.addOption(storeOption);
    parser.addOption(screenshotOption);
    parser.addOption(langOption);
    parser.process(app);
    warden::installTranslations(parser.value(langOption));

    const QString location = parser.isSet(storeOption) ? parser.value(storeOption)
                                                       : warden::Store::defaultLocation();
    auto store = warden::Store::open(location, warden::Store::OpenMode::Existing);
    if (!store) {
        if (parser.isSet(screenshotOption)) {
            qCritical("%s", qPrintable(store.error().message));
            return 1;
        }
        QMessageBox::critical(nullptr, QApplication::translate("main", "Warden"),
                              QApplication::translate("main", "The store cannot be opened:\n%1")
                                  .arg(store.error().message));
        return 1;
    }
    // Windows delete themselves when closed: opening another store replaces the window.
    auto* window = new warden::MainWindow(std::move(store.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (parser.isSet(screenshotOption)) {
        window->show();
        QApplication::processEvents();
        const bool saved = window->saveScreenshots(parser.value(screenshotOption));
        window->close();
        return saved ? 0 : 1;
    }
    window->show();
    return app.exec();
}
