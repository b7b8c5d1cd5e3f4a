#include "models/domain/IpAddress.h"

#include <QTest>

using Netloom::Domain::AddressCount;
using Netloom::Domain::IpAddress;
using Netloom::Domain::UInt128;

namespace {

QString decimal(UInt128 value)
{
    return AddressCount(value).toString();
}

IpAddress ip(const QString& text)
{
    const auto parsed = IpAddress::parse(text);
    if (!parsed)
        qFatal("test setup: %s", qPrintable(parsed.error().message));
    return *parsed;
}

} // namespace

class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesIpv4_data();
    void parsesIpv4();
    void rejectsInvalidIpv4_data();
    void rejectsInvalidIpv4();
    void parsesIpv6ToCanonicalForm_data();
    void parsesIpv6ToCanonicalForm();
    void rejectsInvalidIpv6_data();
    void rejectsInvalidIpv6();
    void rejectsEmptyInput();
    void rejectsGarbage();
    void rejectsInnerWhitespace();
    void ignoresSurroundingWhitespace();
    void messageDoesNotExpandPlaceholdersInInput();
    void elidesVeryLongInput();
    void fromPartsMatchesParse();
    void ordersByFamilyThenValue();
    void addsAndSubtractsOffsets();
    void nextAndPreviousStopAtTheEnds();
    void measuresDistance();
    void buildsMasks_data();
    void buildsMasks();
    void findsPrefixLengthOfNetmask();
    void masksHostBits();
    void hashesEqualAddressesEqually();
    void countsAddressesExactly();
};

void TestIpAddress::parsesIpv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("value");
    QTest::newRow("zero") << "0.0.0.0" << 0U;
    QTest::newRow("private") << "10.0.0.1" << 0x0a000001U;
    QTest::newRow("max") << "255.255.255.255" << 0xffffffffU;
    QTest::newRow("mixed") << "192.168.100.7" << 0xc0a86407U;
    QTest::newRow("zero octets") << "1.0.0.0" << 0x01000000U;
}

void TestIpAddress::parsesIpv4()
{
    QFETCH(QString, text);
    QFETCH(quint32, value);
    const auto parsed = IpAddress::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->isV4());
    QCOMPARE(parsed->bitWidth(), 32);
    QCOMPARE(parsed->low64(), quint64(value));
    QCOMPARE(parsed->toString(), text);
}

void TestIpAddress::rejectsInvalidIpv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("octet > 255") << "10.0.0.256"
                                 << "'10.0.0.256' is not a valid IPv4 address: octet '256' is greater than 255";
    QTest::newRow("long octet") << "10.0.0.1000"
                                << "'10.0.0.1000' is not a valid IPv4 address: octet '1000' is greater than 255";
    QTest::newRow("leading zero") << "10.01.0.1"
                                  << "'10.01.0.1' is not a valid IPv4 address: octet '01' has a leading zero";
    QTest::newRow("octal looking") << "010.0.0.1"
                                   << "'010.0.0.1' is not a valid IPv4 address: octet '010' has a leading zero";
    QTest::newRow("too few") << "10.0.1"
                             << "'10.0.1' is not a valid IPv4 address: expected 4 octets, found 3";
    QTest::newRow("too many") << "1.2.3.4.5"
                              << "'1.2.3.4.5' is not a valid IPv4 address: expected 4 octets, found 5";
    QTest::newRow("single number") << "167772161"
                                   << "'167772161' is not a valid IPv4 address: expected 4 octets, found 1";
    QTest::newRow("empty octet") << "10..0.1"
                                 << "'10..0.1' is not a valid IPv4 address: octet 2 is empty";
    QTest::newRow("trailing dot") << "10.0.0."
                                  << "'10.0.0.' is not a valid IPv4 address: octet 4 is empty";
    QTest::newRow("word octet") << "10.0.0.x"
                                << "'10.0.0.x' is not a valid IPv4 address: octet 'x' is not a decimal number";
    QTest::newRow("hex octet") << "0x0a.0.0.1"
                               << "'0x0a.0.0.1' is not a valid IPv4 address: octet '0x0a' is not a decimal number";
    QTest::newRow("negative") << "10.-1.0.1"
                              << "'10.-1.0.1' is not a valid IPv4 address: octet '-1' is not a decimal number";
    QTest::newRow("plus sign") << "10.+1.0.1"
                               << "'10.+1.0.1' is not a valid IPv4 address: octet '+1' is not a decimal number";
}

void TestIpAddress::rejectsInvalidIpv4()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto parsed = IpAddress::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, message);
}

void TestIpAddress::parsesIpv6ToCanonicalForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<quint64>("high");
    QTest::addColumn<quint64>("low");
    QTest::newRow("unspecified") << "::"
                                 << "::" << 0ULL << 0ULL;
    QTest::newRow("loopback") << "::1"
                              << "::1" << 0ULL << 1ULL;
    QTest::newRow("full form") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                               << "2001:db8::1" << 0x20010db800000000ULL << 1ULL;
    QTest::newRow("upper case") << "2001:DB8::ABCD"
                                << "2001:db8::abcd" << 0x20010db800000000ULL << 0xabcdULL;
    QTest::newRow("trailing ::") << "fe80::"
                                 << "fe80::" << 0xfe80000000000000ULL << 0ULL;
    QTest::newRow("all groups") << "1:2:3:4:5:6:7:8"
                                << "1:2:3:4:5:6:7:8" << 0x0001000200030004ULL << 0x0005000600070008ULL;
    QTest::newRow("single zero not compressed")
        << "2001:db8:0:1:1:1:1:1"
        << "2001:db8:0:1:1:1:1:1" << 0x20010db800000001ULL << 0x0001000100010001ULL;
    QTest::newRow(":: for one group rewritten")
        << "2001:db8::1:1:1:1:1"
        << "2001:db8:0:1:1:1:1:1" << 0x20010db800000001ULL << 0x0001000100010001ULL;
    QTest::newRow("longest run wins") << "2001:0:0:1:0:0:0:1"
                                      << "2001:0:0:1::1" << 0x2001000000000001ULL << 1ULL;
    QTest::newRow("first run on ties") << "2001:db8:0:0:1:0:0:1"
                                       << "2001:db8::1:0:0:1" << 0x20010db800000000ULL << 0x0001000000000001ULL;
    QTest::newRow("leading zeros in group") << "2001:0db8:00a0::0001"
                                            << "2001:db8:a0::1" << 0x20010db800a00000ULL << 1ULL;
    QTest::newRow("v4 mapped") << "::ffff:1.2.3.4"
                               << "::ffff:1.2.3.4" << 0ULL << 0x0000ffff01020304ULL;
    QTest::newRow("v4 mapped hex") << "::FFFF:0102:0304"
                                   << "::ffff:1.2.3.4" << 0ULL << 0x0000ffff01020304ULL;
    QTest::newRow("embedded v4 full") << "0:0:0:0:0:ffff:192.0.2.1"
                                      << "::ffff:192.0.2.1" << 0ULL << 0x0000ffffc0000201ULL;
    QTest::newRow("NAT64 embedded v4") << "64:ff9b::192.0.2.33"
                                       << "64:ff9b::c000:221" << 0x0064ff9b00000000ULL << 0xc0000221ULL;
    QTest::newRow("v4 compatible (deprecated) in hex") << "::1.2.3.4"
                                                       << "::102:304" << 0ULL << 0x01020304ULL;
    QTest::newRow("max") << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                         << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << ~0ULL << ~0ULL;
    QTest::newRow("zeros at both ends, right longer") << "0:1:0:0:0:0:1:0"
                                                      << "0:1::1:0" << 0x0000000100000000ULL << 0x0000000000010000ULL;
    QTest::newRow("seven groups with ::") << "1:2:3:4:5:6:7::"
                                          << "1:2:3:4:5:6:7:0" << 0x0001000200030004ULL << 0x0005000600070000ULL;
    QTest::newRow("documentation") << "2001:db8:85a3::8a2e:370:7334"
                                   << "2001:db8:85a3::8a2e:370:7334" << 0x20010db885a30000ULL << 0x00008a2e03707334ULL;
}

void TestIpAddress::parsesIpv6ToCanonicalForm()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(quint64, high);
    QFETCH(quint64, low);
    const auto parsed = IpAddress::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->isV6());
    QCOMPARE(parsed->high64(), high);
    QCOMPARE(parsed->low64(), low);
    QCOMPARE(parsed->toString(), canonical);
    // The canonical form parses back to the same address.
    QCOMPARE(*IpAddress::parse(canonical), *parsed);
}

void TestIpAddress::rejectsInvalidIpv6_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("two ::") << "1::2::3"
                            << "'::' appears more than once";
    QTest::newRow(":::") << "1:::2"
                         << "it contains ':::'";
    QTest::newRow("too many groups") << "1:2:3:4:5:6:7:8:9"
                                     << "expected 8 groups, found 9";
    QTest::newRow("too few groups") << "1:2:3:4:5:6:7"
                                    << "expected 8 groups, found 7";
    QTest::newRow("8 groups and ::") << "1:2:3:4::5:6:7:8"
                                     << "found 8 groups besides '::', at most 7 are allowed";
    QTest::newRow("v4 tail too long") << "1:2:3:4:5:6:7:1.2.3.4"
                                      << "expected 8 groups, found 9";
    QTest::newRow("five hex digits") << "2001:db8::12345"
                                     << "group '12345' has more than 4 hex digits";
    QTest::newRow("not hex") << "2001:db8::g1"
                             << "group 'g1' is not hexadecimal";
    QTest::newRow("leading colon") << ":1:2:3:4:5:6:7"
                                   << "it starts with a single ':'";
    QTest::newRow("trailing colon") << "1:2:3:4:5:6:7:"
                                    << "it ends with a single ':'";
    QTest::newRow("trailing colon after ::") << "1::2:"
                                             << "it ends with a single ':'";
    QTest::newRow("leading colon before ::") << ":1::2"
                                             << "it starts with a single ':'";
    QTest::newRow("v4 not last") << "::1.2.3.4:1"
                                 << "embedded IPv4 part '1.2.3.4' must come last";
    QTest::newRow("v4 not last without ::") << "1:2:3:4:5:1.2.3.4:7:8"
                                            << "embedded IPv4 part '1.2.3.4' must come last";
    QTest::newRow("bad embedded v4") << "::ffff:1.2.3.256"
                                     << "embedded IPv4 part '1.2.3.256' is invalid: octet '256' is greater than 255";
    QTest::newRow("zone index") << "fe80::1%eth0"
                                << "zone index '%eth0' is not supported";
    QTest::newRow("single colon") << ":"
                                  << "it starts with a single ':'";
}

void TestIpAddress::rejectsInvalidIpv6()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = IpAddress::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, QStringLiteral("'%1' is not a valid IPv6 address: %2").arg(text, reason));
}

void TestIpAddress::rejectsEmptyInput()
{
    const auto parsed = IpAddress::parse(u"  ");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, QStringLiteral("Empty address: enter one such as 10.0.0.1 or 2001:db8::1"));
}

void TestIpAddress::rejectsGarbage()
{
    const auto parsed = IpAddress::parse(u"banana");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, QStringLiteral("'banana' is not an IPv4 or IPv6 address"));
}

void TestIpAddress::rejectsInnerWhitespace()
{
    const auto parsed = IpAddress::parse(u"10.0. 0.1");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, QStringLiteral("'10.0. 0.1' contains white space"));
}

void TestIpAddress::ignoresSurroundingWhitespace()
{
    const auto parsed = IpAddress::parse(u" \t10.0.0.1\n");
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(), QStringLiteral("10.0.0.1"));
}

void TestIpAddress::messageDoesNotExpandPlaceholdersInInput()
{
    const auto parsed = IpAddress::parse(u"1.2.%2.4");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message,
        QStringLiteral("'1.2.%2.4' is not a valid IPv4 address: octet '%2' is not a decimal number"));
}

void TestIpAddress::elidesVeryLongInput()
{
    const QString text = QString(200, QLatin1Char('x'));
    const auto parsed = IpAddress::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message,
        QString(QLatin1Char('\'') + QString(60, QLatin1Char('x')) + QChar(0x2026)
            + QStringLiteral("' is not an IPv4 or IPv6 address")));
}

void TestIpAddress::fromPartsMatchesParse()
{
    QCOMPARE(IpAddress::fromV4(0xc0a80001), ip(QStringLiteral("192.168.0.1")));
    QCOMPARE(IpAddress::fromV6(0x20010db800000000ULL, 1), ip(QStringLiteral("2001:db8::1")));
    QCOMPARE(IpAddress::fromV6(UInt128(1)), ip(QStringLiteral("::1")));
    QCOMPARE(IpAddress::fromValue(IpAddress::Family::V4, (UInt128(1) << 40) | 7), IpAddress::fromV4(7));
    QCOMPARE(IpAddress().toString(), QStringLiteral("0.0.0.0"));
}

void TestIpAddress::ordersByFamilyThenValue()
{
    QVERIFY(ip(QStringLiteral("255.255.255.255")) < ip(QStringLiteral("::")));
    QVERIFY(ip(QStringLiteral("10.0.0.1")) < ip(QStringLiteral("10.0.0.2")));
    QVERIFY(ip(QStringLiteral("9.255.255.255")) < ip(QStringLiteral("10.0.0.0")));
    QVERIFY(ip(QStringLiteral("2001:db8::1")) > ip(QStringLiteral("2001:db8::")));
    QVERIFY(ip(QStringLiteral("::1")) != IpAddress::fromV4(1));
    QCOMPARE(
        ip(QStringLiteral("::ffff:1.2.3.4")) <=> ip(QStringLiteral("::ffff:102:304")), std::strong_ordering::equal);
}

void TestIpAddress::addsAndSubtractsOffsets()
{
    QCOMPARE(ip(QStringLiteral("10.0.0.250")).plus(10)->toString(), QStringLiteral("10.0.1.4"));
    QCOMPARE(ip(QStringLiteral("10.0.1.4")).minus(10)->toString(), QStringLiteral("10.0.0.250"));
    QVERIFY(!ip(QStringLiteral("255.255.255.250")).plus(6));
    QCOMPARE(ip(QStringLiteral("255.255.255.250")).plus(5)->toString(), QStringLiteral("255.255.255.255"));
    QCOMPARE(ip(QStringLiteral("2001:db8::ffff:ffff:ffff:ffff")).plus(1)->toString(), QStringLiteral("2001:db8:0:1::"));
    QCOMPARE(ip(QStringLiteral("::")).plus(UInt128(1) << 127)->toString(), QStringLiteral("8000::"));
    QVERIFY(!ip(QStringLiteral("8000::")).plus(UInt128(1) << 127));
    QVERIFY(!ip(QStringLiteral("::5")).minus(6));
}

void TestIpAddress::nextAndPreviousStopAtTheEnds()
{
    QCOMPARE(ip(QStringLiteral("10.0.0.255")).next()->toString(), QStringLiteral("10.0.1.0"));
    QCOMPARE(ip(QStringLiteral("10.0.1.0")).previous()->toString(), QStringLiteral("10.0.0.255"));
    QVERIFY(!ip(QStringLiteral("255.255.255.255")).next());
    QVERIFY(!ip(QStringLiteral("0.0.0.0")).previous());
    QVERIFY(!ip(QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).next());
    QVERIFY(!ip(QStringLiteral("::")).previous());
    QCOMPARE(ip(QStringLiteral("::ffff")).next()->toString(), QStringLiteral("::1:0"));
}

void TestIpAddress::measuresDistance()
{
    QCOMPARE(decimal(ip(QStringLiteral("10.0.0.0")).distanceTo(ip(QStringLiteral("10.0.1.0")))), QStringLiteral("256"));
    QCOMPARE(decimal(ip(QStringLiteral("10.0.1.0")).distanceTo(ip(QStringLiteral("10.0.0.0")))), QStringLiteral("256"));
    QCOMPARE(
        decimal(ip(QStringLiteral("::")).distanceTo(ip(QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")))),
        QStringLiteral("340282366920938463463374607431768211455"));
}

void TestIpAddress::buildsMasks_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("netmask");
    QTest::addColumn<QString>("hostmask");
    const int v4 = int(IpAddress::Family::V4);
    const int v6 = int(IpAddress::Family::V6);
    QTest::newRow("v4 /0") << v4 << 0 << "0.0.0.0"
                           << "255.255.255.255";
    QTest::newRow("v4 /8") << v4 << 8 << "255.0.0.0"
                           << "0.255.255.255";
    QTest::newRow("v4 /20") << v4 << 20 << "255.255.240.0"
                            << "0.0.15.255";
    QTest::newRow("v4 /32") << v4 << 32 << "255.255.255.255"
                            << "0.0.0.0";
    QTest::newRow("v6 /0") << v6 << 0 << "::"
                           << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
    QTest::newRow("v6 /64") << v6 << 64 << "ffff:ffff:ffff:ffff::"
                            << "::ffff:ffff:ffff:ffff";
    QTest::newRow("v6 /127") << v6 << 127 << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"
                             << "::1";
    QTest::newRow("v6 /128") << v6 << 128 << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                             << "::";
}

void TestIpAddress::buildsMasks()
{
    QFETCH(int, family);
    QFETCH(int, prefix);
    QFETCH(QString, netmask);
    QFETCH(QString, hostmask);
    const auto f = static_cast<IpAddress::Family>(family);
    QCOMPARE(IpAddress::netmask(f, prefix).toString(), netmask);
    QCOMPARE(IpAddress::hostmask(f, prefix).toString(), hostmask);
    QCOMPARE(IpAddress::prefixLengthOfNetmask(IpAddress::netmask(f, prefix)), std::optional<int>(prefix));
}

void TestIpAddress::findsPrefixLengthOfNetmask()
{
    QCOMPARE(IpAddress::prefixLengthOfNetmask(ip(QStringLiteral("255.255.255.0"))), std::optional<int>(24));
    QCOMPARE(IpAddress::prefixLengthOfNetmask(ip(QStringLiteral("255.0.255.0"))), std::nullopt);
    QCOMPARE(IpAddress::prefixLengthOfNetmask(ip(QStringLiteral("0.0.0.255"))), std::nullopt);
}

void TestIpAddress::masksHostBits()
{
    QCOMPARE(ip(QStringLiteral("10.1.2.3")).masked(16).toString(), QStringLiteral("10.1.0.0"));
    QVERIFY(ip(QStringLiteral("10.1.2.3")).hasHostBits(16));
    QVERIFY(!ip(QStringLiteral("10.1.0.0")).hasHostBits(16));
    QVERIFY(!ip(QStringLiteral("10.1.2.3")).hasHostBits(32));
    QCOMPARE(ip(QStringLiteral("2001:db8:1:2:3:4:5:6")).masked(48).toString(), QStringLiteral("2001:db8:1::"));
    QCOMPARE(ip(QStringLiteral("2001:db8:1:2:3:4:5:6")).masked(0).toString(), QStringLiteral("::"));
    QVERIFY(ip(QStringLiteral("::1")).hasHostBits(0));
}

void TestIpAddress::hashesEqualAddressesEqually()
{
    QCOMPARE(qHash(ip(QStringLiteral("2001:db8::1"))), qHash(ip(QStringLiteral("2001:0DB8:0::0:1"))));
    QVERIFY(qHash(IpAddress::fromV4(1)) != qHash(IpAddress::fromV6(1)));
}

void TestIpAddress::countsAddressesExactly()
{
    QCOMPARE(AddressCount::powerOfTwo(0).toString(), QStringLiteral("1"));
    QCOMPARE(AddressCount::powerOfTwo(32).toString(), QStringLiteral("4294967296"));
    QCOMPARE(AddressCount::powerOfTwo(64).toString(), QStringLiteral("18446744073709551616"));
    QCOMPARE(AddressCount::powerOfTwo(128).toString(), QStringLiteral("340282366920938463463374607431768211456"));
    QCOMPARE(AddressCount().toString(), QStringLiteral("0"));
    QCOMPARE((AddressCount::powerOfTwo(127) + AddressCount::powerOfTwo(127)), AddressCount::powerOfTwo(128));
    QVERIFY(!AddressCount::powerOfTwo(128).toUInt128());
    QVERIFY(AddressCount::powerOfTwo(127) < AddressCount::powerOfTwo(128));
    QVERIFY(AddressCount(10000000000000000000ULL) > AddressCount(9999999999999999999ULL));
    QCOMPARE(AddressCount(UInt128(10000000000000000000ULL) * 10).toString(), QStringLiteral("100000000000000000000"));
    QCOMPARE(AddressCount::powerOfTwo(128).toDouble(), 340282366920938463463374607431768211456.0);
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
