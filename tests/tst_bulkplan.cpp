// The plan reader follows RFC 4180: quoted fields may hold commas, quotes and line breaks, records
// end at CRLF, LF or CR, and every record knows the line it starts on.
#include "support/TestHelpers.h"

#include "models/io/BulkPlan.h"

#include <QTest>

using namespace warden;
using namespace warden::test;

class TestBulkPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecordsAsRfc4180Says_data();
    void readsRecordsAsRfc4180Says();
    void planRowsKeepTheirLines_data();
    void planRowsKeepTheirLines();
};

void TestBulkPlan::readsRecordsAsRfc4180Says_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("records"); // "LINE: field|field|..."
    QTest::newRow("LF") << QStringLiteral("a,b\nc,d\n") << QStringList{"1: a|b", "2: c|d"};
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\n") << QStringList{"1: a|b", "2: c|d"};
    QTest::newRow("CR only") << QStringLiteral("a,b\rc,d\r") << QStringList{"1: a|b", "2: c|d"};
    QTest::newRow("no final line break") << QStringLiteral("a,b\nc,d") << QStringList{"1: a|b", "2: c|d"};
    QTest::newRow("blank lines") << QStringLiteral("a\n\n  \nb\n") << QStringList{"1: a", "4: b"};
    QTest::newRow("quoted comma") << QStringLiteral("\"a,b\",c\n") << QStringList{"1: a,b|c"};
    QTest::newRow("doubled quote") << QStringLiteral("\"say \"\"hi\"\"\",x\n") << QStringList{"1: say \"hi\"|x"};
    QTest::newRow("quoted LF") << QStringLiteral("\"two\nlines\",x\nnext,y\n")
                               << QStringList{"1: two\nlines|x", "3: next|y"};
    QTest::newRow("quoted CRLF") << QStringLiteral("\"two\r\nlines\",x\r\nnext,y\r\n")
                                 << QStringList{"1: two\r\nlines|x", "3: next|y"};
    QTest::newRow("quoted CR") << QStringLiteral("\"two\rlines\",x\rnext,y")
                               << QStringList{"1: two\rlines|x", "3: next|y"};
    QTest::newRow("empty quoted field") << QStringLiteral("\"\"\n") << QStringList{"1: "};
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QStringList{"1: ||"};
}

void TestBulkPlan::readsRecordsAsRfc4180Says()
{
    QFETCH(QString, text);
    QFETCH(QStringList, records);
    QStringList read;
    BulkPlan::readCsv(text, [&](int line, const QStringList& fields) {
        read.append(QStringLiteral("%1: %2").arg(line).arg(fields.join(QLatin1Char('|'))));
    });
    QCOMPARE(read, records);
}

void TestBulkPlan::planRowsKeepTheirLines_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<int>>("problemLines");
    QTest::newRow("CR only") << QByteArray(
        "action,member,target\radd,zoe.martin,role:Developers\radd,nobody,role:Developers\r")
                             << QList<int>{2} << QList<int>{3};
    QTest::newRow("CRLF with BOM") << QByteArray("\xef\xbb\xbf"
                                                 "action,member,target\r\nadd,zoe.martin,role:Developers\r\n")
                                   << QList<int>{2} << QList<int>{};
    // A quoted line break inside a field is one field: the rows after it keep their real line.
    QTest::newRow("quoted line break") << QByteArray(
        "action,member,target\nadd,\"zoe\nmartin\",role:Developers\nadd,zoe.martin,role:Developers\n")
                                       << QList<int>{4} << QList<int>{2};
}

void TestBulkPlan::planRowsKeepTheirLines()
{
    QFETCH(QByteArray, plan);
    QFETCH(QList<int>, lines);
    QFETCH(QList<int>, problemLines);
    TestStores stores;
    auto store = stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    QList<PlanProblem> problems;
    const QList<PlanRow> rows = BulkPlan::parse(plan, store->directory(), store->catalog(), &problems);
    QList<int> read, problemRead;
    for (const PlanRow& row : rows)
        read.append(row.line);
    for (const PlanProblem& problem : problems)
        problemRead.append(problem.line);
    QCOMPARE(read, lines);
    QCOMPARE(problemRead, problemLines);
}

QTEST_GUILESS_MAIN(TestBulkPlan)
#include "tst_bulkplan.moc"
