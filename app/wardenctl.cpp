#include "app/cli/Cli.h"

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
    warden::Cli cli(out, err);
    return cli.run(app.arguments().mid(1));
}
