#pragma once

#include <core/common/error.h>
#include <core/intake/text_extractor.h>

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Tandem::Internal {

// The text of a DOCX (Office Open XML) package: headers, then word/document.xml, then
// footers. Paragraphs become lines, w:tab a tab, w:br a line break, table cells are joined
// by tabs. Errors name the file (see TextExtractor).
Result<QString> docxText(const QByteArray &bytes, const ExtractionLimits &limits, const QString &displayName);

// One WordprocessingML part (document, header or footer) as text; links maps the part's
// external relationship ids to their URLs (for w:hyperlink).
Result<QString> wordPartText(const QByteArray &xml, const QString &displayName, const QString &part,
                             const QHash<QString, QString> &links = {});

} // namespace Tandem::Internal
