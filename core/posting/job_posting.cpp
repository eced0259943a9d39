#include "job_posting.h"

#include <core/common/ids.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QXmlStreamWriter>

namespace Tandem {

QString PostingOptions::jobUrl(const Requisition &requisition) const
{
    if (jobUrlTemplate.isEmpty())
        return {};
    QString url = jobUrlTemplate;
    url.replace(QStringLiteral("{uuid}"), requisition.uuid).replace(QStringLiteral("{id}"), QString::number(requisition.id));
    return url;
}

namespace Posting {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Posting", text);
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

QDateTime postedAt(const Requisition &r)
{
    if (r.publishedAt.isValid())
        return r.publishedAt;
    if (r.openedAt.isValid())
        return r.openedAt;
    return r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F).
QString xmlSafe(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c).append(text.at(++i));
            continue;
        }
        const bool control = u < 0x20 && u != 0x9 && u != 0xA && u != 0xD;
        if (control || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        clean.append(c);
    }
    return clean;
}

QJsonObject location(const Requisition &r)
{
    return QJsonObject{{QStringLiteral("@type"), QStringLiteral("Place")},
                       {QStringLiteral("address"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("PostalAddress")},
                                                               {QStringLiteral("addressLocality"), r.location}}}};
}

QJsonObject baseSalary(const Requisition &r)
{
    QJsonObject value{{QStringLiteral("@type"), QStringLiteral("QuantitativeValue")},
                      {QStringLiteral("unitText"), QStringLiteral("YEAR")}};
    if (r.salaryMin)
        value.insert(QStringLiteral("minValue"), double(*r.salaryMin));
    if (r.salaryMax)
        value.insert(QStringLiteral("maxValue"), double(*r.salaryMax));
    if (r.salaryMin && r.salaryMax && *r.salaryMin == *r.salaryMax)
        value.insert(QStringLiteral("value"), double(*r.salaryMin));
    return QJsonObject{{QStringLiteral("@type"), QStringLiteral("MonetaryAmount")},
                       {QStringLiteral("currency"), r.salaryCurrency},
                       {QStringLiteral("value"), value}};
}

// Where the job is, for people: "Berlin", "Remote", "Berlin or remote".
QString placeText(const Requisition &r)
{
    if (r.remote && r.location.isEmpty())
        return tr("Remote");
    if (r.remote)
        return tr("%1 or remote").arg(r.location);
    return r.location;
}

// The JSON text safe inside <script>: "<", ">" and "&" only occur inside JSON strings, where
// their \u escapes mean the same, so "</script>" in a title cannot end the element.
QString scriptSafeJson(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    text.replace(QLatin1Char('<'), QStringLiteral("\\u003c"))
        .replace(QLatin1Char('>'), QStringLiteral("\\u003e"))
        .replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
    return text;
}

QString skillList(const QStringList &skills)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &skill : skills)
        html += QStringLiteral("<li>%1</li>").arg(escaped(skill));
    return html + QStringLiteral("</ul>");
}

// Indeed's job types.
QString feedJobType(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime: return QStringLiteral("fulltime");
    case EmploymentType::PartTime: return QStringLiteral("parttime");
    case EmploymentType::Contract: return QStringLiteral("contract");
    case EmploymentType::Temporary: return QStringLiteral("temporary");
    case EmploymentType::Internship: return QStringLiteral("internship");
    }
    return QStringLiteral("fulltime");
}

void cdataElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeStartElement(name);
    xml.writeCDATA(xmlSafe(text)); // QXmlStreamWriter splits a "]]>" inside the text
    xml.writeEndElement();
}

void writeJob(QXmlStreamWriter &xml, const Requisition &r, const PostingOptions &options)
{
    xml.writeStartElement(QStringLiteral("job"));
    cdataElement(xml, QStringLiteral("title"), r.title);
    cdataElement(xml, QStringLiteral("date"), postedAt(r).toUTC().toString(Qt::RFC2822Date));
    cdataElement(xml, QStringLiteral("referencenumber"), r.uuid);
    cdataElement(xml, QStringLiteral("url"), options.jobUrl(r));
    cdataElement(xml, QStringLiteral("company"), options.organizationName);
    cdataElement(xml, QStringLiteral("city"), r.location);
    if (r.remote)
        cdataElement(xml, QStringLiteral("remotetype"), r.location.isEmpty() ? QStringLiteral("Fully remote")
                                                                             : QStringLiteral("Hybrid remote"));
    QString description = plainTextToHtml(r.description);
    if (!r.requirements.trimmed().isEmpty())
        description += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Requirements"))) + plainTextToHtml(r.requirements);
    cdataElement(xml, QStringLiteral("description"), description);
    cdataElement(xml, QStringLiteral("salary"), salaryText(r));
    cdataElement(xml, QStringLiteral("jobtype"), feedJobType(r.employmentType));
    cdataElement(xml, QStringLiteral("category"), r.department);
    cdataElement(xml, QStringLiteral("skills"), (r.skillNames(true) + r.skillNames(false)).join(QStringLiteral(", ")));
    xml.writeEndElement();
}

} // namespace

QString schemaEmploymentType(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime: return QStringLiteral("FULL_TIME");
    case EmploymentType::PartTime: return QStringLiteral("PART_TIME");
    case EmploymentType::Contract: return QStringLiteral("CONTRACTOR");
    case EmploymentType::Temporary: return QStringLiteral("TEMPORARY");
    case EmploymentType::Internship: return QStringLiteral("INTERN");
    }
    return QStringLiteral("OTHER");
}

QString salaryText(const Requisition &r)
{
    const QLocale locale;
    const QString currency = r.salaryCurrency.isEmpty() ? QString() : r.salaryCurrency + QLatin1Char(' ');
    if (r.salaryMin && r.salaryMax && *r.salaryMin != *r.salaryMax)
        return tr("%1%2 – %3 a year").arg(currency, locale.toString(*r.salaryMin), locale.toString(*r.salaryMax));
    if (r.salaryMin && r.salaryMax)
        return tr("%1%2 a year").arg(currency, locale.toString(*r.salaryMin));
    if (r.salaryMin)
        return tr("from %1%2 a year").arg(currency, locale.toString(*r.salaryMin));
    if (r.salaryMax)
        return tr("up to %1%2 a year").arg(currency, locale.toString(*r.salaryMax));
    return {};
}

QString plainTextToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString body = escaped(paragraph.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (!body.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(body);
    }
    return html;
}

QJsonObject jobPostingJsonLd(const Requisition &r, const PostingOptions &options)
{
    QJsonObject organization{{QStringLiteral("@type"), QStringLiteral("Organization")},
                             {QStringLiteral("name"), options.organizationName}};
    if (!options.organizationUrl.isEmpty())
        organization.insert(QStringLiteral("sameAs"), options.organizationUrl);
    QJsonObject posting{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org/")},
        {QStringLiteral("@type"), QStringLiteral("JobPosting")},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("description"), plainTextToHtml(r.description)},
        {QStringLiteral("datePosted"), isoDate(postedAt(r))},
        {QStringLiteral("employmentType"), schemaEmploymentType(r.employmentType)},
        {QStringLiteral("hiringOrganization"), organization},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("PropertyValue")},
                                                   {QStringLiteral("name"), options.organizationName},
                                                   {QStringLiteral("value"), r.uuid}}},
        {QStringLiteral("directApply"), false},
        {QStringLiteral("totalJobOpenings"), r.headcount},
    };
    if (options.validThrough.isValid())
        posting.insert(QStringLiteral("validThrough"), options.validThrough.toUTC().toString(Qt::ISODate));
    if (!r.location.isEmpty())
        posting.insert(QStringLiteral("jobLocation"), location(r));
    if (r.remote)
        posting.insert(QStringLiteral("jobLocationType"), QStringLiteral("TELECOMMUTE"));
    if (r.salaryMin || r.salaryMax)
        posting.insert(QStringLiteral("baseSalary"), baseSalary(r));
    if (!r.requirements.trimmed().isEmpty())
        posting.insert(QStringLiteral("qualifications"), r.requirements.trimmed());
    const QStringList skills = r.skillNames(true) + r.skillNames(false);
    if (!skills.isEmpty())
        posting.insert(QStringLiteral("skills"), skills.join(QStringLiteral(", ")));
    if (!r.department.isEmpty())
        posting.insert(QStringLiteral("occupationalCategory"), r.department);
    if (const QString url = options.jobUrl(r); !url.isEmpty())
        posting.insert(QStringLiteral("url"), url);
    return posting;
}

QByteArray jobPostingJsonLdDocument(const Requisition &r, const PostingOptions &options)
{
    return QJsonDocument(jobPostingJsonLd(r, options)).toJson(QJsonDocument::Indented);
}

QString jobPostingHtml(const Requisition &r, const PostingOptions &options)
{
    QStringList facts;
    for (const QString &fact : {placeText(r), label(r.employmentType), salaryText(r)}) {
        if (!fact.isEmpty())
            facts << escaped(fact);
    }
    QString body;
    body += QStringLiteral("<h1>%1</h1>\n").arg(escaped(r.title));
    body += QStringLiteral("<p class=\"organization\">%1</p>\n").arg(escaped(options.organizationName));
    body += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral(" &middot; ")));
    if (!r.description.trimmed().isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n%2\n").arg(escaped(tr("About the role")), plainTextToHtml(r.description));
    if (!r.requirements.trimmed().isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n%2\n").arg(escaped(tr("Requirements")), plainTextToHtml(r.requirements));
    if (const QStringList must = r.skillNames(true); !must.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n%2\n").arg(escaped(tr("Must-have skills")), skillList(must));
    if (const QStringList nice = r.skillNames(false); !nice.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n%2\n").arg(escaped(tr("Nice-to-have skills")), skillList(nice));
    body += QStringLiteral("<p class=\"posted\">%1</p>\n")
                .arg(escaped(tr("Posted %1").arg(QLocale().toString(postedAt(r).toLocalTime().date(), QLocale::LongFormat))));

    const QString style = QStringLiteral(
        "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933;margin:0;background:#f7f8fa}"
        "main{max-width:46rem;margin:2rem auto;padding:2rem;background:#fff;border-radius:8px}"
        "h1{margin:0 0 .25rem}.organization{margin:0;color:#52606d}.facts{color:#3e4c59;font-weight:600}"
        "h2{font-size:1.1rem;margin-top:1.75rem}.posted{color:#7b8794;font-size:.9rem;margin-top:2rem}");
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>%2</style>\n"
                          "<script type=\"application/ld+json\">\n%3</script>\n</head>\n<body>\n<main>\n%4</main>\n"
                          "</body>\n</html>\n")
        .arg(escaped(options.organizationName.isEmpty() ? r.title : tr("%1 – %2").arg(r.title, options.organizationName)),
             style, scriptSafeJson(jobPostingJsonLdDocument(r, options)), body);
}

QByteArray jobFeedXml(const QList<Requisition> &requisitions, const PostingOptions &options)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("source"));
    xml.writeTextElement(QStringLiteral("publisher"), xmlSafe(options.organizationName));
    if (!options.organizationUrl.isEmpty())
        xml.writeTextElement(QStringLiteral("publisherurl"), xmlSafe(options.organizationUrl));
    const QDateTime built = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    xml.writeTextElement(QStringLiteral("lastBuildDate"), built.toUTC().toString(Qt::RFC2822Date));
    for (const Requisition &r : requisitions)
        writeJob(xml, r, options);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Posting
} // namespace Tandem
