#pragma once

#include "app/console/InventoryPrinter.h"

#include <QProcessEnvironment>
#include <QString>

namespace Netloom::Console {

/// `netloom inventory`: syncs one kubeconfig context headlessly (list everything once) and, when a
/// cloud account is configured (`--cloud-env FILE` or IONOS_*), reads that account too; prints the
/// Inventory and returns the process exit code (0 success, 1 failure, 3 an exec credential plugin
/// that was not approved; the reason is printed on stderr as one line naming the server or the
/// plugin; 2 is a usage error of main()). Needs a running QCoreApplication.
class InventoryCommand final
{
public:
    /// The ranges of the numeric options: what a millisecond Qt timer can hold (about 24.8 days),
    /// what fits a list page, and what one response may hold.
    static constexpr int MaxTimeoutSeconds = 2147483;
    static constexpr int MaxPageSize = 1000000;
    static constexpr int MaxResponseMib = 4096;
    /// The exit code when the context's exec plugin was never approved and --trust-exec was not given.
    static constexpr int ExitExecNotApproved = 3;

    struct Options
    {
        QString kubeconfig; ///< empty: KUBECONFIG or ~/.kube/config
        QString context;    ///< empty: current-context
        InventoryPrinter::Format format = InventoryPrinter::Format::Table;
        int timeoutSeconds = 30;
        int pageSize = 500;
        int maxResponseMib = 64; ///< the largest response body accepted (Net::HttpRequest::maxBodyBytes)
        bool trustExec = false;  ///< run an exec credential plugin that was never approved (this run only)
        QString cloudEnv;        ///< `--cloud-env FILE`: the cloud account of that file
        QProcessEnvironment environment; ///< IONOS_* (without cloudEnv) and KUBECONFIG come from here
    };

    static int run(const Options& options);
};

} // namespace Netloom::Console
