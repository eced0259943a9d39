// demo: the deterministic demo agency.
#include "command.h"
#include "progress_bar.h"

#include <core/audit/audit_log.h>
#include <core/demo/demo_generator.h>
#include <core/storage/transaction.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

namespace Tandem::Cli {
namespace {

int demo(Context &c, const QCommandLineParser &p)
{
    bool ok = false;
    const int candidates = p.value(QStringLiteral("candidates")).toInt(&ok);
    if (!ok || candidates < 1 || candidates > DemoGenerator::kMaxCandidates)
        return c.usage(QObject::tr("--candidates needs a whole number from 1 to %1.").arg(DemoGenerator::kMaxCandidates));
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return c.usage(QObject::tr("--seed needs a whole number, e.g. --seed 7."));
    Database *db = c.open(true);
    if (!db)
        return Failed;

    DemoOptions options;
    options.candidates = candidates;
    options.seed = seed;
    options.addToExisting = p.isSet(QStringLiteral("add"));
    DemoGenerator generator(*db, options);
    ProgressBar bar(c.err);
    QElapsedTimer clock;
    clock.start();

    // The demo and its audit entry commit together: the generator's own transaction nests
    // inside this one as a savepoint.
    auto tx = Transaction::begin(*db);
    if (!tx)
        return c.report(tx.error());
    auto counts = generator.generate([&](qint64 done, qint64 total, const QString &phase) {
        bar.update(done, total, phase);
        return true;
    });
    bar.finish();
    if (!counts)
        return c.report(counts.error());
    const QJsonObject summary{{QStringLiteral("candidates"), counts->candidates},
                              {QStringLiteral("requisitions"), counts->requisitions},
                              {QStringLiteral("applications"), counts->applications},
                              {QStringLiteral("activities"), counts->activities},
                              {QStringLiteral("seed"), QString::number(seed)}};
    auto audited = AuditLog(*db).append(QStringLiteral("system"), QStringLiteral("demo.generate"), QStringLiteral("database"),
                                        QStringLiteral("demo"), {}, summary);
    if (!audited)
        return c.report(audited.error());
    if (auto committed = tx->commit(); !committed)
        return c.report(committed.error());

    const QLocale locale;
    c.out << "Demo agency (seed " << seed << ") written to " << db->settings().displayName() << " in "
          << locale.toString(double(clock.elapsed()) / 1000.0, 'f', 1) << " s:\n"
          << "  " << locale.toString(counts->candidates) << " candidates, " << locale.toString(counts->requisitions)
          << " requisitions, " << locale.toString(counts->applications) << " applications,\n"
          << "  " << locale.toString(counts->stageHistory) << " stage moves, " << locale.toString(counts->activities)
          << " activities, " << locale.toString(counts->users) << " users,\n"
          << "  " << locale.toString(counts->interviews) << " interviews, " << locale.toString(counts->scorecards)
          << " scorecards, " << locale.toString(counts->offers) << " offers.\n";
    if (p.isSet(QStringLiteral("timings"))) {
        for (const DemoPhaseTiming &t : generator.timings())
            c.out << "  " << t.phase.leftJustified(40) << ' ' << locale.toString(double(t.milliseconds) / 1000.0, 'f', 2) << " s\n";
    }
    return Ok;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {QStringLiteral("demo"), QStringLiteral("demo --candidates N --seed S [--add]"),
         QObject::tr("Generate the deterministic demo agency (N=100000: ~5,000 requisitions, 300,000 applications)."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("candidates"), QObject::tr("How many candidates (default 1000)."), QStringLiteral("N"),
                          QStringLiteral("1000")});
             p.addOption({QStringLiteral("seed"), QObject::tr("Seed: the same seed gives the same agency (default 1)."),
                          QStringLiteral("S"), QStringLiteral("1")});
             p.addOption({QStringLiteral("add"), QObject::tr("Add to a database that already holds people.")});
             p.addOption({QStringLiteral("timings"), QObject::tr("Print the time of each phase.")});
         },
         demo},
    };
}

} // namespace Tandem::Cli
