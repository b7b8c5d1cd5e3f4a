#pragma once

#include <QString>

namespace Netloom::Console {

/// Text from a cluster or a file made safe for a terminal: what a terminal would act on instead of
/// showing is written as an escape sequence, so that data can neither retitle, clear nor reorder
/// the screen of whoever runs the command.
///
/// Escaped: C0 controls (U+0000–U+001F, tab and newline included) and DEL as `\xHH`; C1 controls
/// (U+0080–U+009F) and the invisible direction controls (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) and line/paragraph separators (U+2028, U+2029) as `\u{HHHH}`. Everything else,
/// backslashes included, is kept as it is.
class TerminalText final
{
public:
    TerminalText() = delete;

    static QString escape(const QString& text);
    /// Whether @p c is one of the characters escape() replaces.
    static bool isUnsafe(char32_t c);
};

} // namespace Netloom::Console
