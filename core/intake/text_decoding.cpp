#include "text_decoding.h"

#include <QList>
#include <QStringDecoder>
#include <QStringView>

namespace Tandem::Internal {
namespace {

// Windows-1252's printable characters in 0x80..0x9F, where Latin-1 has C1 controls; 0 marks
// the five unassigned bytes (which make the file binary).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString decodeCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0)
            text.append(QChar(kCp1252High[byte - 0x80] ? kCp1252High[byte - 0x80] : char16_t(0x1)));
        else
            text.append(QChar(char16_t(byte)));
    }
    return text;
}

std::optional<QString> decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isBinary(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F)
            return true;
    }
    return false;
}

std::optional<QString> decodeBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, bytes.mid(2));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, bytes.mid(2));
    if (auto utf8 = decodeWith(QStringConverter::Utf8, bytes))
        return utf8;
    return decodeCp1252(bytes);
}

} // namespace

std::optional<QString> decodeText(const QByteArray &bytes)
{
    std::optional<QString> text = decodeBytes(bytes);
    if (!text || isBinary(*text))
        return std::nullopt;
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

namespace {

// PDF text layers keep typographic ligatures ("ﬁ" in "Proﬁle"): spell them out so that words
// match the vocabulary and headings.
void expandLigatures(QString &text)
{
    static const char *const kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0xFB00 && u <= 0xFB06)
            text.replace(i, 1, QLatin1String(kLigatures[u - 0xFB00]));
    }
}

} // namespace

QString normalizeExtractedText(const QString &text)
{
    QString in = text;
    expandLigatures(in);
    in.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    in.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    in.replace(QLatin1Char('\f'), QLatin1Char('\n'));
    in.replace(QChar(0x00A0), QLatin1Char(' '));
    QString out;
    out.reserve(in.size());
    int blankRun = 0;
    for (QStringView line : QStringView(in).split(QLatin1Char('\n'))) {
        while (!line.isEmpty() && (line.back() == QLatin1Char(' ') || line.back() == QLatin1Char('\t')))
            line.chop(1);
        blankRun = line.isEmpty() ? blankRun + 1 : 0;
        if (blankRun > 1)
            continue;
        out += line;
        out += QLatin1Char('\n');
    }
    while (out.startsWith(QLatin1Char('\n')))
        out.remove(0, 1);
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

} // namespace Tandem::Internal
