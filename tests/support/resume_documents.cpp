// The well-formed writers of resume_documents.h; the hostile files are in
// resume_documents_hostile.cpp.
#include "resume_documents.h"

#include "resume_documents_zip.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Tandem::Testing {
namespace {

using Kind = ResumeBlock::Kind;

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// --- PDF --------------------------------------------------------------------------------

// Lays blocks out top to bottom on A4 in points (resolution 72), starting a new page when the
// next block would cross the bottom margin.
class PdfLayout
{
public:
    PdfLayout(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
    { }

    void draw(const ResumeBlock &block)
    {
        switch (block.kind) {
        case Kind::Name:
            line(block.text, 22, true, 0, 10);
            break;
        case Kind::Heading:
            line(block.text, 13, true, 0, 8);
            break;
        case Kind::Line:
            line(block.text, 10.5, false, 0, 2);
            break;
        case Kind::Bullet:
            line(QStringLiteral("• ") + block.text, 10.5, false, 12, 2);
            break;
        case Kind::Columns:
            columns(block.columns);
            break;
        }
    }

private:
    static constexpr double kMargin = 56;
    static constexpr double kPageWidth = 595;
    static constexpr double kPageHeight = 842;

    QFont font(double size, bool bold) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(size);
        f.setBold(bold);
        return f;
    }

    void makeRoom(double height, double spaceBefore)
    {
        m_y += m_y > kMargin ? spaceBefore : 0;
        if (m_y + height > kPageHeight - kMargin) {
            m_writer.newPage();
            m_y = kMargin;
        }
    }

    void line(const QString &text, double size, bool bold, double indent, double spaceBefore)
    {
        m_painter.setFont(font(size, bold));
        const QRectF box(kMargin + indent, 0, kPageWidth - 2 * kMargin - indent, kPageHeight);
        const QRectF needed = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        makeRoom(needed.height(), spaceBefore);
        m_painter.drawText(box.translated(0, m_y), Qt::TextWordWrap, text);
        m_y += needed.height();
    }

    // Column widths: equal (so rows line up like a table) when every cell fits; else each
    // cell's own width plus a share of the slack. Returns nothing when the row is too wide.
    QList<double> columnWidths(const QStringList &cells) const
    {
        constexpr double kGap = 12;
        const double available = kPageWidth - 2 * kMargin;
        const double equal = available / double(cells.size());
        QList<double> natural;
        double total = 0;
        for (const QString &cell : cells) {
            natural.append(m_painter.boundingRect(QRectF(0, 0, kPageWidth, kPageHeight), 0, cell).width()
                           + kGap);
            total += natural.last();
        }
        if (total > available)
            return {};
        if (std::all_of(natural.begin(), natural.end(), [&](double w) { return w <= equal; }))
            return QList<double>(cells.size(), equal);
        for (double &width : natural)
            width += (available - total) / double(cells.size());
        return natural;
    }

    // A row too wide for the page is set smaller, as a designer would, down to 7 pt; past
    // that, cells share the width equally and wrap anywhere.
    void columns(const QStringList &cells)
    {
        if (cells.isEmpty())
            return;
        QList<double> widths;
        for (double size = 10.5; size >= 7 && widths.isEmpty(); size -= 0.5) {
            m_painter.setFont(font(size, false));
            widths = columnWidths(cells);
        }
        const int flags = widths.isEmpty() ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
        if (widths.isEmpty())
            widths = QList<double>(cells.size(), (kPageWidth - 2 * kMargin) / double(cells.size()));
        double height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRectF box(0, 0, widths.at(i) - 8, kPageHeight);
            height = qMax(height, m_painter.boundingRect(box, flags, cells.at(i)).height());
        }
        makeRoom(height, 2);
        double x = kMargin;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            m_painter.drawText(QRectF(x, m_y, widths.at(i) - 8, height), flags, cells.at(i));
            x += widths.at(i);
        }
        m_y += height;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    double m_y = kMargin;
};

// --- DOCX -------------------------------------------------------------------------------

void docxRun(QXmlStreamWriter &xml, const QString &text)
{
    xml.writeStartElement(kW, QStringLiteral("r"));
    xml.writeStartElement(kW, QStringLiteral("t"));
    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeEndElement();
}

void docxParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text, bool bullet = false)
{
    xml.writeStartElement(kW, QStringLiteral("p"));
    if (!style.isEmpty() || bullet) {
        xml.writeStartElement(kW, QStringLiteral("pPr"));
        if (!style.isEmpty()) {
            xml.writeEmptyElement(kW, QStringLiteral("pStyle"));
            xml.writeAttribute(kW, QStringLiteral("val"), style);
        }
        if (bullet) {
            xml.writeStartElement(kW, QStringLiteral("numPr"));
            xml.writeEmptyElement(kW, QStringLiteral("ilvl"));
            xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("0"));
            xml.writeEmptyElement(kW, QStringLiteral("numId"));
            xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("1"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    docxRun(xml, text);
    xml.writeEndElement();
}

void docxTable(QXmlStreamWriter &xml, const QStringList &cells)
{
    const int width = 9000 / int(qMax<qsizetype>(cells.size(), 1));
    xml.writeStartElement(kW, QStringLiteral("tbl"));
    xml.writeStartElement(kW, QStringLiteral("tblGrid"));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        xml.writeEmptyElement(kW, QStringLiteral("gridCol"));
        xml.writeAttribute(kW, QStringLiteral("w"), QString::number(width));
    }
    xml.writeEndElement();
    xml.writeStartElement(kW, QStringLiteral("tr"));
    for (const QString &cell : cells) {
        xml.writeStartElement(kW, QStringLiteral("tc"));
        docxParagraph(xml, {}, cell);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

QByteArray docxDocument(const ResumeSample &sample)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(kW, QStringLiteral("w"));
    xml.writeStartElement(kW, QStringLiteral("document"));
    xml.writeStartElement(kW, QStringLiteral("body"));
    for (const ResumeBlock &block : sample.blocks) {
        switch (block.kind) {
        case Kind::Name:
            docxParagraph(xml, QStringLiteral("Title"), block.text);
            break;
        case Kind::Heading:
            docxParagraph(xml, QStringLiteral("Heading1"), block.text);
            break;
        case Kind::Line:
            docxParagraph(xml, {}, block.text);
            break;
        case Kind::Bullet:
            docxParagraph(xml, QStringLiteral("ListParagraph"), block.text, true);
            break;
        case Kind::Columns:
            docxTable(xml, block.columns);
            break;
        }
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray docxStyles()
{
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
</w:styles>)");
}

QByteArray docxNumbering()
{
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)");
}

// --- ODT --------------------------------------------------------------------------------

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

void odtParagraph(QXmlStreamWriter &xml, const QString &element, const QString &text, int level = 0)
{
    xml.writeStartElement(kText, element);
    if (level > 0)
        xml.writeAttribute(kText, QStringLiteral("outline-level"), QString::number(level));
    xml.writeCharacters(text);
    xml.writeEndElement();
}

void odtTable(QXmlStreamWriter &xml, const QStringList &cells, int index)
{
    xml.writeStartElement(kTable, QStringLiteral("table"));
    xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Row%1").arg(index));
    xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
    xml.writeAttribute(kTable, QStringLiteral("number-columns-repeated"), QString::number(cells.size()));
    xml.writeStartElement(kTable, QStringLiteral("table-row"));
    for (const QString &cell : cells) {
        xml.writeStartElement(kTable, QStringLiteral("table-cell"));
        odtParagraph(xml, QStringLiteral("p"), cell);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void odtBullets(QXmlStreamWriter &xml, const QList<ResumeBlock> &blocks, qsizetype &i)
{
    xml.writeStartElement(kText, QStringLiteral("list"));
    for (; i < blocks.size() && blocks.at(i).kind == Kind::Bullet; ++i) {
        xml.writeStartElement(kText, QStringLiteral("list-item"));
        odtParagraph(xml, QStringLiteral("p"), blocks.at(i).text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    --i;
}

QByteArray odtContent(const ResumeSample &sample)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"));
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));
    const QList<ResumeBlock> &blocks = sample.blocks;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ResumeBlock &block = blocks.at(i);
        if (block.kind == Kind::Name)
            odtParagraph(xml, QStringLiteral("h"), block.text, 1);
        else if (block.kind == Kind::Heading)
            odtParagraph(xml, QStringLiteral("h"), block.text, 2);
        else if (block.kind == Kind::Line)
            odtParagraph(xml, QStringLiteral("p"), block.text);
        else if (block.kind == Kind::Bullet)
            odtBullets(xml, blocks, i);
        else
            odtTable(xml, block.columns, int(i));
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray odtManifest()
{
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>)");
}

// --- HTML -------------------------------------------------------------------------------

// Profile and web addresses become links whose text is the address itself.
QString linkify(const QString &escaped)
{
    static const QRegularExpression url(
        QStringLiteral(R"(\b((?:https?://)?(?:www\.)?(?:linkedin\.com|github\.com)/[^\s<]+))"));
    QString out = escaped;
    out.replace(url, QStringLiteral(R"(<a href="https://\1">\1</a>)"));
    out.replace(QStringLiteral("https://https://"), QStringLiteral("https://"));
    out.replace(QStringLiteral("https://http://"), QStringLiteral("http://"));
    return out;
}

QString htmlDocument(const ResumeSample &sample)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<title>Resume</title>\n<style>body { font-family: sans-serif; }</style>\n"
                                  "</head>\n<body>\n");
    bool inList = false;
    for (const ResumeBlock &block : sample.blocks) {
        if (inList && block.kind != Kind::Bullet) {
            html += QStringLiteral("</ul>\n");
            inList = false;
        }
        const QString text = linkify(block.text.toHtmlEscaped());
        switch (block.kind) {
        case Kind::Name:
            html += QStringLiteral("<h1>%1</h1>\n").arg(text);
            break;
        case Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>\n").arg(text);
            break;
        case Kind::Line:
            html += QStringLiteral("<p>%1</p>\n").arg(text);
            break;
        case Kind::Bullet:
            html += inList ? QString() : QStringLiteral("<ul>\n");
            inList = true;
            html += QStringLiteral("  <li>%1</li>\n").arg(text);
            break;
        case Kind::Columns:
            html += QStringLiteral("<table><tr>");
            for (const QString &cell : block.columns)
                html += QStringLiteral("<td>%1</td>").arg(linkify(cell.toHtmlEscaped()));
            html += QStringLiteral("</tr></table>\n");
            break;
        }
    }
    html += inList ? QStringLiteral("</ul>\n") : QString();
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Status writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries, bool storeFirst)
{
    ZipWriter zip(path);
    if (auto opened = zip.open(); !opened)
        return opened;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (auto added = zip.add(entries.at(i).first, entries.at(i).second, storeFirst && i == 0); !added)
            return added;
    return zip.close();
}

QString sampleText(const ResumeSample &sample)
{
    QStringList lines;
    for (const ResumeBlock &block : sample.blocks) {
        if (block.kind == Kind::Columns)
            lines.append(block.columns.join(QLatin1Char('\t')));
        else if (block.kind == Kind::Bullet)
            lines.append(QStringLiteral("• ") + block.text);
        else
            lines.append(block.text);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status writePdf(const ResumeSample &sample, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Resume (%1)").arg(sample.layout));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io, QStringLiteral("Could not start a PDF at %1").arg(path));
    PdfLayout layout(writer, painter);
    for (const ResumeBlock &block : sample.blocks)
        layout.draw(block);
    painter.end();
    return QFile(path).size() > 0 ? Status {}
                                  : fail(ErrorCode::Io, QStringLiteral("Empty PDF at %1").arg(path));
}

Status writeDocx(const ResumeSample &sample, const QString &path)
{
    ZipWriter zip(path);
    const QByteArray types = QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>)");
    const QByteArray rels = QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)");
    const QByteArray documentRels = QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>)");
    for (const Status &step :
         {zip.open(), zip.add(QStringLiteral("[Content_Types].xml"), types),
          zip.add(QStringLiteral("_rels/.rels"), rels),
          zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRels),
          zip.add(QStringLiteral("word/styles.xml"), docxStyles()),
          zip.add(QStringLiteral("word/numbering.xml"), docxNumbering()),
          zip.add(QStringLiteral("word/document.xml"), docxDocument(sample)), zip.close()})
        if (!step)
            return step;
    return {};
}

Status writeOdt(const ResumeSample &sample, const QString &path)
{
    ZipWriter zip(path);
    for (const Status &step :
         {zip.open(), zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true),
          zip.add(QStringLiteral("META-INF/manifest.xml"), odtManifest()),
          zip.add(QStringLiteral("content.xml"), odtContent(sample)), zip.close()})
        if (!step)
            return step;
    return {};
}

Status writeHtml(const ResumeSample &sample, const QString &path)
{
    return writeBytes(path, htmlDocument(sample).toUtf8());
}

Status writeText(const ResumeSample &sample, const QString &path)
{
    return writeBytes(path, sampleText(sample).toUtf8());
}

} // namespace Tandem::Testing
