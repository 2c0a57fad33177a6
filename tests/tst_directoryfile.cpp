// Reading and writing the directory file: round trips, errors that name their path, hostile input.
#include "support/TestCatalog.h"
#include "models/io/DirectoryFile.h"

#include <QFile>
#include <QTest>

using namespace warden;

namespace {

const char* const minimal = R"({"version": 1, "roles": [{"name": "Owner"}],
 "users": [{"username": "admin", "status": "active", "roles": ["Owner"]}],
 "globalPermissions": {"admin": ["Owner"]}, "folders": [%1]})";

Result<Directory> readJson(const QByteArray& text)
{
    auto tree = DirectoryFile::parse(text, DirectoryFile::Format::Json);
    if (!tree)
        return tree.error();
    return DirectoryFile::read(tree.value(), testCatalog());
}

QByteArray demo()
{
    QFile file(QStringLiteral(":/demo/directory.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestDirectoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoIsRealistic();
    void roundTripIsStable_data();
    void roundTripIsStable();
    void addsMissingSystemTeams();
    void errorsNameTheirPath_data();
    void errorsNameTheirPath();
    void refusesFileWithoutAdmin();
    void rejectsHostileInput_data();
    void rejectsHostileInput();
};

void TestDirectoryFile::demoIsRealistic()
{
    auto d = readJson(demo());
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QVERIFY(d->folders().size() >= 40);
    QCOMPARE(d->users().size(), 30);
    int invited = 0, disabled = 0, ownRoots = 0, depth = 0;
    for (const User& u : d->users()) {
        invited += u.status == UserStatus::Invited;
        disabled += u.status == UserStatus::Disabled;
    }
    for (const Folder& f : d->folders()) {
        ownRoots += f.parentId != 0 && !f.inherit && !d->teamsOn(f.id).isEmpty();
        depth = std::max(depth, int(d->path(f.id).count(QLatin1Char('/'))) + 1);
    }
    QCOMPARE(invited, 1);
    QCOMPARE(disabled, 1);
    QVERIFY(ownRoots >= 3);
    QVERIFY(depth >= 3);
    QVERIFY(d->roles().size() >= 6);
}

void TestDirectoryFile::roundTripIsStable_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(DirectoryFile::Format::Json);
    QTest::newRow("yaml") << int(DirectoryFile::Format::Yaml);
}

void TestDirectoryFile::roundTripIsStable()
{
    QFETCH(int, format);
    const auto f = DirectoryFile::Format(format);
    const Catalog& c = testCatalog();
    auto first = readJson(demo());
    QVERIFY(first.ok());
    const QByteArray once = DirectoryFile::serialize(DirectoryFile::write(first.value(), c), f);
    auto tree = DirectoryFile::parse(once, f);
    QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().message));
    auto second = DirectoryFile::read(tree.value(), c);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE(DirectoryFile::serialize(DirectoryFile::write(second.value(), c), f), once);
    // Both formats describe the same tree.
    QCOMPARE(DirectoryFile::write(second.value(), c), DirectoryFile::write(first.value(), c));
}

void TestDirectoryFile::addsMissingSystemTeams()
{
    auto d
        = readJson(QString::fromLatin1(minimal)
                       .arg(QStringLiteral(R"({"name": "Apps", "teams": [{"name": "folder owner", "users": ["admin"]}],
                              "children": [{"name": "Web"}, {"name": "Ops", "inherit": false}]})"))
                       .toUtf8());
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    const Id apps = d->folderByPath(QStringLiteral("Apps"));
    QCOMPARE(d->teamsOn(apps).size(), 3);
    const Team* owner = d->teamNamed(apps, QStringLiteral("Folder Owner"));
    QCOMPARE(owner->name, QStringLiteral("Folder Owner"));
    QCOMPARE(owner->systemKind, QStringLiteral("folder_owner"));
    QVERIFY(owner->permissions.isEmpty()); // as listed in the file
    QVERIFY(d->folder(d->folderByPath(QStringLiteral("Apps/Web")))->inherit);
    QCOMPARE(d->teamsOn(d->folderByPath(QStringLiteral("Apps/Ops"))).size(), 3);
}

void TestDirectoryFile::errorsNameTheirPath_data()
{
    QTest::addColumn<QString>("folders");
    QTest::addColumn<QString>("path");
    QTest::addRow("unknown key") << R"({"name": "A", "colour": "red"})"
                                 << "folders[0].colour (A): unknown key";
    QTest::addRow("missing name") << R"({"children": []})"
                                  << "folders[0].name: is missing";
    QTest::addRow("bad name") << R"({"name": "A/B"})"
                              << "folders[0].name:";
    QTest::addRow("duplicate sibling") << R"({"name": "A"}, {"name": "a"})"
                                       << "folders[1].name (a): duplicate";
    QTest::addRow("wrong type") << R"({"name": 5})"
                                << "folders[0].name: expected a string";
    QTest::addRow("inherit type") << R"({"name": "A", "children": [{"name": "B", "inherit": "yes"}]})"
                                  << "folders[0].children[0].inherit (A/B)";
    QTest::addRow("nested unknown key") << R"({"name": "A", "children": [{"name": "B", "colour": "red"}]})"
                                        << "folders[0].children[0].colour (A/B): unknown key";
    QTest::addRow("bad nested name") << R"({"name": "A", "children": [{"name": "B\u0007"}]})"
                                     << "folders[0].children[0].name (A):";
    QTest::addRow("team on inheriting") << R"({"name": "A", "children": [{"name": "B", "teams": [{"name": "T"}]}]})"
                                        << "folders[0].children[0].teams (A/B): an inheriting folder";
    QTest::addRow("unknown user") << R"({"name": "A", "teams": [{"name": "T", "users": ["nobody"]}]})"
                                  << "folders[0].teams[0].users[0] (A, team T): unknown user 'nobody'";
    QTest::addRow("unknown permission") << R"({"name": "A", "teams": [{"name": "T", "permissions": ["folder#fly"]}]})"
                                        << "folders[0].teams[0].permissions[0] (A, team T): unknown folder permission";
    QTest::addRow("team colon") << R"({"name": "A", "teams": [{"name": "T:1"}]})"
                                << "folders[0].teams[0].name (A):";
    QTest::addRow("duplicate team") << R"({"name": "A", "teams": [{"name": "T"}, {"name": "t"}]})"
                                    << "folders[0].teams[1].name (A): duplicate";
    QTest::addRow("top-level inherit") << R"({"name": "A", "inherit": true})"
                                       << "folders[0].inherit (A)";
    QTest::addRow("connections") << R"({"name": "A", "connections": [{"title": "CI"}]})"
                                 << "folders[0].connections[0].type (A)";
    QTest::addRow("connection access")
        << R"({"name": "A", "connections": [{"type": "jenkins", "title": "CI", "properties": {"url": "https://ci.example", "username": "ci"},
                                              "secrets": {"apiToken": "t"}, "access": [{"user": "nobody", "level": "use"}]}]})"
        << "folders[0].connections[0].access[0].user (A, connection CI)";
}

void TestDirectoryFile::errorsNameTheirPath()
{
    QFETCH(QString, folders);
    QFETCH(QString, path);
    auto d = readJson(QString::fromLatin1(minimal).arg(folders).toUtf8());
    QVERIFY(!d);
    QCOMPARE(d.error().kind, ErrorKind::Invalid);
    QVERIFY2(d.error().message.startsWith(path), qPrintable(d.error().message));
}

void TestDirectoryFile::refusesFileWithoutAdmin()
{
    auto d = readJson(R"({"version": 1, "users": [{"username": "a", "status": "disabled", "roles": ["R"]}],
                          "roles": [{"name": "R"}], "globalPermissions": {"admin": ["R"]}})");
    QVERIFY(!d);
    QCOMPARE(d.error().kind, ErrorKind::Refused);
    auto bad = readJson(R"({"version": 1, "users": [{"username": "a", "status": "sleeping"}]})");
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("users[0].status")), qPrintable(bad.error().message));
}

void TestDirectoryFile::rejectsHostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("message");
    const int json = int(DirectoryFile::Format::Json);
    const int yaml = int(DirectoryFile::Format::Yaml);
    QTest::newRow("invalid utf-8") << QByteArray("{\"version\": 1, \"x\": \"\xff\xfe\"}") << json << "UTF-8";
    QTest::newRow("deep json") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << json << "";
    QTest::newRow("deep yaml") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << yaml << "";
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'k'; ++c)
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *"
            + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1))
            + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *"
            + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
    QTest::newRow("alias bomb") << bomb << yaml << "aliases";
    QTest::newRow("huge name") << QString::fromLatin1(minimal)
                                      .arg(QStringLiteral("{\"name\": \"%1\"}").arg(QString(100000, QLatin1Char('x'))))
                                      .toUtf8()
                               << json << "folders[0].name";
    QTest::newRow("not yaml") << QByteArray("a: [b\n  c: }") << yaml << "line";
}

void TestDirectoryFile::rejectsHostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, message);
    auto tree = DirectoryFile::parse(bytes, DirectoryFile::Format(format));
    Result<Directory> d = tree ? DirectoryFile::read(tree.value(), testCatalog()) : Result<Directory>(tree.error());
    QVERIFY(!d);
    QCOMPARE(d.error().kind, ErrorKind::Invalid);
    QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
}

QTEST_GUILESS_MAIN(TestDirectoryFile)
#include "tst_directoryfile.moc"
