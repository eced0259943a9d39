#include "background_task.h"

#include <core/storage/database.h>

#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Tandem::Ui {
namespace {

std::atomic_int g_running{0};

// The progress bar works in ints; totals (bytes, pages, candidates) may not fit.
constexpr int progressScale = 1000;

} // namespace

bool TaskProgress::report(qint64 done, qint64 total, const QString &text)
{
    const bool last = total > 0 && done >= total;
    if (!m_sinceLastReport.isValid() || m_sinceLastReport.elapsed() >= 50 || last) {
        m_sinceLastReport.start();
        emit progressed(done, total, text);
    }
    return !isCancelled();
}

BackgroundTask::BackgroundTask(QWidget *parent, const QString &title, const QString &label, Done done)
    : QObject(parent)
    , m_done(std::move(done))
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // Wide enough for the phase texts ("Writing applications and stage history…") to sit
    // on one line without the dialog resizing as they change.
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
    // The dialog stays up until the worker has really stopped: hiding it at once would let
    // the user start something else on a database that is still being written.
    disconnect(dialog, &QProgressDialog::canceled, dialog, &QProgressDialog::cancel);
    connect(dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    m_dialog = dialog;
    connect(&m_progress, &TaskProgress::progressed, this, &BackgroundTask::showProgress);
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, &BackgroundTask::finish);
}

BackgroundTask *BackgroundTask::start(QWidget *parent, const QString &title, const QString &label,
                                      const ConnectionSettings &settings, Work work, Done done)
{
    auto *task = new BackgroundTask(parent, title, label, std::move(done));
    ++g_running;
    TaskProgress *progress = &task->m_progress;
    task->m_watcher.setFuture(QtConcurrent::run([settings, work = std::move(work), progress]() -> Result<QString> {
        // What Database::openAnother() does, opened here because the connection must
        // belong to this thread.
        Database::OpenOptions options;
        options.create = false;
        options.migrate = false;
        options.checkLocation = false;
        auto db = Database::open(settings, options);
        if (!db)
            return std::unexpected(db.error());
        return work(**db, *progress);
    }));
    task->m_dialog->show();
    return task;
}

BackgroundTask::~BackgroundTask()
{
    if (!m_finished) {
        m_progress.cancel();
        m_watcher.waitForFinished();
        --g_running;
    }
}

int BackgroundTask::runningCount()
{
    return g_running.load();
}

void BackgroundTask::cancel()
{
    m_progress.cancel();
    if (m_dialog) {
        m_dialog->setLabelText(tr("Stopping…"));
        if (auto *button = m_dialog->findChild<QPushButton *>())
            button->setEnabled(false);
    }
}

void BackgroundTask::showProgress(qint64 done, qint64 total, const QString &text)
{
    if (!m_dialog || m_progress.isCancelled())
        return;
    if (!text.isEmpty())
        m_dialog->setLabelText(text);
    if (total <= 0) {
        m_dialog->setRange(0, 0); // a busy indicator when the end is not known
        return;
    }
    m_dialog->setRange(0, progressScale);
    const double fraction = std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0);
    m_dialog->setValue(static_cast<int>(fraction * progressScale));
}

void BackgroundTask::finish()
{
    m_finished = true;
    --g_running;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    const Result<QString> result = m_watcher.result();
    if (m_done)
        m_done(result);
    emit finished();
    deleteLater();
}

} // namespace Tandem::Ui
