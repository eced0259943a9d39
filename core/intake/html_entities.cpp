// The entity table of html_text.h, kept apart from the converter: the Latin-1 names in code
// point order (U+00A0 to U+00FF) and the few others resumes use.
#include "html_text.h"

#include <array>
#include <utility>

namespace Tandem::Internal {
namespace {

constexpr std::array<const char *, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

constexpr std::array<std::pair<const char *, char16_t>, 32> kOtherNames = {{
    {"amp", u'&'},     {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},    {"apos", u'\''},
    {"ndash", 0x2013}, {"mdash", 0x2014},  {"hellip", 0x2026}, {"bull", 0x2022},  {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"euro", 0x20AC},  {"trade", 0x2122},  {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
    {"zwnj", 0x200C},  {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},   {"OElig", 0x0152},
    {"oelig", 0x0153}, {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178},  {"dagger", 0x2020},
    {"larr", 0x2190},  {"rarr", 0x2192},
}};

QString numericEntity(QStringView digits)
{
    bool ok = false;
    const bool hex = digits.startsWith(u'x') || digits.startsWith(u'X');
    const uint code = hex ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
    if (!ok)
        return {};
    // NUL, surrogates and values beyond Unicode become the replacement character.
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return QString(QChar(QChar::ReplacementCharacter));
    const char32_t codePoint = code;
    return QString::fromUcs4(&codePoint, 1);
}

} // namespace

QString decodeHtmlEntity(QStringView name)
{
    if (name.startsWith(u'#'))
        return numericEntity(name.mid(1));
    for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
        if (name == QLatin1String(kLatin1Names[i]))
            return QString(QChar(char16_t(0xA0 + i)));
    for (const auto &[entity, code] : kOtherNames)
        if (name == QLatin1String(entity))
            return QString(QChar(code));
    return {};
}

} // namespace Tandem::Internal
