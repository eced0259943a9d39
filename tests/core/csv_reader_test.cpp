// CsvReader: RFC 4180 and what real exports do (BOMs, delimiters, CR/LF, preambles).
#include <core/lists/csv_reader.h>

#include <QBuffer>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Read
{
    QString encoding;
    QChar delimiter;
    QStringList header;
    int headerLine = 0;
    QList<CsvRecord> records;
};

Read readAll(const QByteArray &bytes, CsvReadOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    EXPECT_TRUE(reader.open(&buffer));
    Read r{reader.encodingName(), reader.delimiter(), reader.header(), reader.headerLine(), {}};
    while (auto record = reader.next())
        r.records.append(*record);
    return r;
}

} // namespace

TEST(CsvReader, QuotesDoubledQuotesAndNewlinesInsideFields)
{
    const Read r = readAll("Name,Note,City\r\n"
                           "\"Lee, Ann\",\"She said \"\"hi\"\"\",Lisbon\r\n"
                           "Bo,\"two\r\nlines\nand three\",Porto\r\n"
                           "Cy,,\r\n");
    EXPECT_EQ(r.delimiter, QLatin1Char(','));
    EXPECT_EQ(r.header, (QStringList{"Name", "Note", "City"}));
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[0].fields, (QStringList{"Lee, Ann", "She said \"hi\"", "Lisbon"}));
    EXPECT_EQ(r.records[1].fields, (QStringList{"Bo", "two\nlines\nand three", "Porto"}));
    EXPECT_EQ(r.records[2].fields, (QStringList{"Cy", "", ""}));
    // Physical lines: the record after a three-line cell starts on line 6.
    EXPECT_EQ(r.records[0].line, 2);
    EXPECT_EQ(r.records[1].line, 3);
    EXPECT_EQ(r.records[2].line, 6);
}

TEST(CsvReader, Utf8BomAndSemicolonAndCrOnlyLineEnds)
{
    const Read r = readAll("\xEF\xBB\xBFVorname;Nachname;Ort\rJürgen;Müller;Köln\r\rÅsa;Öberg;Malmö\r");
    EXPECT_EQ(r.encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_EQ(r.delimiter, QLatin1Char(';'));
    EXPECT_EQ(r.header.first(), QStringLiteral("Vorname")); // no BOM glued to the first header
    ASSERT_EQ(r.records.size(), 2);                        // the blank line is skipped
    EXPECT_EQ(r.records[0].fields, (QStringList{"Jürgen", "Müller", "Köln"}));
    EXPECT_EQ(r.records[1].line, 4);
}

TEST(CsvReader, Utf16BomAndTabs)
{
    const QString text = QStringLiteral("Name\tEmail\nZoë Ñandú\tzoe@example.org\n");
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Read r = readAll(bytes);
    EXPECT_EQ(r.encoding, QStringLiteral("UTF-16LE (BOM)"));
    EXPECT_EQ(r.delimiter, QLatin1Char('\t'));
    ASSERT_EQ(r.records.size(), 1);
    EXPECT_EQ(r.records[0].fields, (QStringList{"Zoë Ñandú", "zoe@example.org"}));
}

TEST(CsvReader, Latin1WhenNotUtf8)
{
    const Read r = readAll("Name,City\nJos\xE9,S\xE3o Paulo\n");
    EXPECT_EQ(r.encoding, QStringLiteral("Latin-1"));
    EXPECT_EQ(r.records[0].fields, (QStringList{"José", "São Paulo"}));
}

TEST(CsvReader, RaggedRowsTrailingEmptyLinesAndUnterminatedQuote)
{
    const Read r = readAll("a,b,c\n1,2,3\n1,2\n1,2,3,4\n\n\n\"open,5,6\n7,8,9\n");
    ASSERT_EQ(r.records.size(), 4);
    EXPECT_EQ(r.records[1].fields.size(), 2);
    EXPECT_EQ(r.records[2].fields.size(), 4);
    EXPECT_EQ(r.records[3].line, 7);
    EXPECT_TRUE(r.records[3].unterminatedQuote);
    EXPECT_FALSE(r.records[0].unterminatedQuote);
}

TEST(CsvReader, LinkedInPreambleIsSkippedAutomaticallyAndByOption)
{
    const QByteArray linkedIn =
        "Notes:\n"
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. "
        "You will only see email addresses for connections who have allowed their connections to see or download "
        "their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn "
        "more about this setting here: https://www.linkedin.com/help/linkedin/answer/261\"\n"
        "\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,15 Mar 2024\n";
    const Read automatic = readAll(linkedIn);
    EXPECT_EQ(automatic.headerLine, 4);
    EXPECT_EQ(automatic.header.size(), 7);
    EXPECT_EQ(automatic.header.first(), QStringLiteral("First Name"));
    ASSERT_EQ(automatic.records.size(), 1);
    EXPECT_EQ(automatic.records[0].line, 5);
    EXPECT_EQ(automatic.records[0].fields.at(6), QStringLiteral("15 Mar 2024"));

    CsvReadOptions options;
    options.skipUntilHeader = QStringLiteral("first name");
    const Read byOption = readAll(linkedIn, options);
    EXPECT_EQ(byOption.headerLine, 4);
    EXPECT_EQ(byOption.records.size(), 1);
}

TEST(CsvReader, NoHeaderAndGivenDelimiter)
{
    CsvReadOptions options;
    options.hasHeader = false;
    options.delimiter = QLatin1Char('|');
    const Read r = readAll("a|b,c\nd|e\n", options);
    EXPECT_TRUE(r.header.isEmpty());
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0].fields, (QStringList{"a", "b,c"}));
    EXPECT_EQ(r.records[0].line, 1);
}

TEST(CsvReader, StreamsAcrossChunkBoundaries)
{
    // Larger than the reader's 64 KiB chunk, with CRLF and multi-byte characters everywhere,
    // so some CR/LF pairs and UTF-8 sequences are split between two reads.
    QByteArray bytes = "Name,City\r\n";
    for (int i = 0; i < 5000; ++i)
        bytes += QStringLiteral("Zoë %1,\"Malmö\r\nSkåne\"\r\n").arg(i).toUtf8();
    const Read r = readAll(bytes);
    ASSERT_EQ(r.records.size(), 5000);
    EXPECT_EQ(r.records[4999].fields, (QStringList{"Zoë 4999", "Malmö\nSkåne"}));
    EXPECT_EQ(r.records[4999].line, 2 + 2 * 4999);
}
