#include "demo_data_task.h"

#include <ui/background_task.h>
#include <ui/session.h>

#include <core/demo/demo_generator.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Tandem::Ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Ui::DemoData", text);
}

// The same agency every time: screenshots, tutorials and support talk about the same people.
constexpr quint64 demoSeed = 20240601;

} // namespace

void generateDemoData(QWidget *parent, const Session &session, int candidates,
                      std::function<void(const Result<QString> &)> done)
{
    auto work = [candidates](Database &db, TaskProgress &progress) -> Result<QString> {
        DemoOptions options;
        options.candidates = candidates;
        options.seed = demoSeed;
        // Timelines end today, so "added 3 days ago" and requisition ages read naturally.
        options.now = QDateTime::currentDateTimeUtc();
        DemoGenerator generator(db, options);
        auto counts = generator.generate([&progress](qint64 written, qint64 total, const QString &phase) {
            return progress.report(written, total, phase.isEmpty() ? QString() : phase + QStringLiteral("…"));
        });
        if (!counts)
            return std::unexpected(counts.error());
        return tr("Added a sample agency: %1 candidates, %2 requisitions, %3 applications.")
            .arg(QLocale().toString(counts->candidates), QLocale().toString(counts->requisitions),
                 QLocale().toString(counts->applications));
    };
    BackgroundTask::start(parent, tr("Sample data"),
                          tr("Creating a sample agency with %1 candidates…").arg(QLocale().toString(candidates)),
                          session.settings(), work, std::move(done));
}

} // namespace Tandem::Ui
