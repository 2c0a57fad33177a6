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
    void namesThatDeceiveAreRefused_data();
    void namesThatDeceiveAreRefused();
    void namesInOtherLanguagesStay_data();
    void namesInOtherLanguagesStay();
    void lookalikesAreFound();
};

void TestNames::checksNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("folder plain") << "folder"
                                  << "Release Trains" << true;
    QTest::newRow("folder unicode") << "folder"
                                    << "Zürich Öffnung" << true;
    QTest::newRow("folder colon") << "folder"
                                  << "Q1: Plans" << true;
    QTest::newRow("folder empty") << "folder"
                                  << "" << false;
    QTest::newRow("folder blank") << "folder"
                                  << "   " << false;
    QTest::newRow("folder padded") << "folder"
                                   << " Apps" << false;
    QTest::newRow("folder slash") << "folder"
                                  << "a/b" << false;
    QTest::newRow("folder tab") << "folder"
                                << "a\tb" << false;
    QTest::newRow("folder newline") << "folder"
                                    << "a\nb" << false;
    QTest::newRow("folder 255") << "folder" << QString(255, QLatin1Char('x')) << true;
    QTest::newRow("folder 256") << "folder" << QString(256, QLatin1Char('x')) << false;
    QTest::newRow("team plain") << "team"
                                << "Release Engineers" << true;
    QTest::newRow("team colon") << "team"
                                << "QA:Night" << false;
    QTest::newRow("team slash") << "team"
                                << "QA/Night" << false;
    QTest::newRow("role plain") << "role"
                                << "Security Officers" << true;
    QTest::newRow("role slash") << "role"
                                << "a/b" << false;
    QTest::newRow("user plain") << "user"
                                << "amelia.hart" << true;
    QTest::newRow("user email") << "user"
                                << "amelia@example.com" << true;
    QTest::newRow("user space") << "user"
                                << "amelia hart" << false;
    QTest::newRow("user colon") << "user"
                                << "role:x" << false;
    QTest::newRow("user empty") << "user"
                                << "" << false;
    QTest::newRow("email plain") << "email"
                                 << "a@example.com" << true;
    QTest::newRow("email none") << "email"
                                << "" << true;
    QTest::newRow("email no at") << "email"
                                 << "example.com" << false;
    QTest::newRow("email two at") << "email"
                                  << "a@b@c" << false;
    QTest::newRow("email space") << "email"
                                 << "a b@c.com" << false;
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

// The samples that were once accepted, each as a user, a folder and a role name. Each is refused,
// for what it contains or for the existing name it looks like.
void TestNames::namesThatDeceiveAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("why"); // part of the reason
    QTest::newRow("combining grapheme joiner") << QStringLiteral("admin\u034F") << QStringLiteral("U+034F");
    QTest::newRow("Cyrillic a") << QStringLiteral("\u0430dmin") << QStringLiteral("scripts");
    QTest::newRow("Hangul filler") << QStringLiteral("\u3164") << QStringLiteral("U+3164");
    QTest::newRow("Hangul filler inside") << QStringLiteral("ad\u3164min") << QStringLiteral("U+3164");
    QTest::newRow("Braille blank") << QStringLiteral("\u2800") << QStringLiteral("U+2800");
    QTest::newRow("no-break space") << QStringLiteral("ad\u00A0min") << QStringLiteral("U+00A0");
    QTest::newRow("zero width joiner") << QStringLiteral("ad\u200Dmin") << QStringLiteral("U+200D");
    QTest::newRow("combining marks") << QStringLiteral("admin\u0336\u0336") << QStringLiteral("combining mark");
    QTest::newRow("combining mark first") << QStringLiteral("\u0301admin") << QStringLiteral("combining mark");
    QTest::newRow("Greek omicron") << QStringLiteral("r\u03BFot") << QStringLiteral("scripts");
    QTest::newRow("mixed digits") << QStringLiteral("team1\u0661") << QStringLiteral("digits");
}

void TestNames::namesThatDeceiveAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, why);
    QVERIFY2(Names::checkFolderName(name).contains(why), qPrintable(Names::checkFolderName(name)));
    for (const QString& problem : {Names::checkUsername(name), Names::checkFolderName(name), Names::checkRoleName(name),
                                   Names::checkTeamName(name), Names::checkFullName(name)}) {
        QVERIFY2(!problem.isEmpty(), qPrintable(name));
        for (QChar c : {QChar(0x034F), QChar(0x200D), QChar(0x3164), QChar(0x2800)}) // quoted with escapes
            QVERIFY2(!problem.contains(c), qPrintable(problem));
    }
}

void TestNames::namesInOtherLanguagesStay_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("German") << QStringLiteral("Jürgen Groß-Straße");
    QTest::newRow("French") << QStringLiteral("François Lefèvre");
    QTest::newRow("French decomposed") << QStringLiteral("Cafe\u0301 Crème");
    QTest::newRow("Greek") << QStringLiteral("Αθηνά Παπαδοπούλου");
    QTest::newRow("Japanese") << QStringLiteral("田中太郎");
    QTest::newRow("Japanese kana and Latin") << QStringLiteral("リリース管理 QA");
    QTest::newRow("Cyrillic") << QStringLiteral("Пётр Иванов");
    QTest::newRow("Cyrillic and Latin words") << QStringLiteral("Команда Dev");
    QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn Thị Hồng");
    QTest::newRow("Hindi") << QStringLiteral("विकास दल");
}

void TestNames::namesInOtherLanguagesStay()
{
    QFETCH(QString, name);
    QCOMPARE(Names::checkFolderName(name), QString());
    QCOMPARE(Names::checkRoleName(name), QString());
    QCOMPARE(Names::checkFullName(name), QString());
    // A username is one word: the first one.
    QCOMPARE(Names::checkUsername(name.section(QLatin1Char(' '), 0, 0)), QString());
}

void TestNames::lookalikesAreFound()
{
    const QStringList existing{QStringLiteral("admin"), QStringLiteral("Release Managers"), QStringLiteral("Payments")};
    QCOMPARE(Names::lookalikeIn(QStringLiteral("\uFF41\uFF44\uFF4D\uFF49\uFF4E"), existing),
             QStringLiteral("admin")); // fullwidth
    QCOMPARE(Names::lookalikeIn(QStringLiteral("\u0430dmin"), existing), QStringLiteral("admin"));
    QCOMPARE(Names::lookalikeIn(QStringLiteral("Release Rnanagers"), existing), QStringLiteral("Release Managers"));
    QCOMPARE(Names::lookalikeIn(QStringLiteral("Paym\u0435nts"), existing), QStringLiteral("Payments"));
    QCOMPARE(Names::lookalikeIn(QStringLiteral("ADMIN"), existing),
             QString()); // the same name, which uniqueness handles
    QCOMPARE(Names::lookalikeIn(QStringLiteral("admins"), existing), QString());
    QCOMPARE(Names::lookalikeIn(QStringLiteral("Пётр"), existing), QString());
    Lookalikes looks;
    looks.add(QStringLiteral("Payments"));
    QCOMPARE(looks.resembled(QStringLiteral("Paym\u0435nts")), QStringLiteral("Payments"));
    QCOMPARE(looks.resembled(QStringLiteral("payments")), QString());
    looks.remove(QStringLiteral("Payments"));
    QCOMPARE(looks.resembled(QStringLiteral("Paym\u0435nts")), QString());
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
