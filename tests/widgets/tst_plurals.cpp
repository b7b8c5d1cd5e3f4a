#include "models/domain/Inventory.h"
#include "widgets/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Widgets;

// Counts in the status bar go through Qt's numerus forms, so that languages with more than two plural
// forms are right (defect: "n == 1 ? tr(\"1 namespace\") : tr(\"%1 namespaces\")" could not be).
class TestPlurals : public QObject
{
    Q_OBJECT

private:
    static void fill(Inventory& inventory, int namespaces)
    {
        inventory.clear();
        for (int i = 0; i < namespaces; ++i) {
            Resource r;
            r.kind = ResourceKind::Namespace;
            r.name = QStringLiteral("team-%1").arg(i);
            r.origin = QStringLiteral("kube:plurals");
            r.id = ResourceId::kube(QStringLiteral("plurals"), r.kind, {}, r.name);
            r.details = NamespaceDetails {};
            inventory.upsert(std::make_shared<const Resource>(std::move(r)));
        }
        inventory.flush();
    }

    QString countsFor(int namespaces)
    {
        fill(*m_inventory, namespaces);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("objectCounts"));
        if (!label)
            return QStringLiteral("<no objectCounts label>");
        QCoreApplication::processEvents();
        return label->text();
    }

    bool load(QTranslator& translator, const QString& path)
    {
        if (!translator.load(path))
            return false;
        QCoreApplication::installTranslator(&translator);
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_window = std::make_unique<MainWindow>(*m_inventory);
    }

    void cleanup()
    {
        m_window.reset();
        m_inventory.reset();
    }

    void polishHasThreeForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1") << 1 << QStringLiteral("1 przestrzeń nazw");
        QTest::newRow("2") << 2 << QStringLiteral("2 przestrzenie nazw");
        QTest::newRow("4") << 4 << QStringLiteral("4 przestrzenie nazw");
        QTest::newRow("5") << 5 << QStringLiteral("5 przestrzeni nazw");
        QTest::newRow("12") << 12 << QStringLiteral("12 przestrzeni nazw");
        QTest::newRow("22") << 22 << QStringLiteral("22 przestrzenie nazw");
    }

    void polishHasThreeForms()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator polish;
        QVERIFY2(load(polish, QStringLiteral(NETLOOM_PLURALS_PL_QM)), NETLOOM_PLURALS_PL_QM);
        const QString text = countsFor(count);
        QCoreApplication::removeTranslator(&polish);
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void englishAndGermanFromTheShippedTranslations()
    {
        const QString dir = qEnvironmentVariable("NETLOOM_BIN_DIR") + QStringLiteral("/../translations/");
        QTranslator english;
        QVERIFY2(load(english, dir + QStringLiteral("netloom_en.qm")), qPrintable(dir));
        QVERIFY2(countsFor(1).contains(QStringLiteral("1 namespace")), qPrintable(countsFor(1)));
        QVERIFY2(!countsFor(1).contains(QStringLiteral("1 namespaces")), qPrintable(countsFor(1)));
        QVERIFY2(countsFor(3).contains(QStringLiteral("3 namespaces")), qPrintable(countsFor(3)));
        QVERIFY2(!countsFor(3).contains(QStringLiteral("(s)")), qPrintable(countsFor(3)));

        QTranslator german;
        QVERIFY(load(german, dir + QStringLiteral("netloom_de.qm")));
        const QString one = countsFor(1);
        const QString three = countsFor(3);
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::removeTranslator(&english);
        QVERIFY2(
            !one.contains(QStringLiteral("(s)")) && !three.contains(QStringLiteral("(s)")), qPrintable(one + three));
        QVERIFY2(one != three, qPrintable(one));
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestPlurals)
#include "tst_plurals.moc"
