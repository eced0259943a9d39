#pragma once

#include <core/common/error.h>

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace Tandem {

// One record of a CSV file: its cells and the PHYSICAL line it starts on (1-based), so a
// message can send the user to the right line even after quoted cells with line breaks.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
    bool unterminatedQuote = false; // the file ended inside a quoted cell
};

struct CsvReadOptions
{
    QChar delimiter;         // null: sniffed from the header line (',' ';' or tab)
    bool hasHeader = true;   // false: every record is data; columns are named "Column 1", ...
    // When set, lines before the first line starting with this text (case-insensitive) are a
    // preamble and skipped. When empty, the header is the first line that has a delimiter
    // outside quotes: that skips LinkedIn's "Notes:" paragraph before its real header.
    QString skipUntilHeader;
};

// Streaming reader of CSV as RFC 4180 writes it and as real exports deviate from it:
// UTF-8 (with or without BOM), UTF-16 with BOM, Latin-1 when the text is not UTF-8; quoted
// cells with doubled quotes and line breaks; CRLF, LF or CR line ends; blank lines skipped.
// Decodes 64 KiB at a time, so a 100k-row file is never held twice.
//
// Owns: the file it opened (or borrows a device, which must outlive it).
// Thread: any, one at a time. Errors: open() returns ErrorCode::Io; a malformed record is
// returned as it was read with unterminatedQuote set (the caller reports it by line); a row
// whose cell count differs from the header is the caller's to judge.
class CsvReader
{
public:
    explicit CsvReader(CsvReadOptions options = {});

    Status open(const QString &path);
    Status open(QIODevice *device); // not owned; must be open for reading
    // Text encoding found ("UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "Latin-1").
    QString encodingName() const { return m_encodingName; }
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }
    int headerLine() const { return m_headerLine; } // 0 without a header

    // The next data record; nullopt at the end.
    std::optional<CsvRecord> next();

    // Counts the data records of a file without keeping them (for progress totals).
    static Result<int> countRecords(const QString &path, const CsvReadOptions &options);

private:
    Status start();
    void detectEncoding(const QByteArray &head);
    bool fill();
    bool peek(QChar &c);
    void advance();
    void locateHeader();
    std::optional<CsvRecord> readRecord();

    CsvReadOptions m_options;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr; // m_file or borrowed
    QStringDecoder m_decoder;
    QString m_encodingName;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_line = 1;
    QChar m_delimiter;
    QStringList m_header;
    int m_headerLine = 0;
};

} // namespace Tandem
