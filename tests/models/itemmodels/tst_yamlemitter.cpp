#include "models/domain/ResourceJson.h"
#include "models/itemmodels/YamlEmitter.h"
#include "tests/models/topology/DemoInventory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Netloom;
using namespace Netloom::ItemModels;
using Netloom::Tests::DemoInventory;

class TestYamlEmitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalars_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("yaml");
        QTest::newRow("plain") << QStringLiteral("shop") << QStringLiteral("shop");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("bool-like") << QStringLiteral("yes") << QStringLiteral("\"yes\"");
        QTest::newRow("number-like") << QStringLiteral("8080") << QStringLiteral("\"8080\"");
        QTest::newRow("colon-space") << QStringLiteral("a: b") << QStringLiteral("\"a: b\"");
        QTest::newRow("leading-dash") << QStringLiteral("-x") << QStringLiteral("\"-x\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
        QTest::newRow("quote") << QStringLiteral("*\"x\"") << QStringLiteral("\"*\\\"x\\\"\"");
        QTest::newRow("url") << QStringLiteral("https://a/b") << QStringLiteral("https://a/b");
        QTest::newRow("path") << QStringLiteral("/api") << QStringLiteral("/api");
    }
    void scalars()
    {
        QFETCH(QString, text);
        QFETCH(QString, yaml);
        QCOMPARE(YamlEmitter::scalar(text), yaml);
    }

    void blocks()
    {
        QJsonObject inner { { QStringLiteral("port"), 80 }, { QStringLiteral("name"), QStringLiteral("http") } };
        QJsonObject object { { QStringLiteral("kind"), QStringLiteral("service") },
                             { QStringLiteral("ports"), QJsonArray { inner, inner } },
                             { QStringLiteral("labels"), QJsonObject {} },
                             { QStringLiteral("ips"), QJsonArray { QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") } },
                             { QStringLiteral("ready"), true },
                             { QStringLiteral("weight"), 1.5 },
                             { QStringLiteral("none"), QJsonValue::Null } };
        const QString expected = QStringLiteral("kind: service\n"
                                                "ips:\n"
                                                "- 10.0.0.1\n"
                                                "- 10.0.0.2\n"
                                                "labels: {}\n"
                                                "none: null\n"
                                                "ports:\n"
                                                "- name: http\n"
                                                "  port: 80\n"
                                                "- name: http\n"
                                                "  port: 80\n"
                                                "ready: true\n"
                                                "weight: 1.5\n");
        QCOMPARE(YamlEmitter::toYaml(object, { QStringLiteral("kind") }), expected);
    }

    void resource()
    {
        const auto ingress = DemoInventory::ingress(QStringLiteral("shop"), QStringLiteral("storefront"),
                                                    QStringLiteral("shop.example.com"),
                                                    { { QStringLiteral("/"), QStringLiteral("storefront") } });
        const QString yaml = YamlEmitter::resourceToYaml(*ingress);
        QVERIFY(yaml.startsWith(QStringLiteral("kind: ingress\nname: storefront\nnamespace: shop\n")));
        QVERIFY(yaml.contains(QStringLiteral("host: shop.example.com")));
        QVERIFY(!yaml.contains(QStringLiteral("\t")));
    }
};

QTEST_GUILESS_MAIN(TestYamlEmitter)
#include "tst_yamlemitter.moc"
