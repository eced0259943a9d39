#pragma once

#include <QString>
#include <QStringView>

namespace Tandem::Demo {

// Appends `pattern` to `out` with each {name} replaced by what `lookup(name, out)` appends.
// Used for the demo's sentence templates, a few million of them, so it writes in place
// instead of building intermediate strings.
template<typename Lookup> void expandInto(QString &out, QStringView pattern, Lookup &&lookup)
{
    qsizetype start = 0;
    while (start < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', start);
        if (open < 0) {
            out.append(pattern.mid(start));
            return;
        }
        const qsizetype close = pattern.indexOf(u'}', open + 1);
        if (close < 0) {
            out.append(pattern.mid(start));
            return;
        }
        out.append(pattern.mid(start, open - start));
        lookup(pattern.mid(open + 1, close - open - 1), out);
        start = close + 1;
    }
}

// Number of words (runs separated by spaces or line breaks) in `text`.
inline int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c == u' ' || c == u'\n';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace Tandem::Demo
