#include "letter_pdf.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Tandem {

QPageSize::PageSizeId LetterPdf::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

Result<QByteArray> LetterPdf::render(const RenderedLetter &letter, const QLocale &locale)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorCode::Unsupported, QObject::tr("PDF letters need the graphical program."),
                    QObject::tr("Export the letter from Tandem's window."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QObject::tr("Could not prepare the PDF in memory."));
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(letter.title);
        writer.setCreator(QStringLiteral("Tandem"));
        writer.setResolution(300);
        // QTextDocument::print adds its own 2 cm around the text; these few millimetres
        // bring the total to the usual 2.5 cm of a business letter.
        writer.setPageLayout(QPageLayout(QPageSize(pageSizeFor(locale)), QPageLayout::Portrait, QMarginsF(5, 5, 5, 5),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setMetaInformation(QTextDocument::DocumentTitle, letter.title);
        QFont font = document.defaultFont();
        font.setPointSizeF(11);
        document.setDefaultFont(font);
        document.setHtml(letter.html);
        document.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return fail(ErrorCode::Io, QObject::tr("The PDF writer produced no document."),
                    QObject::tr("Try again; if it keeps failing, report it with the template you used."));
    return bytes;
}

Status LetterPdf::write(const RenderedLetter &letter, const QString &path, const QLocale &locale)
{
    auto bytes = render(letter, locale);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(ErrorCode::Io, QObject::tr("Could not write \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString()),
                    QObject::tr("Choose a folder you can write to, and check there is free space."));
    return {};
}

} // namespace Tandem
