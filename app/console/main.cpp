// netloom: the console (window) and its headless subcommands.

#include "app/console/ConsoleWindow.h"
#include "app/console/InventoryCommand.h"
#include "app/console/Tr.h"
#include "app/console/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStringList>

#include <cstdio>
#include <cstring>

using namespace Netloom::Console;

namespace {

int usageError(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("netloom: %1\n").arg(message)), stderr);
    return 2;
}

// A whole decimal number in [min, max]; otherwise @p problem names the option and the range.
// (QString::toInt alone would let 2147484 seconds overflow the millisecond timer.)
bool parseBounded(const QString& text, const QString& option, int min, int max, int* value, QString* problem)
{
    bool ok = false;
    const qlonglong number = text.trimmed().toLongLong(&ok, 10);
    if (ok && number >= min && number <= max) {
        *value = static_cast<int>(number);
        return true;
    }
    *problem = Tr::tr("%1 must be a whole number from %2 to %3, not \"%4\"").arg(option).arg(min).arg(max).arg(text);
    return false;
}

int runHeadless(int& argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netloom"));
    // The same settings as the window's: an exec plugin approved there runs here too.
    QCoreApplication::setOrganizationName(QStringLiteral("Netloom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETLOOM_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Netloom console: the cloud network and Kubernetes networking of a platform as one topology.\n\n"
               "Commands:\n"
               "  inventory   sync a kubeconfig context (and a cloud account) once and print every resource the "
               "console knows")
#ifdef NETLOOM_HAS_CONSOLE_WINDOW
        + QLatin1Char('\n')
        + Tr::tr("\nWithout a command, opens the console window:\n"
                 "  netloom [--kubeconfig PATH] [--context NAME] [--cloud-env FILE] [--select ID]\n"
                 "  netloom --lab [--select ID]   (starts the built-in lab netloom-lab and shows it)")
#endif
    );
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("inventory"), QStringLiteral("[command]"));
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"),
        Tr::tr("Kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."), Tr::tr("path"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), Tr::tr("Kubeconfig context (default: its current-context)."), Tr::tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("Output format: json, yaml or table."),
        Tr::tr("format"), QStringLiteral("table"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        Tr::tr("Give up when the sync takes longer (default 30)."), Tr::tr("seconds"), QStringLiteral("30"));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"), Tr::tr("Items per list page (default 500)."), Tr::tr("n"), QStringLiteral("500"));
    const QCommandLineOption maxResponseOption(QStringLiteral("max-response-mib"),
        Tr::tr("Largest API response accepted, in MiB (default 64)."), Tr::tr("mib"), QStringLiteral("64"));
    const QCommandLineOption trustExecOption(QStringLiteral("trust-exec"),
        Tr::tr("Run the context's exec credential plugin for this run even though it was never approved."));
    const QCommandLineOption cloudEnvOption(QStringLiteral("cloud-env"),
        Tr::tr("Include the IONOS Cloud account of this file of IONOS_* assignments (netloom-lab --cloud-env-out); "
               "without it, the IONOS_* environment variables, when set."),
        Tr::tr("file"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), Tr::tr("Log connection and sync progress on stderr."));
    parser.addOptions({ kubeconfigOption, contextOption, formatOption, timeoutOption, pageSizeOption, maxResponseOption,
        trustExecOption, cloudEnvOption, verboseOption });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        std::fputs(qPrintable(Tr::tr("netloom: this build has no console window (built with NETLOOM_GUI=OFF); "
                                     "headless commands: inventory (see netloom --help)\n")),
            stderr);
        return 2;
    }
    if (args.first() != QLatin1String("inventory"))
        return usageError(Tr::tr("unknown command \"%1\" (see netloom --help)").arg(args.first()));
    if (args.size() > 1)
        return usageError(Tr::tr("unexpected argument \"%1\"").arg(args.at(1)));

    // Progress logs only on request; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption)
            ? QStringLiteral("netloom.*.debug=true")
            : QStringLiteral("netloom.*.debug=false\nnetloom.*.info=false"));

    InventoryCommand::Options options;
    options.kubeconfig = parser.value(kubeconfigOption);
    options.context = parser.value(contextOption);
    options.trustExec = parser.isSet(trustExecOption);
    options.cloudEnv = parser.value(cloudEnvOption);
    options.environment = QProcessEnvironment::systemEnvironment();
    if (!InventoryPrinter::parseFormat(parser.value(formatOption), &options.format))
        return usageError(Tr::tr("unknown format \"%1\": use json, yaml or table").arg(parser.value(formatOption)));
    QString problem;
    if (!parseBounded(parser.value(timeoutOption), QStringLiteral("--timeout"), 1, InventoryCommand::MaxTimeoutSeconds,
            &options.timeoutSeconds, &problem)
        || !parseBounded(parser.value(pageSizeOption), QStringLiteral("--page-size"), 1, InventoryCommand::MaxPageSize,
            &options.pageSize, &problem)
        || !parseBounded(parser.value(maxResponseOption), QStringLiteral("--max-response-mib"), 1,
            InventoryCommand::MaxResponseMib, &options.maxResponseMib, &problem))
        return usageError(problem);
    return InventoryCommand::run(options);
}

// Whether the command line asks for the window: no command, and not just --help / --version.
// The window's options that take a value (--kubeconfig PATH, --context NAME, --select ID) may be
// followed by it; options of the headless commands only (--format, --timeout, --page-size) mean
// the headless parser should answer.
bool wantsWindow(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (a[0] != '-')
            return false; // a command
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "-v") || !std::strcmp(a, "--version")
            || !std::strcmp(a, "--help-all"))
            return false;
        for (const char* headlessOnly : { "--format", "--timeout", "--page-size", "--max-response-mib", "--trust-exec" })
            if (!std::strncmp(a, headlessOnly, std::strlen(headlessOnly)))
                return false;
        for (const char* withValue :
            { "--kubeconfig", "--context", "--select", "--cloud-env", "-kubeconfig", "-context", "-select", "-cloud-env" })
            if (!std::strcmp(a, withValue) && i + 1 < argc)
                ++i; // its value
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
#ifdef NETLOOM_HAS_CONSOLE_WINDOW
    if (wantsWindow(argc, argv))
        return runConsoleWindow(argc, argv);
#else
    (void)&wantsWindow;
#endif
    return runHeadless(argc, argv);
}
