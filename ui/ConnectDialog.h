#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace warden {

// Asks for a PostgreSQL store: host, port, database, user and password.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // Fills the fields from an address postgresql://USER@HOST:PORT/DB.
    void setLocation(const QString& location);
    QString location() const; // without the password
    QString password() const;
    bool rememberPassword() const;

private:
    void updateButtons();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QPushButton* m_connect = nullptr;
};

} // namespace warden
