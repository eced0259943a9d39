#pragma once

// The exit codes of tandem-pdftext (app/pdftext), shared by the helper that returns them and
// the runner (pdf_text_runner.cpp) that turns them into errors a recruiter can act on.
// Header only: the helper program includes it without linking any of core.
namespace Tandem::PdfText {

enum Exit : int {
    Ok = 0,
    Usage = 2,
    Unreadable = 3,
    NotPdf = 4,
    Encrypted = 5,
    Damaged = 6,
    TooManyPages = 7,
    OutOfMemory = 8,
    OutOfTime = 9,
};

} // namespace Tandem::PdfText
