#include "resume_import_command.h"

#include "progress_bar.h"

#include <core/intake/resume_import.h>

#include <QElapsedTimer>

namespace Tandem::Cli {

namespace {

QString label(ResumeImportResult result)
{
    switch (result) {
    case ResumeImportResult::Created:
        return QStringLiteral("created");
    case ResumeImportResult::Updated:
        return QStringLiteral("updated");
    case ResumeImportResult::SkippedDuplicate:
        return QStringLiteral("duplicate");
    case ResumeImportResult::Skipped:
        return QStringLiteral("skipped");
    case ResumeImportResult::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

int importResumes(Context &c, const QStringList &paths, const QString &onDuplicate)
{
    if (paths.isEmpty())
        return c.usage(QObject::tr("import resumes needs files or folders, e.g. tandem-cli import resumes ~/cvs."));
    const auto policy = onDuplicate.isEmpty() ? std::optional(DuplicatePolicy::UpdateEmptyFields)
                                              : duplicatePolicyFromKey(onDuplicate);
    if (!policy)
        return c.usage(QObject::tr("--on-duplicate is \"%1\"; use update, skip or create.").arg(onDuplicate));
    QStringList ignored;
    const QStringList files = ResumeReader::expand(paths, &ignored);
    if (files.isEmpty())
        return c.report(Error{ErrorCode::Invalid, QObject::tr("There is no resume among %1.").arg(paths.join(QStringLiteral(", "))),
                              QObject::tr("Tandem reads .pdf, .docx, .odt, .txt, .md and .html files.")});
    Database *db = c.open();
    if (!db)
        return Failed;
    auto reader = ResumeReader::fromDatabase(*db);
    if (!reader)
        return c.report(reader.error());
    ProgressBar bar(c.err);
    QElapsedTimer timer;
    timer.start();
    ResumeImporter importer(*db, Actor::system());
    const ResumeImportSummary summary = importer.importFiles(files, *reader, *policy, [&](int done, int total, const QString &name) {
        bar.update(done, total, name);
        return true;
    });
    bar.finish();
    for (const ResumeImportOutcome &o : summary.outcomes) {
        QString line = QStringLiteral("%1\t%2").arg(label(o.result), o.fileName);
        if (o.candidateId != 0)
            line += QStringLiteral("\tcandidate %1").arg(o.candidateId);
        if (!o.detail.isEmpty())
            line += QStringLiteral("\t") + QString(o.detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        (o.result == ResumeImportResult::Failed ? c.err : c.out) << line << Qt::endl;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    c.out << QObject::tr("%1 in %2 s (%3 resumes/s).")
                 .arg(summary.text())
                 .arg(seconds, 0, 'f', 1)
                 .arg(seconds > 0 ? double(files.size()) / seconds : 0.0, 0, 'f', 1)
          << Qt::endl;
    if (!ignored.isEmpty())
        c.out << QObject::tr("%n other file(s) were not resumes and were left alone.", nullptr, int(ignored.size())) << Qt::endl;
    return summary.count(ResumeImportResult::Failed) > 0 ? Failed : Ok;
}

} // namespace Tandem::Cli
