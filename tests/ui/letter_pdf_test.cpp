// Offer letters as PDF (core/documents, which needs a GUI application for fonts, so it is
// tested here): a real PDF with pages and the title, on the page size of the locale.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <core/documents/letter_pdf.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

RenderedLetter sampleLetter(int paragraphs = 3)
{
    RenderedLetter letter;
    letter.title = QStringLiteral("Offer letter: Ada Lovelace, Analytical Engineer");
    letter.html = QStringLiteral("<p>Dear Ada Lovelace,</p>");
    for (int i = 0; i < paragraphs; ++i)
        letter.html += QStringLiteral("<p>Paragraph %1 of the offer, with terms &amp; conditions.</p>").arg(i);
    return letter;
}

int pageCount(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") + pdf.count("/Type /Page>"));
}

// How Qt's PDF writer stores a text string in the document info: UTF-16BE with its BOM.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("\xfe\xff");
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes;
}

} // namespace

TEST(LetterPdf, WritesARealPdfWithTitleAndPages)
{
    const QByteArray bytes = *LetterPdf::render(sampleLetter());
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(pageCount(bytes), 1) << bytes.left(2000).toStdString();
    EXPECT_TRUE(bytes.contains("/Creator (" + pdfText(QStringLiteral("Tandem")) + ")"));
    EXPECT_TRUE(bytes.contains("/Title (" + pdfText(sampleLetter().title) + ")"));

    const QByteArray longer = *LetterPdf::render(sampleLetter(200));
    EXPECT_GE(pageCount(longer), 3) << "a long letter flows over pages";

    // Kept in the test output folder, for a developer to open.
    const QString path = testOutputDir() + QStringLiteral("/offer_letter_sample.pdf");
    ASSERT_TRUE(LetterPdf::write(sampleLetter(), path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    // The text is really in there, when poppler's pdftotext is around to read it back.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(20000));
        EXPECT_TRUE(p.readAllStandardOutput().contains("Dear Ada Lovelace"));
    }
}

TEST(LetterPdf, PageSizeFollowsTheLocale)
{
    EXPECT_EQ(LetterPdf::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    EXPECT_EQ(LetterPdf::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    EXPECT_EQ(LetterPdf::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    EXPECT_EQ(LetterPdf::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    // The MediaBox says so: Letter is 612 points wide, A4 595.
    const QByteArray letter = *LetterPdf::render(sampleLetter(), QLocale(QLocale::English, QLocale::UnitedStates));
    const QByteArray a4 = *LetterPdf::render(sampleLetter(), QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(letter.contains("/MediaBox [0 0 612")) << letter.left(1500).toStdString();
    EXPECT_TRUE(a4.contains("/MediaBox [0 0 595")) << a4.left(1500).toStdString();
}

TEST(LetterPdf, WritingIntoAMissingFolderFailsWithAClearMessage)
{
    auto written = LetterPdf::write(sampleLetter(), QStringLiteral("/nonexistent-folder/x/letter.pdf"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("letter.pdf")));
}
