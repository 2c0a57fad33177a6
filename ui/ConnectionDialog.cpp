#include "ConnectionDialog.h"

#include "RecordTable.h"
#include "EditRunner.h"

#include "models/domain/CatalogText.h"
#include "models/domain/Names.h"
#include "models/net/ConnectionCheck.h"
#include "TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warden {

namespace {

const QString titleKey = QStringLiteral("title");
const QList<AccessLevel> levels{AccessLevel::Deny, AccessLevel::DeleteOnly, AccessLevel::Use, AccessLevel::Manage};

QString levelTitle(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Deny:
        return ConnectionDialog::tr("None (deny): does not see it");
    case AccessLevel::DeleteOnly:
        return ConnectionDialog::tr("Delete only");
    case AccessLevel::Use:
        return ConnectionDialog::tr("Use");
    case AccessLevel::Manage:
        return ConnectionDialog::tr("Manage: use and edit");
    }
    return {};
}

QComboBox* levelBox(QWidget* parent, AccessLevel level)
{
    auto* box = new QComboBox(parent);
    for (AccessLevel l : levels)
        box->addItem(levelTitle(l), int(l));
    box->setCurrentIndex(box->findData(int(level)));
    return box;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #a0281e"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(EditRunner& runner, Id folderId, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_store(runner.store())
    , m_folderId(folderId)
{
    build();
}

ConnectionDialog::ConnectionDialog(EditRunner& runner, Id connectionId, bool, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_store(runner.store())
    , m_connectionId(connectionId)
    , m_new(false)
{
    if (const Connection* c = existing())
        m_folderId = c->folderId;
    build();
}

const Connection* ConnectionDialog::existing() const
{
    return m_new ? nullptr : m_store.directory().connection(m_connectionId);
}

void ConnectionDialog::build()
{
    setObjectName(QStringLiteral("connectionDialog"));
    const Directory& d = m_store.directory();
    const QString scope = m_folderId ? d.path(m_folderId) : tr("global");
    setWindowTitle(m_new ? tr("New connection (%1)").arg(scope)
                         : tr("Connection %1 (%2)").arg(existing()->title, scope));

    m_message = errorLabel(this);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("connectionType"));
    m_type->setAccessibleName(tr("Connection type"));
    QList<const ConnectionType*> types;
    for (const ConnectionType& type : d.connectionTypes())
        types.append(&type);
    std::sort(types.begin(), types.end(), [](const ConnectionType* a, const ConnectionType* b) {
        return a->title.compare(b->title, Qt::CaseInsensitive) < 0;
    });
    for (const ConnectionType* type : std::as_const(types)) {
        // A new connection may only use what is available here and valid; an existing one keeps its type.
        if (m_new && (ConnectionTypes::validate(*type).failed() || !ConnectionTypes::availableAt(*type, m_folderId, d)))
            continue;
        m_type->addItem(catalogText(type->title), type->name);
    }
    if (!m_new) {
        if (m_type->findData(existing()->type) < 0)
            m_type->addItem(existing()->type, existing()->type);
        m_type->setCurrentIndex(m_type->findData(existing()->type));
        m_type->setEnabled(false);
    }
    m_title = new QLineEdit(m_new ? QString() : existing()->title, this);
    m_title->setObjectName(QStringLiteral("connectionTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_errors.insert(titleKey, errorLabel(this));

    auto* settings = new QWidget(this);
    auto* settingsLayout = new QVBoxLayout(settings);
    auto* head = new QFormLayout;
    head->addRow(tr("&Type:"), m_type);
    head->addRow(tr("T&itle: *"), m_title);
    head->addRow(QString(), m_errors[titleKey]);
    settingsLayout->addLayout(head);
    m_formHost = new QWidget(settings);
    settingsLayout->addWidget(m_formHost);
    m_test = new QPushButton(tr("Te&st Connection"), settings);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(settings);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    settingsLayout->addLayout(testRow);
    settingsLayout->addStretch();
    m_check = new ConnectionCheck(this);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_check, &ConnectionCheck::finished, this, [this](bool reachable, const QString& message) {
        m_testResult->setStyleSheet(reachable ? QStringLiteral("color: #1e7a34") : QStringLiteral("color: #a0281e"));
        m_testResult->setText(m_checkNote.isEmpty() ? message : tr("%1 (%2)").arg(message, m_checkNote));
        m_test->setEnabled(true);
    });

    // Permissions
    auto* permissions = new QWidget(this);
    auto* permissionLayout = new QVBoxLayout(permissions);
    auto* explanation
        = new QLabel(tr("A user's own entry decides; else the highest entry of their roles and teams; else the "
                        "default. Administrators can always manage it, or only delete it where they are denied."),
                     permissions);
    explanation->setWordWrap(true);
    m_defaultLevel = levelBox(permissions, m_new ? AccessLevel::Use : existing()->defaultLevel);
    m_defaultLevel->setObjectName(QStringLiteral("defaultLevel"));
    auto* defaultRow = new QFormLayout;
    defaultRow->addRow(tr("&Everyone else:"), m_defaultLevel);
    m_access = new QTableWidget(0, 2, permissions);
    m_access->setObjectName(QStringLiteral("accessTable"));
    keepTabForFocus(m_access);
    m_access->setHorizontalHeaderLabels({tr("User, role or team"), tr("Level")});
    m_access->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_access->verticalHeader()->hide();
    m_access->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_principal = new QLineEdit(permissions);
    m_principal->setObjectName(QStringLiteral("principalEdit"));
    m_principal->setPlaceholderText(tr("username, role:NAME or team:FOLDER/PATH:TEAM"));
    QStringList names;
    for (const User& u : d.users())
        names.append(u.username);
    for (const Role& r : d.roles())
        names.append(QStringLiteral("role:") + r.name);
    for (const Team& t : d.teams())
        names.append(QStringLiteral("team:%1:%2").arg(d.path(t.folderId), t.name));
    names.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_principal->setCompleter(completer);
    auto* add = new QPushButton(tr("&Add"), permissions);
    auto* remove = new QPushButton(tr("&Remove"), permissions);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_principal, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    permissionLayout->addWidget(explanation);
    permissionLayout->addLayout(defaultRow);
    permissionLayout->addWidget(m_access, 1);
    permissionLayout->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addPrincipal(m_principal->text().trimmed(), AccessLevel::Use))
            m_principal->clear();
    });
    connect(m_principal, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_access->currentRow() >= 0)
            m_access->removeRow(m_access->currentRow());
    });

    // Allowed templates
    auto* allowed = new QWidget(this);
    auto* allowedLayout = new QVBoxLayout(allowed);
    m_allTemplates = new QRadioButton(tr("A&ll templates may use it"), allowed);
    m_allTemplates->setObjectName(QStringLiteral("allTemplates"));
    m_someTemplates = new QRadioButton(tr("&Only the templates ticked below"), allowed);
    m_templates = new QListWidget(allowed);
    m_templates->setObjectName(QStringLiteral("allowedTemplates"));
    allowedLayout->addWidget(m_allTemplates);
    allowedLayout->addWidget(m_someTemplates);
    allowedLayout->addWidget(m_templates, 1);
    connect(m_allTemplates, &QRadioButton::toggled, m_templates, [this](bool all) { m_templates->setEnabled(!all); });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(settings, tr("Settings"));
    m_tabs->addTab(permissions, tr("Permissions"));
    m_tabs->addTab(allowed, tr("Allowed templates"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ConnectionDialog::buildForm);
    buildForm();
    fillAccess();
    fillTemplates();
    if (m_type->count() == 0) {
        m_message->setText(
            tr("No connection type is available here: an administrator can release one, or grant one to this "
               "folder, in the Connections area."));
        m_message->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    resize(560, 560);
}

void ConnectionDialog::buildForm()
{
    const Directory& d = m_store.directory();
    const ConnectionType* type = d.connectionType(m_type->currentData().toString());
    for (const QString& name : m_editors.keys())
        m_errors.remove(name);
    m_editors.clear();
    m_clear.clear();
    delete m_formHost->layout();
    qDeleteAll(m_formHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto fields = type ? ConnectionTypes::fields(*type) : Result<QList<FieldDef>>(invalid(tr("no type")));
    m_fields = fields ? fields.value() : QList<FieldDef>();
    if (!fields && type) {
        auto* broken = errorLabel(m_formHost);
        broken->setText(tr("The type's definition is broken: %1").arg(fields.error().message));
        broken->show();
        m_form->addRow(broken);
    }
    for (const FieldDef& field : std::as_const(m_fields)) {
        QWidget* editor = editorFor(field);
        editor->setObjectName(QStringLiteral("field_") + field.name);
        const QString title = catalogText(field.title);
        const QString description = catalogText(field.description);
        editor->setToolTip(description);
        editor->setAccessibleName(title);
        m_editors.insert(field.name, editor);
        auto* label = new QLabel(field.required ? tr("%1: *").arg(title) : tr("%1:").arg(title), m_formHost);
        label->setBuddy(editor);
        label->setToolTip(description);
        m_form->addRow(label, editor);
        if (QCheckBox* clear = m_clear.value(field.name))
            m_form->addRow(QString(), clear);
        QLabel* error = errorLabel(m_formHost);
        m_errors.insert(field.name, error);
        m_form->addRow(QString(), error);
    }
    const bool checkable = type && !type->checkUrl.isEmpty();
    m_test->setVisible(checkable);
    m_testResult->setVisible(checkable);
    m_testResult->clear();
    // The fields were made anew: Tab reads them in their place.
    orderTabsByLayout(this);
}

QWidget* ConnectionDialog::editorFor(const FieldDef& field)
{
    const Connection* c = existing();
    const QJsonValue value = c ? c->properties.value(field.name) : field.defaultValue;
    switch (field.kind) {
    case FieldDef::Kind::Bool: {
        auto* box = new QCheckBox(m_formHost);
        box->setChecked(value.toBool(false));
        return box;
    }
    case FieldDef::Kind::Choice: {
        auto* box = new QComboBox(m_formHost);
        if (!field.required)
            box->addItem(tr("(none)"), QString());
        for (const QString& choice : field.choices)
            box->addItem(choice, choice);
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
        return box;
    }
    case FieldDef::Kind::Secret: {
        auto* edit = new QLineEdit(m_formHost);
        edit->setEchoMode(QLineEdit::Password);
        const bool set = c && c->secrets.contains(field.name);
        // Write-only: a stored secret is never put back on screen.
        const bool url = field.format == QLatin1String("url");
        edit->setPlaceholderText(set       ? tr("Set; type a new value to replace it")
                                     : url ? QStringLiteral("https://")
                                           : tr("Not set"));
        if (set && !field.required) {
            auto* clear = new QCheckBox(tr("Clear the stored %1").arg(catalogText(field.title).toLower()), m_formHost);
            clear->setObjectName(QStringLiteral("clear_") + field.name);
            m_clear.insert(field.name, clear);
        }
        return edit;
    }
    case FieldDef::Kind::Integer: {
        auto* edit = new QLineEdit(value.isDouble() ? QString::number(value.toInteger()) : QString(), m_formHost);
        edit->setValidator(
            new QIntValidator(int(field.minimum.value_or(INT_MIN)), int(field.maximum.value_or(INT_MAX)), edit));
        return edit;
    }
    case FieldDef::Kind::Text:
    case FieldDef::Kind::Url: {
        auto* edit = new QLineEdit(value.toString(), m_formHost);
        if (field.kind == FieldDef::Kind::Url)
            edit->setPlaceholderText(QStringLiteral("https://"));
        connect(edit, &QLineEdit::editingFinished, this, &ConnectionDialog::checkFields);
        return edit;
    }
    }
    return new QLineEdit(m_formHost);
}

QJsonObject ConnectionDialog::properties() const
{
    QJsonObject object;
    for (const FieldDef& field : m_fields) {
        QWidget* editor = m_editors.value(field.name);
        switch (field.kind) {
        case FieldDef::Kind::Bool:
            object.insert(field.name, static_cast<QCheckBox*>(editor)->isChecked());
            break;
        case FieldDef::Kind::Choice: {
            const QString choice = static_cast<QComboBox*>(editor)->currentData().toString();
            if (!choice.isEmpty())
                object.insert(field.name, choice);
            break;
        }
        case FieldDef::Kind::Integer: {
            const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
            if (!text.isEmpty())
                object.insert(field.name, text.toLongLong());
            break;
        }
        case FieldDef::Kind::Text:
        case FieldDef::Kind::Url: {
            const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
            if (!text.isEmpty())
                object.insert(field.name, text);
            break;
        }
        case FieldDef::Kind::Secret:
            break;
        }
    }
    return object;
}

QHash<QString, QString> ConnectionDialog::secrets() const
{
    QHash<QString, QString> values;
    for (const FieldDef& field : m_fields) {
        if (field.kind != FieldDef::Kind::Secret)
            continue;
        const QString typed = static_cast<QLineEdit*>(m_editors.value(field.name))->text();
        if (!typed.isEmpty())
            values.insert(field.name, typed);
        else if (QCheckBox* clear = m_clear.value(field.name); clear && clear->isChecked())
            values.insert(field.name, QString());
    }
    return values;
}

// The secrets a test sends: those typed, else the stored ones. A stored secret goes only to the
// settings it was stored with, so that changing the address cannot send it somewhere else.
QHash<QString, QString> ConnectionDialog::checkSecrets(QString* note) const
{
    QHash<QString, QString> values = secrets();
    note->clear();
    const Connection* c = existing();
    if (!c)
        return values;
    QStringList withheld;
    for (const FieldDef& field : m_fields) {
        if (field.kind != FieldDef::Kind::Secret || field.sentAs.isEmpty() || values.contains(field.name)
            || !c->secrets.contains(field.name))
            continue;
        const QString title = catalogText(field.title);
        if (properties() != c->properties) {
            withheld.append(title);
            continue;
        }
        auto stored = m_store.revealSecret(c->id, field.name);
        if (stored)
            values.insert(field.name, stored.value());
        else
            withheld.append(title);
    }
    if (!withheld.isEmpty())
        *note = properties() != c->properties
            ? tr("sent without the stored %1, as the settings changed; type it to test with it")
                  .arg(withheld.join(QLatin1String(", ")))
            : tr("sent without the stored %1, which cannot be read here").arg(withheld.join(QLatin1String(", ")));
    return values;
}

// Each field is checked on its own so that every error shows under its field at once.
bool ConnectionDialog::checkFields()
{
    bool good = true;
    auto show = [&](const QString& name, const QString& message) {
        QLabel* label = m_errors.value(name);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        good = good && message.isEmpty();
    };
    show(titleKey, Names::checkFolderName(m_title->text().trimmed()));
    const QJsonObject all = properties();
    const QHash<QString, QString> typed = secrets();
    const Connection* c = existing();
    for (const FieldDef& field : std::as_const(m_fields)) {
        QSet<QString> set;
        if (field.kind == FieldDef::Kind::Secret) {
            const bool stored = c && c->secrets.contains(field.name) && !typed.contains(field.name);
            if (stored || !typed.value(field.name).isEmpty())
                set.insert(field.name);
        }
        QJsonObject one;
        if (all.contains(field.name))
            one.insert(field.name, all.value(field.name));
        const Status s = ConnectionTypes::checkProperties({field}, one, set);
        show(field.name, s.failed() ? s.error().message : QString());
    }
    return good;
}

void ConnectionDialog::fillAccess()
{
    const Connection* c = existing();
    QList<AccessEntry> entries = c ? c->access : QList<AccessEntry>();
    // As the core does: whoever creates a connection and is no administrator manages it.
    if (!c && !m_store.rights(m_runner.operatorId()).isAdmin())
        entries.append(AccessEntry{AccessEntry::Kind::User, m_runner.operatorId(), AccessLevel::Manage});
    for (const AccessEntry& entry : std::as_const(entries))
        addPrincipal(principalName(entry), entry.level);
}

QString ConnectionDialog::principalName(const AccessEntry& entry) const
{
    const Directory& d = m_store.directory();
    switch (entry.kind) {
    case AccessEntry::Kind::User:
        return d.user(entry.principal) ? d.user(entry.principal)->username : QString();
    case AccessEntry::Kind::Role:
        return d.role(entry.principal) ? QStringLiteral("role:") + d.role(entry.principal)->name : QString();
    case AccessEntry::Kind::Team:
        if (const Team* t = d.team(entry.principal))
            return QStringLiteral("team:%1:%2").arg(d.path(t->folderId), t->name);
    }
    return {};
}

bool ConnectionDialog::addPrincipal(const QString& text, AccessLevel level)
{
    for (int row = 0; row < m_access->rowCount(); ++row) {
        if (m_access->item(row, 0)->text().compare(text, Qt::CaseInsensitive) == 0) {
            m_message->setText(tr("%1 has an entry already; change its level in the table.").arg(text));
            m_message->show();
            return false;
        }
    }
    const Directory& d = m_store.directory();
    bool known = false;
    if (text.startsWith(QLatin1String("role:")))
        known = d.roleNamed(text.mid(5)) != nullptr;
    else if (text.startsWith(QLatin1String("team:"))) {
        const QString rest = text.mid(5);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        known = colon > 0 && d.teamNamed(d.folderByPath(rest.left(colon)), rest.mid(colon + 1));
    } else {
        known = d.userNamed(text) != nullptr;
    }
    if (!known) {
        m_message->setText(tr("%1 is no user, role:NAME or team:FOLDER/PATH:TEAM.").arg(text));
        m_message->show();
        return false;
    }
    m_message->hide();
    const int row = m_access->rowCount();
    m_access->insertRow(row);
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_access->setItem(row, 0, item);
    m_access->setCellWidget(row, 1, levelBox(m_access, level));
    return true;
}

QList<AccessEntry> ConnectionDialog::accessEntries() const
{
    const Directory& d = m_store.directory();
    QList<AccessEntry> entries;
    for (int row = 0; row < m_access->rowCount(); ++row) {
        const QString text = m_access->item(row, 0)->text();
        AccessEntry entry;
        entry.level = AccessLevel(static_cast<QComboBox*>(m_access->cellWidget(row, 1))->currentData().toInt());
        if (text.startsWith(QLatin1String("role:"))) {
            entry.kind = AccessEntry::Kind::Role;
            entry.principal = d.roleNamed(text.mid(5)) ? d.roleNamed(text.mid(5))->id : 0;
        } else if (text.startsWith(QLatin1String("team:"))) {
            const QString rest = text.mid(5);
            const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
            const Team* t = d.teamNamed(d.folderByPath(rest.left(colon)), rest.mid(colon + 1));
            entry.kind = AccessEntry::Kind::Team;
            entry.principal = t ? t->id : 0;
        } else {
            entry.principal = d.userNamed(text) ? d.userNamed(text)->id : 0;
        }
        entries.append(entry);
    }
    return entries;
}

// The templates that could use it: those in folders that see it.
void ConnectionDialog::fillTemplates()
{
    const Directory& d = m_store.directory();
    const Connection* c = existing();
    QList<const Template*> candidates;
    for (const Template& t : d.templates()) {
        if (m_folderId == 0 || d.isWithin(t.folderId, m_folderId))
            candidates.append(&t);
    }
    std::sort(candidates.begin(), candidates.end(), [&d](const Template* a, const Template* b) {
        return d.path(a->folderId) + a->name < d.path(b->folderId) + b->name;
    });
    for (const Template* t : std::as_const(candidates)) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(d.path(t->folderId), t->name), m_templates);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, t->id);
        item->setCheckState(c && c->allowedTemplates.contains(t->id) ? Qt::Checked : Qt::Unchecked);
        if (c && t->uses.contains(c->id))
            item->setToolTip(tr("This template uses the connection."));
    }
    const bool all = !c || c->allTemplates;
    m_allTemplates->setChecked(all);
    m_someTemplates->setChecked(!all);
    m_templates->setEnabled(!all);
}

void ConnectionDialog::testConnection()
{
    const ConnectionType* type = m_store.directory().connectionType(m_type->currentData().toString());
    if (!type)
        return;
    Connection probe;
    probe.properties = properties();
    const QString url = ConnectionTypes::checkUrlFor(*type, probe);
    if (url.isEmpty()) {
        m_testResult->setStyleSheet(QStringLiteral("color: #a0281e"));
        m_testResult->setText(tr("Fill in the address first."));
        return;
    }
    const QHash<QString, QString> values = checkSecrets(&m_checkNote);
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Asking %1…").arg(url));
    m_check->start(QUrl(url), ConnectionTypes::checkHeaders(m_fields, probe.properties, values));
}

bool ConnectionDialog::save()
{
    if (!checkFields()) {
        m_tabs->setCurrentIndex(0);
        m_message->setText(tr("Some fields need attention; each says what is wrong."));
        m_message->show();
        return false;
    }
    QSet<Id> allowed;
    for (int i = 0; i < m_templates->count(); ++i) {
        if (m_templates->item(i)->checkState() == Qt::Checked)
            allowed.insert(m_templates->item(i)->data(Qt::UserRole).value<Id>());
    }
    const AccessLevel defaultLevel = AccessLevel(m_defaultLevel->currentData().toInt());
    const QString title = m_title->text().trimmed();
    QList<Edit> edits;
    Id id = m_connectionId;
    if (m_new) {
        id = Directory::newId();
        edits.append(
            edit::AddConnection{m_folderId, m_type->currentData().toString(), title, properties(), secrets(), id});
    } else {
        edits.append(edit::UpdateConnection{id, title, properties(), secrets()});
    }
    const Connection* c = existing();
    const QList<AccessEntry> entries = accessEntries();
    const bool creatorOnly = m_new && entries.size() == 1 && entries.first().principal == m_runner.operatorId();
    if (!(c ? (c->defaultLevel == defaultLevel && c->access == entries)
            : (defaultLevel == AccessLevel::Use && (entries.isEmpty() || creatorOnly))))
        edits.append(edit::SetConnectionAccess{id, defaultLevel, entries});
    const bool all = m_allTemplates->isChecked();
    if (!(c ? (c->allTemplates == all && (all || c->allowedTemplates == allowed)) : all))
        edits.append(edit::SetAllowedTemplates{id, all, allowed});
    int failedAt = -1;
    const QString summary = m_new ? tr("Add connection %1").arg(title) : tr("Edit connection %1").arg(title);
    auto outcome = m_runner.runBulk(edits, summary, &failedAt);
    if (!outcome) {
        m_message->setText(outcome.error().message);
        m_message->show();
        return false;
    }
    m_connectionId = id;
    m_new = false;
    return true;
}

} // namespace warden
