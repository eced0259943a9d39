#pragma once

#include <core/common/error.h>
#include <core/documents/offer_letter.h>

#include <QByteArray>
#include <QLocale>
#include <QPageSize>

namespace Tandem {

// Offer letters as PDF: the merged HTML laid out by QTextDocument and printed by
// QPdfWriter on the page size the locale's country uses (Letter in North America, A4
// elsewhere), with margins, the letter's title in the PDF metadata and Tandem as creator.
// Needs a QGuiApplication (fonts); runs on the thread that owns it. Errors: Result/Status
// (ErrorCode::Io when the file cannot be written).
class LetterPdf
{
public:
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);
    static Result<QByteArray> render(const RenderedLetter &letter, const QLocale &locale = QLocale());
    // Writes atomically: an existing file is replaced only by a complete PDF.
    static Status write(const RenderedLetter &letter, const QString &path, const QLocale &locale = QLocale());
};

} // namespace Tandem
