#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace warden {

// Seals connection secrets for storage (libsodium secretbox) and opens them again. The key is read
// from the file named by $WARDEN_KEY_FILE (mode 0600), else from the system keychain; without a key,
// secrets stay sealed: a store still opens and works, but cannot set or reveal them.
class SecretBox
{
    Q_DECLARE_TR_FUNCTIONS(SecretBox)

public:
    static constexpr const char* Prefix = "sealed:v1:";

    // The key of this machine or process, created on first use when create is true.
    static SecretBox load(bool create);
    // A box with a given key (32 bytes); for tests and key rotation.
    static SecretBox withKey(const QByteArray& key);

    bool hasKey() const { return m_key.size() == KeyBytes; }
    // Why there is no key: where it was looked for.
    QString problem() const { return m_problem; }
    Result<QString> seal(const QString& plain) const;
    Result<QString> open(const QString& sealed) const;
    static bool isSealed(const QString& value) { return value.startsWith(QLatin1String(Prefix)); }

private:
    static constexpr int KeyBytes = 32;
    QByteArray m_key;
    QString m_problem;
};

} // namespace warden
