#include "ConnectDialog.h"

#include "models/store/StoreAddress.h"
#include "TabOrder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace warden {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("warden"), this))
    , m_user(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    auto* intro = new QLabel(tr("Several administrators can work on one PostgreSQL database. The password is never "
                                "written to Warden's settings."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    orderTabsByLayout(this);
    updateButtons();
}

void ConnectDialog::setLocation(const QString& location)
{
    const PostgresAddress address = PostgresAddress::parse(location).value_or(PostgresAddress());
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setFocus();
}

QString ConnectDialog::location() const
{
    PostgresAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.user = m_user->text().trimmed();
    address.database = m_database->text().trimmed();
    return address.location();
}

QString ConnectDialog::password() const { return m_password->text(); }

bool ConnectDialog::rememberPassword() const { return m_remember->isChecked(); }

void ConnectDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
    m_connect->setEnabled(complete);
    m_connect->setToolTip(complete ? QString() : tr("Host, database and user are needed."));
}

} // namespace warden
