#pragma once

#include <core/common/error.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Tandem {

class Database;

struct DemoOptions
{
    int candidates = 1000;
    quint64 seed = 1;
    // The agency's "today": timelines end here and run three years back. Invalid means
    // DemoGenerator::defaultNow(), so the output never depends on the wall clock.
    QDateTime now;
    // Generation refuses a database that already holds candidates or requisitions, so a demo
    // never mixes into real data by accident. Set this to add a demo agency anyway.
    bool addToExisting = false;
};

struct DemoCounts
{
    qint64 users = 0;
    qint64 candidates = 0;
    qint64 requisitions = 0;
    qint64 applications = 0;
    qint64 stageHistory = 0;
    qint64 activities = 0;
    qint64 skills = 0; // vocabulary entries added to `skills` (existing ones are reused)
    qint64 candidateSkills = 0;
    qint64 stages = 0;
    qint64 interviews = 0;
    qint64 scorecards = 0;
    qint64 offers = 0;
};

struct DemoPhaseTiming
{
    QString phase;
    qint64 milliseconds = 0; // wall clock
    qint64 cpuMilliseconds = 0; // this process's processor time, which others' load does not inflate
};

// Fills a Tandem database with a realistic, deterministic synthetic recruiting agency:
// about 30 users, N candidates with skills and 300-word resumes, N/20 requisitions with their
// own copies of the default pipeline's stages, 3N applications with stage histories over the
// three years before `now`, and 10N timeline activities. The same options give the same rows,
// byte for byte, UUIDs included.
//
// Owns: nothing but its options and the timings of the last run; the Database is borrowed.
// Thread: the thread of the Database (a GUI runs it on a worker with its own connection, see
// Database::openAnother). While it writes, a short-lived helper thread composes the next
// rows' text; SQLite is only ever used from the calling thread.
// Errors: Invalid for bad options or a database that already has data (see DemoOptions),
// Unsupported for a non-SQLite database, Cancelled when the progress callback returns false,
// Database for engine errors. The whole run is one transaction (a savepoint inside a caller's
// own, which the caller then commits): on any failure the database is as it was before.
// Full-text indexing is done once at the end ('rebuild') instead of per row; see
// candidate_search_bulk_load.h.
class DemoGenerator
{
public:
    // done/total count rows; `phase` says what is being written. Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total, const QString &phase)>;

    static constexpr int kMaxCandidates = 2000000;

    DemoGenerator(Database &db, DemoOptions options);

    Result<DemoCounts> generate(const Progress &progress = {});

    // Wall-clock time of each phase of the last generate(), in order.
    const QList<DemoPhaseTiming> &timings() const { return m_timings; }

    // 2026-11-01T12:00:00Z.
    static QDateTime defaultNow();

private:
    Database &m_db;
    DemoOptions m_options;
    QList<DemoPhaseTiming> m_timings;
};

} // namespace Tandem
