// import, export: candidate lists in and out (CSV with column mappings, vCard).
#include "command.h"
#include "progress_bar.h"
#include "resume_import_command.h"

#include <core/lists/candidate_exporter.h>
#include <core/lists/csv_importer.h>
#include <core/lists/csv_mapping_store.h>
#include <core/lists/csv_reader.h>
#include <core/lists/import_session.h>
#include <core/lists/vcard.h>

#include <QFileInfo>
#include <QSaveFile>

namespace Tandem::Cli {
namespace {

Result<CsvMapping> chooseMapping(Database &db, const QString &name, const QString &path)
{
    if (!name.isEmpty())
        return CsvMappingStore(db, Actor::system()).get(name);
    CsvReader reader;
    if (auto ok = reader.open(path); !ok)
        return std::unexpected(ok.error());
    return autoMapping(reader.header());
}

int printSummary(Context &c, const ImportSummary &s)
{
    c.out << s.text() << '\n';
    for (const RowProblem &p : s.failed)
        c.err << "  " << p.text() << '\n';
    c.err.flush();
    return s.failed.isEmpty() ? Ok : Failed;
}

int importCommand(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (!args.isEmpty() && args.at(0).toLower() == QLatin1String("resumes")) {
        // Resumes: any number of files and folders; a resume of someone already stored is
        // added to that record unless --on-duplicate says otherwise.
        return importResumes(c, args.mid(1), p.isSet(QStringLiteral("on-duplicate")) ? p.value(QStringLiteral("on-duplicate"))
                                                                                      : QStringLiteral("update"));
    }
    if (args.size() != 2)
        return c.usage(QObject::tr("import needs a kind and a file, e.g. tandem-cli import csv people.csv."));
    const QString kind = args.at(0).toLower();
    const QString path = args.at(1);
    if (kind != QLatin1String("csv") && kind != QLatin1String("vcard"))
        return c.usage(QObject::tr("import knows \"resumes\", \"csv\" and \"vcard\", not \"%1\".").arg(args.at(0)));
    const auto policy = duplicatePolicyFromKey(p.value(QStringLiteral("on-duplicate")));
    if (!policy)
        return c.usage(QObject::tr("--on-duplicate is skip, update or create."));
    Database *db = c.open();
    if (!db)
        return Failed;
    ImportOptions options;
    options.onDuplicate = *policy;
    options.findExisting = ImportSession::matchSamePerson(*db);
    ProgressBar bar(c.err);
    auto progress = [&bar](int done, int total) {
        bar.update(done, total, QObject::tr("Importing"));
        return true;
    };
    Result<ImportSummary> summary;
    if (kind == QLatin1String("csv")) {
        auto mapping = chooseMapping(*db, p.value(QStringLiteral("mapping")), path);
        if (!mapping)
            return c.report(mapping.error());
        summary = CsvImporter(*db, Actor::system()).run(path, *mapping, options, progress);
    } else {
        summary = VCardImporter(*db, Actor::system()).run(path, options, progress);
    }
    bar.finish();
    if (!summary)
        return c.report(summary.error());
    return printSummary(c, *summary);
}

Result<ExportSelection> selection(const QCommandLineParser &p)
{
    ExportSelection s;
    int given = 0;
    if (p.isSet(QStringLiteral("segment"))) {
        s = {ExportSelection::Kind::Segment, {}, p.value(QStringLiteral("segment"))};
        ++given;
    }
    if (p.isSet(QStringLiteral("pool"))) {
        s = {ExportSelection::Kind::Pool, {}, p.value(QStringLiteral("pool"))};
        ++given;
    }
    if (p.isSet(QStringLiteral("query"))) {
        s = {ExportSelection::Kind::Query, {}, p.value(QStringLiteral("query"))};
        ++given;
    }
    if (p.isSet(QStringLiteral("all"))) {
        s = {ExportSelection::Kind::All, {}, {}};
        ++given;
    }
    if (given != 1)
        return fail(ErrorCode::Invalid, QObject::tr("export needs exactly one of --segment NAME, --pool NAME, --query TEXT or --all."));
    return s;
}

int exportCommand(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return c.usage(QObject::tr("export needs a format and a file, e.g. tandem-cli export csv --all people.csv."));
    const QString format = args.at(0).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("vcard"))
        return c.usage(QObject::tr("export writes \"csv\" or \"vcard\", not \"%1\".").arg(args.at(0)));
    auto which = selection(p);
    if (!which)
        return c.usage(which.error().message);
    Database *db = c.open();
    if (!db)
        return Failed;
    CandidateExporter exporter(*db);
    auto ids = exporter.select(*which);
    if (!ids)
        return c.report(ids.error());
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly))
        return c.report({ErrorCode::Io, QObject::tr("Could not write %1: %2").arg(QFileInfo(args.at(1)).absoluteFilePath(), file.errorString()),
                         QObject::tr("Check that the folder exists and that you may write there.")});
    ProgressBar bar(c.err);
    auto progress = [&bar](int done, int total) {
        bar.update(done, total, QObject::tr("Exporting"));
        return true;
    };
    const VCardVersion version = p.isSet(QStringLiteral("vcard3")) ? VCardVersion::V3 : VCardVersion::V4;
    auto ok = format == QLatin1String("csv") ? exporter.writeCsv(*ids, &file, progress)
                                             : exporter.writeVCard(*ids, &file, version, progress);
    bar.finish();
    if (!ok)
        return c.report(ok.error());
    if (!file.commit())
        return c.report({ErrorCode::Io, QObject::tr("Could not write %1: %2").arg(args.at(1), file.errorString()), {}});
    c.out << QObject::tr("Wrote %1 candidates to %2").arg(ids->size()).arg(args.at(1)) << '\n';
    return Ok;
}

} // namespace

QList<Command> listCommands()
{
    return {
        {QStringLiteral("import"),
         QStringLiteral("import resumes PATH... | import csv|vcard FILE [--mapping NAME] [--on-duplicate skip|update|create]"),
         QObject::tr("Import resumes (PDF, DOCX, ODT, TXT, HTML files or folders), a CSV file (LinkedIn, other ATSs) "
                     "or a vCard file."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("KIND"), QObject::tr("resumes, csv or vcard."));
             p.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The file to import (resumes: files and folders)."));
             p.addOption({QStringLiteral("mapping"),
                          QObject::tr("CSV column mapping: \"LinkedIn connections\", \"Generic ATS export\" or one saved "
                                      "in the import wizard (default: chosen from the header)."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("on-duplicate"),
                          QObject::tr("When a row or resume is someone already stored (same e-mail, phone or "
                                      "LinkedIn profile): skip it, update the record's empty fields, or create another "
                                      "record (default: skip for lists, update for resumes)."),
                          QStringLiteral("POLICY"), QStringLiteral("skip")});
         },
         importCommand},
        {QStringLiteral("export"), QStringLiteral("export csv|vcard (--segment NAME|--pool NAME|--query TEXT|--all) OUT"),
         QObject::tr("Export candidates (a saved search, a talent pool, a search or everyone) to CSV or vCard 4.0."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FORMAT"), QObject::tr("csv or vcard."));
             p.addPositionalArgument(QStringLiteral("OUT"), QObject::tr("The file to write."));
             p.addOption({QStringLiteral("segment"), QObject::tr("The saved search called NAME."), QStringLiteral("NAME")});
             p.addOption({QStringLiteral("pool"), QObject::tr("The talent pool called NAME."), QStringLiteral("NAME")});
             p.addOption({QStringLiteral("query"), QObject::tr("The candidates a search finds."), QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("all"), QObject::tr("Everyone not archived.")});
             p.addOption({QStringLiteral("vcard3"), QObject::tr("Write vCard 3.0 instead of 4.0.")});
         },
         exportCommand},
    };
}

} // namespace Tandem::Cli
