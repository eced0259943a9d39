// TextExtractor against real files: resumes written as PDF, DOCX, ODT, HTML and TXT by
// tests/support/resume_documents, and broken or hostile files that must fail cleanly, fast and
// with a message naming the file.
#include "support/resume_documents.h"
#include "support/resume_samples.h"
#include "support/test_database.h"

#include <core/intake/text_extractor.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <iostream>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

using Kind = ResumeBlock::Kind;

ResumeBlock block(Kind kind, const QString &text)
{
    ResumeBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

ResumeBlock row(const QStringList &cells)
{
    ResumeBlock b;
    b.kind = Kind::Columns;
    b.columns = cells;
    return b;
}

ResumeSample classicSample()
{
    ResumeSample s;
    s.layout = QStringLiteral("classic");
    s.defaultRegion = QStringLiteral("US");
    s.expected.firstName = QStringLiteral("Ann");
    s.expected.lastName = QStringLiteral("Lee");
    s.expected.email = QStringLiteral("ann.lee@example.com");
    s.expected.phoneE164 = QStringLiteral("+14155550134");
    s.blocks = {
        block(Kind::Name, QStringLiteral("Ann Lee")),
        block(Kind::Line, QStringLiteral("ann.lee@example.com | (415) 555-0134 | San Francisco, CA")),
        block(Kind::Line, QStringLiteral("linkedin.com/in/ann-lee")),
        block(Kind::Heading, QStringLiteral("Experience")),
        row({QStringLiteral("Acme Corp"), QStringLiteral("Senior Engineer"),
             QStringLiteral("2019 – present")}),
        block(Kind::Bullet, QStringLiteral("Led the billing rewrite in C++ & Qt")),
        row({QStringLiteral("Globex"), QStringLiteral("Engineer"), QStringLiteral("2015 – 2019")}),
        block(Kind::Heading, QStringLiteral("Education")),
        row({QStringLiteral("Stanford University"), QStringLiteral("BSc Computer Science"),
             QStringLiteral("2015")}),
        block(Kind::Heading, QStringLiteral("Skills")),
        block(Kind::Line, QStringLiteral("C++, Qt, PostgreSQL, <SQL>")),
    };
    return s;
}

ResumeSample germanSample()
{
    ResumeSample s;
    s.layout = QStringLiteral("german");
    s.defaultRegion = QStringLiteral("DE");
    s.expected.email = QStringLiteral("j.mueller@beispiel.de");
    s.expected.phoneE164 = QStringLiteral("+4915123456789");
    s.blocks = {
        block(Kind::Name, QStringLiteral("Jürgen Müller")),
        row({QStringLiteral("j.mueller@beispiel.de"), QStringLiteral("0151 23456789")}),
        block(Kind::Heading, QStringLiteral("BERUFSERFAHRUNG")),
        block(Kind::Line, QStringLiteral("Softwareentwickler bei Größe & Söhne GmbH, München")),
        block(Kind::Bullet, QStringLiteral("Straßenbahn-Fahrplanauskunft")),
        block(Kind::Bullet, QStringLiteral("Übergabe an den Betrieb")),
        block(Kind::Heading, QStringLiteral("Ausbildung")),
        row({QStringLiteral("TU München"), QStringLiteral("M.Sc. Informatik")}),
    };
    return s;
}

// About two A4 pages: a long experience section.
ResumeSample twoPageSample()
{
    ResumeSample s = classicSample();
    s.layout = QStringLiteral("two-page");
    for (int i = 0; i < 45; ++i)
        s.blocks.insert(
            6,
            block(Kind::Bullet, QStringLiteral("Achievement number %1 with measurable impact").arg(45 - i)));
    return s;
}

// What each sample must yield, in reading order.
QStringList needles(const ResumeSample &sample)
{
    QStringList all;
    for (const ResumeBlock &b : sample.blocks) {
        if (b.kind == Kind::Columns)
            all += b.columns;
        else
            all.append(b.text);
    }
    return all;
}

// The first needle not found after the previous one, or an empty string.
QString missingInOrder(const QString &text, const QStringList &wanted)
{
    qsizetype from = 0;
    for (const QString &needle : wanted) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0)
            return needle;
        from = at + needle.size();
    }
    return {};
}

using Writer = Status (*)(const ResumeSample &, const QString &);

struct FormatCase
{
    const char *suffix;
    Writer write;
    ResumeFormat format;
};

const FormatCase kFormats[] = {
    {"pdf", writePdf, ResumeFormat::Pdf},   {"docx", writeDocx, ResumeFormat::Docx},
    {"odt", writeOdt, ResumeFormat::Odt},   {"html", writeHtml, ResumeFormat::Html},
    {"txt", writeText, ResumeFormat::Text},
};

QString helperPath()
{
    return QStringLiteral(TANDEM_PDFTEXT_PATH);
}

class TextExtraction : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Result<ExtractedText> extract(const QString &file, ExtractionLimits limits = {}) const
    {
        return TextExtractor(limits, helperPath()).extractFile(path(file));
    }

    // A script standing in for tandem-pdftext (crash, hang).
    QString fakeHelper(const QString &name, const QByteArray &body) const
    {
        const QString file = path(name);
        EXPECT_TRUE(writeBytes(file, "#!/bin/sh\n" + body + "\n"));
        QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return file;
    }

    void expectFailure(const Result<ExtractedText> &result, ErrorCode code, const QString &fileName,
                       const QString &words = {})
    {
        ASSERT_FALSE(result) << "extracted: " << qPrintable(result->text.left(200));
        EXPECT_EQ(result.error().code, code) << qPrintable(result.error().text());
        EXPECT_TRUE(result.error().message.contains(fileName)) << qPrintable(result.error().message);
        EXPECT_FALSE(result.error().hint.isEmpty()) << qPrintable(result.error().message);
        if (!words.isEmpty()) {
            EXPECT_TRUE(result.error().text().contains(words, Qt::CaseInsensitive))
                << qPrintable(result.error().text());
        }
    }

    QTemporaryDir m_dir;
};

TEST_F(TextExtraction, EveryFormatYieldsTheFactsInReadingOrder)
{
    for (const ResumeSample &sample : {classicSample(), germanSample(), twoPageSample()}) {
        for (const FormatCase &format : kFormats) {
            const QString file = QStringLiteral("%1.%2").arg(sample.layout, QLatin1String(format.suffix));
            SCOPED_TRACE(file.toStdString());
            ASSERT_TRUE(format.write(sample, path(file)));
            const auto result = extract(file);
            ASSERT_TRUE(result) << qPrintable(result.error().text());
            EXPECT_EQ(result->format, format.format);
            EXPECT_TRUE(result->warnings.isEmpty()) << qPrintable(result->warnings.join(u'\n'));
            const QString missing = missingInOrder(result->text, needles(sample));
            EXPECT_TRUE(missing.isEmpty()) << "missing: " << qPrintable(missing) << "\nin:\n"
                                           << qPrintable(result->text);
            // Kept for a human to open (and for the parser's authors to look at).
            const QString kept = QDir(testOutputDir()).filePath(QStringLiteral("resume-") + file);
            QFile::remove(kept);
            QFile::copy(path(file), kept);
            writeBytes(kept + QStringLiteral(".extracted.txt"), result->text.toUtf8());
        }
    }
}

// Lines wrap and letter-spaced headings close up in PDFs: there, compare without any white
// space; elsewhere with white space collapsed.
QString comparable(const QString &text, ResumeFormat format)
{
    if (format != ResumeFormat::Pdf)
        return text.simplified();
    QString packed = text;
    packed.removeIf([](QChar c) { return c.isSpace(); });
    return packed;
}

TEST_F(TextExtraction, GeneratedSamplesSurviveEveryFormat)
{
    const QList<ResumeSample> samples = generateResumeSamples(16, 2024);
    ASSERT_EQ(samples.size(), 16);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const ResumeSample &sample = samples.at(i);
        for (const FormatCase &format : kFormats) {
            QStringList wanted;
            for (const QString &needle : needles(sample))
                wanted.append(comparable(needle, format.format));
            const QString file = QStringLiteral("generated-%1.%2").arg(i).arg(QLatin1String(format.suffix));
            SCOPED_TRACE((file + QStringLiteral(" (") + sample.layout + u')').toStdString());
            ASSERT_TRUE(format.write(sample, path(file)));
            const auto result = extract(file);
            ASSERT_TRUE(result) << qPrintable(result.error().text());
            EXPECT_EQ(result->format, format.format);
            if (format.format == ResumeFormat::Pdf && i < 4) { // a few for a human to look at
                const QString kept = QDir(testOutputDir()).filePath(QStringLiteral("resume-") + file);
                QFile::remove(kept);
                QFile::copy(path(file), kept);
            }
            const QString missing = missingInOrder(comparable(result->text, format.format), wanted);
            EXPECT_TRUE(missing.isEmpty()) << "missing: " << qPrintable(missing) << "\nin:\n"
                                           << qPrintable(result->text);
        }
    }
}

TEST_F(TextExtraction, TablesBecomeTabSeparatedRowsAndBulletsKeepTheirMark)
{
    const ResumeSample sample = classicSample();
    for (const FormatCase &format : kFormats) {
        if (format.format == ResumeFormat::Pdf)
            continue; // PDF has no cells, only positions
        SCOPED_TRACE(format.suffix);
        const QString file = QStringLiteral("table.") + QLatin1String(format.suffix);
        ASSERT_TRUE(format.write(sample, path(file)));
        const auto result = extract(file);
        ASSERT_TRUE(result) << qPrintable(result.error().text());
        EXPECT_TRUE(result->text.contains(QStringLiteral("Acme Corp\tSenior Engineer\t2019 – present\n")))
            << qPrintable(result->text);
        EXPECT_TRUE(result->text.contains(QStringLiteral("• Led the billing rewrite in C++ & Qt\n")))
            << qPrintable(result->text);
    }
}

TEST_F(TextExtraction, PrintsExtractionTimePerFormatForTwoPages)
{
    const ResumeSample sample = twoPageSample();
    for (const FormatCase &format : kFormats) {
        const QString file = QStringLiteral("timed.") + QLatin1String(format.suffix);
        ASSERT_TRUE(format.write(sample, path(file)));
        QElapsedTimer timer;
        timer.start();
        const auto result = extract(file);
        const qint64 us = timer.nsecsElapsed() / 1000;
        ASSERT_TRUE(result) << qPrintable(result.error().text());
        std::cout << "[ timing ] " << format.suffix << ": " << us / 1000.0 << " ms, " << result->text.size()
                  << " chars\n";
        EXPECT_LT(us, 10'000'000);
    }
    // Two pages really are two pages.
    ExtractionLimits onePage;
    onePage.pdfMaxPages = 1;
    expectFailure(extract(QStringLiteral("timed.pdf"), onePage), ErrorCode::Invalid,
                  QStringLiteral("timed.pdf"), QStringLiteral("more than 1 pages"));
}

TEST_F(TextExtraction, ContentDecidesTheFormatNotTheName)
{
    ASSERT_TRUE(writePdf(classicSample(), path(QStringLiteral("really-a-pdf.docx"))));
    const auto pdf = extract(QStringLiteral("really-a-pdf.docx"));
    ASSERT_TRUE(pdf) << qPrintable(pdf.error().text());
    EXPECT_EQ(pdf->format, ResumeFormat::Pdf);
    ASSERT_EQ(pdf->warnings.size(), 1);
    EXPECT_TRUE(pdf->warnings.first().contains(QStringLiteral("really-a-pdf.docx")));
    EXPECT_TRUE(pdf->text.contains(QStringLiteral("Ann Lee")));

    ASSERT_TRUE(writeOdt(classicSample(), path(QStringLiteral("odt-inside.pdf"))));
    const auto odt = extract(QStringLiteral("odt-inside.pdf"));
    ASSERT_TRUE(odt) << qPrintable(odt.error().text());
    EXPECT_EQ(odt->format, ResumeFormat::Odt);
    EXPECT_EQ(odt->warnings.size(), 1);

    // No extension at all: no warning, still read by content.
    ASSERT_TRUE(writeDocx(classicSample(), path(QStringLiteral("resume"))));
    const auto docx = extract(QStringLiteral("resume"));
    ASSERT_TRUE(docx);
    EXPECT_EQ(docx->format, ResumeFormat::Docx);
    EXPECT_TRUE(docx->warnings.isEmpty());

    EXPECT_EQ(TextExtractor::sniff("<p>Ann</p><p>Lee</p><br><div>x</div>", QStringLiteral("a.txt")),
              ResumeFormat::Html);
    EXPECT_EQ(TextExtractor::sniff("Ann Lee <ann@example.com>\nEngineer", QStringLiteral("a.txt")),
              ResumeFormat::Text);
    EXPECT_EQ(TextExtractor::sniff("PK\x03\x04 not really a zip", QStringLiteral("a.docx")), std::nullopt);
    EXPECT_EQ(TextExtractor::sniff("{\\rtf1\\ansi Ann Lee}", QStringLiteral("a.txt")), std::nullopt);
    EXPECT_EQ(
        TextExtractor::sniff(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), QStringLiteral("a.doc")),
        std::nullopt);
}

TEST_F(TextExtraction, HtmlDropsScriptsDecodesEntitiesAndKeepsProfileLinks)
{
    const QByteArray html = R"(<!doctype html><html><head><title>CV</title><style>p{color:red}</style>
<script>var secret = "<p>not text</p>";</script></head><body>
<h1>Ren&eacute;e O&#8217;Brien &amp; co</h1>
<p>Phone:&nbsp;+33&#160;6 12 34 56 78<br>Email: <a href="mailto:renee@example.fr">renee@example.fr</a></p>
<p><a href="https://www.linkedin.com/in/renee-obrien/">LinkedIn</a> &middot;
   <a href="https://github.com/renee">github.com/renee</a> &#x1F680; &bogus; a < b</p>
<table><tr><th>Employer</th><th>Role</th></tr><tr><td><b>Initech</b></td><td>Lead <i>QA</i></td></tr></table>
<ul><li>Ran   the
   test lab</li></ul><!-- a <p>comment</p> --><pre>  keep   this</pre></body></html>)";
    ASSERT_TRUE(writeBytes(path(QStringLiteral("cv.htm")), html));
    const auto result = extract(QStringLiteral("cv.htm"));
    ASSERT_TRUE(result) << qPrintable(result.error().text());
    const QString text = result->text;
    EXPECT_EQ(result->format, ResumeFormat::Html);
    EXPECT_FALSE(text.contains(QStringLiteral("secret")));
    EXPECT_FALSE(text.contains(QStringLiteral("color")));
    EXPECT_FALSE(text.contains(QStringLiteral("CV\n")));
    EXPECT_FALSE(text.contains(QStringLiteral("comment")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Renée O’Brien & co\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Phone: +33 6 12 34 56 78\nEmail: renee@example.fr\n")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "LinkedIn (https://www.linkedin.com/in/renee-obrien/) · github.com/renee 🚀 &bogus; a < b\n")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Employer\tRole\nInitech\tLead QA\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("• Ran the test lab\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("  keep   this"))) << qPrintable(text);
}

TEST_F(TextExtraction, DocxKeepsHeadersTabsBreaksCellsAndLinkTargets)
{
    const QByteArray w = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
                         R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    const QByteArray document = "<w:document " + w + R"(><w:body>
<w:p><w:r><w:t>Name:</w:t><w:tab/><w:t>Ann Lee</w:t><w:br/><w:t xml:space="preserve">Berlin </w:t></w:r></w:p>
<w:p><w:hyperlink r:id="rId7"><w:r><w:t>LinkedIn</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rId8"><w:r><w:t>github.com/annlee</w:t></w:r></w:hyperlink></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p><w:p><w:r><w:t>two paragraphs</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>third</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:delText>deleted</w:delText><w:instrText>HYPERLINK x</w:instrText><w:t>kept</w:t></w:r></w:p>
</w:body></w:document>)";
    const QByteArray rels
        = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.linkedin.com/in/ann-lee" TargetMode="External"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://github.com/annlee/" TargetMode="External"/>
</Relationships>)";
    const QByteArray header = "<w:hdr " + w + "><w:p><w:r><w:t>ann@example.com</w:t></w:r></w:p></w:hdr>";
    const QByteArray footer = "<w:ftr " + w + "><w:p><w:r><w:t>Page 1</w:t></w:r></w:p></w:ftr>";
    ASSERT_TRUE(writeZip(path(QStringLiteral("parts.docx")),
                         {{QStringLiteral("word/document.xml"), document},
                          {QStringLiteral("word/_rels/document.xml.rels"), rels},
                          {QStringLiteral("word/footer1.xml"), footer},
                          {QStringLiteral("word/header1.xml"), header}}));
    const auto result = extract(QStringLiteral("parts.docx"));
    ASSERT_TRUE(result) << qPrintable(result.error().text());
    EXPECT_EQ(result->text,
              QStringLiteral("ann@example.com\n\nName:\tAnn Lee\nBerlin\n"
                             "LinkedIn (https://www.linkedin.com/in/ann-lee) and github.com/annlee\n"
                             "Cell two paragraphs\t\tthird\nkept\n\nPage 1\n"));
}

TEST_F(TextExtraction, OdtKeepsSpacesTabsBreaksListsAndCells)
{
    const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
<office:body><office:text>
<text:h text:outline-level="1">Zoë <text:span>Ōkubo</text:span></text:h>
<text:p>Phone:<text:tab/>+81 90<text:s text:c="3"/>1234 5678<text:line-break/>Tokyo</text:p>
<text:list><text:list-item><text:p>First point</text:p></text:list-item><text:list-item><text:p>Second point</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Sony</text:p></table:table-cell><table:table-cell><text:p>Designer</text:p><text:p>(lead)</text:p></table:table-cell></table:table-row></table:table>
<text:p>A<text:s text:c="999999999"/>B</text:p>
</office:text></office:body></office:document-content>)";
    ASSERT_TRUE(writeZip(path(QStringLiteral("parts.odt")),
                         {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                          {QStringLiteral("content.xml"), content}},
                         true));
    const auto result = extract(QStringLiteral("parts.odt"));
    ASSERT_TRUE(result) << qPrintable(result.error().text());
    EXPECT_EQ(result->format, ResumeFormat::Odt);
    EXPECT_EQ(result->text,
              QStringLiteral("Zoë Ōkubo\nPhone:\t+81 90   1234 5678\nTokyo\n• First point\n• Second point\n"
                             "Sony\tDesigner (lead)\nA")
                  + QString(200, u' ') + QStringLiteral("B\n"));
}

TEST_F(TextExtraction, PlainTextHonoursByteOrderMarksAndOldEncodings)
{
    const QString expected = QStringLiteral("Zoë Ōkubo\nCafé “quoted”\n");
    QByteArray utf16("\xFF\xFE");
    const QString crlf = QStringLiteral("Zoë Ōkubo\r\nCafé “quoted”\r\n");
    utf16.append(reinterpret_cast<const char *>(crlf.utf16()), crlf.size() * 2);
    ASSERT_TRUE(writeBytes(path(QStringLiteral("utf16.txt")), utf16));
    const auto wide = extract(QStringLiteral("utf16.txt"));
    ASSERT_TRUE(wide) << qPrintable(wide.error().text());
    EXPECT_EQ(wide->text, expected);

    ASSERT_TRUE(writeBytes(path(QStringLiteral("bom.txt")), "\xEF\xBB\xBF" + crlf.toUtf8()));
    EXPECT_EQ(extract(QStringLiteral("bom.txt"))->text, expected);

    // Windows-1252: é is 0xE9, the curly quotes 0x93 / 0x94.
    ASSERT_TRUE(writeBytes(path(QStringLiteral("cp1252.txt")), "Caf\xE9 \x93quoted\x94\r\n"));
    EXPECT_EQ(extract(QStringLiteral("cp1252.txt"))->text, QStringLiteral("Café “quoted”\n"));
}

TEST_F(TextExtraction, BrokenFilesFailCleanlyNamingTheFile)
{
    ASSERT_TRUE(writeBytes(path(QStringLiteral("empty.pdf")), QByteArray()));
    expectFailure(extract(QStringLiteral("empty.pdf")), ErrorCode::Invalid, QStringLiteral("empty.pdf"),
                  QStringLiteral("empty"));

    ASSERT_TRUE(writeRandomBytes(path(QStringLiteral("noise.pdf")), 4096, 42));
    expectFailure(extract(QStringLiteral("noise.pdf")), ErrorCode::Unsupported, QStringLiteral("noise.pdf"),
                  QStringLiteral("is not a resume format Tandem reads (PDF, DOCX, ODT, TXT, HTML)"));

    ASSERT_TRUE(writeImageOnlyPdf(path(QStringLiteral("scan.pdf"))));
    expectFailure(extract(QStringLiteral("scan.pdf")), ErrorCode::Unsupported, QStringLiteral("scan.pdf"),
                  QStringLiteral("no text layer"));

    ASSERT_TRUE(writeEncryptedPdf(path(QStringLiteral("locked.pdf"))));
    expectFailure(extract(QStringLiteral("locked.pdf")), ErrorCode::Unsupported, QStringLiteral("locked.pdf"),
                  QStringLiteral("password-protected"));

    ASSERT_TRUE(writeTruncatedPdf(classicSample(), path(QStringLiteral("cut.pdf")), 300));
    const auto cut = extract(QStringLiteral("cut.pdf"));
    ASSERT_FALSE(cut);
    EXPECT_TRUE(cut.error().code == ErrorCode::Corrupt || cut.error().code == ErrorCode::Unsupported)
        << qPrintable(cut.error().text());
    EXPECT_TRUE(cut.error().message.contains(QStringLiteral("cut.pdf")));

    ASSERT_TRUE(writeDocx(classicSample(), path(QStringLiteral("whole.docx"))));
    QFile whole(path(QStringLiteral("whole.docx")));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    ASSERT_TRUE(writeBytes(path(QStringLiteral("cut.docx")), whole.read(whole.size() / 2)));
    expectFailure(extract(QStringLiteral("cut.docx")), ErrorCode::Corrupt, QStringLiteral("cut.docx"),
                  QStringLiteral("damaged"));
}

TEST_F(TextExtraction, ZipBombsFailByTheLimitAndFast)
{
    // 80 MB of spaces deflate to about 80 kB: refused from the directory, before inflating.
    ASSERT_TRUE(writeZipBombDocx(path(QStringLiteral("bomb.docx")), 80LL * 1024 * 1024));
    QElapsedTimer timer;
    timer.start();
    expectFailure(extract(QStringLiteral("bomb.docx")), ErrorCode::Invalid, QStringLiteral("bomb.docx"),
                  QStringLiteral("zip bomb"));
    EXPECT_LT(timer.elapsed(), 1000);

    // 2 MB below the size limit but above the ratio.
    ASSERT_TRUE(writeZipBombDocx(path(QStringLiteral("dense.docx")), 2LL * 1024 * 1024));
    expectFailure(extract(QStringLiteral("dense.docx")), ErrorCode::Invalid, QStringLiteral("dense.docx"),
                  QStringLiteral("inflates"));

    // Headers that claim 4 kB for 20 MB: never more than the claim is inflated, and the
    // checksum then exposes the lie.
    ASSERT_TRUE(writeLyingZipDocx(path(QStringLiteral("liar.docx")), 20LL * 1024 * 1024, 4096));
    timer.restart();
    expectFailure(extract(QStringLiteral("liar.docx")), ErrorCode::Corrupt, QStringLiteral("liar.docx"));
    EXPECT_LT(timer.elapsed(), 1000);

    // An honest part larger than the XML limit: stopped while inflating, by counting.
    ASSERT_TRUE(writeLargeDocx(path(QStringLiteral("large.docx")), 3LL * 1024 * 1024));
    ExtractionLimits small;
    small.maxXmlBytes = 1024 * 1024;
    expectFailure(extract(QStringLiteral("large.docx"), small), ErrorCode::Invalid,
                  QStringLiteral("large.docx"), QStringLiteral("unpacks to more than 1 MB"));

    ExtractionLimits fewEntries;
    fewEntries.maxZipEntries = 3;
    ASSERT_TRUE(writeDocx(classicSample(), path(QStringLiteral("many.docx"))));
    expectFailure(extract(QStringLiteral("many.docx"), fewEntries), ErrorCode::Invalid,
                  QStringLiteral("many.docx"), QStringLiteral("holds 6 files"));
}

TEST_F(TextExtraction, BillionLaughsIsRefusedAtTheDtd)
{
    ASSERT_TRUE(writeBillionLaughsDocx(path(QStringLiteral("laughs.docx"))));
    ASSERT_TRUE(writeBillionLaughsOdt(path(QStringLiteral("laughs.odt"))));
    for (const QString &file : {QStringLiteral("laughs.docx"), QStringLiteral("laughs.odt")}) {
        QElapsedTimer timer;
        timer.start();
        expectFailure(extract(file), ErrorCode::Invalid, file, QStringLiteral("DTD"));
        EXPECT_LT(timer.elapsed(), 1000);
    }
}

TEST_F(TextExtraction, OversizedFilesAreRefusedBeforeReading)
{
    ASSERT_TRUE(writeText(classicSample(), path(QStringLiteral("big.txt"))));
    ExtractionLimits tiny;
    tiny.maxFileBytes = 100;
    expectFailure(extract(QStringLiteral("big.txt"), tiny), ErrorCode::Invalid, QStringLiteral("big.txt"),
                  QStringLiteral("larger than"));
    expectFailure(extract(QStringLiteral("missing.txt")), ErrorCode::Io, QStringLiteral("missing.txt"));
}

TEST_F(TextExtraction, PdfHelperLimitsTimeoutsAndCrashesAreReported)
{
    ASSERT_TRUE(writePdf(classicSample(), path(QStringLiteral("cv.pdf"))));

    ExtractionLimits instant;
    instant.pdfTimeoutMs = 1;
    expectFailure(extract(QStringLiteral("cv.pdf"), instant), ErrorCode::Invalid, QStringLiteral("cv.pdf"),
                  QStringLiteral("took longer than"));

    ExtractionLimits starved;
    starved.pdfMemoryMb = 16; // less than the helper already maps: its first allocation fails
    expectFailure(extract(QStringLiteral("cv.pdf"), starved), ErrorCode::Invalid, QStringLiteral("cv.pdf"),
                  QStringLiteral("needs more than 16 MB"));

    const QByteArray pdf = [&] {
        QFile file(path(QStringLiteral("cv.pdf")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ExtractionLimits quick;
    quick.pdfTimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const auto hung = TextExtractor(quick, fakeHelper(QStringLiteral("hang.sh"), "exec sleep 30"))
                          .extract(pdf, QStringLiteral("cv.pdf"));
    expectFailure(hung, ErrorCode::Invalid, QStringLiteral("cv.pdf"),
                  QStringLiteral("took longer than 0.3 s"));
    EXPECT_LT(timer.elapsed(), 5000);

    const auto crashed = TextExtractor({}, fakeHelper(QStringLiteral("crash.sh"), "kill -SEGV $$"))
                             .extract(pdf, QStringLiteral("cv.pdf"));
    expectFailure(crashed, ErrorCode::Corrupt, QStringLiteral("cv.pdf"),
                  QStringLiteral("stopped unexpectedly"));

    const auto odd = TextExtractor({}, fakeHelper(QStringLiteral("odd.sh"), "exit 77"))
                         .extract(pdf, QStringLiteral("cv.pdf"));
    expectFailure(odd, ErrorCode::Corrupt, QStringLiteral("cv.pdf"), QStringLiteral("exit code 77"));

    ExtractionLimits littleText;
    littleText.maxUncompressedBytes = 1024 * 1024;
    const auto flood = TextExtractor(littleText, fakeHelper(QStringLiteral("flood.sh"), "exec yes resume"))
                           .extract(pdf, QStringLiteral("cv.pdf"));
    expectFailure(flood, ErrorCode::Invalid, QStringLiteral("cv.pdf"),
                  QStringLiteral("more text than a resume"));

    const auto missing
        = TextExtractor({}, path(QStringLiteral("no-such-helper"))).extract(pdf, QStringLiteral("cv.pdf"));
    expectFailure(missing, ErrorCode::Io, QStringLiteral("cv.pdf"), QStringLiteral("tandem-pdftext"));
}

TEST_F(TextExtraction, HelperIsFoundThroughTheEnvironment)
{
    qputenv("TANDEM_PDFTEXT", helperPath().toLocal8Bit());
    EXPECT_EQ(TextExtractor::pdfHelperPath(), helperPath());
    qunsetenv("TANDEM_PDFTEXT");
    EXPECT_EQ(TextExtractor::pdfHelperPath(), QString()); // nothing next to the test program
}

} // namespace

// Writing the test PDFs needs fonts, hence a QGuiApplication (offscreen), where the other
// core tests have a QCoreApplication: this main() replaces tandem_testmain's, which the
// linker then never pulls from its static library.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
