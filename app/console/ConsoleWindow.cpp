#include "app/console/ConsoleWindow.h"

#include <QApplication>
#include <QTextStream>

namespace Netloom::Console {

int runConsoleWindow(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("netloom"));
    QApplication::setApplicationVersion(QStringLiteral(NETLOOM_VERSION));

    // ============================================================================================
    // CONSOLE WINDOW: create and show the main window from widgets/ here, e.g.
    //     Netloom::Widgets::MainWindow window;   // owns the Inventory and the ClusterSessions
    //     window.show();
    //     return app.exec();
    // Until widgets/ provides it, say so instead of opening an empty window.
    // ============================================================================================
    QTextStream(stderr) << QCoreApplication::translate("Console",
                                                       "netloom: the console window is not available yet; "
                                                       "try `netloom inventory --help`")
                        << Qt::endl;
    return 1;
}

} // namespace Netloom::Console
