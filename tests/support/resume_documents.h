#pragma once

#include "resume_sample.h"

#include <core/common/error.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Tandem::Testing {

// Renders a ResumeSample into real files of each format the importer reads, and writes the
// broken and hostile files it must refuse. The PDF writers need a QGuiApplication (fonts);
// the others only QtCore and QuaZip. Each returns an error naming the path when the file
// cannot be written.

// A4 PDF through QPdfWriter: the name large, headings bold, Columns at fixed x positions,
// new pages as needed.
Status writePdf(const ResumeSample &sample, const QString &path);
// Office Open XML: [Content_Types].xml, _rels, styles (Title, Heading1), numbering for the
// bullets, document.xml with a table per Columns row.
Status writeDocx(const ResumeSample &sample, const QString &path);
// ODF text: "mimetype" stored first, META-INF/manifest.xml, content.xml with text:h for the
// name and headings, text:list for bullets and table:table for Columns rows.
Status writeOdt(const ResumeSample &sample, const QString &path);
Status writeHtml(const ResumeSample &sample, const QString &path);
// UTF-8 plain text, one line per block (Columns joined by tabs, bullets as "• ").
Status writeText(const ResumeSample &sample, const QString &path);
// A zip package of the given entries in order (stored = first entry uncompressed), for
// hand-written DOCX / ODT parts in tests.
Status writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
                bool storeFirst = false);
// The same text as writeText, as a string (does not need ResumeSample::plainText()).
QString sampleText(const ResumeSample &sample);

// --- Malformed and hostile files ---------------------------------------------------------
// The first keepBytes bytes of the sample's PDF.
Status writeTruncatedPdf(const ResumeSample &sample, const QString &path, qint64 keepBytes);
// A PDF whose only content is a drawn rectangle: no text layer (like a scan).
Status writeImageOnlyPdf(const QString &path);
// A hand-made PDF with a standard-security /Encrypt dictionary and an unknown user password.
Status writeEncryptedPdf(const QString &path);
// A DOCX whose document.xml inflates to inflatedBytes of white space (honest headers).
Status writeZipBombDocx(const QString &path, qint64 inflatedBytes);
// A DOCX whose document.xml really inflates to realBytes while its headers say declaredBytes.
Status writeLyingZipDocx(const QString &path, qint64 realBytes, qint64 declaredBytes);
// A valid DOCX whose document.xml holds about xmlBytes of (poorly compressible) text.
Status writeLargeDocx(const QString &path, qint64 xmlBytes);
// DOCX / ODT whose XML declares nested entities that expand to about 3 GB ("billion laughs").
Status writeBillionLaughsDocx(const QString &path);
Status writeBillionLaughsOdt(const QString &path);
Status writeRandomBytes(const QString &path, qint64 size, quint32 seed);
Status writeBytes(const QString &path, const QByteArray &bytes);

} // namespace Tandem::Testing
