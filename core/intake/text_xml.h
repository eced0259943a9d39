#pragma once

#include <core/common/error.h>

#include <QString>
#include <QXmlStreamReader>

namespace Tandem::Internal {

// Collects the text of a word-processing document while its XML is walked: paragraphs
// become lines, table cells are joined by tabs and rows become lines, as the parser expects.
class TextBuilder
{
public:
    void text(QStringView chunk) { m_text += chunk; }
    void tab() { m_text += QLatin1Char('\t'); }
    void lineBreak() { m_text += QLatin1Char('\n'); }
    void spaces(int count) { m_text += QString(count, QLatin1Char(' ')); }
    // A paragraph inside a table cell continues the cell with a space instead of a new line.
    void endParagraph() { m_text += m_cellDepth > 0 ? QLatin1Char(' ') : QLatin1Char('\n'); }
    void startCell() { ++m_cellDepth; }
    void endCell();
    void endRow();
    QString result() const { return m_text; }
    qsizetype size() const { return m_text.size(); }
    QString since(qsizetype position) const { return m_text.mid(position); }

private:
    void chopBlanks();

    QString m_text;
    int m_cellDepth = 0;
};

// The checks every XML part of an untrusted package gets: a DTD is refused before any entity
// could be expanded ("billion laughs"), and a parse error is reported as a damaged file.
// Call after each readNext(); returns an error to stop with, or nothing to go on.
Status checkXmlToken(const QXmlStreamReader &reader, const QString &displayName, const QString &part);

} // namespace Tandem::Internal
