#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tandem::Internal {

// Plain-text decoding for resumes: a BOM decides UTF-8 / UTF-16; otherwise UTF-8 when the
// bytes are valid UTF-8, else Windows-1252 (Latin-1 with the typographic quotes). nullopt
// when the result holds control characters other than tab, newline, carriage return and
// form feed: then the bytes are binary, not text. Line ends come back as '\n'.
std::optional<QString> decodeText(const QByteArray &bytes);

// The clean-up every extracted text gets: '\n' line ends, form feeds and no-break spaces
// as plain breaks and spaces, no trailing blanks, at most one empty line in a row.
QString normalizeExtractedText(const QString &text);

} // namespace Tandem::Internal
