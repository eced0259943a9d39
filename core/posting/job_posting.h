#pragma once

#include <core/domain/records.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tandem {

// Who posts the job and where it can be read: the hiring organization of every posting, and
// optional links. Stored in the settings table (see JobPostingSource::options()).
struct PostingOptions
{
    QString organizationName;
    QString organizationUrl;  // e.g. https://example.com (optional)
    QString jobUrlTemplate;   // e.g. https://example.com/jobs/{uuid} (optional; {uuid} and {id} are replaced)
    QDateTime validThrough;   // optional end of the posting
    QDateTime generatedAt;    // when the feed was written (default: now)

    QString jobUrl(const Requisition &requisition) const;
};

// Writers for job postings. Pure functions of their input, no database: JobPostingSource
// collects what they need. Text from the requisition is data, never markup: the HTML page
// escapes every field, the JSON embedded in it cannot close its <script> element, and the XML
// feed drops characters XML cannot carry.
namespace Posting {

// schema.org employmentType for an employment type (FULL_TIME, PART_TIME, CONTRACTOR, ...).
QString schemaEmploymentType(EmploymentType type);

// The schema.org JobPosting object (with "@context").
QJsonObject jobPostingJsonLd(const Requisition &requisition, const PostingOptions &options);
// The JSON-LD document as a file (UTF-8, indented).
QByteArray jobPostingJsonLdDocument(const Requisition &requisition, const PostingOptions &options);
// A stand-alone HTML page for people that embeds the JSON-LD for search engines.
QString jobPostingHtml(const Requisition &requisition, const PostingOptions &options);
// An Indeed-style XML feed (<source><job>...</job></source>) of `requisitions`.
QByteArray jobFeedXml(const QList<Requisition> &requisitions, const PostingOptions &options);

// "EUR 70,000 – 90,000 a year", "from USD 50,000 a year", or empty without an amount.
QString salaryText(const Requisition &requisition);
// A plain-text field as HTML paragraphs (escaped; blank lines separate paragraphs).
QString plainTextToHtml(const QString &text);

} // namespace Posting
} // namespace Tandem
