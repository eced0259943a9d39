#include "date_range.h"
#include "name_parsing.h"
#include "resume_parser_parts.h"

#include <core/contacts/contact_normalization.h>

#include <QRegularExpression>
#include <QSet>

namespace Tandem::Internal::ResumeParsing {

namespace {

// Lines where contact details live: the header above the first heading, a contact
// section, and any line that labels a phone number.
bool isContactLine(const ResumeLine &line)
{
    static const QRegularExpression label(
        QStringLiteral("\\b(?:phone|tel|telephone|mobile|cell|telefon|handy|mobil|fon)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return line.section == ResumeSection::Header || line.section == ResumeSection::Contact
        || label.match(line.text).hasMatch();
}

void readEmails(const QString &text, ParsedResume &out)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    QSet<QString> seen;
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QString address = normalizeEmail(it.next().captured(0));
        if (isPlausibleEmail(address) && !seen.contains(address)) {
            seen.insert(address);
            out.emails.append(ParsedField {address, 1.0});
        }
    }
}

void readPhones(const QList<ResumeLine> &lines, const QString &region, ParsedResume &out)
{
    QStringList contactLines;
    QStringList otherLines;
    for (const ResumeLine &line : lines) {
        // A line holding a date range is a job or a school, not a phone number.
        if (findDateRange(line.text))
            continue;
        (isContactLine(line) ? contactLines : otherLines).append(line.text);
    }
    QSet<QString> seen;
    auto take = [&](const QStringList &texts, double confidence) {
        for (const PhoneNumber &phone : findPhoneNumbers(texts.join(u'\n'), region)) {
            // A postcode or a short number that libphonenumber accepts is no one's phone.
            const qsizetype digitCount
                = std::count_if(phone.e164.cbegin(), phone.e164.cend(), [](QChar c) { return c.isDigit(); });
            if (digitCount >= 9 && !seen.contains(phone.e164)) {
                seen.insert(phone.e164);
                out.phones.append(ParsedField {phone.e164, confidence});
            }
        }
    };
    take(contactLines, 0.9);
    if (out.phones.isEmpty())
        take(otherLines, 0.6);
}

void readLinks(const QString &text, ParsedResume &out)
{
    static const QRegularExpression url(QStringLiteral("(?:https?://"
                                                       "|www\\.)[^\\s,;|<>()\"]+|(?<![@\\w.])(?:[a-z]{2,3}\\."
                                                       ")?(?:linkedin\\.com|github\\.com)/[^\\s,;|<>()\"]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> seen;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        QString written = it.next().captured(0);
        while (written.endsWith(u'.') || written.endsWith(u':'))
            written.chop(1);
        const QString identity = normalizeProfileUrl(written);
        if (identity.isEmpty() || seen.contains(identity))
            continue;
        seen.insert(identity);
        ParsedLink link;
        link.url = written.contains(QStringLiteral("://")) ? written : QStringLiteral("https://") + written;
        if (identity.startsWith(QStringLiteral("linkedin.com/")))
            link.kind = QStringLiteral("linkedin");
        else if (identity.startsWith(QStringLiteral("github.com/")))
            link.kind = QStringLiteral("github");
        else
            link.kind = QStringLiteral("website");
        link.confidence = link.kind == QStringLiteral("website") ? 0.8 : 1.0;
        out.links.append(link);
    }
}

} // namespace

void readContacts(const QList<ResumeLine> &lines, const QString &text, const QString &region,
                  ParsedResume &out)
{
    readEmails(text, out);
    readPhones(lines, region, out);
    readLinks(text, out);
}

void readName(const QList<ResumeLine> &lines, ParsedResume &out)
{
    // The name is one of the first lines; a document title ("Curriculum Vitae") or a
    // contact line before it is skipped.
    const int limit = std::min(int(lines.size()), 8);
    for (int i = 0; i < limit; ++i) {
        const QString &text = lines[i].text;
        if (titleScore(text) >= 0.5 || employerScore(text) >= 0.8)
            continue; // a headline ("Account Executive") is no name
        if (auto name = parseNameLine(text)) {
            const double confidence = i == 0 ? name->confidence : name->confidence - 0.1;
            out.firstName = ParsedField {name->first, confidence};
            out.lastName = ParsedField {name->last, confidence};
            return;
        }
        // "Ann Lee | ann@example.com": a name before the first separator.
        static const QRegularExpression separator(
            QStringLiteral("\\s*[|\u2022\u00b7\t]\\s*|\\s+[\u2013\u2014-]\\s+"));
        const QString first = text.split(separator).first();
        if (first != text) {
            if (auto name = parseNameLine(first)) {
                out.firstName = ParsedField {name->first, name->confidence - 0.1};
                out.lastName = ParsedField {name->last, name->confidence - 0.1};
                return;
            }
        }
    }
}

} // namespace Tandem::Internal::ResumeParsing
