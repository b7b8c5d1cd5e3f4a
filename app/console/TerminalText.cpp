#include "app/console/TerminalText.h"

#include <algorithm>

#include <QList>

namespace Netloom::Console {

bool TerminalText::isUnsafe(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

QString TerminalText::escape(const QString& text)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (std::none_of(ucs4.cbegin(), ucs4.cend(), [](uint c) { return isUnsafe(c); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const uint c : ucs4) {
        const QString hex = QString::number(c, 16).toUpper();
        if (!isUnsafe(c))
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        else if (c < 0x80)
            out += QStringLiteral("\\x") + hex.rightJustified(2, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{") + hex.rightJustified(4, QLatin1Char('0')) + QLatin1Char('}');
    }
    return out;
}

} // namespace Netloom::Console
