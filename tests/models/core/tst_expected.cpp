#include "models/core/Expected.h"

#include <QTest>

using Netloom::Error;
using Netloom::Expected;

class TestExpected final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueIsReachable()
    {
        const Expected<int> e(42);
        QVERIFY(e.hasValue());
        QCOMPARE(*e, 42);
    }

    void errorCarriesMessageAndDetail()
    {
        const Expected<int> e(Error(QStringLiteral("could not connect"), QStringLiteral("curl 7")));
        QVERIFY(!e);
        QCOMPARE(e.error().message, QStringLiteral("could not connect"));
        QCOMPARE(e.error().toString(), QStringLiteral("could not connect (curl 7)"));
        QCOMPARE(e.valueOr(-1), -1);
    }

    void voidExpectedDistinguishesSuccess()
    {
        const Expected<void> ok;
        const Expected<void> bad(Error(QStringLiteral("no")));
        QVERIFY(ok.hasValue());
        QVERIFY(!bad.hasValue());
        QCOMPARE(bad.error().toString(), QStringLiteral("no"));
    }
};

QTEST_GUILESS_MAIN(TestExpected)
#include "tst_expected.moc"
