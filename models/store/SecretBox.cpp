#include "SecretBox.h"

#include "PasswordVault.h"
#include "StoreFiles.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace warden {

namespace {

const QString keychainEntry = QStringLiteral("secrets-key");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray newKey()
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

// Created readable by its owner alone from the first moment: a file made with the usual mode and
// narrowed afterwards can be opened by anyone in between.
QString createPrivateFile(const QString& path, const QByteArray& content)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return QString::fromLocal8Bit(strerror(errno));
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size() && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written) {
        ::unlink(QFile::encodeName(path).constData());
        return QString::fromLocal8Bit(strerror(error));
    }
    return {};
}

} // namespace

SecretBox SecretBox::withKey(const QByteArray& key)
{
    SecretBox box;
    if (sodiumReady() && key.size() == KeyBytes)
        box.m_key = key;
    else
        box.m_problem = tr("the key must be %1 bytes").arg(KeyBytes);
    return box;
}

SecretBox SecretBox::load(bool create)
{
    SecretBox box;
    if (!sodiumReady()) {
        box.m_problem = tr("the cryptography library could not start");
        return box;
    }
    const QString path = qEnvironmentVariable("WARDEN_KEY_FILE");
    if (!path.isEmpty()) {
        if (Status s = StoreFiles::refuse(path); s.failed()) {
            box.m_problem = s.error().message;
            return box;
        }
        QFile file(path);
        if (file.exists()) {
            // A key others can read is no secret.
            if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
                box.m_problem
                    = tr("the key file %1 can be read by others; make it readable by its owner only (chmod 600)")
                          .arg(path);
                return box;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                box.m_problem = tr("cannot read the key file %1: %2").arg(path, file.errorString());
                return box;
            }
            const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
            if (key.size() != KeyBytes) {
                box.m_problem = tr("the key file %1 does not hold a key").arg(path);
                return box;
            }
            box.m_key = key;
            return box;
        }
        if (!create) {
            box.m_problem = tr("there is no key file at %1 yet").arg(path);
            return box;
        }
        const QByteArray key = newKey();
        if (const QString problem = createPrivateFile(path, key.toBase64() + '\n'); !problem.isEmpty()) {
            box.m_problem = tr("cannot create the key file %1: %2").arg(path, problem);
            return box;
        }
        box.m_key = key;
        return box;
    }
    // The keychain is asked once per process: where there is none, asking again only waits.
    static QByteArray cached;
    static bool asked = false;
    if (!asked) {
        asked = true;
        cached = QByteArray::fromBase64(PasswordVault::read(keychainEntry).toLatin1());
    }
    if (cached.size() != KeyBytes && create) {
        const QByteArray key = newKey();
        if (PasswordVault::write(keychainEntry, QString::fromLatin1(key.toBase64())))
            cached = key;
    }
    if (cached.size() == KeyBytes) {
        box.m_key = cached;
        return box;
    }
    box.m_problem = tr("no key: the system keychain has none (%1) and $WARDEN_KEY_FILE is not set")
                        .arg(PasswordVault::lastError().isEmpty() ? tr("not created yet") : PasswordVault::lastError());
    return box;
}

Result<QString> SecretBox::seal(const QString& plain) const
{
    if (!hasKey())
        return failed(tr("secrets cannot be stored: %1").arg(m_problem));
    const QByteArray message = plain.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()), nonce,
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return QString(QLatin1String(Prefix) + QString::fromLatin1(out.toBase64()));
}

Result<QString> SecretBox::open(const QString& sealed) const
{
    if (!hasKey())
        return failed(tr("secrets cannot be read: %1").arg(m_problem));
    if (!isSealed(sealed))
        return invalid(tr("the value is not a sealed secret"));
    const QByteArray data = QByteArray::fromBase64(sealed.mid(int(qstrlen(Prefix))).toLatin1());
    if (data.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return invalid(tr("the sealed secret is damaged"));
    const auto* nonce = reinterpret_cast<const unsigned char*>(data.constData());
    QByteArray plain(data.size() - int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(data.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(m_key.constData()))
        != 0)
        return failed(tr("the secret was sealed with another key"));
    return QString::fromUtf8(plain);
}

} // namespace warden
