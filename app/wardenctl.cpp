#include "app/cli/Cli.h"

#include "models/domain/BuiltinCatalog.h"
#include "models/io/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Warden"));
    QCoreApplication::setApplicationName(QStringLiteral("warden"));
    warden::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto catalog = warden::loadBuiltinCatalog();
    if (!catalog) {
        err << QStringLiteral("wardenctl: error: ") << catalog.error().message << Qt::endl;
        return 1;
    }
    warden::Store::leaveMemoryToTheSystem();
    warden::Cli cli(out, err, catalog.value());
    return cli.run(app.arguments().mid(1));
}
