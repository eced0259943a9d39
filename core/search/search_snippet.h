#pragma once

#include <QList>
#include <QString>

namespace Tandem {

// A stretch of a snippet to show highlighted: a matched word or phrase.
struct HighlightRange
{
    int start = 0; // index into Snippet::text (UTF-16 code units)
    int length = 0;
    bool operator==(const HighlightRange &) const = default;
};

// A short excerpt of the field that matched a search best, as plain text (never markup),
// with the matched words marked by ranges the view paints.
struct Snippet
{
    QString text;
    QList<HighlightRange> highlights;
    bool isEmpty() const { return text.isEmpty(); }
};

namespace Internal {

// The private-use characters the engines put around matched words (FTS5 snippet(),
// PostgreSQL ts_headline()): no candidate text can hold them meaningfully, and they are
// removed from the text before anyone sees it.
inline constexpr char16_t HighlightOpen = u'\uE000';
inline constexpr char16_t HighlightClose = u'\uE001';
// PostgreSQL's headline parser reads "<b>" in text as an HTML tag and drops it; the text it
// is given has every '<' written as this character, which the snippet turns back.
inline constexpr char16_t LessThanStandIn = u'\uE002';

// Turns engine output with markers into a Snippet: markers become ranges, LessThanStandIn '<', line breaks and
// other control characters become spaces, runs of spaces collapse, and a text longer than
// maxLength is cut to a window around its first highlight, with an ellipsis where it was cut.
Snippet snippetFromMarked(const QString &marked, int maxLength = 160);

} // namespace Internal
} // namespace Tandem
