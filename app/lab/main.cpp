// netloom-lab: a Kubernetes API for one demo cluster on 127.0.0.1, over HTTPS with a bearer token, and
// (with --cloud-env-out) the IONOS Cloud API v6 of its Virtual Data Center.
#include "app/lab/cloud/CloudApiServer.h"
#include "app/lab/cloud/CloudDemoSeed.h"
#include "app/lab/cloud/CloudEnvWriter.h"
#include "app/lab/http/SignalPipe.h"
#include "app/lab/http/TlsIdentity.h"
#include "app/lab/kube/ApiServer.h"
#include "app/lab/kube/KubeconfigWriter.h"
#include "app/lab/kube/StateFile.h"
#include "app/lab/seed/DemoSeed.h"
#include "app/lab/seed/Generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Netloom;
using namespace Netloom::Lab;

namespace {

// --watch-history: events kept for watches (and continue tokens) that resume from a resourceVersion.
constexpr int DefaultWatchHistory = 10000;
constexpr int MinWatchHistory = 10;
constexpr int MaxWatchHistory = 1000000;
// --header-timeout-ms: time from the first byte of a request head to its end before 408.
constexpr int MinHeaderTimeoutMs = 10;
constexpr int MaxHeaderTimeoutMs = 3600 * 1000;

int fail(const QString& message)
{
    std::fprintf(stderr, "netloom-lab: %s\n", qPrintable(message));
    return 1;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netloom-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETLOOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves a Kubernetes API for one demo cluster on 127.0.0.1 (HTTPS, bearer token), writes a kubeconfig for it, "
        "prints \"ready\" once it serves and runs until SIGINT or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig-out"),
        QStringLiteral("Write the kubeconfig for the lab to <path> (required)."), QStringLiteral("path"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"),
        QStringLiteral("Keep objects and the CA in <dir> across restarts."), QStringLiteral("dir"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Initial content when there is no saved state: demo (default) or empty."),
        QStringLiteral("demo|empty"), QStringLiteral("demo"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("TCP port on 127.0.0.1; 0 (default) picks a free one."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption historyOption(QStringLiteral("watch-history"),
        QStringLiteral("Keep the last <N> events (%1 to %2, default %3) for watches that resume from a "
                       "resourceVersion; older ones get 410 Expired.")
            .arg(MinWatchHistory)
            .arg(MaxWatchHistory)
            .arg(DefaultWatchHistory),
        QStringLiteral("N"), QString::number(DefaultWatchHistory));
    const QCommandLineOption generateOption(QStringLiteral("generate"),
        QStringLiteral("Instead of the demo, start with a generated platform of the size <preset> (%1); fixed seed.")
            .arg(Generator::presetNames()),
        QStringLiteral("preset"));
    const QCommandLineOption headerTimeoutOption(QStringLiteral("header-timeout-ms"),
        QStringLiteral("A request head must be complete within <ms> of its first byte (%1 to %2, default %3), or "
                       "the answer is 408 and the connection is closed.")
            .arg(MinHeaderTimeoutMs)
            .arg(MaxHeaderTimeoutMs)
            .arg(HttpLimits().headerTimeoutMs),
        QStringLiteral("ms"), QString::number(HttpLimits().headerTimeoutMs));
    const QCommandLineOption cloudEnvOption(QStringLiteral("cloud-env-out"),
        QStringLiteral("Also serve the IONOS Cloud API v6 of the demo's Virtual Data Center and write its IONOS_API_URL, "
                       "IONOS_TOKEN and IONOS_CA_BUNDLE to <path> (shell assignments; the CA bundle goes to "
                       "<path>.ca.pem)."),
        QStringLiteral("path"));
    const QCommandLineOption cloudPublicUrlOption(QStringLiteral("cloud-public-url"),
        QStringLiteral("The cloud API's base URL as clients reach it (a proxy in front), used in href and Location; "
                       "default https://127.0.0.1:PORT/cloudapi/v6."),
        QStringLiteral("url"));
    const QCommandLineOption cloudPortOption(QStringLiteral("cloud-port"),
        QStringLiteral("TCP port of the cloud API on 127.0.0.1; 0 (default) picks a free one."), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions({ kubeconfigOption, stateOption, seedOption, generateOption, portOption, historyOption,
        headerTimeoutOption, cloudEnvOption, cloudPublicUrlOption, cloudPortOption });
    parser.process(app);

    if (!parser.isSet(kubeconfigOption))
        return fail(QStringLiteral("--kubeconfig-out PATH is required (see --help)"));
    const QString seed = parser.value(seedOption);
    if (seed != QLatin1String("demo") && seed != QLatin1String("empty"))
        return fail(QStringLiteral("--seed must be demo or empty, not \"%1\"").arg(seed));
    std::optional<GeneratorPreset> preset;
    if (parser.isSet(generateOption)) {
        if (parser.isSet(seedOption))
            return fail(QStringLiteral("--generate and --seed exclude each other"));
        preset = Generator::preset(parser.value(generateOption));
        if (!preset)
            return fail(QStringLiteral("--generate must be one of %1, not \"%2\"")
                            .arg(Generator::presetNames(), parser.value(generateOption)));
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    bool historyOk = false;
    const int watchHistory = parser.value(historyOption).toInt(&historyOk);
    if (!historyOk || watchHistory < MinWatchHistory || watchHistory > MaxWatchHistory)
        return fail(
            QStringLiteral("--watch-history must be a number from %1 to %2").arg(MinWatchHistory).arg(MaxWatchHistory));
    bool headerTimeoutOk = false;
    HttpLimits limits;
    limits.headerTimeoutMs = parser.value(headerTimeoutOption).toInt(&headerTimeoutOk);
    if (!headerTimeoutOk || limits.headerTimeoutMs < MinHeaderTimeoutMs || limits.headerTimeoutMs > MaxHeaderTimeoutMs)
        return fail(QStringLiteral("--header-timeout-ms must be a number from %1 to %2")
                        .arg(MinHeaderTimeoutMs)
                        .arg(MaxHeaderTimeoutMs));
    const QString stateDir = parser.value(stateOption);
    bool cloudPortOk = false;
    const uint cloudPort = parser.value(cloudPortOption).toUInt(&cloudPortOk);
    if (!cloudPortOk || cloudPort > 65535)
        return fail(QStringLiteral("--cloud-port must be a number from 0 to 65535"));
    QUrl cloudPublicUrl;
    if (parser.isSet(cloudPublicUrlOption)) {
        if (!parser.isSet(cloudEnvOption))
            return fail(QStringLiteral("--cloud-public-url needs --cloud-env-out"));
        cloudPublicUrl = QUrl(parser.value(cloudPublicUrlOption), QUrl::StrictMode);
        if (!cloudPublicUrl.isValid() || cloudPublicUrl.host().isEmpty()
            || (cloudPublicUrl.scheme() != QLatin1String("http") && cloudPublicUrl.scheme() != QLatin1String("https")))
            return fail(QStringLiteral("--cloud-public-url must be an http:// or https:// URL"));
        if (cloudPublicUrl.path().endsWith(QLatin1Char('/')))
            cloudPublicUrl.setPath(cloudPublicUrl.path().chopped(1));
    }

    const Expected<TlsIdentity> identity
        = stateDir.isEmpty() ? TlsIdentity::generate() : TlsIdentity::loadOrCreate(stateDir);
    if (!identity)
        return fail(identity.error().toString());

    ApiServer server;
    server.setToken(newToken());
    server.setLimits(limits);
    server.store().setHistoryLimit(watchHistory);
    std::unique_ptr<StateFile> state;
    bool seeded = false;
    if (!stateDir.isEmpty()) {
        state = std::make_unique<StateFile>(&server.store(), QDir(stateDir).filePath(QStringLiteral("objects.json")));
        if (state->exists()) {
            if (const Expected<void> loaded = state->load(); !loaded)
                return fail(loaded.error().toString());
            server.reindex();
            seeded = true;
        }
    }
    if (!seeded && preset) {
        QElapsedTimer clock;
        clock.start();
        if (const Expected<void> generated = Generator::populate(server, *preset); !generated)
            return fail(generated.error().toString());
        std::fprintf(stderr, "netloom-lab: generated \"%s\" (%d namespaces, %d services, %d ingresses) in %lld ms\n",
            qPrintable(preset->name), preset->namespaces, preset->services, preset->ingresses,
            static_cast<long long>(clock.elapsed()));
    } else if (!seeded) {
        const Expected<void> populated
            = seed == QLatin1String("demo") ? DemoSeed::populateDemo(server) : DemoSeed::populateSystem(server);
        if (!populated)
            return fail(populated.error().toString());
    }

    if (const Expected<void> listening = server.listen(*identity, static_cast<quint16>(port)); !listening)
        return fail(listening.error().toString());
    if (const Expected<void> written = KubeconfigWriter::write(
            parser.value(kubeconfigOption), server.port(), identity->caCertificatePem(), server.token());
        !written)
        return fail(written.error().toString());

    std::unique_ptr<CloudApiServer> cloud;
    if (parser.isSet(cloudEnvOption)) {
        cloud = std::make_unique<CloudApiServer>();
        cloud->setToken(newToken());
        cloud->setLimits(limits);
        cloud->setPublicUrl(cloudPublicUrl);
        cloud->setKubeconfig(KubeconfigWriter::render(server.port(), identity->caCertificatePem(), server.token()));
        CloudDemoSeed::populate(*cloud, QString::fromLatin1(DemoSeed::kLoadBalancerIp));
        if (const Expected<void> listening = cloud->listen(*identity, static_cast<quint16>(cloudPort)); !listening)
            return fail(listening.error().toString());
        const QUrl apiUrl = cloudPublicUrl.isEmpty() ? cloud->directUrl() : cloudPublicUrl;
        if (const Expected<void> written = CloudEnvWriter::write(
                parser.value(cloudEnvOption), apiUrl, cloud->token(), identity->caCertificatePem());
            !written)
            return fail(written.error().toString());
    }

    SignalPipe signalPipe;
    if (!signalPipe.isValid())
        return fail(QStringLiteral("could not install the SIGINT/SIGTERM handlers"));
    QObject::connect(&signalPipe, &SignalPipe::terminationRequested, &app, [&server, &cloud](int) {
        server.close();
        if (cloud)
            cloud->close();
        QCoreApplication::quit();
    });

    std::fprintf(stderr, "netloom-lab: serving https://127.0.0.1:%u\n", server.port());
    if (cloud)
        std::fprintf(stderr, "netloom-lab: cloud API on %s\n", qPrintable(cloud->directUrl().toString()));
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    const int code = app.exec();
    if (state) {
        if (const Expected<void> flushed = state->flush(); !flushed)
            return fail(flushed.error().toString());
    }
    return code;
}
