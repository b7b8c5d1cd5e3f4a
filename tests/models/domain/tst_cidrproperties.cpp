// Property tests: thousands of random cases per family, each checked against a brute-force
// reference that enumerates the addresses of a small range as integers. The seed is printed; set
// NETLOOM_PROPERTY_SEED to replay a failure.
#include "models/domain/Cidr.h"
#include "models/domain/CidrSet.h"
#include "models/domain/IpAddress.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <vector>

using Netloom::Domain::AddressCount;
using Netloom::Domain::Cidr;
using Netloom::Domain::CidrSet;
using Netloom::Domain::IpAddress;
using Netloom::Domain::UInt128;
using Family = Netloom::Domain::IpAddress::Family;

namespace {

constexpr quint64 DefaultSeed = 20240611;
constexpr int CasesPerFamily = 2000;

UInt128 lowMask(int hostBits)
{
    return hostBits >= 128 ? ~UInt128(0) : (UInt128(1) << hostBits) - 1;
}

int widthOf(Family family)
{
    return family == Family::V4 ? 32 : 128;
}

// A block as the reference sees it: plain integers, no library code involved.
struct Block
{
    Family family = Family::V4;
    UInt128 start = 0;
    int prefix = 0;

    UInt128 end() const { return start + lowMask(widthOf(family) - prefix); }
    Cidr toCidr() const
    {
        const auto cidr = Cidr::create(IpAddress::fromValue(family, start), prefix);
        if (!cidr)
            qFatal("generator produced an invalid block: %s", qPrintable(cidr.error().message));
        return *cidr;
    }
};

// One random situation: a range of 256..4096 addresses inside a window four times larger.
struct Scene
{
    Family family = Family::V4;
    int width = 32;
    int rangePrefix = 24;
    UInt128 rangeStart = 0;
    int windowPrefix = 22;
    UInt128 windowStart = 0;

    quint64 rangeSize() const { return quint64(1) << (width - rangePrefix); }
    quint64 windowSize() const { return quint64(1) << (width - windowPrefix); }
    UInt128 rangeEnd() const { return rangeStart + rangeSize() - 1; }
    Block range() const { return { family, rangeStart, rangePrefix }; }
};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_generator(static_cast<quint32>(seed ^ (seed >> 32)))
    {
    }

    int between(int low, int high) { return static_cast<int>(m_generator.bounded(low, high + 1)); }
    quint64 below(quint64 bound) { return m_generator.generate64() % bound; }
    bool chance(int percent) { return between(1, 100) <= percent; }
    UInt128 value(Family family)
    {
        const UInt128 raw = (UInt128(m_generator.generate64()) << 64) | m_generator.generate64();
        return raw & lowMask(widthOf(family));
    }

    Scene scene(Family family)
    {
        Scene s;
        s.family = family;
        s.width = widthOf(family);
        s.rangePrefix = between(s.width - 12, s.width - 8); // /20../24, /116../120
        s.windowPrefix = s.rangePrefix - 2;
        s.windowStart = value(family) & ~lowMask(s.width - s.windowPrefix);
        s.rangeStart = s.windowStart + (UInt128(below(4)) << (s.width - s.rangePrefix));
        return s;
    }

    // A block inside the scene's window with a prefix of at least minPrefix.
    Block blockInWindow(const Scene& s, int minPrefix)
    {
        const int prefix = between(minPrefix, s.width);
        const UInt128 offset = UInt128(below(s.windowSize())) & ~lowMask(s.width - prefix);
        return { s.family, s.windowStart + offset, prefix };
    }

    // Allocations as an inventory has them: mostly small blocks in or near the range, some
    // covering it, some far away, some of the other family.
    QList<Block> allocations(const Scene& s)
    {
        QList<Block> blocks;
        const int count = between(0, 10);
        for (int i = 0; i < count; ++i) {
            const int kind = between(1, 100);
            if (kind <= 70) {
                blocks.append(blockInWindow(s, between(s.rangePrefix + 1, s.width)));
            } else if (kind <= 78) {
                blocks.append(blockInWindow(s, s.windowPrefix));
            } else if (kind <= 80) {
                const int prefix = between(std::max(0, s.windowPrefix - 6), s.windowPrefix);
                blocks.append({ s.family, s.windowStart & ~lowMask(s.width - prefix), prefix });
            } else if (kind <= 90) {
                const int prefix = between(8, s.width);
                blocks.append({ s.family, value(s.family) & ~lowMask(s.width - prefix), prefix });
            } else {
                const Family other = s.family == Family::V4 ? Family::V6 : Family::V4;
                const int prefix = between(0, widthOf(other));
                blocks.append({ other, value(other) & ~lowMask(widthOf(other) - prefix), prefix });
            }
        }
        return blocks;
    }

private:
    QRandomGenerator m_generator;
};

QList<Cidr> toCidrs(const QList<Block>& blocks)
{
    QList<Cidr> result;
    for (const Block& b : blocks)
        result.append(b.toCidr());
    return result;
}

// Which addresses of [base, base + size) the blocks cover, enumerated one by one.
std::vector<bool> coverage(Family family, UInt128 base, quint64 size, const QList<Block>& blocks)
{
    std::vector<bool> covered(size, false);
    for (const Block& b : blocks) {
        if (b.family != family)
            continue;
        for (quint64 i = 0; i < size; ++i) {
            const UInt128 address = base + i;
            if (address >= b.start && address <= b.end())
                covered[i] = true;
        }
    }
    return covered;
}

struct Offsets
{
    QList<quint64> starts;
    QList<int> prefixes;
    bool operator==(const Offsets&) const = default;
};

// Cidrs as (offset from base, prefix) so that QCOMPARE prints something readable.
QString describe(const QList<Cidr>& cidrs, UInt128 base)
{
    QStringList parts;
    for (const Cidr& c : cidrs)
        parts.append(QString::number(static_cast<quint64>(c.network().value() - base)) + QLatin1Char('/')
            + QString::number(c.prefixLength()));
    return parts.join(QLatin1Char(' '));
}

QString describe(const QList<Block>& blocks, UInt128 base)
{
    QStringList parts;
    for (const Block& b : blocks)
        parts.append(
            QString::number(static_cast<quint64>(b.start - base)) + QLatin1Char('/') + QString::number(b.prefix));
    return parts.join(QLatin1Char(' '));
}

// Brute force: every aligned block of the prefix inside the scene's range whose addresses are all free.
QList<Block> bruteFreeBlocks(const Scene& s, const std::vector<bool>& covered, int prefix)
{
    QList<Block> result;
    const quint64 step = quint64(1) << (s.width - prefix);
    for (quint64 offset = 0; offset < s.rangeSize(); offset += step) {
        bool free = true;
        for (quint64 i = offset; i < offset + step && free; ++i)
            free = !covered[i];
        if (free)
            result.append({ s.family, s.rangeStart + offset, prefix });
    }
    return result;
}

// An RFC 5952 writer independent of the library's: std::string, the longest run by scanning all starts.
QString referenceV6Text(UInt128 value)
{
    std::array<unsigned, 8> groups {};
    for (int i = 0; i < 8; ++i)
        groups[static_cast<size_t>(i)] = static_cast<unsigned>((value >> (16 * (7 - i))) & 0xffff);
    if ((value >> 32) == 0xffff) {
        const auto v4 = static_cast<quint32>(value);
        return QString::asprintf("::ffff:%u.%u.%u.%u", v4 >> 24, (v4 >> 16) & 0xff, (v4 >> 8) & 0xff, v4 & 0xff);
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int start = 0; start < 8; ++start) {
        int length = 0;
        while (start + length < 8 && groups[static_cast<size_t>(start + length)] == 0)
            ++length;
        if (length >= 2 && length > bestLength) {
            bestStart = start;
            bestLength = length;
        }
    }
    std::string left;
    std::string right;
    for (int i = 0; i < 8; ++i) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "%x", groups[static_cast<size_t>(i)]);
        if (bestStart < 0 || i < bestStart)
            left += (left.empty() ? "" : ":") + std::string(buffer);
        else if (i >= bestStart + bestLength)
            right += (right.empty() ? "" : ":") + std::string(buffer);
    }
    if (bestStart < 0)
        return QString::fromStdString(left);
    return QString::fromStdString(left + "::" + right);
}

// RFC 3986's IPv6address and IPv4address grammar as regular expressions: an independent oracle
// for which texts are valid addresses.
QRegularExpression referenceV4Grammar()
{
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])");
    return QRegularExpression(QStringLiteral("^") + octet + QStringLiteral("(?:\\.") + octet + QStringLiteral("){3}$"));
}

QRegularExpression referenceV6Grammar()
{
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])");
    const QString v4 = octet + QStringLiteral("(?:\\.") + octet + QStringLiteral("){3}");
    const QString h16 = QStringLiteral("[0-9a-fA-F]{1,4}");
    const QString ls32
        = QStringLiteral("(?:") + h16 + QStringLiteral(":") + h16 + QStringLiteral("|") + v4 + QStringLiteral(")");
    auto rep = [&h16](int n) -> QString { return QStringLiteral("(?:") + h16 + QStringLiteral(":){%1}").arg(n); };
    auto upTo = [&h16](int n) -> QString {
        return QStringLiteral("(?:(?:") + h16 + QStringLiteral(":){0,%1}").arg(n) + h16 + QStringLiteral(")?");
    };
    const QStringList alternatives = {
        rep(6) + ls32,
        QStringLiteral("::") + rep(5) + ls32,
        upTo(0) + QStringLiteral("::") + rep(4) + ls32,
        upTo(1) + QStringLiteral("::") + rep(3) + ls32,
        upTo(2) + QStringLiteral("::") + rep(2) + ls32,
        upTo(3) + QStringLiteral("::") + h16 + QStringLiteral(":") + ls32,
        upTo(4) + QStringLiteral("::") + ls32,
        upTo(5) + QStringLiteral("::") + h16,
        upTo(6) + QStringLiteral("::"),
    };
    return QRegularExpression(QStringLiteral("^(?:") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")$"));
}

} // namespace

class TestCidrProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ipv4TextRoundTrips();
    void ipv6CanonicalTextMatchesReferenceWriter();
    void ipv6AlternativeFormsParseToSameAddress();
    void randomTextIsAcceptedExactlyByTheGrammar();
    void offsetsMatchIntegerArithmetic_data();
    void offsetsMatchIntegerArithmetic();

    void containsAddressMatchesBruteForce_data();
    void containsAddressMatchesBruteForce();
    void containsAndOverlapsMatchBruteForce_data();
    void containsAndOverlapsMatchBruteForce();
    void splitMatchesBruteForce_data();
    void splitMatchesBruteForce();
    void supernetContainsOriginal_data();
    void supernetContainsOriginal();
    void aggregateMatchesBruteForce_data();
    void aggregateMatchesBruteForce();
    void freeBlocksMatchBruteForce_data();
    void freeBlocksMatchBruteForce();
    void largestFreeMatchesBruteForce_data();
    void largestFreeMatchesBruteForce();
    void utilisationMatchesBruteForce_data();
    void utilisationMatchesBruteForce();

private:
    void addFamilies();
    Random randomFor(const char* test) const;

    quint64 m_seed = DefaultSeed;
    qint64 m_cases = 0;
};

void TestCidrProperties::initTestCase()
{
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("NETLOOM_PROPERTY_SEED").toULongLong(&ok);
    if (ok)
        m_seed = fromEnv;
    qInfo("property seed: %llu (replay with NETLOOM_PROPERTY_SEED=%llu)", m_seed, m_seed);
}

void TestCidrProperties::cleanupTestCase()
{
    qInfo("random cases checked: %lld", m_cases);
}

void TestCidrProperties::addFamilies()
{
    QTest::addColumn<int>("family");
    QTest::newRow("IPv4") << int(Family::V4);
    QTest::newRow("IPv6") << int(Family::V6);
}

Random TestCidrProperties::randomFor(const char* test) const
{
    // Each test and family draws its own sequence, so one can be replayed alone.
    const QString tag = QString::fromLatin1(test) + QString::fromLatin1(QTest::currentDataTag());
    return Random(m_seed ^ qHash(tag, 0x9e3779b9U));
}

void TestCidrProperties::ipv4TextRoundTrips()
{
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const auto value = static_cast<quint32>(random.value(Family::V4));
        const QString text
            = QString::asprintf("%u.%u.%u.%u", value >> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
        const auto parsed = IpAddress::parse(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->low64(), quint64(value));
        QCOMPARE(parsed->toString(), text);
    }
}

void TestCidrProperties::ipv6CanonicalTextMatchesReferenceWriter()
{
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily * 2; ++n, ++m_cases) {
        UInt128 value = random.value(Family::V6);
        // Zero random groups so that runs of every length and position occur.
        for (int g = 0; g < 8; ++g) {
            if (random.chance(45))
                value &= ~(UInt128(0xffff) << (16 * g));
        }
        if (random.chance(5))
            value = (UInt128(0xffff) << 32) | (value & 0xffffffff);
        const QString reference = referenceV6Text(value);
        const IpAddress address = IpAddress::fromV6(value);
        QCOMPARE(address.toString(), reference);
        const auto parsed = IpAddress::parse(reference);
        QVERIFY2(parsed, qPrintable(reference));
        QCOMPARE(*parsed, address);
    }
}

void TestCidrProperties::ipv6AlternativeFormsParseToSameAddress()
{
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        UInt128 value = random.value(Family::V6);
        for (int g = 0; g < 8; ++g) {
            if (random.chance(40))
                value &= ~(UInt128(0xffff) << (16 * g));
        }
        QStringList groups;
        for (int g = 0; g < 8; ++g) {
            const auto group = static_cast<unsigned>((value >> (16 * (7 - g))) & 0xffff);
            groups.append(random.chance(50) ? QString::asprintf("%04X", group) : QString::asprintf("%x", group));
        }
        if (random.chance(30)) {
            const auto v4 = static_cast<quint32>(value);
            groups.removeLast();
            groups.last() = QString::asprintf("%u.%u.%u.%u", v4 >> 24, (v4 >> 16) & 0xff, (v4 >> 8) & 0xff, v4 & 0xff);
        }
        QString text = groups.join(QLatin1Char(':'));
        // Compress an arbitrary (not necessarily the longest) run of zero groups.
        QList<int> zeroStarts;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (!groups.at(g).contains(QLatin1Char('.')) && groups.at(g).toUInt(nullptr, 16) == 0)
                zeroStarts.append(int(g));
        }
        if (!zeroStarts.isEmpty() && random.chance(70)) {
            const int start = zeroStarts.at(int(random.below(quint64(zeroStarts.size()))));
            int end = start;
            while (end + 1 < groups.size() && zeroStarts.contains(end + 1) && random.chance(80))
                ++end;
            const QStringList head = groups.mid(0, start);
            const QStringList tail = groups.mid(end + 1);
            text = head.join(QLatin1Char(':')) + QStringLiteral("::") + tail.join(QLatin1Char(':'));
        }
        const auto parsed = IpAddress::parse(text);
        QVERIFY2(parsed, qPrintable(text + QStringLiteral(": ") + (parsed ? QString() : parsed.error().message)));
        QVERIFY2(parsed->value() == value, qPrintable(text));
    }
}

void TestCidrProperties::randomTextIsAcceptedExactlyByTheGrammar()
{
    Random random = randomFor(Q_FUNC_INFO);
    const QRegularExpression v4Grammar = referenceV4Grammar();
    const QRegularExpression v6Grammar = referenceV6Grammar();
    QVERIFY(v6Grammar.isValid());
    const QStringList tokens = { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("25"), QStringLiteral("255"),
        QStringLiteral("256"), QStringLiteral("01"), QStringLiteral("ffff"), QStringLiteral("ABCD"),
        QStringLiteral("12345"), QStringLiteral("db8"), QStringLiteral("g"), QStringLiteral(""),
        QStringLiteral("1.2.3.4") };
    const QStringList separators = { QStringLiteral(":"), QStringLiteral(":"), QStringLiteral("::"),
        QStringLiteral("."), QStringLiteral(":::") };
    int accepted = 0;
    for (int n = 0; n < CasesPerFamily * 4; ++n, ++m_cases) {
        QString text = tokens.at(int(random.below(quint64(tokens.size()))));
        const int pieces = random.between(0, 9);
        for (int i = 0; i < pieces; ++i) {
            text += separators.at(int(random.below(quint64(separators.size()))));
            text += tokens.at(int(random.below(quint64(tokens.size()))));
        }
        const bool valid = v4Grammar.match(text).hasMatch() || v6Grammar.match(text).hasMatch();
        const auto parsed = IpAddress::parse(text);
        QVERIFY2(bool(parsed) == valid,
            qPrintable(text
                + (parsed ? QStringLiteral(" was accepted")
                          : QStringLiteral(" was rejected: ") + parsed.error().message)));
        if (parsed) {
            ++accepted;
            QCOMPARE(*IpAddress::parse(parsed->toString()), *parsed);
        } else if (!text.isEmpty() && text.size() <= 60) {
            // The message quotes the text it rejects.
            QVERIFY2(parsed.error().message.startsWith(QLatin1Char('\'') + text + QLatin1Char('\'')),
                qPrintable(parsed.error().message));
        }
    }
    qInfo("random texts accepted: %d of %d", accepted, CasesPerFamily * 4);
    QVERIFY(accepted > 100); // the generator must also produce valid texts
}

void TestCidrProperties::offsetsMatchIntegerArithmetic_data()
{
    addFamilies();
}

void TestCidrProperties::offsetsMatchIntegerArithmetic()
{
    QFETCH(int, family);
    const auto f = static_cast<Family>(family);
    Random random = randomFor(Q_FUNC_INFO);
    const UInt128 max = lowMask(widthOf(f));
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const UInt128 a = random.value(f);
        const UInt128 offset = random.value(f) >> random.between(0, widthOf(f) - 1);
        const IpAddress address = IpAddress::fromValue(f, a);
        const auto sum = address.plus(offset);
        QCOMPARE(bool(sum), offset <= max - a);
        if (sum) {
            QVERIFY(sum->value() == a + offset);
            QVERIFY(address.distanceTo(*sum) == offset);
            QCOMPARE(*sum->minus(offset), address);
        }
        const auto difference = address.minus(offset);
        QCOMPARE(bool(difference), offset <= a);
    }
}

void TestCidrProperties::containsAddressMatchesBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::containsAddressMatchesBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const Block block = random.blockInWindow(s, s.windowPrefix);
        const std::vector<bool> covered = coverage(s.family, s.windowStart, s.windowSize(), { block });
        const Cidr cidr = block.toCidr();
        for (int probe = 0; probe < 8; ++probe) {
            const quint64 offset = random.below(s.windowSize());
            QVERIFY2(cidr.contains(IpAddress::fromValue(s.family, s.windowStart + offset)) == covered[offset],
                qPrintable(cidr.toString() + QStringLiteral(" offset ") + QString::number(offset)));
        }
        QVERIFY(cidr.contains(cidr.first()));
        QVERIFY(cidr.contains(cidr.last()));
    }
}

void TestCidrProperties::containsAndOverlapsMatchBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::containsAndOverlapsMatchBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const Block a = random.blockInWindow(s, s.windowPrefix);
        const Block b = random.blockInWindow(s, s.windowPrefix);
        const std::vector<bool> inA = coverage(s.family, s.windowStart, s.windowSize(), { a });
        const std::vector<bool> inB = coverage(s.family, s.windowStart, s.windowSize(), { b });
        bool shared = false;
        bool bInsideA = true;
        for (quint64 i = 0; i < s.windowSize(); ++i) {
            shared = shared || (inA[i] && inB[i]);
            bInsideA = bInsideA && (!inB[i] || inA[i]);
        }
        const QString what = a.toCidr().toString() + QStringLiteral(" vs ") + b.toCidr().toString();
        QVERIFY2(a.toCidr().overlaps(b.toCidr()) == shared, qPrintable(what));
        QVERIFY2(b.toCidr().overlaps(a.toCidr()) == shared, qPrintable(what));
        QVERIFY2(a.toCidr().contains(b.toCidr()) == bInsideA, qPrintable(what));
    }
}

void TestCidrProperties::splitMatchesBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::splitMatchesBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const Block block = random.blockInWindow(s, s.windowPrefix);
        const int newPrefix = random.between(block.prefix, std::min(s.width, block.prefix + 8));
        const auto pieces = block.toCidr().split(newPrefix);
        QVERIFY(pieces);
        QCOMPARE(pieces->size(), qsizetype(1) << (newPrefix - block.prefix));
        // The pieces, enumerated, are exactly the block's addresses, each once, in order.
        std::vector<int> hits(s.windowSize(), 0);
        UInt128 previousEnd = 0;
        for (qsizetype i = 0; i < pieces->size(); ++i) {
            const Cidr& piece = pieces->at(i);
            QCOMPARE(piece.prefixLength(), newPrefix);
            if (i > 0)
                QVERIFY(piece.first().value() == previousEnd + 1);
            previousEnd = piece.last().value();
            for (UInt128 address = piece.first().value(); address <= piece.last().value(); ++address)
                ++hits[static_cast<size_t>(address - s.windowStart)];
        }
        const std::vector<bool> expected = coverage(s.family, s.windowStart, s.windowSize(), { block });
        for (quint64 i = 0; i < s.windowSize(); ++i)
            QCOMPARE(hits[i], expected[i] ? 1 : 0);
    }
}

void TestCidrProperties::supernetContainsOriginal_data()
{
    addFamilies();
}

void TestCidrProperties::supernetContainsOriginal()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const Block block = random.blockInWindow(s, s.windowPrefix);
        const int newPrefix = random.between(0, block.prefix);
        const auto wider = block.toCidr().supernet(newPrefix);
        QVERIFY(wider);
        QCOMPARE(wider->prefixLength(), newPrefix);
        QVERIFY(wider->contains(block.toCidr()));
        QVERIFY(wider->network().value() == (block.start & ~lowMask(s.width - newPrefix)));
    }
}

void TestCidrProperties::aggregateMatchesBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::aggregateMatchesBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        QList<Block> blocks;
        const int count = random.between(0, 12);
        for (int i = 0; i < count; ++i)
            blocks.append(random.blockInWindow(s, random.between(s.windowPrefix, s.width)));
        const QList<Cidr> aggregated = CidrSet::aggregate(toCidrs(blocks));
        const QString what
            = describe(blocks, s.windowStart) + QStringLiteral(" -> ") + describe(aggregated, s.windowStart);
        // Same addresses...
        QList<Block> aggregatedBlocks;
        for (const Cidr& c : aggregated)
            aggregatedBlocks.append({ c.family(), c.network().value(), c.prefixLength() });
        QVERIFY2(coverage(s.family, s.windowStart, s.windowSize(), aggregatedBlocks)
                == coverage(s.family, s.windowStart, s.windowSize(), blocks),
            qPrintable(what));
        // ...as sorted disjoint blocks without a mergeable sibling pair, which is the minimal list.
        for (qsizetype i = 1; i < aggregated.size(); ++i) {
            const Cidr& left = aggregated.at(i - 1);
            const Cidr& right = aggregated.at(i);
            QVERIFY2(left.last().value() < right.first().value(), qPrintable(what));
            const bool siblings = left.prefixLength() == right.prefixLength() && left.prefixLength() > 0
                && left.supernet(left.prefixLength() - 1)->contains(right);
            QVERIFY2(!siblings, qPrintable(what));
        }
        // CidrSet answers membership from that list.
        const CidrSet set(toCidrs(blocks));
        const std::vector<bool> covered = coverage(s.family, s.windowStart, s.windowSize(), blocks);
        for (int probe = 0; probe < 8; ++probe) {
            const quint64 offset = random.below(s.windowSize());
            QCOMPARE(set.contains(IpAddress::fromValue(s.family, s.windowStart + offset)), bool(covered[offset]));
            const Block query = random.blockInWindow(s, s.windowPrefix);
            const std::vector<bool> inQuery = coverage(s.family, s.windowStart, s.windowSize(), { query });
            bool any = false;
            bool all = true;
            for (quint64 i = 0; i < s.windowSize(); ++i) {
                if (inQuery[i]) {
                    any = any || covered[i];
                    all = all && covered[i];
                }
            }
            QVERIFY2(set.intersects(query.toCidr()) == any, qPrintable(what));
            QVERIFY2(set.contains(query.toCidr()) == all, qPrintable(what));
        }
    }
}

void TestCidrProperties::freeBlocksMatchBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::freeBlocksMatchBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    int nonEmpty = 0;
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const QList<Block> allocated = random.allocations(s);
        const int prefix = random.between(s.rangePrefix, s.width);
        const std::vector<bool> covered = coverage(s.family, s.rangeStart, s.rangeSize(), allocated);
        const QList<Block> expected = bruteFreeBlocks(s, covered, prefix);
        const Cidr range = s.range().toCidr();
        const QString what = range.toString() + QStringLiteral(" /") + QString::number(prefix)
            + QStringLiteral(" allocated ") + describe(allocated, s.rangeStart);

        const auto all = CidrSet::freeBlocks(range, toCidrs(allocated), prefix, 1 << 20);
        QVERIFY2(all, qPrintable(what));
        QCOMPARE(describe(*all, s.rangeStart), describe(expected, s.rangeStart));
        nonEmpty += expected.isEmpty() ? 0 : 1;

        const int limit = random.between(1, 5);
        const auto first = CidrSet::freeBlocks(range, toCidrs(allocated), prefix, limit);
        QCOMPARE(describe(*first, s.rangeStart), describe(expected.mid(0, limit), s.rangeStart));

        QCOMPARE(
            CidrSet::freeBlockCount(range, toCidrs(allocated), prefix)->toString(), QString::number(expected.size()));

        const auto firstFree = CidrSet::firstFree(range, toCidrs(allocated), prefix);
        QCOMPARE(bool(firstFree), !expected.isEmpty());
        if (firstFree)
            QCOMPARE(*firstFree, expected.first().toCidr());
    }
    qInfo("cases with at least one free block: %d of %d", nonEmpty, CasesPerFamily);
    QVERIFY(nonEmpty > CasesPerFamily / 4 && nonEmpty < CasesPerFamily); // both outcomes exercised
}

void TestCidrProperties::largestFreeMatchesBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::largestFreeMatchesBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const QList<Block> allocated = random.allocations(s);
        const std::vector<bool> covered = coverage(s.family, s.rangeStart, s.rangeSize(), allocated);
        std::optional<Block> expected;
        for (int prefix = s.rangePrefix; prefix <= s.width && !expected; ++prefix) {
            const QList<Block> blocks = bruteFreeBlocks(s, covered, prefix);
            if (!blocks.isEmpty())
                expected = blocks.first();
        }
        const auto largest = CidrSet::largestFree(s.range().toCidr(), toCidrs(allocated));
        QCOMPARE(bool(largest), bool(expected));
        if (largest)
            QCOMPARE(largest->toString(), expected->toCidr().toString());
    }
}

void TestCidrProperties::utilisationMatchesBruteForce_data()
{
    addFamilies();
}

void TestCidrProperties::utilisationMatchesBruteForce()
{
    QFETCH(int, family);
    Random random = randomFor(Q_FUNC_INFO);
    for (int n = 0; n < CasesPerFamily; ++n, ++m_cases) {
        const Scene s = random.scene(static_cast<Family>(family));
        const QList<Block> allocated = random.allocations(s);
        const std::vector<bool> covered = coverage(s.family, s.rangeStart, s.rangeSize(), allocated);
        const auto used = static_cast<quint64>(std::count(covered.begin(), covered.end(), true));
        const Cidr range = s.range().toCidr();
        QCOMPARE(CidrSet::allocatedCount(range, toCidrs(allocated)).toString(), QString::number(used));
        QCOMPARE(CidrSet::utilisation(range, toCidrs(allocated)), double(used) / double(s.rangeSize()));
    }
}

QTEST_GUILESS_MAIN(TestCidrProperties)
#include "tst_cidrproperties.moc"
