#pragma once

#include "models/domain/ConnectionTypes.h"
#include "models/store/Store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTabWidget;

namespace warden {

class ConnectionCheck;
class EditRunner;

// Creates or edits a connection: a form built from its type (required fields marked, each error
// under its field), write-only secrets, a connection test, the Permissions tab and the templates
// allowed to use it. Save applies everything as one edit and one undo step.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // A new connection on a folder (0: global).
    ConnectionDialog(EditRunner& runner, Id folderId, QWidget* parent = nullptr);
    // An existing one.
    ConnectionDialog(EditRunner& runner, Id connectionId, bool existing, QWidget* parent = nullptr);
    // The editor of a field by name (QLineEdit, QCheckBox or QComboBox).
    QWidget* fieldEditor(const QString& name) const { return m_editors.value(name); }
    QLabel* fieldError(const QString& name) const { return m_errors.value(name); }
    QCheckBox* clearSecretBox(const QString& name) const { return m_clear.value(name); }
    Id connectionId() const { return m_connectionId; }

    // Adds an access row for "username", "role:NAME" or "team:FOLDER_PATH:TEAM".
    bool addPrincipal(const QString& text, AccessLevel level);
    // Checks every field; applies the edits when all are good. False keeps the dialog open.
    bool save();
    void testConnection();

private:
    void build();
    void buildForm();
    QWidget* editorFor(const FieldDef& field);
    void fillAccess();
    void fillTemplates();
    QJsonObject properties() const;
    QHash<QString, QString> secrets() const;
    QHash<QString, QString> checkSecrets(QString* note) const;
    bool checkFields();
    QList<AccessEntry> accessEntries() const;
    QString principalName(const AccessEntry& entry) const;
    const Connection* existing() const;

    EditRunner& m_runner;
    const Store& m_store;
    Id m_folderId = 0;
    Id m_connectionId = 0;
    bool m_new = true;
    QList<FieldDef> m_fields;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QWidget* m_formHost = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QCheckBox*> m_clear;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    ConnectionCheck* m_check = nullptr;
    QString m_checkNote; // said with the test's result
    QComboBox* m_defaultLevel = nullptr;
    QTableWidget* m_access = nullptr;
    QLineEdit* m_principal = nullptr;
    QRadioButton* m_allTemplates = nullptr;
    QRadioButton* m_someTemplates = nullptr;
    QListWidget* m_templates = nullptr;
};

} // namespace warden
