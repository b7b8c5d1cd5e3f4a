#pragma once

class QCoreApplication;

namespace Netloom::Console {

/// Installs the console's translations for the system locale: first netloom_en (the plural forms of
/// the English source text, "%n service(s)" → "1 service" / "2 services"), then netloom_<locale> on top
/// of it, then Qt's own. Looks in the build tree (bin/../translations) and the installed tree
/// (bin/../share/netloom/translations). Both the window and the headless commands use it.
void installTranslations(QCoreApplication& app);

} // namespace Netloom::Console
