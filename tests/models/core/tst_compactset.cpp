#include "models/core/CompactSet.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using Netloom::CompactSet;

// CompactSet against QSet as the oracle: the same answers at every size, across the switch from
// list to hash (above 12) and back (at 3).
class TestCompactSet : public QObject
{
    Q_OBJECT

private:
    static QSet<int> asSet(const CompactSet<int>& set)
    {
        QSet<int> values;
        for (int v : set) {
            if (values.contains(v))
                qFatal("value %d iterated twice", v);
            values.insert(v);
        }
        return values;
    }

private Q_SLOTS:
    void insertAndRemoveAcrossTheSwitch()
    {
        CompactSet<int> set;
        QVERIFY(set.isEmpty());
        for (int i = 0; i < 40; ++i) {
            QVERIFY(set.insert(i));
            QVERIFY(!set.insert(i));
            QCOMPARE(set.size(), i + 1);
            QVERIFY(set.contains(i));
            QVERIFY(!set.contains(i + 1));
        }
        QSet<int> expected;
        for (int i = 0; i < 40; ++i)
            expected.insert(i);
        QCOMPARE(asSet(set), expected);
        for (int i = 0; i < 40; i += 2) {
            QVERIFY(set.remove(i));
            QVERIFY(!set.remove(i));
            expected.remove(i);
            QCOMPARE(asSet(set), expected);
        }
        for (int i = 1; i < 40; i += 2) {
            QVERIFY(set.remove(i));
            expected.remove(i);
            QCOMPARE(set.size(), expected.size());
            QCOMPARE(asSet(set), expected);
        }
        QVERIFY(set.isEmpty());
        QVERIFY(set.begin() == set.end());
    }

    void randomOperationsMatchQSet()
    {
        QRandomGenerator random(7);
        CompactSet<int> set;
        QSet<int> oracle;
        for (int step = 0; step < 20000; ++step) {
            const int value = int(random.bounded(30));
            if (random.bounded(2)) {
                QCOMPARE(set.insert(value), !oracle.contains(value));
                oracle.insert(value);
            } else {
                QCOMPARE(set.remove(value), oracle.remove(value));
            }
            QCOMPARE(set.size(), oracle.size());
            QCOMPARE(set.contains(value), oracle.contains(value));
        }
        QCOMPARE(asSet(set), oracle);
        const QList<int> values = set.values();
        QCOMPARE(QSet<int>(values.cbegin(), values.cend()), oracle);
    }

    void equalityIgnoresOrder()
    {
        CompactSet<int> a;
        CompactSet<int> b;
        for (int i = 0; i < 5; ++i) {
            a.insert(i);
            b.insert(4 - i);
        }
        QVERIFY(a == b);
        b.remove(2);
        QVERIFY(a != b);
        b.insert(7);
        QVERIFY(a != b);
        CompactSet<int> large;
        for (int i = 0; i < 20; ++i)
            large.insert(i);
        for (int i = 5; i < 20; ++i)
            large.remove(i);
        QVERIFY(large == a);
    }
};

QTEST_GUILESS_MAIN(TestCompactSet)
#include "tst_compactset.moc"
