// publish, feed: job postings for careers sites and job boards (schema.org JobPosting JSON-LD,
// an HTML page, an XML feed).
#include "command.h"

#include <core/posting/job_posting.h>
#include <core/posting/job_posting_source.h>
#include <core/records/requisition_service.h>

#include <QFileInfo>
#include <QSaveFile>

namespace Tandem::Cli {
namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, QObject::tr("Could not write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()),
                    QObject::tr("Check that the folder exists and that you may write there."));
    return {};
}

Result<PostingOptions> postingOptions(Database &db, const QCommandLineParser &p)
{
    auto options = JobPostingSource(db).options();
    if (!options)
        return options;
    if (p.isSet(QStringLiteral("organization")))
        options->organizationName = p.value(QStringLiteral("organization"));
    return options;
}

int publish(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return c.usage(QObject::tr("publish needs one requisition id or uuid, e.g. tandem-cli publish 12 --html job.html."));
    const QString html = p.value(QStringLiteral("html"));
    const QString jsonld = p.value(QStringLiteral("jsonld"));
    if (html.isEmpty() && jsonld.isEmpty())
        return c.usage(QObject::tr("publish needs --html OUT, --jsonld OUT or both."));
    Database *db = c.open();
    if (!db)
        return Failed;
    auto found = JobPostingSource(*db).find(args.first());
    if (!found)
        return c.report(found.error());
    Requisition r = *found;
    if (!r.publishedAt.isValid() || r.status != RequisitionStatus::Open) {
        auto published = RequisitionService(*db, Actor::system()).publish(r.id, r.version);
        if (!published)
            return c.report(published.error());
        r = *published;
    }
    auto options = postingOptions(*db, p);
    if (!options)
        return c.report(options.error());
    if (!html.isEmpty()) {
        if (auto ok = writeFile(html, Posting::jobPostingHtml(r, *options).toUtf8()); !ok)
            return c.report(ok.error());
        c.out << "Wrote " << html << '\n';
    }
    if (!jsonld.isEmpty()) {
        if (auto ok = writeFile(jsonld, Posting::jobPostingJsonLdDocument(r, *options)); !ok)
            return c.report(ok.error());
        c.out << "Wrote " << jsonld << '\n';
    }
    c.out << "Published \"" << r.title << "\" (" << r.uuid << ").\n";
    return Ok;
}

int feed(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return c.usage(QObject::tr("feed needs the file to write, e.g. tandem-cli feed jobs.xml."));
    Database *db = c.open();
    if (!db)
        return Failed;
    auto jobs = JobPostingSource(*db).publishedOpen();
    if (!jobs)
        return c.report(jobs.error());
    auto options = postingOptions(*db, p);
    if (!options)
        return c.report(options.error());
    if (auto ok = writeFile(args.first(), Posting::jobFeedXml(*jobs, *options)); !ok)
        return c.report(ok.error());
    c.out << "Wrote " << args.first() << " with " << jobs->size() << (jobs->size() == 1 ? " job.\n" : " jobs.\n");
    return Ok;
}

void organizationOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("organization"),
                 QObject::tr("Hiring organization to name (default: the setting posting.organization_name)."),
                 QStringLiteral("NAME")});
}

} // namespace

QList<Command> postingCommands()
{
    return {
        {QStringLiteral("publish"), QStringLiteral("publish REQ-ID [--html OUT] [--jsonld OUT] [--organization NAME]"),
         QObject::tr("Publish an open requisition and write its job posting (HTML page, schema.org JSON-LD)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("REQ-ID"), QObject::tr("The requisition's number or uuid."));
             p.addOption({QStringLiteral("html"), QObject::tr("Write the HTML page (with embedded JSON-LD) to OUT."),
                          QStringLiteral("OUT")});
             p.addOption({QStringLiteral("jsonld"), QObject::tr("Write the JobPosting JSON-LD document to OUT."),
                          QStringLiteral("OUT")});
             organizationOption(p);
         },
         publish},
        {QStringLiteral("feed"), QStringLiteral("feed OUT [--organization NAME]"),
         QObject::tr("Write the XML job feed of all published open requisitions."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("OUT"), QObject::tr("The feed file to write."));
             organizationOption(p);
         },
         feed},
    };
}

} // namespace Tandem::Cli
