#include "app/console/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Netloom::Console {

namespace {

bool install(QCoreApplication& app, const QLocale& locale, const QString& name, const QStringList& dirs)
{
    for (const QString& dir : dirs) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

void installTranslations(QCoreApplication& app)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList dirs { bin.filePath(QStringLiteral("../translations")),
        bin.filePath(QStringLiteral("../share/netloom/translations")) };
    // Translators installed later are asked first: English plurals are the fallback of every locale.
    install(app, QLocale(QLocale::English), QStringLiteral("netloom"), dirs);
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        install(app, locale, QStringLiteral("netloom"), dirs);
    install(app, locale, QStringLiteral("qtbase"), { QLibraryInfo::path(QLibraryInfo::TranslationsPath) });
}

} // namespace Netloom::Console
