#include "models/cloud/LanCidrRule.h"

#include <QTest>

using namespace Netloom;
using Netloom::Cloud::LanCidrRule;

class TestLanCidrRule final : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("/23 in 10/8") << QStringLiteral("10.7.0.0/23");
        QTest::newRow("/24 in 172.16/12") << QStringLiteral("172.31.255.0/24");
        QTest::newRow("/28 in 192.168/16") << QStringLiteral("192.168.1.240/28");
        QTest::newRow("spaces around") << QStringLiteral("  10.0.0.0/24 ");
    }
    void accepted()
    {
        QFETCH(QString, text);
        const Expected<Domain::Cidr> block = LanCidrRule::check(text);
        QVERIFY2(block, qPrintable(block ? QString() : block.error().toString()));
        QCOMPARE(block->toString(), text.trimmed());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("public") << QStringLiteral("203.0.113.0/24") << QString::fromLatin1(LanCidrRule::Private)
                                << QStringLiteral("LAN CIDR rule “private” (ionos.lan.cidr.private): 203.0.113.0/24 is "
                                                  "not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)");
        QTest::newRow("straddles 172.16/12") << QStringLiteral("172.0.0.0/24") << QString::fromLatin1(LanCidrRule::Private)
                                             << QString();
        QTest::newRow("IPv6") << QStringLiteral("fd00::/64") << QString::fromLatin1(LanCidrRule::Private) << QString();
        QTest::newRow("/22 too large") << QStringLiteral("10.0.0.0/22") << QString::fromLatin1(LanCidrRule::PrefixLength)
                                       << QStringLiteral("LAN CIDR rule “prefix /23 to /28” (ionos.lan.cidr.prefix): "
                                                         "10.0.0.0/22 is a /22; IONOS accepts /23 to /28");
        QTest::newRow("/29 too small") << QStringLiteral("10.0.0.8/29") << QString::fromLatin1(LanCidrRule::PrefixLength)
                                       << QString();
        QTest::newRow("/8 as a whole") << QStringLiteral("10.0.0.0/8") << QString::fromLatin1(LanCidrRule::PrefixLength)
                                       << QString();
        QTest::newRow("not aligned") << QStringLiteral("10.7.1.0/23") << QString::fromLatin1(LanCidrRule::Aligned)
                                     << QStringLiteral("LAN CIDR rule “aligned” (ionos.lan.cidr.aligned): 10.7.1.0/23 "
                                                       "does not start on a /23 boundary (did you mean 10.7.0.0/23?)");
        QTest::newRow("host bits /28") << QStringLiteral("192.168.0.17/28") << QString::fromLatin1(LanCidrRule::Aligned)
                                       << QString();
    }
    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        const Expected<Domain::Cidr> block = LanCidrRule::check(text);
        QVERIFY(!block);
        QVERIFY2(block.error().message.contains(QLatin1Char('(') + rule + QLatin1Char(')')),
            qPrintable(block.error().message));
        QCOMPARE(block.error().detail, QStringLiteral("rule ") + rule);
        if (!message.isEmpty())
            QCOMPARE(block.error().message, message);
    }

    void syntaxErrorsKeepTheCidrMessage()
    {
        const Expected<Domain::Cidr> block = LanCidrRule::check(u"10.0.0.0");
        QVERIFY(!block);
        QCOMPARE(block.error().message, QStringLiteral("'10.0.0.0' has no prefix length: add one such as /24"));
    }
};

QTEST_GUILESS_MAIN(TestLanCidrRule)
#include "tst_lancidrrule.moc"
