#include "vcard_import.h"

#include "background_task.h"
#include "message_boxes.h"

#include <core/lists/import_session.h>
#include <core/lists/vcard.h>
#include <core/storage/database.h>

#include <QFileDialog>
#include <QObject>

#include <memory>

namespace Tandem::Ui {

QString importSummaryDetails(const ImportSummary &summary, int maxLines)
{
    QStringList lines;
    for (qsizetype i = 0; i < summary.failed.size() && i < maxLines; ++i)
        lines.append(summary.failed.at(i).text());
    if (summary.failed.size() > maxLines)
        lines.append(QObject::tr("… and %1 more.").arg(summary.failed.size() - maxLines));
    return lines.join(QLatin1Char('\n'));
}

void importVCardFile(QWidget *parent, Database &db, const Actor &actor, const QString &path,
                     std::function<FindExisting(Database &)> findExisting, std::function<void(const ImportSummary &)> done)
{
    if (!findExisting)
        findExisting = [](Database &d) { return ImportSession::matchSamePerson(d); };
    auto result = std::make_shared<ImportSummary>();
    BackgroundTask::Work work = [path, actor, findExisting, result](Database &worker, TaskProgress &progress) -> Result<QString> {
        ImportOptions options;
        options.findExisting = findExisting(worker);
        auto summary = VCardImporter(worker, actor).run(path, options, [&progress](int n, int total) {
            return progress.report(n, total, QObject::tr("Importing card %1 of %2").arg(n).arg(total));
        });
        if (!summary)
            return std::unexpected(summary.error());
        *result = *summary;
        return summary->text();
    };
    BackgroundTask::start(parent, QObject::tr("Import vCard"), QObject::tr("Importing contacts…"), db.settings(), std::move(work),
                          [parent, result, done](const Result<QString> &finished) {
                              if (!finished) {
                                  showError(parent, QObject::tr("Import vCard"), finished.error());
                                  return;
                              }
                              showInformation(parent, QObject::tr("Import vCard"), result->text(),
                                              importSummaryDetails(*result));
                              if (done)
                                  done(*result);
                          });
}

void importVCard(QWidget *parent, Database &db, const Actor &actor, std::function<FindExisting(Database &)> findExisting,
                 std::function<void(const ImportSummary &)> done)
{
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import vCard"), QString(),
                                                      QObject::tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        importVCardFile(parent, db, actor, path, std::move(findExisting), std::move(done));
}

} // namespace Tandem::Ui
