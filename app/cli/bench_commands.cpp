// bench: the benchmark, app beside raw SQLite.
#include "command.h"

#include <core/bench/benchmark.h>

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
    const bool json = p.isSet(QStringLiteral("json"));
    options.progress = [&](const QString &operation) {
        c.err << "measuring " << operation << "...\n";
        c.err.flush();
    };
    auto report = Benchmark(*settings, options).run();
    if (!report)
        return c.report(report.error());
    if (json)
        c.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        c.out << report->toText();
    return Ok;
}

} // namespace

QList<Command> benchCommands()
{
    return {
        {QStringLiteral("bench"), QStringLiteral("bench [--json] [--repeats N] [--write-rows N]"),
         QObject::tr("Measure open, search, list, board and writes against raw SQLite (min/median/p95)."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object (engine, dataset, operations).")});
             p.addOption({QStringLiteral("repeats"), QObject::tr("Runs per read operation (default 15)."), QStringLiteral("N"),
                          QStringLiteral("15")});
             p.addOption({QStringLiteral("write-rows"), QObject::tr("Candidates inserted and updated (default 100)."),
                          QStringLiteral("N"), QStringLiteral("100")});
             p.addOption({QStringLiteral("scratch"), QObject::tr("Folder for the copy the write tests change (default: temp)."),
                          QStringLiteral("DIR")});
         },
         bench},
    };
}

} // namespace Tandem::Cli
