#include "text_extractor.h"

#include "docx_text.h"
#include "html_text.h"
#include "odt_text.h"
#include "pdf_text_runner.h"
#include "text_decoding.h"
#include "zip_package.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace Tandem {
namespace {

using Internal::ZipPackage;

const QByteArray kOdtMime("application/vnd.oasis.opendocument.text");

QString displayNameOf(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() ? QObject::tr("The file") : QStringLiteral("“%1”").arg(name);
}

std::optional<ResumeFormat> formatFromExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return ResumeFormat::Pdf;
    if (suffix == u"docx")
        return ResumeFormat::Docx;
    if (suffix == u"odt")
        return ResumeFormat::Odt;
    if (suffix == u"txt" || suffix == u"text")
        return ResumeFormat::Text;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return ResumeFormat::Html;
    return std::nullopt;
}

// ODF requires "mimetype" as the first entry, stored: its content sits at byte 38.
bool isOdfText(const QByteArray &bytes, const QStringList &names)
{
    if (bytes.mid(30, 8) == "mimetype" && bytes.mid(38, kOdtMime.size()) == kOdtMime)
        return true;
    return names.contains(QStringLiteral("mimetype"))
        && ZipPackage::peekEntry(bytes, QStringLiteral("mimetype"), 128).trimmed().startsWith(kOdtMime);
}

std::optional<ResumeFormat> sniffZip(const QByteArray &bytes)
{
    const QStringList names = ZipPackage::entryNames(bytes);
    if (names.contains(QStringLiteral("word/document.xml")))
        return ResumeFormat::Docx;
    if (isOdfText(bytes, names))
        return ResumeFormat::Odt;
    // A zip too damaged to list still shows its parts' names in the local headers: call it
    // what it claims to be, and let extraction report the damage.
    if (names.isEmpty() && (bytes.contains("word/") || bytes.contains("[Content_Types].xml")))
        return ResumeFormat::Docx;
    if (names.isEmpty() && bytes.contains("mimetype" + kOdtMime))
        return ResumeFormat::Odt;
    return std::nullopt;
}

bool looksLikeHtml(const QString &text)
{
    const QString head = text.left(4096).trimmed().toLower();
    if (head.startsWith(u"<!doctype html") || head.contains(u"<html"))
        return true;
    // Markup density: a fragment saved without <html> still has many tags.
    static const QRegularExpression tag(
        QStringLiteral(
            "</?(p|div|br|span|li|ul|ol|table|tr|td|th|h[1-6]|body|a|b|i|strong|em|section)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype tags = 0;
    qsizetype tagChars = 0;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        ++tags;
        tagChars += match.capturedLength();
    }
    return tags >= 3 && tagChars * 20 >= text.size();
}

} // namespace

using namespace Internal;

TextExtractor::TextExtractor(ExtractionLimits limits, QString pdfHelper)
    : m_limits(limits)
    , m_pdfHelper(pdfHelper.isEmpty() ? pdfHelperPath() : std::move(pdfHelper))
{ }

QString TextExtractor::formatName(ResumeFormat format)
{
    switch (format) {
    case ResumeFormat::Pdf:
        return QStringLiteral("PDF");
    case ResumeFormat::Docx:
        return QStringLiteral("DOCX");
    case ResumeFormat::Odt:
        return QStringLiteral("ODT");
    case ResumeFormat::Html:
        return QStringLiteral("HTML");
    case ResumeFormat::Text:
        break;
    }
    return QObject::tr("plain text");
}

QString TextExtractor::pdfHelperPath()
{
    const QString name = QStringLiteral("tandem-pdftext");
    if (QCoreApplication::instance()) {
        const QDir dir(QCoreApplication::applicationDirPath());
        for (const QString &candidate :
             {dir.filePath(name), dir.filePath(QStringLiteral("../pdftext/") + name)})
            if (QFileInfo(candidate).isExecutable())
                return QFileInfo(candidate).canonicalFilePath();
    }
    const QString fromEnvironment = qEnvironmentVariable("TANDEM_PDFTEXT");
    return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
}

std::optional<ResumeFormat> TextExtractor::sniff(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.left(1024).contains("%PDF-"))
        return ResumeFormat::Pdf;
    if (bytes.startsWith("PK\x03\x04"))
        return sniffZip(bytes);
    if (bytes.startsWith("{\\rtf"))
        return std::nullopt; // RTF is text, but its markup would reach the parser as words
    const std::optional<QString> text = decodeText(bytes);
    if (!text)
        return std::nullopt;
    if (looksLikeHtml(*text) || (formatFromExtension(fileName) == ResumeFormat::Html && text->contains(u'<')))
        return ResumeFormat::Html;
    return ResumeFormat::Text;
}

Result<ExtractedText> TextExtractor::extractFile(const QString &path) const
{
    const QString name = displayNameOf(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QObject::tr("%1 could not be opened: %2.").arg(name, file.errorString()),
                    QObject::tr("Check that the file still exists and that you may read it."));
    // Refuse before reading: a huge file should not fill memory on its way to the check.
    if (file.size() > m_limits.maxFileBytes)
        return fail(ErrorCode::Invalid,
                    QObject::tr("%1 is larger than %2 MB, too large for a resume.")
                        .arg(name)
                        .arg(m_limits.maxFileBytes / (1024 * 1024)),
                    QObject::tr("Ask the candidate for a smaller file, e.g. a PDF without embedded images."));
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (file.error() != QFile::NoError)
        return fail(ErrorCode::Io, QObject::tr("%1 could not be read: %2.").arg(name, file.errorString()),
                    QObject::tr("Check that the file still exists and that you may read it."));
    return extractImpl(bytes, path, path);
}

Result<ExtractedText> TextExtractor::extract(const QByteArray &bytes, const QString &fileName) const
{
    return extractImpl(bytes, fileName, QString());
}

Result<ExtractedText> TextExtractor::extractImpl(const QByteArray &bytes, const QString &fileName,
                                                 const QString &sourcePath) const
{
    const QString name = displayNameOf(fileName);
    if (bytes.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("%1 is empty.").arg(name),
                    QObject::tr("Ask the candidate to send the resume again."));
    if (bytes.size() > m_limits.maxFileBytes)
        return fail(ErrorCode::Invalid,
                    QObject::tr("%1 is larger than %2 MB, too large for a resume.")
                        .arg(name)
                        .arg(m_limits.maxFileBytes / (1024 * 1024)),
                    QObject::tr("Ask the candidate for a smaller file, e.g. a PDF without embedded images."));
    const std::optional<ResumeFormat> format = sniff(bytes, fileName);
    if (!format)
        return fail(
            ErrorCode::Unsupported,
            QObject::tr("%1 is not a resume format Tandem reads (PDF, DOCX, ODT, TXT, HTML).").arg(name),
            QObject::tr("Open it in the program that made it and save it as PDF or DOCX, then import that."));
    ExtractedText result;
    result.format = *format;
    const std::optional<ResumeFormat> claimed = formatFromExtension(fileName);
    if (claimed && *claimed != *format)
        result.warnings.append(QObject::tr("%1 is named like a %2 file but holds %3; it was read as %3.")
                                   .arg(name, formatName(*claimed), formatName(*format)));

    Result<QString> text = [&]() -> Result<QString> {
        switch (*format) {
        case ResumeFormat::Pdf:
            return extractPdf(bytes, fileName, sourcePath);
        case ResumeFormat::Docx:
            return docxText(bytes, m_limits, name);
        case ResumeFormat::Odt:
            return odtText(bytes, m_limits, name);
        case ResumeFormat::Html:
            return htmlToText(decodeText(bytes).value_or(QString()));
        case ResumeFormat::Text:
            break;
        }
        return decodeText(bytes).value_or(QString());
    }();
    if (!text)
        return std::unexpected(text.error());
    result.text = normalizeExtractedText(*text);
    if (result.text.trimmed().isEmpty()) {
        if (*format == ResumeFormat::Pdf)
            return fail(
                ErrorCode::Unsupported,
                QObject::tr("%1 has no text layer: it is probably a scanned image, and Tandem does no OCR.")
                    .arg(name),
                QObject::tr("Ask the candidate for a PDF exported from a word processor, or a DOCX."));
        return fail(ErrorCode::Invalid, QObject::tr("%1 contains no text.").arg(name),
                    QObject::tr("Ask the candidate to send the resume again."));
    }
    return result;
}

Result<QString> TextExtractor::extractPdf(const QByteArray &bytes, const QString &fileName,
                                          const QString &sourcePath) const
{
    const QString name = displayNameOf(fileName);
    if (!sourcePath.isEmpty())
        return runPdfHelper(m_pdfHelper, sourcePath, m_limits, name);
    // The helper reads a file: hand it a private temporary copy of the bytes.
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/tandem-resume-XXXXXX.pdf"));
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        return fail(ErrorCode::Io,
                    QObject::tr("%1 could not be prepared for reading: %2.").arg(name, copy.errorString()),
                    QObject::tr("Check that the temporary folder has free space."));
    return runPdfHelper(m_pdfHelper, copy.fileName(), m_limits, name);
}

} // namespace Tandem
