#pragma once

#include <core/common/error.h>

#include <QIODevice>
#include <QStringList>

namespace Tandem {

// Writes CSV as RFC 4180 says (comma, CRLF, a cell quoted when it holds a comma, quote or
// line break, or starts or ends with a space; quotes doubled), UTF-8 with a BOM so Excel
// reads accents right.
//
// Formula neutralisation (CSV injection): a spreadsheet runs a cell that starts with '=',
// '+', '-' or '@' as a formula, and tab or CR can hide such a start. Every cell whose first
// character is one of = + - @ TAB CR gets a leading apostrophe: Excel, LibreOffice and
// Google Sheets show the rest as text. Phones are written in E.164 ("+14155550100"), so
// they come out as '+14155550100 — deliberate: a number that starts with '+' is exactly
// what a spreadsheet would evaluate. The CSV importer removes that one apostrophe again
// (CsvWriter::unneutralize), so an export imports back unchanged.
//
// Owns: nothing; borrows an open device. Thread: the caller's. Errors: Status ErrorCode::Io.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool writeBom = true);

    Status writeRow(const QStringList &cells);

    // The cell as it is written, before quoting: neutralised when it could run as a formula.
    static QString neutralize(const QString &cell);
    // The inverse for a cell read back: "'=x" -> "=x"; anything else unchanged.
    static QString unneutralize(const QString &cell);
    static QString quote(const QString &cell);

private:
    QIODevice *m_device; // not owned
    bool m_bomPending;
};

} // namespace Tandem
