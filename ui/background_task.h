#pragma once

#include <core/common/error.h>
#include <core/storage/connection_settings.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QProgressDialog;
class QWidget;

namespace Tandem {
class Database;
}

namespace Tandem::Ui {

// The line between a worker and the UI thread for one task: the worker reports how far it
// got and asks whether to stop; the UI shows the progress and can ask it to stop.
// report() and isCancelled() are called on the worker thread; cancel() on the UI thread.
class TaskProgress : public QObject
{
    Q_OBJECT
public:
    // Returns false once the user asked to stop, so a loop can end with ErrorCode::Cancelled.
    bool report(qint64 done, qint64 total, const QString &text = {});
    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

signals:
    // Emitted on the worker thread; receivers on the UI thread get it queued.
    void progressed(qint64 done, qint64 total, const QString &text);

private:
    std::atomic_bool m_cancelled{false};
    QElapsedTimer m_sinceLastReport; // worker thread only: throttles signals to ~20 per second
};

// Runs long work (demo data, integrity check, backup, restore) on a pool thread so the UI
// thread never waits, behind a window-modal, cancellable progress dialog.
//
// The work gets its own connection, opened on the worker thread from the settings of the
// UI's database (a QSqlDatabase belongs to the thread that opened it); the UI's Database is
// never touched off its thread, so the task does not depend on it staying open.
// The result (a summary for the user, or the error) arrives on the UI thread in `done`.
// The task deletes itself after `done` ran.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Result<QString>(Database &db, TaskProgress &progress)>;
    using Done = std::function<void(const Result<QString> &result)>;

    static BackgroundTask *start(QWidget *parent, const QString &title, const QString &label,
                                 const ConnectionSettings &settings, Work work, Done done);
    // Destroyed with its parent while the worker still runs (the application quitting): the
    // worker is asked to stop and awaited, since it reports into this object.
    ~BackgroundTask() override;

    // Tasks still running in this process; the window does not close under one.
    static int runningCount();

    void cancel();

signals:
    void finished();

private:
    BackgroundTask(QWidget *parent, const QString &title, const QString &label, Done done);
    void showProgress(qint64 done, qint64 total, const QString &text);
    void finish();

    Done m_done;
    TaskProgress m_progress;
    QFutureWatcher<Result<QString>> m_watcher;
    bool m_finished = false; // finish() ran: the worker is done and counted out
    QPointer<QProgressDialog> m_dialog; // owned by this task (deleted in finish()); QPointer because its parent may go first
};

} // namespace Tandem::Ui
