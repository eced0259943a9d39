// Long work runs on another thread with its own connection and reports back on the UI
// thread; cancelling reaches the worker.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/background_task.h>

#include <core/storage/database.h>

#include <QApplication>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <optional>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

TEST(BackgroundTask, RunsOnAWorkerWithItsOwnConnectionAndAnswersOnTheUiThread)
{
    TestDatabase database;
    QWidget parent;
    std::atomic<QThread *> workerThread{nullptr};
    QString workerConnection;
    std::optional<Result<QString>> answer;
    QThread *answeredOn = nullptr;

    Ui::BackgroundTask::start(
        &parent, QStringLiteral("Test"), QStringLiteral("Working"), database->settings(),
        [&](Database &db, Ui::TaskProgress &progress) -> Result<QString> {
            workerThread = QThread::currentThread();
            workerConnection = db.connection().connectionName();
            progress.report(1, 2);
            auto value = db.scalar(QStringLiteral("SELECT 40 + 2"));
            if (!value)
                return std::unexpected(value.error());
            return value->toString();
        },
        [&](const Result<QString> &result) {
            answer = result;
            answeredOn = QThread::currentThread();
        });
    EXPECT_EQ(Ui::BackgroundTask::runningCount(), 1);
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_TRUE(*answer) << answer->error().text().toStdString();
    EXPECT_EQ(**answer, QStringLiteral("42"));
    EXPECT_NE(workerThread.load(), QThread::currentThread());
    EXPECT_EQ(answeredOn, QThread::currentThread());
    EXPECT_NE(workerConnection, database->connection().connectionName());
    EXPECT_EQ(Ui::BackgroundTask::runningCount(), 0);
}

TEST(BackgroundTask, CancelReachesTheWorker)
{
    TestDatabase database;
    QWidget parent;
    std::atomic_bool started{false};
    std::optional<Result<QString>> answer;
    Ui::BackgroundTask *task = Ui::BackgroundTask::start(
        &parent, QStringLiteral("Test"), QStringLiteral("Working"), database->settings(),
        [&](Database &, Ui::TaskProgress &progress) -> Result<QString> {
            started = true;
            for (int i = 0; i < 10000; ++i) {
                if (!progress.report(i, 10000))
                    return fail(ErrorCode::Cancelled, QStringLiteral("stopped"));
                QThread::msleep(1);
            }
            return QStringLiteral("finished");
        },
        [&](const Result<QString> &result) { answer = result; });
    ASSERT_TRUE(waitFor([&] { return started.load(); }));
    task->cancel();
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().code, ErrorCode::Cancelled);
}

} // namespace
