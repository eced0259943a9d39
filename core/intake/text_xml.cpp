#include "text_xml.h"

#include <QObject>

namespace Tandem::Internal {

void TextBuilder::chopBlanks()
{
    while (m_text.endsWith(QLatin1Char(' ')))
        m_text.chop(1);
}

void TextBuilder::endCell()
{
    chopBlanks();
    m_text += QLatin1Char('\t');
    m_cellDepth = qMax(0, m_cellDepth - 1);
}

void TextBuilder::endRow()
{
    while (m_text.endsWith(QLatin1Char('\t')) || m_text.endsWith(QLatin1Char(' ')))
        m_text.chop(1);
    m_text += QLatin1Char('\n');
}

Status checkXmlToken(const QXmlStreamReader &reader, const QString &displayName, const QString &part)
{
    if (reader.tokenType() == QXmlStreamReader::DTD)
        return fail(
            ErrorCode::Invalid,
            QObject::tr("%1 was not read: its part %2 declares a DTD, which resumes never need and "
                        "attacks use to make a small file expand without end.")
                .arg(displayName, part),
            QObject::tr("Ask the candidate for a PDF or a document saved again by a word processor."));
    if (reader.hasError())
        return fail(
            ErrorCode::Corrupt,
            QObject::tr("%1 is damaged: its part %2 is not valid XML (%3, line %4).")
                .arg(displayName, part, reader.errorString())
                .arg(reader.lineNumber()),
            QObject::tr("Open it in your word processor and save it again, or ask the candidate for a PDF."));
    return {};
}

} // namespace Tandem::Internal
