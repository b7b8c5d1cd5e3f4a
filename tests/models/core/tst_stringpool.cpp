#include "models/core/StringPool.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using Netloom::StringPool;

class TestStringPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalStringsShareOneCopy()
    {
        StringPool pool;
        const QString first = pool.intern(QStringLiteral("team-0001").left(9));
        const QString again = pool.intern(QString::fromLatin1("team-0001"));
        QCOMPARE(again, first);
        QCOMPARE(again.constData(), first.constData()); // the same storage
        const QString other = pool.intern(QStringLiteral("team-0002"));
        QVERIFY(other.constData() != first.constData());
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.intern(QString()), QString());
        QCOMPARE(pool.size(), 2);
    }

    void longStringsAreNotPooled()
    {
        StringPool pool;
        const QString text(StringPool::MaxLength + 1, QLatin1Char('x'));
        const QString a = pool.intern(text);
        const QString b = pool.intern(QString(StringPool::MaxLength + 1, QLatin1Char('x')));
        QCOMPARE(a, b);
        QVERIFY(a.constData() != b.constData());
        QCOMPARE(pool.size(), 0);
    }

    void concurrentInternsAgree()
    {
        StringPool pool;
        auto work = [&pool](int seed) {
            QList<QString> out;
            for (int i = 0; i < 2000; ++i)
                out.append(pool.intern(QStringLiteral("ns-%1").arg((i * 7 + seed) % 100)));
            return out;
        };
        auto a = QtConcurrent::run(work, 1);
        auto b = QtConcurrent::run(work, 2);
        const QList<QString> ra = a.result();
        const QList<QString> rb = b.result();
        QCOMPARE(pool.size(), 100);
        // every copy of one value is the pool's: the same storage in both threads' results
        for (const QString& s : ra)
            QCOMPARE(pool.intern(s).constData(), s.constData());
        for (const QString& s : rb)
            QCOMPARE(pool.intern(s).constData(), s.constData());
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
