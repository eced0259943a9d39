#include "search_snippet.h"

#include <algorithm>

namespace Tandem::Internal {
namespace {

const QString Ellipsis = QStringLiteral("\u2026");

// Keeps [from, from + length) of the snippet without spaces at its ends; ranges are clipped
// to it and shifted.
Snippet cut(const Snippet &s, int from, int length)
{
    while (length > 0 && s.text.at(from) == u' ') {
        ++from;
        --length;
    }
    while (length > 0 && s.text.at(from + length - 1) == u' ')
        --length;
    Snippet out;
    const bool head = from > 0;
    const bool tail = from + length < s.text.size();
    out.text = (head ? Ellipsis : QString()) + s.text.mid(from, length) + (tail ? Ellipsis : QString());
    const int shift = (head ? int(Ellipsis.size()) : 0) - from;
    for (const HighlightRange &r : s.highlights) {
        const int start = std::max(r.start, from);
        const int end = std::min(r.start + r.length, from + length);
        if (end > start)
            out.highlights.append({start + shift, end - start});
    }
    return out;
}

} // namespace

Snippet snippetFromMarked(const QString &marked, int maxLength)
{
    Snippet s;
    s.text.reserve(marked.size());
    int open = -1;
    for (const QChar c : marked) {
        if (c == HighlightOpen) {
            open = int(s.text.size());
        } else if (c == HighlightClose) {
            if (open >= 0 && s.text.size() > open)
                s.highlights.append({open, int(s.text.size()) - open});
            open = -1;
        } else if (c == LessThanStandIn) {
            s.text += u'<';
        } else if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (!s.text.isEmpty() && !s.text.endsWith(u' '))
                s.text += u' ';
        } else {
            s.text += c;
        }
    }
    while (s.text.endsWith(u' '))
        s.text.chop(1);
    for (HighlightRange &r : s.highlights) // a highlight never reaches past the trimmed end
        r.length = std::min(r.length, int(s.text.size()) - r.start);
    s.highlights.removeIf([](const HighlightRange &r) { return r.length <= 0; });
    if (s.text.size() <= maxLength)
        return s;
    // Show the first match with some words before it, as much after it as fits.
    const int first = s.highlights.isEmpty() ? 0 : s.highlights.front().start;
    int from = std::max(0, first - maxLength / 4);
    from = std::min(from, int(s.text.size()) - maxLength);
    const int space = from > 0 ? int(s.text.indexOf(u' ', from)) : 0; // start at a word
    if (space > 0 && space < first)
        from = space + 1;
    int length = maxLength - 2;
    const int breakAt = int(s.text.lastIndexOf(u' ', from + length)); // end at a word
    if (from + length < s.text.size() && breakAt > from + maxLength / 2)
        length = breakAt - from;
    return cut(s, from, length);
}

} // namespace Tandem::Internal
