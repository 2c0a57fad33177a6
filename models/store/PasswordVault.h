#pragma once

#include <QCoreApplication>
#include <QString>

namespace warden {

// Database passwords in the operating system's keychain, never in the settings file. Where no
// keychain is available (a headless machine), nothing is kept and lastError() says why.
class PasswordVault
{
    Q_DECLARE_TR_FUNCTIONS(PasswordVault)

public:
    static QString read(const QString& location);
    static bool write(const QString& location, const QString& password);
    static void forget(const QString& location);
    static QString lastError();
};

} // namespace warden
