// The inspector's live YAML: what is left out (managedFields, secrets) and what is shown without a
// connection.

#include "app/console/LiveYamlProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Console;
using namespace Netloom::Domain;

class TestLiveYamlProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropsManagedFieldsAndLastApplied()
    {
        const QJsonObject object = QJsonDocument::fromJson(
            "{"
            "\"apiVersion\": \"networking.k8s.io/v1\", \"kind\": \"Ingress\","
            "\"metadata\": {\"name\": \"web\", \"namespace\": \"shop\", \"uid\": \"u-1\", \"resourceVersion\": \"7\","
            "\"managedFields\": [{\"manager\": \"kubectl\", \"operation\": \"Update\"}],"
            "\"annotations\": {\"kubectl.kubernetes.io/last-applied-configuration\": \"{\\\"x\\\":1}\","
            "\"cert-manager.io/cluster-issuer\": \"letsencrypt\"}},"
            "\"spec\": {\"ingressClassName\": \"nginx\"}}")
                                       .object();
        const QString yaml = LiveYamlProvider::toYaml(LiveYamlProvider::sanitize(object));
        QVERIFY(yaml.startsWith(QStringLiteral("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:")));
        QVERIFY(!yaml.contains(QStringLiteral("managedFields")));
        QVERIFY(!yaml.contains(QStringLiteral("last-applied")));
        QVERIFY(yaml.contains(QStringLiteral("cert-manager.io/cluster-issuer: letsencrypt")));
        QVERIFY(yaml.contains(QStringLiteral("uid: u-1")));
        QVERIFY(yaml.indexOf(QStringLiteral("metadata:")) < yaml.indexOf(QStringLiteral("spec:")));
    }

    void dropsSecretData()
    {
        const QJsonObject object = QJsonDocument::fromJson(
            "{"
            "\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"type\": \"kubernetes.io/tls\","
            "\"metadata\": {\"name\": \"tls\", \"annotations\": {\"kubectl.kubernetes.io/last-applied-configuration\": "
            "\"k\"}},"
            "\"data\": {\"tls.key\": \"c2VjcmV0\"}, \"stringData\": {\"password\": \"hunter2\"}}")
                                       .object();
        const QJsonObject clean = LiveYamlProvider::sanitize(object);
        QVERIFY(!clean.contains(QStringLiteral("data")));
        QVERIFY(!clean.contains(QStringLiteral("stringData")));
        QVERIFY(!clean.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("annotations")));
        const QString yaml = LiveYamlProvider::toYaml(clean);
        QVERIFY(!yaml.contains(QStringLiteral("c2VjcmV0")));
        QVERIFY(!yaml.contains(QStringLiteral("hunter2")));
    }

    void withoutAClientShowsTheSummary()
    {
        LiveYamlProvider provider;
        Resource resource;
        resource.kind = ResourceKind::Service;
        resource.name = QStringLiteral("cart");
        resource.namespaceName = QStringLiteral("shop");
        resource.uid = QStringLiteral("u-2");
        resource.origin = QStringLiteral("kube:lab");
        resource.id
            = ResourceId::kube(QStringLiteral("lab"), ResourceKind::Service, resource.namespaceName, resource.name);
        const QString yaml = provider.yamlFor(resource);
        QVERIFY(yaml.contains(QStringLiteral("name: cart")));
        QVERIFY(!yaml.contains(QStringLiteral("Reading the live object")));
    }
};

QTEST_MAIN(TestLiveYamlProvider)
#include "tst_liveyamlprovider.moc"
