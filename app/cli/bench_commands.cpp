// bench: the benchmark, app beside the raw engine API (sqlite3 or libpq); --compare runs two databases.
#include "command.h"

#include <core/bench/benchmark.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem::Cli {
namespace {

int bench(Context &c, const QCommandLineParser &p)
{
    auto settings = ConnectionSettings::parse(c.location);
    if (!settings)
        return c.report(settings.error(), Usage);
    BenchOptions options;
    bool ok = false;
    options.repeats = p.value(QStringLiteral("repeats")).toInt(&ok);
    if (!ok || options.repeats < 1 || options.repeats > 1000)
        return c.usage(QObject::tr("--repeats needs a whole number from 1 to 1000."));
    options.writeRows = p.value(QStringLiteral("write-rows")).toInt(&ok);
    if (!ok || options.writeRows < 1 || options.writeRows > 100000)
        return c.usage(QObject::tr("--write-rows needs a whole number from 1 to 100000."));
    options.scratchDir = p.value(QStringLiteral("scratch"));
    options.importResumes = p.value(QStringLiteral("import-resumes")).toInt(&ok);
    if (!ok || options.importResumes < 0 || options.importResumes > 10000)
        return c.usage(QObject::tr("--import-resumes is a number from 0 to 10000."));
    options.importCsvRows = p.value(QStringLiteral("import-rows")).toInt(&ok);
    if (!ok || options.importCsvRows < 0 || options.importCsvRows > 1000000)
        return c.usage(QObject::tr("--import-rows is a number from 0 to 1000000."));
    const bool json = p.isSet(QStringLiteral("json"));
    options.progress = [&](const QString &operation) {
        c.err << "measuring " << operation << "...\n";
        c.err.flush();
    };
    if (!p.isSet(QStringLiteral("compare"))) {
        auto report = Benchmark(*settings, options).run();
        if (!report)
            return c.report(report.error());
        if (json)
            c.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
        else
            c.out << report->toText();
        return Ok;
    }
    // The same dataset on two engines (e.g. the demo file and its copy on a server after
    // `migrate`), one after the other so the runs do not compete for the machine.
    auto other = ConnectionSettings::parse(p.value(QStringLiteral("compare")));
    if (!other)
        return c.report(other.error(), Usage);
    QList<BenchReport> reports;
    for (const ConnectionSettings &target : {*settings, *other}) {
        c.err << "benchmarking " << target.displayName() << "...\n";
        auto report = Benchmark(target, options).run();
        if (!report)
            return c.report(report.error());
        reports.append(*report);
    }
    if (json) {
        QJsonArray runs;
        for (const BenchReport &report : std::as_const(reports))
            runs.append(report.toJson());
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs}}).toJson(QJsonDocument::Indented);
    } else {
        c.out << BenchReport::sideBySide(reports);
    }
    return Ok;
}

} // namespace

QList<Command> benchCommands()
{
    return {
        {QStringLiteral("bench"), QStringLiteral("bench [--json] [--repeats N] [--write-rows N] [--compare LOCATION]"),
         QObject::tr("Measure open, search, list, board and writes against the engine's own API (raw sqlite3 or "
                     "libpq; min/median/p95). Works on a file or a postgresql:// server; on a server the writes "
                     "run in a scratch copy (CREATE DATABASE ... TEMPLATE, needs CREATEDB). --compare runs the "
                     "same benchmark on a second database and prints both side by side, e.g. "
                     "--db demo.sqlite bench --compare postgresql://me@host/demo after "
                     "tandem-cli migrate --from demo.sqlite --to postgresql://me@host/demo."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object (engine, dataset, operations).")});
             p.addOption({QStringLiteral("repeats"), QObject::tr("Runs per read operation (default 15)."), QStringLiteral("N"),
                          QStringLiteral("15")});
             p.addOption({QStringLiteral("write-rows"), QObject::tr("Candidates inserted and updated (default 100)."),
                          QStringLiteral("N"), QStringLiteral("100")});
             p.addOption({QStringLiteral("import-resumes"),
                          QObject::tr("Resumes per format (TXT, DOCX, PDF) the import benchmark stores (default 60; 0 "
                                      "leaves it out)."),
                          QStringLiteral("N"), QStringLiteral("60")});
             p.addOption({QStringLiteral("import-rows"),
                          QObject::tr("Rows of the CSV import benchmark (default 100000; 0 leaves it out)."),
                          QStringLiteral("N"), QStringLiteral("100000")});
             p.addOption({QStringLiteral("scratch"), QObject::tr("Folder for the copy the write tests change (default: temp)."),
                          QStringLiteral("DIR")});
             p.addOption({QStringLiteral("compare"),
                          QObject::tr("Also benchmark this database (file or postgresql://...) and print both runs "
                                      "side by side; --json prints {\"runs\": [first, second]}."),
                          QStringLiteral("LOCATION")});
         },
         bench},
    };
}

} // namespace Tandem::Cli
