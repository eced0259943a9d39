#include "row_mapper.h"

#include <core/contacts/contact_normalization.h>
#include <core/lists/csv_writer.h>

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace Tandem {

namespace {

QStringList splitAt(const QString &text, const QString &separators)
{
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            parts.append(current.simplified());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current.simplified());
    parts.removeAll(QString());
    return parts;
}

void appendNote(QString &note, const QString &text)
{
    if (!note.isEmpty())
        note += QLatin1Char('\n');
    note += text;
}

void addUnique(QStringList &list, const QStringList &values)
{
    for (const QString &v : values) {
        if (!list.contains(v, Qt::CaseInsensitive))
            list.append(v);
    }
}

} // namespace

QString RowProblem::text() const
{
    return QObject::tr("line %1: %2").arg(line).arg(reason);
}

QPair<QString, QString> splitFullName(const QString &name)
{
    const QString n = name.simplified();
    const qsizetype comma = n.indexOf(QLatin1Char(','));
    if (comma > 0)
        return {n.mid(comma + 1).trimmed(), n.left(comma).trimmed()};
    const qsizetype space = n.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return {n, QString()};
    return {n.left(space), n.mid(space + 1)};
}

QPair<QString, QString> splitLocation(const QString &location)
{
    const QStringList parts = splitAt(location, QStringLiteral(","));
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return {parts.first(), QString()};
    return {parts.first(), parts.last()};
}

QString withScheme(const QString &url)
{
    const QString u = url.trimmed();
    if (u.isEmpty() || u.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || u.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return u;
    return QStringLiteral("https://") + u;
}

CsvRowMapper::CsvRowMapper(CsvMapping mapping, QStringList header, QString phoneRegion)
    : m_mapping(std::move(mapping))
    , m_header(std::move(header))
    , m_phoneRegion(std::move(phoneRegion))
{
    for (const QString &h : m_header)
        m_fields.append(m_mapping.fieldFor(h));
}

MappedRow CsvRowMapper::map(const CsvRecord &record) const
{
    MappedRow row;
    row.line = record.line;
    if (record.unterminatedQuote) {
        row.problems.append({record.line, QString(),
                             QObject::tr("a quoted cell starts here and is never closed (a missing \" character)")});
        return row;
    }
    if (record.fields.size() != m_header.size()) {
        row.problems.append({record.line, QString(),
                             QObject::tr("the row has %1 cells but the header has %2 (a delimiter inside an unquoted "
                                         "cell?)")
                                 .arg(record.fields.size())
                                 .arg(m_header.size())});
        return row;
    }
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString value = CsvWriter::unneutralize(record.fields.at(i).trimmed());
        if (!value.isEmpty() && m_fields.at(i) != CsvField::Ignore)
            apply(m_fields.at(i), m_header.at(i), value, row);
    }
    finish(row);
    return row;
}

void CsvRowMapper::apply(CsvField field, const QString &column, const QString &value, MappedRow &row) const
{
    Candidate &c = row.data.candidate;
    switch (field) {
    case CsvField::Ignore: break;
    case CsvField::FirstName: c.firstName = value.simplified(); break;
    case CsvField::LastName: c.lastName = value.simplified(); break;
    case CsvField::FullName: {
        const auto [first, last] = splitFullName(value);
        c.firstName = first;
        c.lastName = last;
        break;
    }
    case CsvField::Email: addEmails(column, value, true, row); break;
    case CsvField::ExtraEmail: addEmails(column, value, false, row); break;
    case CsvField::Phone: addPhones(column, value, row); break;
    case CsvField::City: c.city = value.simplified(); break;
    case CsvField::Country: c.country = value.simplified(); break;
    case CsvField::Location: {
        const auto [city, country] = splitLocation(value);
        c.city = city;
        if (!country.isEmpty())
            c.country = country;
        break;
    }
    case CsvField::Title: c.currentTitle = value.simplified(); break;
    case CsvField::Company: c.currentCompany = value.simplified(); break;
    case CsvField::LinkedIn: c.linkedinUrl = withScheme(value); break;
    case CsvField::GitHub:
        for (const QString &url : splitAt(value, QStringLiteral(";")))
            row.data.links.append({QStringLiteral("github"), withScheme(url)});
        break;
    case CsvField::Website:
        for (const QString &url : splitAt(value, QStringLiteral(";")))
            row.data.links.append({QStringLiteral("website"), withScheme(url)});
        break;
    case CsvField::Source: c.source = value.simplified(); break;
    case CsvField::Skills: addUnique(c.skills, splitAt(value, m_mapping.separators)); break;
    case CsvField::Tags: addUnique(row.data.tags, splitAt(value, m_mapping.separators)); break;
    case CsvField::YearsExperience: {
        static const QRegularExpression number(QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*\\+?\\s*(?:years?|yrs?)?$"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = number.match(value);
        if (!m.hasMatch()) {
            row.problems.append({row.line, column, QObject::tr("'%1' is '%2', not a number of years").arg(column, value)});
            break;
        }
        c.yearsExperience = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        break;
    }
    case CsvField::Notes: appendNote(row.data.note, value); break;
    case CsvField::Date: addDate(column, value, row); break;
    }
}

void CsvRowMapper::addEmails(const QString &column, const QString &value, bool primary, MappedRow &row) const
{
    for (const QString &part : splitAt(value, QStringLiteral(";, "))) {
        if (!isPlausibleEmail(part)) {
            row.problems.append({row.line, column, QObject::tr("'%1' is '%2', not an e-mail address").arg(column, part)});
            continue;
        }
        const QString email = normalizeEmail(part);
        Candidate &c = row.data.candidate;
        if (primary && c.email.isEmpty())
            c.email = email;
        else if (email != c.email && !row.data.extraEmails.contains(email))
            row.data.extraEmails.append(email);
    }
}

void CsvRowMapper::addPhones(const QString &column, const QString &value, MappedRow &row) const
{
    for (const QString &part : splitAt(value, QStringLiteral(";/|"))) {
        auto phone = normalizePhone(part, m_phoneRegion);
        if (!phone) {
            row.problems.append({row.line, column,
                                 QObject::tr("'%1' is '%2', not a phone number (%3)").arg(column, part, phone.error().message)});
            continue;
        }
        Candidate &c = row.data.candidate;
        if (c.phone.isEmpty())
            c.phone = phone->e164;
        else if (phone->e164 != c.phone && !row.data.extraPhones.contains(phone->e164))
            row.data.extraPhones.append(phone->e164);
    }
}

void CsvRowMapper::addDate(const QString &column, const QString &value, MappedRow &row) const
{
    const QLocale c = QLocale::c();
    for (const QString &format : m_mapping.dateFormats) {
        QDate date = c.toDate(value, format);
        if (!date.isValid())
            date = c.toDateTime(value, format).date();
        if (date.isValid()) {
            appendNote(row.data.note, QStringLiteral("%1: %2").arg(column, date.toString(Qt::ISODate)));
            return;
        }
    }
    row.problems.append({row.line, column,
                         QObject::tr("'%1' is '%2', not a date (expected %3)")
                             .arg(column, value, m_mapping.dateFormats.join(QObject::tr(" or ")))});
}

void CsvRowMapper::finish(MappedRow &row) const
{
    Candidate &c = row.data.candidate;
    if (c.source.isEmpty())
        c.source = m_mapping.defaultSource;
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && !c.email.isEmpty()) {
        // A name is required by the candidate rules; an address alone still names the person.
        c.firstName = c.email.section(QLatin1Char('@'), 0, 0);
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty())
        row.problems.append({row.line, QString(), QObject::tr("the row has neither a name nor an e-mail address")});
}

} // namespace Tandem
