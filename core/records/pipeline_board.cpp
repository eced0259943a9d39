#include "pipeline_board.h"

#include "match_score.h"
#include "row_readers.h"
#include "screening_service.h"

#include <core/common/ids.h>
#include <core/storage/database.h>

#include <QHash>

namespace Tandem {

using namespace Internal;

bool BoardFilter::matches(const BoardCard &card) const
{
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && !card.candidateName.contains(needle, Qt::CaseInsensitive)
        && !card.currentTitle.contains(needle, Qt::CaseInsensitive))
        return false;
    if (!source.isEmpty() && card.source.compare(source, Qt::CaseInsensitive) != 0)
        return false;
    if (minimumRating > 0 && (!card.rating || *card.rating + 1e-9 < minimumRating))
        return false;
    if (!tag.isEmpty() && !card.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    return true;
}

PipelineBoardLoader::PipelineBoardLoader(Database &db)
    : m_db(db)
{
}

QString PipelineBoardLoader::cardsSql()
{
    // Each subquery reads one index: scorecards_application, interviews_application,
    // candidates_email (NOCASE) and consents_candidate. The duplicate test only runs for a
    // non-empty email.
    return QStringLiteral(
        "SELECT a.id, a.version, a.candidate_id, c.first_name || ' ' || c.last_name, c.current_title, "
        "a.source, a.stage_entered_at, a.stage_id, a.status, a.disposition_reason, "
        "(SELECT avg(r.rating * 1.0) FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id "
        " WHERE s.application_id = a.id AND s.submitted_at IS NOT NULL), "
        "(SELECT min(i.starts_at) FROM interviews i WHERE i.application_id = a.id AND i.status = 'scheduled' "
        " AND i.starts_at >= ?), "
        "CASE WHEN c.email <> '' AND EXISTS (SELECT 1 FROM candidates d WHERE d.email = c.email COLLATE NOCASE "
        " AND d.id <> c.id AND d.archived_at IS NULL) THEN 1 ELSE 0 END, "
        "CASE WHEN EXISTS (SELECT 1 FROM consents k WHERE k.candidate_id = c.id AND k.withdrawn_at IS NULL) "
        " THEN 0 ELSE 1 END "
        "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
        "WHERE a.requisition_id = ? AND (? = 1 OR a.status IN ('active', 'hired')) "
        "ORDER BY a.stage_entered_at, a.id");
}

QString PipelineBoardLoader::stagesSql()
{
    return QStringLiteral("SELECT ") + stageColumns + QStringLiteral(" FROM stages WHERE requisition_id = ? ORDER BY position");
}

QString PipelineBoardLoader::tagsSql()
{
    return QStringLiteral("SELECT ct.candidate_id, t.name FROM applications a "
                          "JOIN candidate_tags ct ON ct.candidate_id = a.candidate_id "
                          "JOIN tags t ON t.id = ct.tag_id WHERE a.requisition_id = ? ORDER BY t.name");
}

namespace {

BoardCard readCard(const QSqlQuery &q, const QDateTime &now)
{
    BoardCard card;
    card.applicationId = q.value(0).toLongLong();
    card.version = q.value(1).toInt();
    card.candidateId = q.value(2).toLongLong();
    card.candidateName = q.value(3).toString().trimmed();
    card.currentTitle = q.value(4).toString();
    card.source = q.value(5).toString();
    card.stageEnteredAt = fromStorageTime(q.value(6).toString());
    card.stageId = q.value(7).toLongLong();
    card.status = fromKey<ApplicationStatus>(q.value(8).toString()).value_or(ApplicationStatus::Active);
    card.dispositionReason = q.value(9).toString();
    if (!q.isNull(10))
        card.rating = q.value(10).toDouble();
    if (!q.isNull(11))
        card.nextInterviewAt = fromStorageTime(q.value(11).toString());
    card.duplicate = q.value(12).toInt() != 0;
    card.consentMissing = q.value(13).toInt() != 0;
    card.daysInStage = int(std::max<qint64>(0, card.stageEnteredAt.daysTo(now)));
    return card;
}

} // namespace

Result<QList<BoardColumn>> PipelineBoardLoader::load(qint64 requisitionId, BoardScope scope, const QDateTime &now)
{
    auto stages = m_db.exec(stagesSql(), {requisitionId});
    if (!stages)
        return std::unexpected(stages.error());
    QList<BoardColumn> columns;
    QHash<qint64, qsizetype> columnOfStage;
    while (stages->next()) {
        BoardColumn column;
        column.stage = readStage(*stages);
        columnOfStage.insert(column.stage.id, columns.size());
        columns.append(column);
    }
    if (columns.isEmpty())
        return fail(ErrorCode::NotFound, QObject::tr("Requisition %1 has no pipeline.").arg(requisitionId),
                    QObject::tr("Refresh the requisition list."));

    QHash<qint64, QStringList> tagsOf;
    auto tags = m_db.exec(tagsSql(), {requisitionId});
    if (!tags)
        return std::unexpected(tags.error());
    while (tags->next())
        tagsOf[tags->value(0).toLongLong()].append(tags->value(1).toString());

    auto scores = MatchScorer(m_db).scoreAll(requisitionId);
    if (!scores)
        return std::unexpected(scores.error());
    auto knockouts = ScreeningService(m_db, Actor::system()).flagsForRequisition(requisitionId);
    if (!knockouts)
        return std::unexpected(knockouts.error());

    auto cards = m_db.exec(cardsSql(), {toStorageTime(now), requisitionId, scope == BoardScope::All ? 1 : 0});
    if (!cards)
        return std::unexpected(cards.error());
    while (cards->next()) {
        BoardCard card = readCard(*cards, now);
        const auto it = columnOfStage.constFind(card.stageId);
        if (it == columnOfStage.constEnd())
            continue;
        BoardColumn &column = columns[*it];
        card.tags = tagsOf.value(card.candidateId);
        if (const auto score = scores->constFind(card.applicationId); score != scores->constEnd() && score->scored) {
            card.match = score->score;
            card.matchReasons = score->reasons;
        }
        card.knockouts = knockouts->value(card.applicationId);
        card.stale = card.status == ApplicationStatus::Active && column.isStale(card);
        column.cards.append(card);
    }
    return columns;
}

} // namespace Tandem
