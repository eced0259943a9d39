// The broken and hostile files of resume_documents.h: what the importer must refuse cleanly.
#include "resume_documents.h"
#include "resume_documents_zip.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <quazip/quacrc32.h>

#include <functional>
#include <memory>

namespace Tandem::Testing {
namespace {

const QByteArray kDocxHead = QByteArrayLiteral(
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">)");
const QByteArray kDocxTail = QByteArrayLiteral("</w:t></w:r></w:p></w:body></w:document>");

// Ten times ten times ... nine levels of "lol": about 3 GB once expanded.
QByteArray laughsDtd(const QByteArray &root)
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n <!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        dtd += " <!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int i = 0; i < 10; ++i)
            dtd += "&lol" + QByteArray::number(level - 1) + ";";
        dtd += "\">\n";
    }
    return dtd + "]>\n";
}

Status writeMinimalDocx(const QString &path, const std::function<Status(ZipWriter &)> &addDocument)
{
    ZipWriter zip(path);
    if (auto opened = zip.open(); !opened)
        return opened;
    const QByteArray types = QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)");
    if (auto added = zip.add(QStringLiteral("[Content_Types].xml"), types); !added)
        return added;
    if (auto added = addDocument(zip); !added)
        return added;
    return zip.close();
}

// `count` bytes of white space inside a w:t, handed out a megabyte at a time.
std::function<QByteArray()> spaceStream(qint64 count)
{
    auto remaining = std::make_shared<qint64>(count);
    auto stage = std::make_shared<int>(0);
    return [remaining, stage]() -> QByteArray {
        if (*stage == 0) {
            *stage = 1;
            return kDocxHead;
        }
        if (*remaining > 0) {
            const qint64 n = qMin<qint64>(*remaining, 1024 * 1024);
            *remaining -= n;
            return QByteArray(n, ' ');
        }
        if (*stage == 1) {
            *stage = 2;
            return kDocxTail;
        }
        return {};
    };
}

// Raw deflate (what a zip entry holds): qCompress gives a 4-byte length, a 2-byte zlib header
// and a 4-byte Adler-32 trailer around it.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    return zlib.mid(6, zlib.size() - 10);
}

} // namespace

Status writeTruncatedPdf(const ResumeSample &sample, const QString &path, qint64 keepBytes)
{
    if (auto written = writePdf(sample, path); !written)
        return written;
    QFile file(path);
    if (!file.resize(keepBytes))
        return fail(ErrorCode::Io, QStringLiteral("Could not truncate %1").arg(path));
    return {};
}

Status writeImageOnlyPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io, QStringLiteral("Could not start a PDF at %1").arg(path));
    painter.fillRect(QRectF(60, 60, 400, 500), QColor(200, 200, 200));
    painter.drawRect(QRectF(80, 80, 360, 40));
    painter.end();
    return {};
}

Status writeEncryptedPdf(const QString &path)
{
    // A one-page PDF with the standard security handler (RC4, revision 2) whose /U entry
    // matches no user password: readers ask for one. Offsets in the xref are computed.
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 8 >>\nstream\n12345678\nendstream",
        "<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + QByteArray(32, 'a').toHex().left(64) + "> /U <"
            + QByteArray(32, 'b').toHex().left(64) + "> >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> "
          "<0123456789abcdef0123456789abcdef>] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return writeBytes(path, pdf);
}

Status writeZipBombDocx(const QString &path, qint64 inflatedBytes)
{
    return writeMinimalDocx(path, [&](ZipWriter &zip) {
        return zip.addStream(QStringLiteral("word/document.xml"), spaceStream(inflatedBytes));
    });
}

Status writeLyingZipDocx(const QString &path, qint64 realBytes, qint64 declaredBytes)
{
    const QByteArray xml = kDocxHead + QByteArray(realBytes, ' ') + kDocxTail;
    QuaCrc32 crc;
    const quint32 checksum = crc.calculate(xml);
    return writeMinimalDocx(path, [&](ZipWriter &zip) {
        return zip.addRaw(QStringLiteral("word/document.xml"), rawDeflate(xml), checksum, declaredBytes);
    });
}

Status writeLargeDocx(const QString &path, qint64 xmlBytes)
{
    // Random letters compress only about 1.6:1, far below any bomb ratio.
    QByteArray text;
    text.reserve(xmlBytes);
    QRandomGenerator random(7);
    while (text.size() < xmlBytes)
        text.append(char('a' + random.bounded(26)));
    return writeMinimalDocx(path, [&](ZipWriter &zip) {
        return zip.add(QStringLiteral("word/document.xml"), kDocxHead + text + kDocxTail);
    });
}

Status writeBillionLaughsDocx(const QString &path)
{
    const QByteArray xml = laughsDtd("w:document")
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    return writeMinimalDocx(
        path, [&](ZipWriter &zip) { return zip.add(QStringLiteral("word/document.xml"), xml); });
}

Status writeBillionLaughsOdt(const QString &path)
{
    const QByteArray xml = laughsDtd("office:document-content")
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          "<text:p>&lol9;</text:p></office:text></office:body></office:document-content>";
    ZipWriter zip(path);
    for (const Status &step :
         {zip.open(), zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true),
          zip.add(QStringLiteral("content.xml"), xml), zip.close()})
        if (!step)
            return step;
    return {};
}

Status writeRandomBytes(const QString &path, qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return writeBytes(path, bytes);
}

} // namespace Tandem::Testing
