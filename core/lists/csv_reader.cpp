#include "csv_reader.h"

#include <QFileInfo>
#include <QObject>

namespace Tandem {

namespace {

constexpr qint64 kChunk = 64 * 1024;
const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');

bool isBlank(const CsvRecord &r)
{
    return r.fields.size() == 1 && r.fields.first().trimmed().isEmpty();
}

// Counts the candidate delimiters outside quotes on each physical line of `text` (quote
// state carried across lines) and returns, per line, its start offset and counts.
struct LineScan
{
    qsizetype start = 0;
    int commas = 0, semicolons = 0, tabs = 0;
    bool startsInQuote = false;
    int best() const { return std::max({commas, semicolons, tabs}); }
    QChar bestDelimiter() const
    {
        if (tabs > commas && tabs > semicolons)
            return QLatin1Char('\t');
        return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
    }
};

QList<LineScan> scanLines(const QString &text)
{
    QList<LineScan> lines{LineScan{}};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        LineScan &l = lines.last();
        if (c == kQuote) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++l.commas;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++l.semicolons;
        } else if (!quoted && c == QLatin1Char('\t')) {
            ++l.tabs;
        }
        if (c == kLf || (c == kCr && (i + 1 >= text.size() || text.at(i + 1) != kLf)))
            lines.append(LineScan{i + 1, 0, 0, 0, quoted});
    }
    return lines;
}

} // namespace

CsvReader::CsvReader(CsvReadOptions options)
    : m_options(std::move(options))
{
}

Status CsvReader::open(const QString &path)
{
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QObject::tr("Could not read %1: %2").arg(QFileInfo(path).absoluteFilePath(), m_file->errorString()),
                    QObject::tr("Check that the file exists and that you may read it."));
    m_device = m_file.get();
    return start();
}

Status CsvReader::open(QIODevice *device)
{
    m_device = device;
    if (!device || !device->isReadable())
        return fail(ErrorCode::Io, QObject::tr("The CSV data cannot be read."), QObject::tr("Open the file for reading first."));
    return start();
}

void CsvReader::detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        m_encodingName = QStringLiteral("UTF-8 (BOM)");
    } else if (head.startsWith("\xFF\xFE")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        m_encodingName = QStringLiteral("UTF-16LE (BOM)");
    } else if (head.startsWith("\xFE\xFF")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        m_encodingName = QStringLiteral("UTF-16BE (BOM)");
    } else {
        // No BOM: UTF-8 unless the first chunk is not valid UTF-8 (an old Excel export).
        QStringDecoder probe(QStringDecoder::Utf8);
        const QString text = probe.decode(head.left(head.size() - 4)); // a cut multi-byte tail is fine
        if (probe.hasError()) {
            m_decoder = QStringDecoder(QStringDecoder::Latin1);
            m_encodingName = QStringLiteral("Latin-1");
            return;
        }
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        m_encodingName = QStringLiteral("UTF-8");
    }
}

Status CsvReader::start()
{
    const QByteArray head = m_device->peek(kChunk);
    detectEncoding(head);
    if (!fill() && m_buffer.isEmpty())
        return {}; // an empty file: no header, no records
    // The decoder drops the BOM for UTF-16; drop it for UTF-8 too.
    if (!m_buffer.isEmpty() && m_buffer.at(0) == QChar(0xFEFF))
        m_pos = 1;
    while (!m_eof && m_buffer.size() - m_pos < kChunk && fill()) {
    }
    locateHeader();
    if (m_options.hasHeader) {
        if (auto header = readRecord()) {
            m_header = header->fields;
            for (QString &h : m_header)
                h = h.trimmed();
        }
    }
    return {};
}

void CsvReader::locateHeader()
{
    const QString sample = m_buffer.mid(m_pos);
    const QList<LineScan> lines = scanLines(sample);
    qsizetype found = -1;
    for (qsizetype i = 0; i < lines.size() && found < 0; ++i) {
        const LineScan &l = lines.at(i);
        if (l.startsInQuote)
            continue;
        if (!m_options.skipUntilHeader.isEmpty()) {
            QString text = sample.mid(l.start, m_options.skipUntilHeader.size() + 1);
            if (text.startsWith(kQuote))
                text.remove(0, 1);
            if (text.startsWith(m_options.skipUntilHeader, Qt::CaseInsensitive))
                found = i;
        } else if (l.best() > 0) {
            found = i;
        }
    }
    if (found < 0)
        found = 0;
    const LineScan &header = lines.at(found);
    m_delimiter = !m_options.delimiter.isNull() ? m_options.delimiter
                  : header.best() > 0           ? header.bestDelimiter()
                                                : QLatin1Char(',');
    if (m_options.hasHeader || !m_options.skipUntilHeader.isEmpty()) {
        m_pos += header.start;
        m_line = int(found) + 1;
    }
    m_headerLine = m_options.hasHeader ? m_line : 0;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(kChunk);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder.decode(bytes);
    return true;
}

bool CsvReader::peek(QChar &c)
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    c = m_buffer.at(m_pos);
    return true;
}

void CsvReader::advance()
{
    ++m_pos;
}

std::optional<CsvRecord> CsvReader::readRecord()
{
    QChar c;
    if (!peek(c))
        return std::nullopt;
    CsvRecord record;
    record.line = m_line;
    QString field;
    bool quoted = false;
    for (;;) {
        if (!peek(c)) {
            record.unterminatedQuote = quoted;
            break;
        }
        advance();
        if (c == kCr || c == kLf) {
            QChar after;
            if (c == kCr && peek(after) && after == kLf) {
                advance();
                c = kLf;
            }
            ++m_line;
            if (!quoted)
                break;
            field += kLf; // a line break inside quotes is kept as LF whatever the file used
        } else if (c == kQuote) {
            QChar after;
            if (quoted && peek(after) && after == kQuote) {
                advance();
                field += kQuote;
            } else if (quoted) {
                quoted = false;
            } else if (field.isEmpty()) {
                quoted = true;
            } else {
                field += kQuote; // a stray quote in an unquoted cell is text
            }
        } else if (c == m_delimiter && !quoted) {
            record.fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    record.fields.append(field);
    return record;
}

std::optional<CsvRecord> CsvReader::next()
{
    for (;;) {
        auto record = readRecord();
        if (!record || !isBlank(*record))
            return record;
    }
}

Result<int> CsvReader::countRecords(const QString &path, const CsvReadOptions &options)
{
    CsvReader reader(options);
    if (auto ok = reader.open(path); !ok)
        return std::unexpected(ok.error());
    int count = 0;
    while (reader.next())
        ++count;
    return count;
}

} // namespace Tandem
