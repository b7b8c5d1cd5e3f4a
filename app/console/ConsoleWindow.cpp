#include "app/console/ConsoleWindow.h"

#include "app/console/ConsoleController.h"
#include "app/console/Tr.h"
#include "app/console/Translations.h"
#include "app/console/UnixSignalQuit.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QScreen>
#include <QSettings>

#include <cstdio>

namespace Netloom::Console {

namespace {

// The first start fills the screen; later ones get the place MainWindow restored, unless it no
// longer fits on the screen (another monitor; no window manager to correct it, as under Xvfb).
void placeWindow(QWidget* window)
{
    const bool saved = QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom"))
                           .contains(QStringLiteral("mainWindow/geometry"));
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    if (saved && (!available.isValid() || available.contains(window->geometry()))) {
        window->show();
        return;
    }
    if (available.isValid())
        window->setGeometry(available);
    window->showMaximized();
}

int usageError(const QString& message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return 2;
}

} // namespace

int runConsoleWindow(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("netloom"));
    QApplication::setApplicationVersion(QStringLiteral(NETLOOM_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Netloom"));
    QApplication::setDesktopFileName(QStringLiteral("netloom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/netloom/icons/netloom.svg")));
    installTranslations(app);
    QLoggingCategory::setFilterRules(QStringLiteral("netloom.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Netloom console: the cloud network and Kubernetes networking of a "
                                            "platform as one live topology."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"),
        Tr::tr("Kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."), Tr::tr("path"));
    const QCommandLineOption contextOption(QStringLiteral("context"),
        Tr::tr("Kubeconfig context (default: the one used last, else the "
               "kubeconfig's current-context)."),
        Tr::tr("name"));
    const QCommandLineOption labOption(
        QStringLiteral("lab"), Tr::tr("Start the built-in lab (netloom-lab) and open the console on it."));
    const QCommandLineOption selectOption(QStringLiteral("select"),
        Tr::tr("Select this resource once it is loaded, e.g. "
               "kube:netloom-lab/ingress/shop/storefront."),
        Tr::tr("id"));
    const QCommandLineOption cloudEnvOption(QStringLiteral("cloud-env"),
        Tr::tr("Show the IONOS Cloud account of this file of IONOS_* assignments (netloom-lab --cloud-env-out); "
               "without it, the IONOS_* environment variables, when set."),
        Tr::tr("file"));
    parser.addOptions({ kubeconfigOption, contextOption, labOption, selectOption, cloudEnvOption });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Tr::tr("netloom: unexpected argument \"%1\" (see netloom --help)")
                              .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(labOption) && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption))) {
        return usageError(Tr::tr("netloom: --lab uses the lab's own kubeconfig; leave out --kubeconfig and "
                                 "--context"));
    }

    if (parser.isSet(labOption) && parser.isSet(cloudEnvOption))
        return usageError(Tr::tr("netloom: --lab shows the lab's own cloud; leave out --cloud-env"));

    const UnixSignalQuit quitOnSignal;
    ConsoleController controller;
    Widgets::MainWindow* window = controller.window();
    placeWindow(window);
    if (parser.isSet(selectOption))
        controller.selectWhenPresent(Domain::ResourceId::fromString(parser.value(selectOption)));
    if (parser.isSet(labOption)) {
        controller.openLab();
    } else {
        controller.open(parser.value(kubeconfigOption), parser.value(contextOption));
        controller.openCloud(parser.value(cloudEnvOption), QProcessEnvironment::systemEnvironment());
    }
    return app.exec();
}

} // namespace Netloom::Console
