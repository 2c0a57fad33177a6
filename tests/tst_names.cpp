// The naming rules of folders, teams, roles, users and email addresses.
#include "models/domain/Names.h"

#include <QTest>

using namespace warden;

class TestNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksNames_data();
    void checksNames();
    void comparesCaseInsensitively();
};

void TestNames::checksNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("folder plain") << "folder" << "Release Trains" << true;
    QTest::newRow("folder unicode") << "folder" << "Zürich Öffnung" << true;
    QTest::newRow("folder colon") << "folder" << "Q1: Plans" << true;
    QTest::newRow("folder empty") << "folder" << "" << false;
    QTest::newRow("folder blank") << "folder" << "   " << false;
    QTest::newRow("folder padded") << "folder" << " Apps" << false;
    QTest::newRow("folder slash") << "folder" << "a/b" << false;
    QTest::newRow("folder tab") << "folder" << "a\tb" << false;
    QTest::newRow("folder newline") << "folder" << "a\nb" << false;
    QTest::newRow("folder 255") << "folder" << QString(255, QLatin1Char('x')) << true;
    QTest::newRow("folder 256") << "folder" << QString(256, QLatin1Char('x')) << false;
    QTest::newRow("team plain") << "team" << "Release Engineers" << true;
    QTest::newRow("team colon") << "team" << "QA:Night" << false;
    QTest::newRow("team slash") << "team" << "QA/Night" << false;
    QTest::newRow("role plain") << "role" << "Security Officers" << true;
    QTest::newRow("role slash") << "role" << "a/b" << false;
    QTest::newRow("user plain") << "user" << "amelia.hart" << true;
    QTest::newRow("user email") << "user" << "amelia@example.com" << true;
    QTest::newRow("user space") << "user" << "amelia hart" << false;
    QTest::newRow("user colon") << "user" << "role:x" << false;
    QTest::newRow("user empty") << "user" << "" << false;
    QTest::newRow("email plain") << "email" << "a@example.com" << true;
    QTest::newRow("email none") << "email" << "" << true;
    QTest::newRow("email no at") << "email" << "example.com" << false;
    QTest::newRow("email two at") << "email" << "a@b@c" << false;
    QTest::newRow("email space") << "email" << "a b@c.com" << false;
}

void TestNames::checksNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString problem;
    if (kind == QLatin1String("folder"))
        problem = Names::checkFolderName(name);
    else if (kind == QLatin1String("team"))
        problem = Names::checkTeamName(name);
    else if (kind == QLatin1String("role"))
        problem = Names::checkRoleName(name);
    else if (kind == QLatin1String("user"))
        problem = Names::checkUsername(name);
    else
        problem = Names::checkEmail(name);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestNames::comparesCaseInsensitively()
{
    QCOMPARE(Names::key(QStringLiteral("Apps")), Names::key(QStringLiteral("APPS")));
    QCOMPARE(Names::key(QStringLiteral("Zürich")), Names::key(QStringLiteral("ZÜRICH")));
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
