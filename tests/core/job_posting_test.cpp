// Job postings: schema.org JobPosting JSON-LD, the HTML page around it (escaping every field)
// and the XML feed of published open requisitions, read back with Qt's own parsers.
#include <core/posting/job_posting.h>
#include <core/posting/job_posting_source.h>
#include <core/records/requisition_service.h>

#include "support/test_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

Requisition backend()
{
    Requisition r;
    r.id = 7;
    r.uuid = QStringLiteral("4b7c8d1e-0000-4000-8000-000000000007");
    r.title = QStringLiteral("Backend Engineer");
    r.department = QStringLiteral("Engineering");
    r.location = QStringLiteral("Berlin");
    r.employmentType = EmploymentType::PartTime;
    r.salaryMin = 70000;
    r.salaryMax = 90000;
    r.salaryCurrency = QStringLiteral("EUR");
    r.description = QStringLiteral("Build the payments API.\n\nWork with a small team.");
    r.requirements = QStringLiteral("5 years & more");
    r.skills = {{QStringLiteral("Go"), true}, {QStringLiteral("Kubernetes"), false}};
    r.status = RequisitionStatus::Open;
    r.publishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    return r;
}

PostingOptions agency()
{
    PostingOptions o;
    o.organizationName = QStringLiteral("Acme Talent");
    o.jobUrlTemplate = QStringLiteral("https://acme.example/jobs/{uuid}");
    return o;
}

// The JSON text inside <script type="application/ld+json">...</script>.
QString embeddedJson(const QString &html)
{
    static const QRegularExpression script(QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto match = script.match(html);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

TEST(JobPosting, JsonLdHasTheSchemaOrgFields)
{
    PostingOptions options = agency();
    options.validThrough = QDateTime(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(Posting::jobPostingJsonLdDocument(backend(), options), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject o = doc.object();
    EXPECT_EQ(o.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org/"));
    EXPECT_EQ(o.value(QStringLiteral("@type")).toString(), QStringLiteral("JobPosting"));
    EXPECT_EQ(o.value(QStringLiteral("title")).toString(), QStringLiteral("Backend Engineer"));
    EXPECT_TRUE(o.value(QStringLiteral("description")).toString().contains(QStringLiteral("<p>Work with a small team.</p>")));
    EXPECT_EQ(o.value(QStringLiteral("datePosted")).toString(), QStringLiteral("2026-11-20"));
    EXPECT_TRUE(o.value(QStringLiteral("validThrough")).toString().startsWith(QStringLiteral("2026-12-31T23:59")));
    EXPECT_EQ(o.value(QStringLiteral("employmentType")).toString(), QStringLiteral("PART_TIME"));
    EXPECT_EQ(o.value(QStringLiteral("hiringOrganization")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Acme Talent"));
    const QJsonObject place = o.value(QStringLiteral("jobLocation")).toObject();
    EXPECT_EQ(place.value(QStringLiteral("address")).toObject().value(QStringLiteral("@type")).toString(),
              QStringLiteral("PostalAddress"));
    EXPECT_EQ(place.value(QStringLiteral("address")).toObject().value(QStringLiteral("addressLocality")).toString(),
              QStringLiteral("Berlin"));
    EXPECT_FALSE(o.contains(QStringLiteral("jobLocationType")));
    const QJsonObject salary = o.value(QStringLiteral("baseSalary")).toObject();
    EXPECT_EQ(salary.value(QStringLiteral("@type")).toString(), QStringLiteral("MonetaryAmount"));
    EXPECT_EQ(salary.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    const QJsonObject value = salary.value(QStringLiteral("value")).toObject();
    EXPECT_EQ(value.value(QStringLiteral("@type")).toString(), QStringLiteral("QuantitativeValue"));
    EXPECT_EQ(value.value(QStringLiteral("minValue")).toDouble(), 70000);
    EXPECT_EQ(value.value(QStringLiteral("maxValue")).toDouble(), 90000);
    EXPECT_EQ(value.value(QStringLiteral("unitText")).toString(), QStringLiteral("YEAR"));
    EXPECT_EQ(o.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(), backend().uuid);
    EXPECT_EQ(o.value(QStringLiteral("directApply")), QJsonValue(false));
    EXPECT_EQ(o.value(QStringLiteral("url")).toString(), QStringLiteral("https://acme.example/jobs/") + backend().uuid);
    EXPECT_EQ(o.value(QStringLiteral("skills")).toString(), QStringLiteral("Go, Kubernetes"));
}

TEST(JobPosting, RemoteIsTelecommuteAndEmploymentTypesMap)
{
    Requisition r = backend();
    r.remote = true;
    r.location.clear();
    r.salaryMin.reset();
    r.salaryMax.reset();
    const QJsonObject o = Posting::jobPostingJsonLd(r, agency());
    EXPECT_EQ(o.value(QStringLiteral("jobLocationType")).toString(), QStringLiteral("TELECOMMUTE"));
    EXPECT_FALSE(o.contains(QStringLiteral("jobLocation")));
    EXPECT_FALSE(o.contains(QStringLiteral("baseSalary")));
    EXPECT_EQ(Posting::schemaEmploymentType(EmploymentType::FullTime), QStringLiteral("FULL_TIME"));
    EXPECT_EQ(Posting::schemaEmploymentType(EmploymentType::Contract), QStringLiteral("CONTRACTOR"));
    EXPECT_EQ(Posting::schemaEmploymentType(EmploymentType::Temporary), QStringLiteral("TEMPORARY"));
    EXPECT_EQ(Posting::schemaEmploymentType(EmploymentType::Internship), QStringLiteral("INTERN"));
}

TEST(JobPosting, HtmlEscapesEveryFieldAndTheScriptCannotBeClosed)
{
    Requisition r = backend();
    r.title = QStringLiteral("</script><script>alert(1)</script> Engineer");
    r.location = QStringLiteral("<b>Berlin</b>");
    r.requirements = QStringLiteral("Rust & \"C\" <3");
    r.skills = {{QStringLiteral("<img src=x>"), true}};
    const QString html = Posting::jobPostingHtml(r, agency());
    EXPECT_FALSE(html.contains(QStringLiteral("<script>alert(1)")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>Berlin")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;/script&gt;&lt;script&gt;alert(1)")));
    EXPECT_TRUE(html.contains(QStringLiteral("Rust &amp; &quot;C&quot; &lt;3")));
    EXPECT_EQ(html.count(QStringLiteral("</script>")), 1) << "only the JSON-LD element's own end tag";
    // The embedded JSON still parses and still says the original title.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(embeddedJson(html).toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << embeddedJson(html).toStdString();
    EXPECT_EQ(doc.object().value(QStringLiteral("title")).toString(), r.title);
    // The page for people has what a candidate reads.
    for (const QString &part : {QStringLiteral("Requirements"), QStringLiteral("Must-have skills"), QStringLiteral("Part-time")})
        EXPECT_TRUE(html.contains(part)) << part.toStdString();
}

TEST(JobPosting, FeedParsesBackWithEveryJob)
{
    Requisition a = backend();
    Requisition b = backend();
    b.uuid = QStringLiteral("4b7c8d1e-0000-4000-8000-000000000008");
    b.title = QStringLiteral("Ops ]]> & <Lead>\x01");
    b.remote = true;
    b.description = QStringLiteral("Keep things ]]> running");
    const QByteArray xml = Posting::jobFeedXml({a, b}, agency());
    QXmlStreamReader reader(xml);
    QStringList titles;
    QStringList references;
    QString publisher;
    QString remote;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("title"))
            titles << reader.readElementText();
        else if (reader.name() == QLatin1String("referencenumber"))
            references << reader.readElementText();
        else if (reader.name() == QLatin1String("publisher"))
            publisher = reader.readElementText();
        else if (reader.name() == QLatin1String("remotetype"))
            remote = reader.readElementText();
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString() << "\n" << xml.toStdString();
    EXPECT_EQ(publisher, QStringLiteral("Acme Talent"));
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Backend Engineer"), QStringLiteral("Ops ]]> & <Lead>")}));
    EXPECT_EQ(references, (QStringList{a.uuid, b.uuid}));
    EXPECT_FALSE(remote.isEmpty());
    EXPECT_TRUE(xml.startsWith("<?xml"));
}

TEST(JobPosting, PublishingRefusesDraftsAndClosedOnesAndTheFeedHasOnlyPublishedOpenOnes)
{
    Testing::TestDatabase t;
    RequisitionService reqs(t.db(), Actor::system());
    Requisition draft = backend();
    draft.id = 0;
    draft.status = RequisitionStatus::Draft;
    draft.publishedAt = {};
    auto created = reqs.create(draft);
    ASSERT_TRUE(created) << created.error().text().toStdString();
    auto refused = reqs.publish(created->id, created->version);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("draft")));
    EXPECT_TRUE(refused.error().hint.contains(QStringLiteral("Open")));

    auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
    auto published = reqs.publish(open->id, open->version);
    ASSERT_TRUE(published) << published.error().text().toStdString();
    EXPECT_TRUE(published->publishedAt.isValid());
    auto other = reqs.create(draft);
    auto otherOpen = reqs.setStatus(other->id, other->version, RequisitionStatus::Open); // open, never published
    ASSERT_TRUE(otherOpen);

    JobPostingSource source(t.db());
    auto feed = source.publishedOpen();
    ASSERT_TRUE(feed);
    ASSERT_EQ(feed->size(), 1);
    EXPECT_EQ(feed->first().id, created->id);
    EXPECT_EQ(feed->first().skills, draft.skills);

    auto closed = reqs.setStatus(published->id, published->version, RequisitionStatus::Closed);
    ASSERT_TRUE(closed);
    EXPECT_TRUE(source.publishedOpen()->isEmpty()) << "a closed requisition leaves the feed";
    EXPECT_FALSE(reqs.publish(closed->id, closed->version));

    // Options: a sensible default, then the agency's name.
    EXPECT_FALSE(source.options()->organizationName.isEmpty());
    ASSERT_TRUE(source.setOption(QStringLiteral("posting.organization_name"), QStringLiteral("Acme Talent")));
    ASSERT_TRUE(source.setOption(QStringLiteral("posting.organization_name"), QStringLiteral("Acme Talent GmbH")));
    EXPECT_EQ(source.options()->organizationName, QStringLiteral("Acme Talent GmbH"));
    EXPECT_EQ(source.find(created->uuid)->id, created->id);
    EXPECT_EQ(source.find(QString::number(created->id))->id, created->id);
    EXPECT_EQ(source.find(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
}
