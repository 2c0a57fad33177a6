#pragma once

#include "models/io/BulkPlan.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace warden {

// wardenctl: the command line over the core. run() returns the process exit code: 0 ok, 1 usage,
// 2 refused, 3 conflict, 4 invalid input.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err, const Catalog& catalog);
    int run(const QStringList& arguments);

    static int exitCode(ErrorKind kind);

private:
    struct Command
    {
        QStringList words;
        QStringList arguments; // names; a trailing "..." takes the rest
        QStringList options; // accepted options, "--x=VALUE" for those with a value
        QString summary;
        std::function<int(Cli&)> handler;
    };

    void defineCommands();
    void add(const QString& words, const QString& arguments, const QString& options, const QString& summary,
             std::function<int(Cli&)> handler);
    int printHelp(const QStringList& words);
    QString usageOf(const Command& command) const;
    int fail(const Error& error);
    int finishOutput(int code);
    // What an edit changes (or, dry run, would change) in everyone's access. rows: of a plan, or -1.
    // d: the directory after the edit, in which the folders' paths are read.
    // between: for a difference, the two moments ("#3", "#9"); empty for an edit.
    void printImpact(const Directory& d, const Impact& impact, const ExpectationVerdict& expectations,
                     QList<PlanProblem> warnings, int rows, bool dryRun, const QStringList& between = {});
    static Status refusalOf(const Store& store, const ExpectationVerdict& verdict);
    int fail(ErrorKind kind, const QString& message) { return fail(Error{kind, message}); }

    bool has(const QString& option) const { return m_options.contains(option); }
    QString option(const QString& option) const { return m_options.value(option); }
    QString arg(int index) const { return m_arguments.value(index); }

    QString storeLocation() const;
    Result<std::unique_ptr<Store>> openStore(Store::OpenMode mode) const;
    Result<Id> operatorId(const Store& store) const;
    // The store, opened to change it, and who changes it.
    struct Session
    {
        std::unique_ptr<Store> store;
        Id operatorId = 0;
    };
    Result<Session> openAsOperator() const;
    Result<Id> folderId(const Store& store, const QString& path) const;
    Result<Id> parentId(const Store& store, const QString& path) const;
    Result<const Team*> team(const Store& store, const QString& folderPath, const QString& name) const;
    Result<const User*> user(const Store& store, const QString& name) const;
    Result<const Role*> role(const Store& store, const QString& name) const;
    // The store with the --user, --folder and --permission given, each resolved.
    struct Query
    {
        std::unique_ptr<Store> store;
        const User* user = nullptr;
        Id folder = 0;
        int permission = -1;
    };
    Result<Query> openQuery() const;
    int applyEdit(const std::function<Result<Edit>(const Store&)>& build);
    void printJson(const QJsonValue& value);

    int init();
    int import();
    int exportDirectory();
    int effective();
    int explain();
    int whoHas();
    int log();
    int linkLogin(bool link);
    int listLogins();
    int bulk();
    void defineConnectionCommands();
    void defineEditCommands();
    void defineExpectationCommands();
    Result<Edit> expectationEdit(const Store& store) const;
    int listExpectations();
    int check();
    void warnBroken(const Directory& content);
    int connectionAccess();
    void defineHistoryCommands();
    int difference();
    int revertTo();
    // The connection TITLE defined on --folder (or global without it).
    Result<const Connection*> connection(const Store& store, const QString& title) const;
    Result<AccessEntry> principal(const Store& store, const QString& text) const;
    Result<QJsonObject> jsonOption(const QString& name) const;
    Result<QHash<QString, QString>> secretsOption() const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Catalog& m_catalog;
    QList<Command> m_commands;
    const Command* m_command = nullptr;
    QHash<QString, QString> m_options;
    QStringList m_arguments;
};

} // namespace warden
