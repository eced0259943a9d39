#pragma once

#include <core/common/error.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tandem {

// The resume formats Tandem reads, told apart by content, never by file name.
enum class ResumeFormat { Pdf, Docx, Odt, Text, Html };

// How much work one untrusted file may cause. The zip limits are checked before anything is
// decompressed and again while decompressing (a zip's declared sizes can lie).
struct ExtractionLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024;
    int pdfTimeoutMs = 20000; // wall time of the tandem-pdftext helper (also its CPU limit)
    int pdfMemoryMb = 512; // the helper's address-space limit
    int pdfMaxPages = 60;
    int maxZipEntries = 2000;
    qint64 maxUncompressedBytes = 64LL * 1024 * 1024; // all entries read, and PDF text output
    double maxCompressionRatio = 100; // per entry above 1 MiB
    qint64 maxXmlBytes = 32LL * 1024 * 1024; // one XML part
};

struct ExtractedText
{
    QString text; // plain text, lines separated by '\n', table cells by '\t'
    ResumeFormat format = ResumeFormat::Text;
    QStringList warnings; // e.g. the file's extension does not match its content
};

// Turns a resume file (PDF, DOCX, ODT, plain text, HTML) into plain text for the parser.
//
// Owns nothing but its limits and the path of the PDF helper; const and re-entrant, so one
// extractor may serve several worker threads (PDF extraction blocks the calling thread on a
// QProcess, so call it from a worker, not the UI thread). PDFs are read by the separate
// tandem-pdftext program under memory and CPU limits, so a malicious PDF fails one import,
// never the app. XML with a DTD is refused (no entity expansion).
//
// Errors are Result values naming the file:
//   Io          the file cannot be read, or the PDF helper cannot be started
//   Unsupported not a format Tandem reads; password-protected; a PDF without a text layer
//   Corrupt     a damaged PDF, zip or XML part; the PDF helper crashed
//   Invalid     empty; over a limit (size, pages, zip sizes, time, memory); a DTD
class TextExtractor
{
public:
    explicit TextExtractor(ExtractionLimits limits = {}, QString pdfHelper = {});

    Result<ExtractedText> extractFile(const QString &path) const;
    // fileName names the file in messages and warnings; it never decides the format.
    Result<ExtractedText> extract(const QByteArray &bytes, const QString &fileName) const;

    // The format the bytes are in, or nullopt for anything else. The file name only breaks
    // the tie between plain text and HTML.
    static std::optional<ResumeFormat> sniff(const QByteArray &bytes, const QString &fileName);
    // Where tandem-pdftext is: next to the running program, then ../pdftext/ (the build
    // tree), then $TANDEM_PDFTEXT. Empty when none exists.
    static QString pdfHelperPath();
    static QString formatName(ResumeFormat format);

    const ExtractionLimits &limits() const { return m_limits; }

private:
    Result<ExtractedText> extractImpl(const QByteArray &bytes, const QString &fileName,
                                      const QString &sourcePath) const;
    Result<QString> extractPdf(const QByteArray &bytes, const QString &fileName,
                               const QString &sourcePath) const;

    ExtractionLimits m_limits;
    QString m_pdfHelper;
};

} // namespace Tandem
