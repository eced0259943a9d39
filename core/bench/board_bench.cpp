#include "board_bench.h"

#include "bench_support.h"

#include <core/common/ids.h>
#include <core/models/board_model.h>
#include <core/records/application_service.h>
#include <core/records/pipeline_actions.h>
#include <core/records/pipeline_board.h>
#include <core/records/requisition_service.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QCryptographicHash>

namespace Tandem::Bench {
namespace {

constexpr int boardCards = 500;
constexpr int movedCards = 100;

struct Fixture
{
    qint64 requisitionId = 0;
    QList<Stage> stages;
    QList<qint64> applications;
};

// A new open requisition with up to 500 of the copy's candidates in its first stage.
Result<Fixture> makePipeline(Database &db)
{
    const Actor actor = Actor::system();
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    RequisitionService reqs(db, actor);
    Requisition draft;
    draft.title = QStringLiteral("Benchmark pipeline");
    auto created = reqs.create(draft);
    if (!created)
        return std::unexpected(created.error());
    auto opened = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
    if (!opened)
        return std::unexpected(opened.error());
    Fixture f;
    f.requisitionId = opened->id;
    auto stages = reqs.stages(f.requisitionId);
    if (!stages)
        return std::unexpected(stages.error());
    f.stages = *stages;
    QList<qint64> candidates;
    auto q = db.exec(QStringLiteral("SELECT id FROM candidates WHERE archived_at IS NULL ORDER BY id LIMIT ?"), {boardCards});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        candidates.append(q->value(0).toLongLong());
    ApplicationService apps(db, actor);
    for (qint64 candidate : std::as_const(candidates)) {
        auto app = apps.apply(candidate, f.requisitionId, QStringLiteral("Benchmark"));
        if (!app)
            return std::unexpected(app.error());
        f.applications.append(app->id);
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return f;
}

Status measureLoad(Database &db, const ConnectionSettings &scratch, int repeats, const Fixture &f, BenchReport &report)
{
    BoardModel model(db, Actor::system());
    BenchOperation op;
    op.name = QStringLiteral("pipeline board load (500 applications)");
    op.note = QObject::tr("%1 cards through BoardModel").arg(f.applications.size());
    auto app = timeIt(repeats, [&]() -> Status {
        model.setRequisition(f.requisitionId);
        if (model.totalCards() != f.applications.size())
            return fail(ErrorCode::Corrupt, QObject::tr("The board showed %1 of %2 cards.").arg(model.totalCards()).arg(f.applications.size()));
        return {};
    });
    if (!app)
        return std::unexpected(app.error());
    op.app = *app;
    Error error;
    auto raw = openRaw(scratch, &error);
    if (!raw)
        return std::unexpected(error);
    auto rawTiming = timeIt(repeats, [&]() -> Status {
        for (const auto &[sql, values] : {std::pair{PipelineBoardLoader::stagesSql(), QVariantList{f.requisitionId}},
                                          {PipelineBoardLoader::tagsSql(), QVariantList{f.requisitionId}},
                                          {PipelineBoardLoader::cardsSql(), QVariantList{nowStorageTime(), f.requisitionId, 0}}})
            if (auto n = raw->run(sql, values); !n)
                return std::unexpected(n.error());
        return {};
    });
    if (!rawTiming)
        return std::unexpected(rawTiming.error());
    op.raw = *rawTiming;
    report.operations.append(op);
    return {};
}

// The writes one card's move makes, raw: read it, move it, history, timeline, audit entry.
Status rawMove(RawConnection &raw, qint64 applicationId, qint64 fromStage, qint64 toStage)
{
    const QString now = nowStorageTime();
    if (auto r = raw.run(QStringLiteral("SELECT * FROM applications WHERE id = ?"), {applicationId}); !r)
        return std::unexpected(r.error());
    if (auto r = raw.run(QStringLiteral("SELECT name FROM stages WHERE id = ? AND requisition_id IS NOT NULL"), {toStage}); !r)
        return std::unexpected(r.error());
    if (auto r = raw.run(QStringLiteral("UPDATE applications SET stage_id = ?, stage_entered_at = ?, updated_at = ?, "
                                        "version = version + 1 WHERE id = ?"),
                         {toStage, now, now, applicationId});
        !r)
        return std::unexpected(r.error());
    if (auto r = raw.run(QStringLiteral("INSERT INTO stage_history (uuid, application_id, from_stage_id, to_stage_id, moved_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {newUuid(), applicationId, fromStage, toStage, now});
        !r)
        return std::unexpected(r.error());
    if (auto r = raw.run(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, occurred_at, created_at) "
                                        "SELECT ?, candidate_id, id, 'stage_change', 'Moved', ?, ? FROM applications WHERE id = ?"),
                         {newUuid(), now, now, applicationId});
        !r)
        return std::unexpected(r.error());
    if (auto r = raw.run(QStringLiteral("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1")); !r)
        return std::unexpected(r.error());
    const QString uuid = newUuid();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash((uuid + now).toUtf8(), QCryptographicHash::Sha256).toHex());
    if (auto r = raw.run(QStringLiteral("INSERT INTO audit_entries (uuid, at, actor, action, entity_type, entity_uuid, before_json, "
                                        "after_json, prev_hash, hash) VALUES (?, ?, 'system', 'move', 'application', ?, '', '', ?, ?)"),
                         {uuid, now, QString::number(applicationId), hash, hash});
        !r)
        return std::unexpected(r.error());
    return {};
}

Status measureBulkMove(Database &db, const ConnectionSettings &scratch, int repeats, const Fixture &f, BenchReport &report)
{
    // 100 cards through the app and 100 others raw; a small copy moves half of what it has.
    const int moved = int(std::min<qsizetype>(movedCards, f.applications.size() / 2));
    if (moved == 0 || f.stages.size() < 3)
        return {};
    const int runs = std::clamp(repeats / 3, 3, 5); // each run is 100 audited moves
    PipelineActions actions(db, Actor::system());
    ApplicationService apps(db, Actor::system());
    QList<double> appSamples;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        QList<CardRef> cards;
        for (int i = 0; i < moved; ++i) {
            auto current = apps.get(f.applications[i]);
            if (!current)
                return std::unexpected(current.error());
            cards.append({current->id, current->version});
        }
        QElapsedTimer t;
        t.start();
        auto done = actions.move(cards, f.stages[1 + run % 2].id);
        if (!done)
            return std::unexpected(done.error());
        if (run > 0)
            appSamples.append(elapsedMs(t));
    }
    Error error;
    auto raw = openRaw(scratch, &error);
    if (!raw)
        return std::unexpected(error);
    QList<double> rawSamples;
    for (int run = 0; run <= runs; ++run) {
        const qint64 from = f.stages[run == 0 ? 0 : 1 + (run + 1) % 2].id;
        const qint64 to = f.stages[1 + run % 2].id;
        QElapsedTimer t;
        t.start();
        if (auto ok = raw->exec(raw->beginWrite()); !ok)
            return ok;
        for (int i = moved; i < 2 * moved; ++i)
            if (auto ok = rawMove(*raw, f.applications[i], from, to); !ok)
                return ok;
        if (auto ok = raw->exec(QStringLiteral("COMMIT")); !ok)
            return ok;
        if (run > 0)
            rawSamples.append(elapsedMs(t));
    }
    BenchOperation op;
    op.name = QStringLiteral("bulk move of 100 cards");
    op.app = Timing::of(appSamples);
    op.raw = Timing::of(rawSamples);
    op.note = QObject::tr("one transaction, %1 cards audited").arg(moved);
    report.operations.append(op);
    return {};
}

} // namespace

Status measurePipeline(const ConnectionSettings &scratch, int repeats, BenchReport &report)
{
    auto db = Database::open(scratch);
    if (!db)
        return std::unexpected(db.error());
    auto fixture = makePipeline(**db);
    if (!fixture)
        return std::unexpected(fixture.error());
    // A small copy (fewer than 500 candidates) is measured with what it has; the operation's
    // note says how many cards that was.
    if (auto ok = measureLoad(**db, scratch, repeats, *fixture, report); !ok)
        return ok;
    return measureBulkMove(**db, scratch, repeats, *fixture, report);
}

} // namespace Tandem::Bench
