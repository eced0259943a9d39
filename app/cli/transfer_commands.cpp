// migrate: move a whole database between a local file and a team server (either way).
#include "command.h"
#include "progress_bar.h"

#include <core/transfer/database_transfer.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Tandem::Cli {
namespace {

// Opens one end of the move. The source must exist; the target may be a new file or an empty
// server database, which opening creates and migrates.
std::unique_ptr<Database> openEnd(Context &c, const QString &location, bool isTarget, int &code)
{
    auto settings = ConnectionSettings::parse(location);
    if (!settings) {
        code = c.report(settings.error(), Usage);
        return nullptr;
    }
    Database::OpenOptions options;
    options.create = isTarget;
    auto db = Database::open(*settings, options);
    if (!db) {
        code = c.report(db.error());
        return nullptr;
    }
    return std::move(*db);
}

int migrate(Context &c, const QCommandLineParser &p)
{
    const QString fromLocation = p.value(QStringLiteral("from"));
    const QString toLocation = p.value(QStringLiteral("to"));
    if (fromLocation.isEmpty() || toLocation.isEmpty())
        return c.usage(QObject::tr("migrate needs --from LOCATION and --to LOCATION (a file path or a postgresql:// "
                                   "address each)."));
    int code = Failed;
    std::unique_ptr<Database> from = openEnd(c, fromLocation, false, code);
    if (!from)
        return code;
    // A target file this command creates is removed again when the move fails, so a retry
    // does not find a half-made (empty but migrated) file in its way.
    auto toSettings = ConnectionSettings::parse(toLocation);
    const bool newFile = toSettings && toSettings->engine == Engine::Sqlite && !toSettings->isInMemory()
                         && !QFileInfo::exists(toSettings->path);
    std::unique_ptr<Database> to = openEnd(c, toLocation, true, code);
    if (!to)
        return code;

    ProgressBar bar(c.err);
    auto report = transferDatabase(*from, *to, [&](qint64 done, qint64 total, const QString &phase) {
        bar.update(done, total, phase);
        return true;
    });
    bar.finish();
    if (!report) {
        if (newFile) {
            to.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(toSettings->path + QLatin1String(suffix));
        }
        return c.report(report.error());
    }

    const QLocale locale;
    c.out << QObject::tr("Moved %1 to %2:").arg(from->settings().displayName(), to->settings().displayName()) << '\n';
    for (const TransferTable &t : std::as_const(report->tables))
        c.out << "  " << t.name.leftJustified(26) << ' ' << locale.toString(t.rows).rightJustified(10) << "  "
              << t.targetChecksum.left(16) << '\n';
    const double seconds = std::max(0.001, double(report->elapsedMs) / 1000.0);
    c.out << QObject::tr("%1 rows in %2 s (%3 rows/s), verified: counts, checksums and the audit chain match.")
                 .arg(locale.toString(report->totalRows()), locale.toString(seconds, 'f', 2),
                      locale.toString(qint64(double(report->totalRows()) / seconds)))
          << '\n';
    return Ok;
}

} // namespace

QList<Command> transferCommands()
{
    return {
        {QStringLiteral("migrate"), QStringLiteral("migrate --from LOCATION --to LOCATION"),
         QObject::tr("Move a database to a team server or back, keeping every id and audit entry (verified)."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("from"), QObject::tr("The database to copy: a file path or postgresql:// address."),
                          QStringLiteral("LOCATION")});
             p.addOption({QStringLiteral("to"),
                          QObject::tr("The empty database to fill: a new file, or an empty server database."),
                          QStringLiteral("LOCATION")});
         },
         migrate},
    };
}

} // namespace Tandem::Cli
