#pragma once

#include <QString>

namespace Tandem::Internal {

// A small, forgiving HTML-to-text converter for resumes saved as web pages (no QtGui, no
// network, no scripts): script, style and head are dropped, block elements and <br> break
// lines, table cells are joined by tabs, list items become "• " lines, named and numeric
// entities are decoded, white space is collapsed (except in <pre>), and the target of a
// link whose text differs from it is kept as " (url)" so LinkedIn and GitHub links survive.
QString htmlToText(const QString &html);

// What to append after a link's visible text so its target survives as plain text: " (href)"
// when href is a web or mailto address that the text does not already show, else nothing.
QString linkSuffix(const QString &shown, const QString &href);

// Decodes one entity body ("amp", "#233", "#xE9"); a null QString when it is unknown.
QString decodeHtmlEntity(QStringView name);

} // namespace Tandem::Internal
