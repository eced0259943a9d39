// init, check, backup, restore: the database's life cycle from the command line.
#include "command.h"
#include "progress_bar.h"

#include <core/audit/audit_log.h>
#include <core/records/server_roles.h>
#include <core/search/search_index.h>
#include <core/storage/maintenance.h>
#include <core/storage/migrator.h>

#include <QFileInfo>
#include <QLocale>

namespace Tandem::Cli {
namespace {

int init(Context &c, const QCommandLineParser &)
{
    Database *db = c.open(true);
    if (!db)
        return Failed;
    auto version = Migrator(*db).currentVersion();
    if (!version)
        return c.report(version.error());
    c.out << "Database ready at " << db->settings().displayName() << " (schema " << *version << ").\n";
    return Ok;
}

int check(Context &c, const QCommandLineParser &)
{
    Database *db = c.open();
    if (!db)
        return Failed;
    // A team server checks its own storage (amcheck); the audit chain is ours on either engine.
    auto integrity = integrityCheck(*db);
    const bool serverChecksItself = !integrity && integrity.error().code == ErrorCode::Unsupported;
    if (!integrity && !serverChecksItself)
        return c.report(integrity.error());
    auto audit = AuditLog(*db).verify();
    if (!audit)
        return c.report(audit.error());
    auto head = db->scalar(QStringLiteral("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1"));

    const bool storageOk = serverChecksItself || integrity->ok;
    if (serverChecksItself)
        c.out << QObject::tr("Structure: checked by the server itself (PostgreSQL's amcheck), not by Tandem") << '\n';
    else if (integrity->ok)
        c.out << QObject::tr("Structure, foreign keys and search index: ok") << '\n';
    if (!serverChecksItself) {
        for (const QString &problem : std::as_const(integrity->problems))
            c.out << "PROBLEM: " << problem << '\n';
    }
    if (audit->ok) {
        c.out << QObject::tr("Audit chain: ok (%1 entries").arg(QLocale().toString(audit->checked));
        if (head && head->isValid())
            c.out << QObject::tr(", head %1").arg(head->toString().left(16));
        c.out << ")\n";
    } else {
        c.out << "PROBLEM: " << QObject::tr("audit chain broken: %1").arg(audit->problem) << '\n';
    }
    if (!storageOk || !audit->ok) {
        c.err << QObject::tr("tandem-cli: the check found problems (listed above).") << '\n'
              << QObject::tr("  Restore the latest good backup (tandem-cli restore FILE), and keep this file for investigation.")
              << '\n';
        return Problems;
    }
    return Ok;
}

int backupCommand(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return c.usage(QObject::tr("backup needs exactly one argument: the file to write."));
    Database *db = c.open();
    if (!db)
        return Failed;
    BackupOptions options;
    options.overwrite = p.isSet(QStringLiteral("force"));
    auto info = backup(*db, args.first(), options);
    if (!info)
        return c.report(info.error());
    c.out << "Backup written to " << info->path << " (" << QLocale().formattedDataSize(info->bytes) << ").\n";
    return Ok;
}

int restoreCommand(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return c.usage(QObject::tr("restore needs exactly one argument: the backup file to read."));
    if (!QFileInfo::exists(args.first()))
        return c.report(Error{ErrorCode::NotFound, QObject::tr("There is no file at %1.").arg(args.first()),
                              QObject::tr("Check the path of the backup.")});
    Database *db = c.open(true);
    if (!db)
        return Failed;
    ProgressBar bar(c.err);
    RestoreOptions options;
    options.progress = [&](int done, int total) {
        bar.update(done, total, QObject::tr("Restoring"));
        return true;
    };
    auto info = restore(*db, args.first(), options);
    bar.finish();
    if (!info)
        return c.report(info.error());
    c.out << "Restored " << args.first() << " into " << db->settings().displayName() << " (backup schema "
          << info->backupVersion;
    if (!info->migrated.isEmpty())
        c.out << ", brought up to date with " << info->migrated.size() << " migration(s)";
    c.out << ").\n";
    return Ok;
}

int reindex(Context &c, const QCommandLineParser &)
{
    Database *db = c.open();
    if (!db)
        return Failed;
    auto indexed = rebuildSearchIndex(*db);
    if (!indexed)
        return c.report(indexed.error());
    c.out << QObject::tr("Search index rebuilt: %1 candidates indexed.").arg(QLocale().toString(*indexed)) << '\n';
    return Ok;
}

int grant(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return c.usage(QObject::tr("grant needs a server login and a role, e.g. tandem-cli grant alice recruiter."));
    Database *db = c.open();
    if (!db)
        return Failed;
    if (auto ok = grantServerRole(*db, args.at(0), args.at(1)); !ok)
        return c.report(ok.error());
    c.out << QObject::tr("%1 now has the Tandem role %2 on this server.").arg(args.at(0), args.at(1)) << '\n';
    return Ok;
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init"), QObject::tr("Create the database (or bring its schema up to date)."),
         {}, init},
        {QStringLiteral("check"), QStringLiteral("check"),
         QObject::tr("Check structure, foreign keys, search index and the audit chain (exit 3 on problems)."), {}, check},
        {QStringLiteral("reindex"), QStringLiteral("reindex"),
         QObject::tr("Rebuild the candidate search index from the records (the repair check points to)."), {}, reindex},
        {QStringLiteral("grant"), QStringLiteral("grant LOGIN ROLE"),
         QObject::tr("Team server: give a PostgreSQL login a Tandem role (admin, recruiter, hiring_manager, interviewer, compliance)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("LOGIN"), QObject::tr("The server login."));
             p.addPositionalArgument(QStringLiteral("ROLE"), QObject::tr("The Tandem role."));
         },
         grant},
        {QStringLiteral("backup"), QStringLiteral("backup OUT [--force]"),
         QObject::tr("Write a consistent copy of the database to OUT, safe while it is in use."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("OUT"), QObject::tr("The backup file to write."));
             p.addOption({QStringLiteral("force"), QObject::tr("Replace OUT if it exists.")});
         },
         backupCommand},
        {QStringLiteral("restore"), QStringLiteral("restore IN"),
         QObject::tr("Replace the database's contents with the backup IN (validated first)."),
         [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("IN"), QObject::tr("The backup file to read.")); },
         restoreCommand},
    };
}

} // namespace Tandem::Cli
