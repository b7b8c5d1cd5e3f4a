#pragma once

#include "app/console/InventoryPrinter.h"

#include <QString>

namespace Netloom::Console {

/// `netloom inventory`: syncs one kubeconfig context headlessly (list everything once), prints the
/// Inventory and returns the process exit code (0 success, 1 failure; the reason is printed on stderr
/// as one line naming the server). Needs a running QCoreApplication.
class InventoryCommand final
{
public:
    struct Options
    {
        QString kubeconfig; ///< empty: KUBECONFIG or ~/.kube/config
        QString context;    ///< empty: current-context
        InventoryPrinter::Format format = InventoryPrinter::Format::Table;
        int timeoutSeconds = 30;
        int pageSize = 500;
    };

    static int run(const Options& options);
};

} // namespace Netloom::Console
