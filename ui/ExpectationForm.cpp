#include "ExpectationForm.h"

#include "InputForm.h"

#include "models/access/Expectations.h"
#include "models/domain/Names.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace warden {

namespace {

// Completes the last of several names separated by commas.
class ListCompleter : public QCompleter
{
public:
    ListCompleter(const QStringList& names, QObject* parent) : QCompleter(names, parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
    }
    QStringList splitPath(const QString& path) const override { return {path.section(QLatin1Char(','), -1).trimmed()}; }
    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString typed = static_cast<QLineEdit*>(widget())->text();
        const qsizetype comma = typed.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + QLatin1Char(' ');
        return before + index.data().toString();
    }
};

const Expectation::Kind kinds[] = {Expectation::Kind::Holds, Expectation::Kind::Never, Expectation::Kind::Only};

} // namespace

bool ExpectationForm::ask(QWidget* parent, const Store& store, const Expectation& start,
                          const std::function<Status(const Expectation&)>& attempt)
{
    const Directory& d = store.directory();
    const Catalog& catalog = store.catalog();
    InputForm form(parent, tr("New expectation"),
                   tr("From now on, every change by anyone is checked against it before it is written."));
    QLineEdit* name = form.addLine(tr("&Name:"), start.name, &Names::checkTeamName);
    name->setObjectName(QStringLiteral("expectationName"));
    auto* kind = new QComboBox(&form);
    kind->setObjectName(QStringLiteral("expectationKind"));
    kind->addItem(tr("Always held by the subjects (holds)"));
    kind->addItem(tr("Never held by the subjects, here or beneath (never)"));
    kind->addItem(tr("Held only by the subjects, here or beneath (only)"));
    kind->setCurrentIndex(int(start.kind));
    form.addRow(tr("&Kind:"), kind);
    QLineEdit* subjects = form.addLine(tr("&Subjects:"), ExpectationCheck(d, catalog).subjectNames(start));
    subjects->setObjectName(QStringLiteral("expectationSubjects"));
    subjects->setPlaceholderText(tr("usernames and role:NAME, separated by commas"));
    QStringList names;
    for (const User& user : d.users())
        names.append(user.username);
    for (const Role& role : d.roles())
        names.append(QStringLiteral("role:") + role.name);
    names.sort(Qt::CaseInsensitive);
    subjects->setCompleter(new ListCompleter(names, subjects));

    QLineEdit* folder = form.addLine(tr("&Folder:"), start.folderId ? d.path(start.folderId) : QString());
    folder->setObjectName(QStringLiteral("expectationFolder"));
    folder->setPlaceholderText(tr("empty: a global permission"));
    QStringList paths;
    for (Id id : d.treeOrder())
        paths.append(d.path(id));
    auto* pathCompleter = new QCompleter(paths, folder);
    pathCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    pathCompleter->setFilterMode(Qt::MatchContains);
    folder->setCompleter(pathCompleter);

    auto* permission = new QComboBox(&form);
    permission->setObjectName(QStringLiteral("expectationPermission"));
    permission->setEditable(true);
    permission->setInsertPolicy(QComboBox::NoInsert);
    auto fillKeys = [&] {
        const QString current = permission->currentText();
        QStringList keys;
        if (folder->text().trimmed().isEmpty())
            for (int i = 0; i < catalog.globalCount(); ++i)
                keys.append(catalog.global(i).key);
        else
            for (int i = 0; i < catalog.folderCount(); ++i)
                keys.append(catalog.folderPermission(i).key);
        keys.sort();
        permission->clear();
        permission->addItems(keys);
        permission->setCurrentText(current);
        permission->completer()->setFilterMode(Qt::MatchContains);
    };
    permission->addItem(start.permission);
    fillKeys();
    permission->setCurrentText(start.permission);
    QObject::connect(folder, &QLineEdit::textChanged, &form, fillKeys);
    form.addRow(tr("&Permission:"), permission);
    QLineEdit* note = form.addLine(tr("N&ote:"), start.note);
    note->setObjectName(QStringLiteral("expectationNote"));
    note->setPlaceholderText(tr("why it must stay true, for whoever breaks it"));

    return form.run([&]() -> Status {
        Expectation e = start;
        e.id = 0;
        e.name = name->text().trimmed();
        e.kind = kinds[std::max(0, kind->currentIndex())];
        e.permission = permission->currentText().trimmed();
        e.note = note->text().trimmed();
        e.folderId = 0;
        if (const QString path = folder->text().trimmed(); !path.isEmpty()) {
            e.folderId = d.folderByPath(path);
            if (!e.folderId)
                return invalid(tr("there is no folder %1").arg(Names::quoted(Names::echo(path))));
        }
        if (Status read = ExpectationCheck::readSubjects(d, subjects->text(), e); read.failed())
            return read;
        return attempt(e);
    });
}

} // namespace warden
