// The built-in catalogs and the implication closure.
#include "support/TestCatalog.h"

#include <QTest>

using namespace warden;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsBuiltinCatalog();
    void closureOfOnePermission_data();
    void closureOfOnePermission();
    void systemTeamsCoverTheirGroups();
    void presetsNameGlobalPermissions();
    void localizeChangesOnlyWhatPeopleRead();
};

void TestCatalog::loadsBuiltinCatalog()
{
    auto loaded = loadBuiltinCatalog();
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    const Catalog* c = &loaded.value();
    QCOMPARE(c->globalCount(), 26);
    QCOMPARE(c->folderCount(), 53);
    QCOMPARE(c->folderGroups(),
             (QStringList{QStringLiteral("Folders"), QStringLiteral("Delivery patterns"), QStringLiteral("Deliveries"),
                          QStringLiteral("Dashboards"), QStringLiteral("Release groups"),
                          QStringLiteral("Version control"), QStringLiteral("Connections"), QStringLiteral("Triggers"),
                          QStringLiteral("Templates"), QStringLiteral("Releases"), QStringLiteral("Release tasks")}));
    for (const char* key : {"release#edit_task", "release#reassign_task", "release#edit_task_attributes",
                            "folder#edit_configuration", "template#create_release_other_folder"})
        QVERIFY2(c->folderIndex(QString::fromLatin1(key)) >= 0, key);
    for (int i = 0; i < c->folderCount(); ++i) {
        QVERIFY(!c->folderPermission(i).title.isEmpty());
        QVERIFY(!c->folderPermission(i).description.isEmpty());
    }
}

void TestCatalog::closureOfOnePermission_data()
{
    QTest::addColumn<QString>("held");
    QTest::addColumn<QStringList>("implied");
    auto row = [](const char* held, QStringList implied) {
        implied.append(QString::fromLatin1(held));
        implied.append(QStringLiteral("folder#view"));
        implied.removeDuplicates();
        implied.sort();
        QTest::newRow(held) << QString::fromLatin1(held) << implied;
    };
    row("folder#view", {});
    row("folder#edit", {});
    row("delivery_pattern#edit", {QStringLiteral("delivery_pattern#view")});
    row("delivery#edit", {QStringLiteral("delivery#view")});
    row("dashboard#edit", {QStringLiteral("dashboard#view")});
    row("group#edit", {QStringLiteral("group#view")});
    row("template#edit", {QStringLiteral("template#view")});
    row("release#edit", {QStringLiteral("release#view")});
    row("folder#edit_versions", {QStringLiteral("folder#view_versions")});
    row("trigger#edit_trigger", {QStringLiteral("trigger#view_trigger")});
    row("delivery#edit_tracked_item", {QStringLiteral("delivery#view")});
    row("release#lock_task", {});
    row("release#start", {});
    row("release#edit_task",
        {QStringLiteral("release#task_transition"), QStringLiteral("release#advance_task_transition"),
         QStringLiteral("release#reassign_task"), QStringLiteral("release#edit_task_description"),
         QStringLiteral("release#edit_task_input_output_properties"), QStringLiteral("release#edit_task_script"),
         QStringLiteral("release#edit_task_flag"), QStringLiteral("release#edit_task_tags"),
         QStringLiteral("release#edit_task_dates"), QStringLiteral("release#edit_blackout"),
         QStringLiteral("release#edit_precondition"), QStringLiteral("release#edit_failure_handler"),
         QStringLiteral("release#edit_task_attributes"), QStringLiteral("release#edit_task_attachments")});
}

void TestCatalog::closureOfOnePermission()
{
    QFETCH(QString, held);
    QFETCH(QStringList, implied);
    const Catalog& c = testCatalog();
    const int index = c.folderIndex(held);
    QVERIFY(index >= 0);
    QCOMPARE(c.folderKeys(c.implied(index)), implied);
    PermissionSet set;
    set.set(index);
    QCOMPARE(c.closure(set), c.implied(index));
}

void TestCatalog::systemTeamsCoverTheirGroups()
{
    const Catalog& c = testCatalog();
    QCOMPARE(c.systemTeams().size(), 3);
    const SystemTeamInfo* owner = c.systemTeam(QStringLiteral("folder_owner"));
    QVERIFY(owner);
    QCOMPARE(owner->name, QStringLiteral("Folder Owner"));
    QVERIFY(owner->defaults.test(c.folderIndex(QStringLiteral("folder#edit_security"))));
    QVERIFY(owner->defaults.test(c.folderIndex(QStringLiteral("trigger#edit_trigger"))));
    QVERIFY(!owner->defaults.test(c.folderIndex(QStringLiteral("release#start"))));
    const SystemTeamInfo* releaseAdmin = c.systemTeam(QStringLiteral("release_admin"));
    QCOMPARE(releaseAdmin->defaults,
             c.groupPermissions(QStringLiteral("Releases")) | c.groupPermissions(QStringLiteral("Release tasks")));
    QCOMPARE(c.systemTeam(QStringLiteral("template_owner"))->defaults, c.groupPermissions(QStringLiteral("Templates")));
}

void TestCatalog::presetsNameGlobalPermissions()
{
    const Catalog& c = testCatalog();
    QStringList names;
    for (const PresetInfo& p : c.presets())
        names.append(p.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("Owner"), QStringLiteral("Member"), QStringLiteral("Instance accessor")}));
    QCOMPARE(c.presets()[0].permissions, QStringList{QStringLiteral("admin")});
    QVERIFY(c.presets()[2].permissions.contains(QStringLiteral("instances#access_others")));
    QCOMPARE(c.presets()[2].permissions.size(), c.presets()[1].permissions.size() + 1);
}

void TestCatalog::localizeChangesOnlyWhatPeopleRead()
{
    Catalog c = testCatalog();
    const PermissionSet templates = c.groupPermissions(QStringLiteral("Templates"));
    c.localize([](const QString& text) -> QString { return QStringLiteral("de:") + text; });
    const int view = c.folderIndex(QStringLiteral("folder#view"));
    QVERIFY(view >= 0);
    QCOMPARE(c.folderPermission(view).key, QStringLiteral("folder#view"));
    QCOMPARE(c.folderPermission(view).title, QStringLiteral("de:View folder"));
    QCOMPARE(c.folderPermission(view).group, QStringLiteral("de:Folders"));
    QCOMPARE(c.folderGroups().first(), QStringLiteral("de:Folders"));
    QCOMPARE(c.groupPermissions(QStringLiteral("de:Templates")), templates);
    QCOMPARE(c.global(c.known().admin).title, QStringLiteral("de:Admin"));
    QCOMPARE(c.globalIndex(QStringLiteral("admin")), c.known().admin);
    // Names stored in a directory must not change with the language.
    QCOMPARE(c.systemTeam(QStringLiteral("folder_owner"))->name, QStringLiteral("Folder Owner"));
    QVERIFY(c.systemTeam(QStringLiteral("folder_owner"))->description.startsWith(QStringLiteral("de:")));
    QCOMPARE(c.presets().first().name, QStringLiteral("Owner"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
