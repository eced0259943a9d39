#pragma once

#include <core/common/error.h>
#include <core/intake/text_extractor.h>

#include <QByteArray>
#include <QString>

namespace Tandem::Internal {

// The text of an ODF text document (content.xml): text:p and text:h become lines, text:tab
// a tab, text:line-break a line break, text:s spaces, table cells are joined by tabs and
// list items keep their own lines. Errors name the file (see TextExtractor).
Result<QString> odtText(const QByteArray &bytes, const ExtractionLimits &limits, const QString &displayName);

// content.xml alone, as text.
Result<QString> odtContentText(const QByteArray &xml, const QString &displayName);

} // namespace Tandem::Internal
