#pragma once

namespace Netloom::Console {

/// Opens the console window (GUI builds only: NETLOOM_HAS_CONSOLE_WINDOW). Returns the exit code.
int runConsoleWindow(int& argc, char** argv);

} // namespace Netloom::Console
