#include "maintenance_actions.h"

#include <ui/background_task.h>
#include <ui/message_boxes.h>
#include <ui/session.h>

#include <core/audit/audit_log.h>
#include <core/search/search_index.h>
#include <core/storage/database.h>
#include <core/storage/maintenance.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace Tandem::Ui {
namespace {

const QString backupFolderKey = QStringLiteral("maintenance/backupFolder");

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Ui::Maintenance", text);
}

QString fileFilter()
{
    return tr("Tandem databases (*.sqlite *.db);;All files (*)");
}

QString backupFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QSettings().value(backupFolderKey, documents).toString();
}

// Builds the answer of the integrity check: text for a healthy database, a Corrupt error
// that lists every problem otherwise.
Result<QString> describeHealth(const IntegrityReport &report, const AuditVerification &audit)
{
    const QLocale locale;
    QStringList problems = report.problems;
    if (!audit.ok) {
        problems.append(tr("Audit trail: entry %1 does not match the chain (%2).")
                            .arg(locale.toString(audit.firstBadId), audit.problem));
    }
    if (problems.isEmpty()) {
        return tr("The database file is intact, every reference holds, the search index matches the "
                  "candidates, and the audit trail is unbroken (%1 entries verified).")
            .arg(locale.toString(audit.checked));
    }
    return fail(ErrorCode::Corrupt,
                problems.size() == 1 ? tr("The check found a problem:\n%1").arg(problems.first())
                                     : tr("The check found %1 problems:\n%2")
                                           .arg(locale.toString(problems.size()), problems.join(QLatin1Char('\n'))),
                tr("Restore the latest backup that checks clean (File > Restore…). Keep this database file: "
                   "support can tell what changed."));
}

} // namespace

void checkIntegrity(QWidget *parent, const Session &session)
{
    auto work = [](Database &db, TaskProgress &progress) -> Result<QString> {
        progress.report(0, 2, tr("Checking the database file and search index…"));
        auto report = integrityCheck(db);
        if (!report)
            return std::unexpected(report.error());
        if (!progress.report(1, 2, tr("Verifying the audit trail…")))
            return fail(ErrorCode::Cancelled, tr("The check was stopped."));
        auto audit = AuditLog(db).verify();
        if (!audit)
            return std::unexpected(audit.error());
        progress.report(2, 2);
        return describeHealth(*report, *audit);
    };
    BackgroundTask::start(parent, tr("Check integrity"), tr("Checking %1…").arg(session.displayName()),
                          session.settings(), work, [parent](const Result<QString> &result) {
                              if (result)
                                  showInformation(parent, tr("Check integrity"), tr("No problems found."), *result);
                              else if (result.error().code != ErrorCode::Cancelled)
                                  showError(parent, tr("Check integrity"), result.error());
                          });
}

void rebuildSearchIndex(QWidget *parent, const Session &session)
{
    auto work = [](Database &db, TaskProgress &progress) -> Result<QString> {
        progress.report(0, 0, tr("Rebuilding the search index…"));
        auto indexed = Tandem::rebuildSearchIndex(db);
        if (!indexed)
            return std::unexpected(indexed.error());
        return tr("%1 candidates indexed.").arg(QLocale().toString(*indexed));
    };
    BackgroundTask::start(parent, tr("Rebuild search index"), tr("Rebuilding the search index of %1…").arg(session.displayName()),
                          session.settings(), work, [parent](const Result<QString> &result) {
                              if (result)
                                  showInformation(parent, tr("Rebuild search index"), tr("The search index is rebuilt."), *result);
                              else
                                  showError(parent, tr("Rebuild search index"), result.error());
                          });
}

void backupDatabase(QWidget *parent, const Session &session)
{
    const QString suggested = QDir(backupFolder()).filePath(
        tr("%1-backup-%2.sqlite")
            .arg(QFileInfo(session.displayName()).completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Back up database"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(backupFolderKey, QFileInfo(path).absolutePath());
    BackupOptions options;
    // The file dialog already asked whether to replace an existing file.
    options.overwrite = QFileInfo::exists(path);
    auto work = [path, options](Database &db, TaskProgress &progress) -> Result<QString> {
        progress.report(0, 0, tr("Writing the backup…"));
        auto info = backup(db, path, options);
        if (!info)
            return std::unexpected(info.error());
        return tr("Saved %1 (%2).").arg(QDir::toNativeSeparators(info->path), QLocale().formattedDataSize(info->bytes));
    };
    BackgroundTask::start(parent, tr("Back up database"), tr("Backing up %1…").arg(session.displayName()),
                          session.settings(), work, [parent](const Result<QString> &result) {
                              if (result)
                                  showInformation(parent, tr("Back up database"), tr("The backup is complete."), *result);
                              else
                                  showError(parent, tr("Back up database"), result.error());
                          });
}

void restoreDatabase(QWidget *parent, const Session &session, std::function<void()> restored)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Restore from backup"), backupFolder(), fileFilter());
    if (path.isEmpty())
        return;
    if (!confirm(parent, tr("Restore from backup"),
                 tr("Replace everything in %1 with the backup %2?").arg(session.displayName(), QFileInfo(path).fileName()),
                 tr("Changes made since that backup was taken will be lost. If you are unsure, cancel and make a "
                    "backup of the current database first."),
                 tr("&Restore")))
        return;
    auto work = [path](Database &db, TaskProgress &progress) -> Result<QString> {
        RestoreOptions options;
        options.progress = [&progress](int done, int total) {
            return progress.report(done, total, tr("Copying the backup…"));
        };
        auto info = restore(db, path, options);
        if (!info)
            return std::unexpected(info.error());
        QString text = tr("Restored from %1.").arg(QDir::toNativeSeparators(path));
        if (!info->migrated.isEmpty())
            text += QLatin1Char(' ') + tr("The backup was brought up to date with this version of Tandem.");
        return text;
    };
    BackgroundTask::start(parent, tr("Restore from backup"), tr("Restoring %1…").arg(session.displayName()),
                          session.settings(), work,
                          [parent, restored = std::move(restored)](const Result<QString> &result) {
                              if (result) {
                                  restored();
                                  showInformation(parent, tr("Restore from backup"), tr("The restore is complete."),
                                                  *result);
                              } else if (result.error().code != ErrorCode::Cancelled) {
                                  showError(parent, tr("Restore from backup"), result.error());
                              }
                          });
}

} // namespace Tandem::Ui
