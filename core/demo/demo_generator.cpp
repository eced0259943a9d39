#include "demo_generator.h"

#include "candidate_search_bulk_load.h"
#include "demo_plan.h"
#include "demo_writer.h"

#include <core/common/ids.h>
#include <core/common/logging.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <ctime>

namespace Tandem {
namespace {

using namespace Demo;

constexpr int kGeneratorVersion = 1;

// A bulk load touches far more pages than the connection's usual cache holds. Without room,
// SQLite spills dirty pages into the WAL mid-transaction and writes many of them again later;
// at 100,000 candidates that cost about 3 s of CPU and as much again in I/O. So the cache may
// grow to about the size of the new data (~14 KB per candidate) for the run, then goes back.
class PageCacheBoost
{
public:
    PageCacheBoost(Database &db, int candidates)
        : m_db(db)
    {
        auto current = db.scalar(QStringLiteral("PRAGMA cache_size"));
        if (!current)
            return;
        m_previous = current->toLongLong();
        const qint64 kib = std::clamp(qint64(candidates) * 14, qint64(64 * 1024), qint64(2 * 1024 * 1024));
        setCacheSize(-kib);
    }
    ~PageCacheBoost()
    {
        if (m_previous)
            setCacheSize(*m_previous);
    }
    PageCacheBoost(const PageCacheBoost &) = delete;
    PageCacheBoost &operator=(const PageCacheBoost &) = delete;
    PageCacheBoost(PageCacheBoost &&) = delete;
    PageCacheBoost &operator=(PageCacheBoost &&) = delete;

private:
    void setCacheSize(qint64 value)
    {
        // PRAGMA takes no bound parameters; the value is our own integer, never user text.
        if (auto ok = m_db.execScript(QStringLiteral("PRAGMA cache_size = %1").arg(value)); !ok)
            qCWarning(lcDemo) << "cannot set the page cache size:" << ok.error().message;
    }

    Database &m_db;
    std::optional<qint64> m_previous;
};

// Wall-clock and processor time per phase. The benchmark reports both: other work on the
// machine inflates the first, not the second.
class PhaseClock
{
public:
    PhaseClock()
        : m_totalCpu(std::clock())
    {
        m_total.start();
    }

    // Ends the current phase, if any, and starts `name`.
    void begin(const QString &name)
    {
        if (!m_phase.isEmpty())
            m_timings.append({m_phase, m_phaseTimer.elapsed(), cpuSince(m_phaseCpu)});
        m_phase = name;
        m_phaseTimer.start();
        m_phaseCpu = std::clock();
    }
    const QString &phase() const { return m_phase; }

    QList<DemoPhaseTiming> finish()
    {
        begin(QString());
        m_timings.append({QObject::tr("Total"), m_total.elapsed(), cpuSince(m_totalCpu)});
        return m_timings;
    }

private:
    static qint64 cpuSince(std::clock_t from) { return qint64(std::clock() - from) * 1000 / CLOCKS_PER_SEC; }

    QElapsedTimer m_total;
    std::clock_t m_totalCpu;
    QElapsedTimer m_phaseTimer;
    std::clock_t m_phaseCpu = 0;
    QString m_phase;
    QList<DemoPhaseTiming> m_timings;
};

DemoCounts countsOf(const WriteCounts &c)
{
    DemoCounts counts;
    counts.users = c.users;
    counts.candidates = c.candidates;
    counts.requisitions = c.requisitions;
    counts.applications = c.applications;
    counts.stageHistory = c.stageHistory;
    counts.activities = c.activities;
    counts.skills = c.skills;
    counts.candidateSkills = c.candidateSkills;
    counts.stages = c.stages;
    counts.interviews = c.interviews;
    counts.scorecards = c.scorecards;
    counts.offers = c.offers;
    return counts;
}

Status refuseExistingData(Database &db)
{
    auto candidates = db.scalar(QStringLiteral("SELECT count(*) FROM candidates"));
    if (!candidates)
        return std::unexpected(candidates.error());
    auto requisitions = db.scalar(QStringLiteral("SELECT count(*) FROM requisitions"));
    if (!requisitions)
        return std::unexpected(requisitions.error());
    if (candidates->toLongLong() == 0 && requisitions->toLongLong() == 0)
        return {};
    return fail(
        ErrorCode::Invalid,
        QObject::tr("This database already holds %1 candidates and %2 requisitions; the demo agency was not "
                    "generated so that it does not mix with real records.")
            .arg(candidates->toLongLong())
            .arg(requisitions->toLongLong()),
        QObject::tr("Generate the demo into a new database file, or ask explicitly to add it to this one."));
}

Result<PipelineShape> readDefaultPipeline(Database &db)
{
    auto query = db.exec(QStringLiteral(
        "SELECT position, name, kind, stale_after_days FROM pipeline_template_stages "
        "WHERE template_id = (SELECT id FROM pipeline_templates ORDER BY is_default DESC, id LIMIT 1) "
        "ORDER BY position"));
    if (!query)
        return std::unexpected(query.error());
    QList<StageSpec> stages;
    while (query->next()) {
        // A NULL read back through Qt would be bound again as '' text; keep it a real NULL.
        const QVariant stale = query->value(3);
        stages.append({query->value(0).toInt(), query->value(1).toString(), query->value(2).toString(),
                       stale.isNull() ? QVariant() : QVariant(stale.toInt())});
    }
    query->finish();
    PipelineShape shape = PipelineShape::fromStages(stages);
    if (!shape.isUsable())
        return fail(
            ErrorCode::Invalid,
            QObject::tr("The default pipeline template needs at least an entry stage and a later \"hired\" "
                        "stage to generate demo applications."),
            QObject::tr("Restore the default pipeline template, or generate into a new database."));
    return shape;
}

Status recordRun(Database &db, const DemoOptions &options, const QDateTime &now)
{
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("demo_seed"), QString::number(options.seed)},
        {QStringLiteral("demo_candidates"), QString::number(options.candidates)},
        {QStringLiteral("demo_now"), toStorageTime(now)},
        {QStringLiteral("demo_generator_version"), QString::number(kGeneratorVersion)},
    };
    for (const auto &[key, value] : meta) {
        auto q = db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, value});
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(std::move(options))
{
    if (!m_options.now.isValid())
        m_options.now = defaultNow();
}

QDateTime DemoGenerator::defaultNow()
{
    return QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());
}

Result<DemoCounts> DemoGenerator::generate(const Progress &progress)
{
    m_timings.clear();
    if (m_options.candidates < 1 || m_options.candidates > kMaxCandidates)
        return fail(ErrorCode::Invalid,
                    QObject::tr("A demo agency needs between 1 and %1 candidates, not %2.")
                        .arg(kMaxCandidates)
                        .arg(m_options.candidates));
    if (m_db.engine() != Engine::Sqlite)
        return fail(ErrorCode::Unsupported,
                    QObject::tr("Demo agencies can only be generated into a SQLite database."),
                    QObject::tr("Generate into a local file, then move the data to the server."));

    PhaseClock clock;
    clock.begin(QObject::tr("Planning the agency"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (!m_options.addToExisting) {
        if (auto empty = refuseExistingData(m_db); !empty)
            return std::unexpected(empty.error());
    }
    PageCacheBoost cache(m_db, m_options.candidates);
    auto pipeline = readDefaultPipeline(m_db);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto ids = IdBases::read(m_db);
    if (!ids)
        return std::unexpected(ids.error());
    const DemoPlan plan
        = planAgency({m_options.candidates, m_options.seed, m_options.now.toMSecsSinceEpoch(), *pipeline});

    // Progress counts rows written; the index rebuild, which cannot report as it goes, is
    // weighted like writing a quarter of the candidates again.
    const qint64 indexWeight = qMax<qint64>(1, plan.candidates.size() / 4);
    const qint64 totalWork = plan.users.size() + plan.candidates.size() + plan.requisitions.size()
        + plan.applications.size() + plan.activityRows + plan.candidates.size() + indexWeight;
    auto report = [&](qint64 done) { return !progress || progress(done, totalWork, clock.phase()); };
    DemoWriter writer(m_db, plan, m_options.seed, *ids, report);
    auto cancelled = [] { return std::unexpected(cancelledError()); };

    auto search = CandidateSearchBulkLoad::suspend(m_db);
    if (!search)
        return std::unexpected(search.error());

    const std::pair<QString, Status (DemoWriter::*)()> steps[] = {
        {QObject::tr("Adding users and skills"), &DemoWriter::writeUsers},
        {QObject::tr("Adding users and skills"), &DemoWriter::writeSkills},
        {QObject::tr("Writing candidates and resumes"), &DemoWriter::writeCandidates},
        {QObject::tr("Writing requisitions"), &DemoWriter::writeRequisitions},
        {QObject::tr("Writing applications and stage history"), &DemoWriter::writeApplications},
        {QObject::tr("Writing activities"), &DemoWriter::writeActivities},
        {QObject::tr("Writing interviews, scorecards and offers"), &DemoWriter::writeRecruiting},
    };
    qint64 done = 0;
    for (const auto &[name, step] : steps) {
        if (name != clock.phase())
            clock.begin(name);
        if (!report(done))
            return cancelled();
        if (auto ok = (writer.*step)(); !ok)
            return std::unexpected(ok.error());
        const WriteCounts &c = writer.counts();
        done = c.users + c.candidates + c.requisitions + c.applications + c.activities + c.recruitingCandidates;
    }

    clock.begin(QObject::tr("Building the search index"));
    if (!report(done))
        return cancelled();
    if (auto ok = search->rebuildAndRestore(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = recordRun(m_db, m_options, m_options.now); !ok)
        return std::unexpected(ok.error());

    clock.begin(QObject::tr("Saving"));
    if (!report(done + indexWeight))
        return cancelled();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    if (!m_db.inTransaction()) {
        // The load went through the write-ahead log; fold it into the database file now rather
        // than leaving a log as large as the data next to it.
        if (auto ok = m_db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ok)
            qCWarning(lcDemo) << "checkpoint after the demo load failed:" << ok.error().message;
    }
    m_timings = clock.finish();
    for (const DemoPhaseTiming &t : std::as_const(m_timings))
        qCInfo(lcDemo).noquote() << t.phase << t.milliseconds << "ms," << t.cpuMilliseconds << "ms CPU";
    return countsOf(writer.counts());
}

} // namespace Tandem
