#include "models/domain/Cidr.h"
#include "models/domain/CidrSet.h"

#include <QElapsedTimer>
#include <QTest>

using Netloom::Domain::AddressCount;
using Netloom::Domain::Cidr;
using Netloom::Domain::CidrSet;
using Netloom::Domain::IpAddress;

namespace {

Cidr cidr(const QString& text)
{
    const auto parsed = Cidr::parse(text);
    if (!parsed)
        qFatal("test setup: %s", qPrintable(parsed.error().message));
    return *parsed;
}

QList<Cidr> cidrs(const QStringList& texts)
{
    QList<Cidr> result;
    for (const QString& text : texts)
        result.append(cidr(text));
    return result;
}

QStringList texts(const QList<Cidr>& list)
{
    QStringList result;
    for (const Cidr& c : list)
        result.append(c.toString());
    return result;
}

QString parseError(const QString& text, Cidr::ParseOptions options = Cidr::ParseOption::None)
{
    const auto parsed = Cidr::parse(text, options);
    return parsed ? QStringLiteral("<parsed as %1>").arg(parsed->toString()) : parsed.error().message;
}

IpAddress ip(const QString& text)
{
    return *IpAddress::parse(text);
}

} // namespace

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    // Parsing and canonical form
    void parsesToCanonicalForm_data();
    void parsesToCanonicalForm();
    void acceptsBareAddressOnlyWhenAsked();
    void normalisedMasksHostBits_data();
    void normalisedMasksHostBits();
    void normalisedStillRejectsBadSyntax();

    // Every error message, each on its own
    void rejectsEmptyInput();
    void rejectsBlankInput();
    void rejectsIpv4HostBitsSuggestingNetwork();
    void rejectsIpv6HostBitsSuggestingNetwork();
    void rejectsIpv4PrefixOutOfRange();
    void rejectsHugeIpv4Prefix();
    void rejectsIpv6PrefixOutOfRange();
    void rejectsGarbage();
    void rejectsGarbageWithPrefix();
    void rejectsMissingPrefixIpv4();
    void rejectsMissingPrefixIpv6();
    void rejectsEmptyPrefix();
    void rejectsNonNumericPrefix();
    void rejectsNegativePrefix();
    void rejectsPrefixWithLeadingZero();
    void rejectsBadOctet();
    void rejectsLeadingZeroOctet();
    void rejectsTooFewOctets();
    void rejectsTooManyIpv6Groups();
    void rejectsBadIpv6Group();
    void rejectsDoubleSlash();
    void rejectsMissingAddress();
    void rejectsInnerWhitespace();
    void createRejectsOutOfRangePrefix();

    // Blocks
    void reportsBounds_data();
    void reportsBounds();
    void countsAddressesExactly_data();
    void countsAddressesExactly();
    void containsAddresses();
    void containsBlocks();
    void overlaps();
    void ignoresOtherFamily();
    void orders();

    // split / supernet
    void splitsIntoEqualBlocks();
    void splitIntoSamePrefixIsIdentity();
    void splitsIpv6();
    void splitRejectsShorterPrefix();
    void splitRejectsOutOfRangePrefix();
    void splitRejectsTooManyPieces();
    void splitRejectsTooManyIpv6Pieces();
    void widensToSupernet();
    void supernetRejectsLongerPrefix();
    void supernetRejectsNegativePrefix();

    // CidrSet
    void aggregatesToMinimalList();
    void aggregatesIpv6AndKeepsFamiliesApart();
    void aggregatesWholeIpv6Space();
    void setAnswersMembership();
    void findsFreeBlocks();
    void freeBlocksIgnoreOtherFamilyAndOutsideBlocks();
    void freeBlocksHandleAllocationCoveringRange();
    void freeBlocksStopAtMaxResults();
    void freeBlocksRejectShorterPrefix();
    void freeBlocksRejectOutOfRangePrefix();
    void freeBlocksInIpv6ArePromptForFirstN();
    void countsFreeBlocksExactly();
    void findsFirstFree();
    void firstFreeReportsFullRange();
    void findsLargestFree();
    void largestFreeReportsFullRange();
    void measuresUtilisation();
    void utilisationCountsOverlapsOnce();
    void utilisationOfWholeIpv6Space();
};

void TestCidr::parsesToCanonicalForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("prefix");
    QTest::newRow("v4 /16") << "10.0.0.0/16"
                            << "10.0.0.0/16" << 16;
    QTest::newRow("v4 /0") << "0.0.0.0/0"
                           << "0.0.0.0/0" << 0;
    QTest::newRow("v4 /32") << "10.1.2.3/32"
                            << "10.1.2.3/32" << 32;
    QTest::newRow("v4 spaces around") << "  192.168.0.0/24 "
                                      << "192.168.0.0/24" << 24;
    QTest::newRow("v6 /32") << "2001:db8::/32"
                            << "2001:db8::/32" << 32;
    QTest::newRow("v6 upper full form") << "2001:0DB8:0000:0000:0000:0000:0000:0000/32"
                                        << "2001:db8::/32" << 32;
    QTest::newRow("v6 /0") << "::/0"
                           << "::/0" << 0;
    QTest::newRow("v6 /128") << "::1/128"
                             << "::1/128" << 128;
    QTest::newRow("v6 /64") << "fd00:1:2:3::/64"
                            << "fd00:1:2:3::/64" << 64;
    QTest::newRow("v6 mapped") << "::ffff:10.0.0.0/104"
                               << "::ffff:10.0.0.0/104" << 104;
}

void TestCidr::parsesToCanonicalForm()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, prefix);
    const auto parsed = Cidr::parse(text);
    QVERIFY2(parsed, qPrintable(parseError(text)));
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->prefixLength(), prefix);
    QCOMPARE(*Cidr::parse(canonical), *parsed);
}

void TestCidr::acceptsBareAddressOnlyWhenAsked()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.1"), Cidr::ParseOption::AllowBareAddress),
        QStringLiteral("<parsed as 10.0.0.1/32>"));
    QCOMPARE(parseError(QStringLiteral("2001:db8::1"), Cidr::ParseOption::AllowBareAddress),
        QStringLiteral("<parsed as 2001:db8::1/128>"));
    QCOMPARE(Cidr::host(ip(QStringLiteral("::1"))).toString(), QStringLiteral("::1/128"));
    QVERIFY(!Cidr::parse(u"10.0.0.1"));
}

void TestCidr::normalisedMasksHostBits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::newRow("v4") << "10.0.0.1/24"
                        << "10.0.0.0/24";
    QTest::newRow("v4 /0") << "192.168.1.1/0"
                           << "0.0.0.0/0";
    QTest::newRow("v4 clean") << "10.0.0.0/8"
                              << "10.0.0.0/8";
    QTest::newRow("v6") << "2001:db8:1:2::1/48"
                        << "2001:db8:1::/48";
    QTest::newRow("v6 /0") << "ffff::/0"
                           << "::/0";
}

void TestCidr::normalisedMasksHostBits()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    const auto parsed = Cidr::normalised(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(), network);
    QCOMPARE(
        Cidr::normalised(u"10.0.0.7", Cidr::ParseOption::AllowBareAddress)->toString(), QStringLiteral("10.0.0.7/32"));
}

void TestCidr::normalisedStillRejectsBadSyntax()
{
    const auto parsed = Cidr::normalised(u"10.0.0.1/33");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, QStringLiteral("/33 is out of range for IPv4"));
}

void TestCidr::rejectsEmptyInput()
{
    QCOMPARE(parseError(QString()), QStringLiteral("Empty CIDR: enter one such as 10.0.0.0/16 or 2001:db8::/32"));
}

void TestCidr::rejectsBlankInput()
{
    QCOMPARE(parseError(QStringLiteral(" \t ")),
        QStringLiteral("Empty CIDR: enter one such as 10.0.0.0/16 or 2001:db8::/32"));
}

void TestCidr::rejectsIpv4HostBitsSuggestingNetwork()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.1/24")),
        QStringLiteral("10.0.0.1/24 has host bits set (did you mean 10.0.0.0/24?)"));
}

void TestCidr::rejectsIpv6HostBitsSuggestingNetwork()
{
    QCOMPARE(parseError(QStringLiteral("2001:DB8::0001/32")),
        QStringLiteral("2001:db8::1/32 has host bits set (did you mean 2001:db8::/32?)"));
}

void TestCidr::rejectsIpv4PrefixOutOfRange()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/33")), QStringLiteral("/33 is out of range for IPv4"));
}

void TestCidr::rejectsHugeIpv4Prefix()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/99999999999999999999")),
        QStringLiteral("/99999999999999999999 is out of range for IPv4"));
}

void TestCidr::rejectsIpv6PrefixOutOfRange()
{
    QCOMPARE(parseError(QStringLiteral("2001:db8::/129")), QStringLiteral("/129 is out of range for IPv6"));
}

void TestCidr::rejectsGarbage()
{
    QCOMPARE(parseError(QStringLiteral("banana")), QStringLiteral("'banana' is not an IPv4 or IPv6 CIDR"));
}

void TestCidr::rejectsGarbageWithPrefix()
{
    QCOMPARE(parseError(QStringLiteral("banana/24")), QStringLiteral("'banana/24' is not an IPv4 or IPv6 CIDR"));
}

void TestCidr::rejectsMissingPrefixIpv4()
{
    QCOMPARE(
        parseError(QStringLiteral("10.0.0.0")), QStringLiteral("'10.0.0.0' has no prefix length: add one such as /24"));
}

void TestCidr::rejectsMissingPrefixIpv6()
{
    QCOMPARE(parseError(QStringLiteral("2001:db8::")),
        QStringLiteral("'2001:db8::' has no prefix length: add one such as /64"));
}

void TestCidr::rejectsEmptyPrefix()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/")),
        QStringLiteral("'10.0.0.0/' has no prefix length after '/': add one such as /24"));
}

void TestCidr::rejectsNonNumericPrefix()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/abc")), QStringLiteral("prefix length 'abc' is not a number"));
}

void TestCidr::rejectsNegativePrefix()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/-8")), QStringLiteral("prefix length '-8' is not a number"));
}

void TestCidr::rejectsPrefixWithLeadingZero()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/08")), QStringLiteral("prefix length '08' has a leading zero"));
}

void TestCidr::rejectsBadOctet()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.256/24")),
        QStringLiteral("'10.0.0.256' is not a valid IPv4 address: octet '256' is greater than 255"));
}

void TestCidr::rejectsLeadingZeroOctet()
{
    QCOMPARE(parseError(QStringLiteral("10.0.00.0/24")),
        QStringLiteral("'10.0.00.0' is not a valid IPv4 address: octet '00' has a leading zero"));
}

void TestCidr::rejectsTooFewOctets()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0/24")),
        QStringLiteral("'10.0.0' is not a valid IPv4 address: expected 4 octets, found 3"));
}

void TestCidr::rejectsTooManyIpv6Groups()
{
    QCOMPARE(parseError(QStringLiteral("1:2:3:4:5:6:7:8:9/64")),
        QStringLiteral("'1:2:3:4:5:6:7:8:9' is not a valid IPv6 address: expected 8 groups, found 9"));
}

void TestCidr::rejectsBadIpv6Group()
{
    QCOMPARE(parseError(QStringLiteral("2001:db8::xyz/64")),
        QStringLiteral("'2001:db8::xyz' is not a valid IPv6 address: group 'xyz' is not hexadecimal"));
}

void TestCidr::rejectsDoubleSlash()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0/8/16")), QStringLiteral("'10.0.0.0/8/16' has more than one '/'"));
}

void TestCidr::rejectsMissingAddress()
{
    QCOMPARE(parseError(QStringLiteral("/24")), QStringLiteral("'/24' has no address before '/'"));
}

void TestCidr::rejectsInnerWhitespace()
{
    QCOMPARE(parseError(QStringLiteral("10.0.0.0 /24")), QStringLiteral("'10.0.0.0 /24' contains white space"));
}

void TestCidr::createRejectsOutOfRangePrefix()
{
    const auto created = Cidr::create(ip(QStringLiteral("10.0.0.0")), -1);
    QVERIFY(!created);
    QCOMPARE(created.error().message, QStringLiteral("/-1 is out of range for IPv4"));
    const auto containing = Cidr::containing(ip(QStringLiteral("::1")), 130);
    QVERIFY(!containing);
    QCOMPARE(containing.error().message, QStringLiteral("/130 is out of range for IPv6"));
}

void TestCidr::reportsBounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("netmask");
    QTest::addColumn<QString>("hostmask");
    QTest::newRow("v4 /24") << "10.0.0.0/24"
                            << "10.0.0.0"
                            << "10.0.0.255"
                            << "255.255.255.0"
                            << "0.0.0.255";
    QTest::newRow("v4 /0") << "0.0.0.0/0"
                           << "0.0.0.0"
                           << "255.255.255.255"
                           << "0.0.0.0"
                           << "255.255.255.255";
    QTest::newRow("v4 /32") << "1.2.3.4/32"
                            << "1.2.3.4"
                            << "1.2.3.4"
                            << "255.255.255.255"
                            << "0.0.0.0";
    QTest::newRow("v4 /22") << "172.16.4.0/22"
                            << "172.16.4.0"
                            << "172.16.7.255"
                            << "255.255.252.0"
                            << "0.0.3.255";
    QTest::newRow("v6 /64") << "2001:db8::/64"
                            << "2001:db8::"
                            << "2001:db8::ffff:ffff:ffff:ffff"
                            << "ffff:ffff:ffff:ffff::"
                            << "::ffff:ffff:ffff:ffff";
    QTest::newRow("v6 /0") << "::/0"
                           << "::"
                           << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                           << "::"
                           << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
}

void TestCidr::reportsBounds()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, netmask);
    QFETCH(QString, hostmask);
    const Cidr block = cidr(text);
    QCOMPARE(block.first().toString(), first);
    QCOMPARE(block.network().toString(), first);
    QCOMPARE(block.last().toString(), last);
    QCOMPARE(block.netmask().toString(), netmask);
    QCOMPARE(block.hostmask().toString(), hostmask);
}

void TestCidr::countsAddressesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("count");
    QTest::newRow("v4 /32") << "10.0.0.1/32"
                            << "1";
    QTest::newRow("v4 /24") << "10.0.0.0/24"
                            << "256";
    QTest::newRow("v4 /0") << "0.0.0.0/0"
                           << "4294967296";
    QTest::newRow("v6 /64") << "2001:db8::/64"
                            << "18446744073709551616";
    QTest::newRow("v6 /1") << "::/1"
                           << "170141183460469231731687303715884105728";
    QTest::newRow("v6 /0") << "::/0"
                           << "340282366920938463463374607431768211456";
    QTest::newRow("v6 /128") << "::/128"
                             << "1";
}

void TestCidr::countsAddressesExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, count);
    QCOMPARE(cidr(text).addressCount().toString(), count);
}

void TestCidr::containsAddresses()
{
    const Cidr block = cidr(QStringLiteral("10.0.0.0/22"));
    QVERIFY(block.contains(ip(QStringLiteral("10.0.0.0"))));
    QVERIFY(block.contains(ip(QStringLiteral("10.0.3.255"))));
    QVERIFY(!block.contains(ip(QStringLiteral("10.0.4.0"))));
    QVERIFY(!block.contains(ip(QStringLiteral("9.255.255.255"))));
    QVERIFY(cidr(QStringLiteral("::/0")).contains(ip(QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))));
    QVERIFY(cidr(QStringLiteral("0.0.0.0/0")).contains(ip(QStringLiteral("255.255.255.255"))));
}

void TestCidr::containsBlocks()
{
    const Cidr block = cidr(QStringLiteral("10.0.0.0/16"));
    QVERIFY(block.contains(cidr(QStringLiteral("10.0.0.0/16"))));
    QVERIFY(block.contains(cidr(QStringLiteral("10.0.255.0/24"))));
    QVERIFY(!block.contains(cidr(QStringLiteral("10.0.0.0/15"))));
    QVERIFY(!block.contains(cidr(QStringLiteral("10.1.0.0/24"))));
    QVERIFY(cidr(QStringLiteral("2001:db8::/32")).contains(cidr(QStringLiteral("2001:db8:ffff::/48"))));
}

void TestCidr::overlaps()
{
    QVERIFY(cidr(QStringLiteral("10.0.0.0/16")).overlaps(cidr(QStringLiteral("10.0.128.0/17"))));
    QVERIFY(cidr(QStringLiteral("10.0.128.0/17")).overlaps(cidr(QStringLiteral("10.0.0.0/16"))));
    QVERIFY(!cidr(QStringLiteral("10.0.0.0/17")).overlaps(cidr(QStringLiteral("10.0.128.0/17"))));
    QVERIFY(cidr(QStringLiteral("::/0")).overlaps(cidr(QStringLiteral("2001:db8::/32"))));
    QVERIFY(!cidr(QStringLiteral("2001:db8::/33")).overlaps(cidr(QStringLiteral("2001:db8:8000::/33"))));
}

void TestCidr::ignoresOtherFamily()
{
    const Cidr all4 = cidr(QStringLiteral("0.0.0.0/0"));
    const Cidr all6 = cidr(QStringLiteral("::/0"));
    QVERIFY(!all4.overlaps(all6));
    QVERIFY(!all6.contains(all4));
    QVERIFY(!all6.contains(ip(QStringLiteral("10.0.0.1"))));
    QVERIFY(!all4.contains(ip(QStringLiteral("::ffff:10.0.0.1"))));
}

void TestCidr::orders()
{
    QList<Cidr> list = cidrs({ QStringLiteral("::/0"), QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.0/8"),
        QStringLiteral("9.0.0.0/8") });
    std::sort(list.begin(), list.end());
    QCOMPARE(texts(list),
        QStringList({ QStringLiteral("9.0.0.0/8"), QStringLiteral("10.0.0.0/8"), QStringLiteral("10.0.0.0/16"),
            QStringLiteral("::/0") }));
    QCOMPARE(qHash(cidr(QStringLiteral("2001:db8::/32"))), qHash(cidr(QStringLiteral("2001:DB8:0::/32"))));
    QCOMPARE(Cidr().toString(), QStringLiteral("0.0.0.0/32"));
}

void TestCidr::splitsIntoEqualBlocks()
{
    const auto pieces = cidr(QStringLiteral("10.0.0.0/22")).split(24);
    QVERIFY(pieces);
    QCOMPARE(texts(*pieces),
        QStringList({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.1.0/24"), QStringLiteral("10.0.2.0/24"),
            QStringLiteral("10.0.3.0/24") }));
}

void TestCidr::splitIntoSamePrefixIsIdentity()
{
    const auto pieces = cidr(QStringLiteral("10.0.0.0/22")).split(22);
    QVERIFY(pieces);
    QCOMPARE(texts(*pieces), QStringList({ QStringLiteral("10.0.0.0/22") }));
    QCOMPARE(texts(*cidr(QStringLiteral("::/0")).split(0)), QStringList({ QStringLiteral("::/0") }));
}

void TestCidr::splitsIpv6()
{
    const auto pieces = cidr(QStringLiteral("2001:db8::/32")).split(34);
    QVERIFY(pieces);
    QCOMPARE(texts(*pieces),
        QStringList({ QStringLiteral("2001:db8::/34"), QStringLiteral("2001:db8:4000::/34"),
            QStringLiteral("2001:db8:8000::/34"), QStringLiteral("2001:db8:c000::/34") }));
    const auto halves = cidr(QStringLiteral("::/0")).split(1);
    QCOMPARE(texts(*halves), QStringList({ QStringLiteral("::/1"), QStringLiteral("8000::/1") }));
}

void TestCidr::splitRejectsShorterPrefix()
{
    const auto pieces = cidr(QStringLiteral("10.0.0.0/24")).split(20);
    QVERIFY(!pieces);
    QCOMPARE(pieces.error().message,
        QStringLiteral("cannot split 10.0.0.0/24 into /20 blocks: the new prefix must be /24 or longer"));
}

void TestCidr::splitRejectsOutOfRangePrefix()
{
    const auto pieces = cidr(QStringLiteral("10.0.0.0/24")).split(33);
    QVERIFY(!pieces);
    QCOMPARE(pieces.error().message, QStringLiteral("/33 is out of range for IPv4"));
}

void TestCidr::splitRejectsTooManyPieces()
{
    const auto pieces = cidr(QStringLiteral("10.0.0.0/8")).split(32);
    QVERIFY(!pieces);
    QCOMPARE(pieces.error().message,
        QStringLiteral("splitting 10.0.0.0/8 into /32 blocks gives 16777216 pieces, more than the limit of 65536"));
    QCOMPARE(cidr(QStringLiteral("10.0.0.0/8")).split(20, 4096)->size(), 4096);
    QVERIFY(!cidr(QStringLiteral("10.0.0.0/24")).split(26, 3));
}

void TestCidr::splitRejectsTooManyIpv6Pieces()
{
    const auto pieces = cidr(QStringLiteral("::/0")).split(128);
    QVERIFY(!pieces);
    QCOMPARE(pieces.error().message,
        QStringLiteral("splitting ::/0 into /128 blocks gives 340282366920938463463374607431768211456 pieces, "
                       "more than the limit of 65536"));
}

void TestCidr::widensToSupernet()
{
    QCOMPARE(cidr(QStringLiteral("10.0.3.0/24")).supernet(22)->toString(), QStringLiteral("10.0.0.0/22"));
    QCOMPARE(cidr(QStringLiteral("10.0.3.0/24")).supernet(24)->toString(), QStringLiteral("10.0.3.0/24"));
    QCOMPARE(cidr(QStringLiteral("10.0.3.0/24")).supernet(0)->toString(), QStringLiteral("0.0.0.0/0"));
    QCOMPARE(cidr(QStringLiteral("2001:db8:abcd::/48")).supernet(32)->toString(), QStringLiteral("2001:db8::/32"));
}

void TestCidr::supernetRejectsLongerPrefix()
{
    const auto wider = cidr(QStringLiteral("10.0.0.0/16")).supernet(24);
    QVERIFY(!wider);
    QCOMPARE(wider.error().message,
        QStringLiteral("cannot widen 10.0.0.0/16 to /24: the new prefix must be /16 or shorter"));
}

void TestCidr::supernetRejectsNegativePrefix()
{
    const auto wider = cidr(QStringLiteral("2001:db8::/32")).supernet(-1);
    QVERIFY(!wider);
    QCOMPARE(wider.error().message, QStringLiteral("/-1 is out of range for IPv6"));
}

void TestCidr::aggregatesToMinimalList()
{
    const QList<Cidr> input = cidrs({ QStringLiteral("10.0.1.0/24"), QStringLiteral("10.0.0.0/25"),
        QStringLiteral("10.0.0.128/25"), QStringLiteral("10.0.0.64/26"), QStringLiteral("10.0.3.0/24"),
        QStringLiteral("10.0.1.0/24"), QStringLiteral("192.168.0.0/32") });
    QCOMPARE(texts(CidrSet::aggregate(input)),
        QStringList(
            { QStringLiteral("10.0.0.0/23"), QStringLiteral("10.0.3.0/24"), QStringLiteral("192.168.0.0/32") }));
    QVERIFY(CidrSet::aggregate({}).isEmpty());
}

void TestCidr::aggregatesIpv6AndKeepsFamiliesApart()
{
    const QList<Cidr> input = cidrs({ QStringLiteral("2001:db8::/33"), QStringLiteral("10.0.0.0/8"),
        QStringLiteral("2001:db8:8000::/33"), QStringLiteral("::ffff:0:0/96") });
    QCOMPARE(texts(CidrSet::aggregate(input)),
        QStringList(
            { QStringLiteral("10.0.0.0/8"), QStringLiteral("::ffff:0.0.0.0/96"), QStringLiteral("2001:db8::/32") }));
}

void TestCidr::aggregatesWholeIpv6Space()
{
    QCOMPARE(texts(CidrSet::aggregate(cidrs({ QStringLiteral("8000::/1"), QStringLiteral("::/1") }))),
        QStringList({ QStringLiteral("::/0") }));
    QCOMPARE(texts(CidrSet::aggregate(cidrs({ QStringLiteral("128.0.0.0/1"), QStringLiteral("0.0.0.0/1"),
                 QStringLiteral("255.255.255.255/32") }))),
        QStringList({ QStringLiteral("0.0.0.0/0") }));
}

void TestCidr::setAnswersMembership()
{
    const CidrSet set(cidrs({ QStringLiteral("10.0.0.0/25"), QStringLiteral("10.0.0.128/25"),
        QStringLiteral("10.0.2.0/24"), QStringLiteral("2001:db8::/64") }));
    QCOMPARE(texts(set.cidrs()),
        QStringList({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.2.0/24"), QStringLiteral("2001:db8::/64") }));
    QVERIFY(set.contains(ip(QStringLiteral("10.0.0.200"))));
    QVERIFY(!set.contains(ip(QStringLiteral("10.0.1.0"))));
    QVERIFY(set.contains(ip(QStringLiteral("2001:db8::ffff"))));
    QVERIFY(!set.contains(ip(QStringLiteral("::ffff:10.0.0.1"))));
    QVERIFY(set.contains(cidr(QStringLiteral("10.0.0.64/26"))));
    QVERIFY(!set.contains(cidr(QStringLiteral("10.0.0.0/22"))));
    QVERIFY(set.intersects(cidr(QStringLiteral("10.0.0.0/22"))));
    QVERIFY(!set.intersects(cidr(QStringLiteral("10.0.1.0/24"))));
    QVERIFY(!set.intersects(cidr(QStringLiteral("10.0.3.0/24"))));
    QCOMPARE(set.addressCount(IpAddress::Family::V4).toString(), QStringLiteral("512"));
    QCOMPARE(set.addressCount(IpAddress::Family::V6).toString(), QStringLiteral("18446744073709551616"));
    QVERIFY(CidrSet().isEmpty());
}

void TestCidr::findsFreeBlocks()
{
    const auto blocks = CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/22")),
        cidrs({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.1.128/25"), QStringLiteral("10.0.3.7/32") }), 25);
    QVERIFY(blocks);
    QCOMPARE(texts(*blocks),
        QStringList({ QStringLiteral("10.0.1.0/25"), QStringLiteral("10.0.2.0/25"), QStringLiteral("10.0.2.128/25"),
            QStringLiteral("10.0.3.128/25") }));
}

void TestCidr::freeBlocksIgnoreOtherFamilyAndOutsideBlocks()
{
    const auto blocks = CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/23")),
        cidrs({ QStringLiteral("::/0"), QStringLiteral("10.0.2.0/24"), QStringLiteral("9.0.0.0/8"),
            QStringLiteral("10.0.1.0/24") }),
        24);
    QVERIFY(blocks);
    QCOMPARE(texts(*blocks), QStringList({ QStringLiteral("10.0.0.0/24") }));
}

void TestCidr::freeBlocksHandleAllocationCoveringRange()
{
    const auto blocks
        = CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/23")), cidrs({ QStringLiteral("10.0.0.0/8") }), 24);
    QVERIFY(blocks);
    QVERIFY(blocks->isEmpty());
    const auto all = CidrSet::freeBlocks(cidr(QStringLiteral("::/0")), cidrs({ QStringLiteral("::/1") }), 1);
    QCOMPARE(texts(*all), QStringList({ QStringLiteral("8000::/1") }));
}

void TestCidr::freeBlocksStopAtMaxResults()
{
    const auto blocks = CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/8")), {}, 32, 3);
    QVERIFY(blocks);
    QCOMPARE(texts(*blocks),
        QStringList({ QStringLiteral("10.0.0.0/32"), QStringLiteral("10.0.0.1/32"), QStringLiteral("10.0.0.2/32") }));
    QCOMPARE(CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/8")), {}, 32)->size(), CidrSet::DefaultMaxResults);
    QVERIFY(CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/8")), {}, 32, 0)->isEmpty());
}

void TestCidr::freeBlocksRejectShorterPrefix()
{
    const auto blocks = CidrSet::freeBlocks(cidr(QStringLiteral("10.0.0.0/16")), {}, 8);
    QVERIFY(!blocks);
    QCOMPARE(blocks.error().message, QStringLiteral("a /8 block does not fit in 10.0.0.0/16"));
}

void TestCidr::freeBlocksRejectOutOfRangePrefix()
{
    const auto blocks = CidrSet::freeBlocks(cidr(QStringLiteral("2001:db8::/48")), {}, 129);
    QVERIFY(!blocks);
    QCOMPARE(blocks.error().message, QStringLiteral("/129 is out of range for IPv6"));
}

void TestCidr::freeBlocksInIpv6ArePromptForFirstN()
{
    QList<Cidr> allocated;
    const Cidr range = cidr(QStringLiteral("2001:db8:42::/48"));
    const auto quarters = range.split(56, 256);
    QVERIFY(quarters);
    for (qsizetype i = 1; i < quarters->size(); i += 2)
        allocated.append(quarters->at(i));
    QElapsedTimer timer;
    timer.start();
    const auto blocks = CidrSet::freeBlocks(range, allocated, 64, 5);
    QVERIFY(blocks);
    QCOMPARE(texts(*blocks),
        QStringList({ QStringLiteral("2001:db8:42::/64"), QStringLiteral("2001:db8:42:1::/64"),
            QStringLiteral("2001:db8:42:2::/64"), QStringLiteral("2001:db8:42:3::/64"),
            QStringLiteral("2001:db8:42:4::/64") }));
    QVERIFY2(timer.elapsed() < 500, "first free /64s of a /48 must not enumerate the range");
}

void TestCidr::countsFreeBlocksExactly()
{
    QCOMPARE(CidrSet::freeBlockCount(cidr(QStringLiteral("::/0")), {}, 128)->toString(),
        QStringLiteral("340282366920938463463374607431768211456"));
    QCOMPARE(
        CidrSet::freeBlockCount(cidr(QStringLiteral("2001:db8::/48")), cidrs({ QStringLiteral("2001:db8::/56") }), 64)
            ->toString(),
        QStringLiteral("65280"));
    QCOMPARE(
        CidrSet::freeBlockCount(cidr(QStringLiteral("10.0.0.0/22")),
            cidrs({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.1.128/25"), QStringLiteral("10.0.3.7/32") }),
            25)
            ->toString(),
        QStringLiteral("4"));
}

void TestCidr::findsFirstFree()
{
    const auto first = CidrSet::firstFree(cidr(QStringLiteral("10.0.0.0/16")),
        cidrs({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.1.0/26") }), 24);
    QVERIFY(first);
    QCOMPARE(first->toString(), QStringLiteral("10.0.2.0/24"));
}

void TestCidr::firstFreeReportsFullRange()
{
    const auto first = CidrSet::firstFree(cidr(QStringLiteral("10.0.0.0/23")),
        cidrs({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.1.0/26") }), 24);
    QVERIFY(!first);
    QCOMPARE(first.error().message, QStringLiteral("no free /24 block left in 10.0.0.0/23"));
}

void TestCidr::findsLargestFree()
{
    const auto largest = CidrSet::largestFree(
        cidr(QStringLiteral("10.0.0.0/16")), cidrs({ QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.128.0/24") }));
    QVERIFY(largest);
    QCOMPARE(largest->toString(), QStringLiteral("10.0.64.0/18"));
    QCOMPARE(CidrSet::largestFree(cidr(QStringLiteral("::/0")), {})->toString(), QStringLiteral("::/0"));
}

void TestCidr::largestFreeReportsFullRange()
{
    const auto largest = CidrSet::largestFree(
        cidr(QStringLiteral("10.0.0.0/24")), cidrs({ QStringLiteral("10.0.0.0/25"), QStringLiteral("10.0.0.128/25") }));
    QVERIFY(!largest);
    QCOMPARE(largest.error().message, QStringLiteral("10.0.0.0/24 has no free space left"));
}

void TestCidr::measuresUtilisation()
{
    const Cidr range = cidr(QStringLiteral("10.0.0.0/16"));
    QCOMPARE(CidrSet::utilisation(range, {}), 0.0);
    QCOMPARE(CidrSet::utilisation(range, cidrs({ QStringLiteral("10.0.0.0/18") })), 0.25);
    QCOMPARE(CidrSet::utilisation(range, cidrs({ QStringLiteral("10.0.0.0/8") })), 1.0);
    QCOMPARE(CidrSet::utilisation(range, cidrs({ QStringLiteral("10.1.0.0/16"), QStringLiteral("::/0") })), 0.0);
}

void TestCidr::utilisationCountsOverlapsOnce()
{
    const Cidr range = cidr(QStringLiteral("10.0.0.0/24"));
    const QList<Cidr> allocated = cidrs({ QStringLiteral("10.0.0.0/25"), QStringLiteral("10.0.0.0/26"),
        QStringLiteral("10.0.0.64/26"), QStringLiteral("10.0.0.128/32") });
    QCOMPARE(CidrSet::allocatedCount(range, allocated).toString(), QStringLiteral("129"));
    QCOMPARE(CidrSet::utilisation(range, allocated), 129.0 / 256.0);
}

void TestCidr::utilisationOfWholeIpv6Space()
{
    const Cidr all = cidr(QStringLiteral("::/0"));
    QCOMPARE(CidrSet::allocatedCount(all, cidrs({ QStringLiteral("::/1"), QStringLiteral("8000::/1") })).toString(),
        QStringLiteral("340282366920938463463374607431768211456"));
    QCOMPARE(CidrSet::utilisation(all, cidrs({ QStringLiteral("::/1"), QStringLiteral("8000::/1") })), 1.0);
    QCOMPARE(CidrSet::utilisation(all, cidrs({ QStringLiteral("::/2") })), 0.25);
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
