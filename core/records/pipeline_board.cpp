#include "pipeline_board.h"

#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>

#include <QHash>

namespace Tandem {

using namespace Internal;

PipelineBoardLoader::PipelineBoardLoader(Database &db)
    : m_db(db)
{
}

QString PipelineBoardLoader::cardsSql()
{
    return QStringLiteral("SELECT a.id, a.version, a.candidate_id, c.first_name || ' ' || c.last_name, c.current_title, "
                          "a.source, a.stage_entered_at, a.stage_id, a.status "
                          "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                          "WHERE a.requisition_id = ? AND (? = 1 OR a.status = 'active') "
                          "ORDER BY a.stage_entered_at");
}

QString PipelineBoardLoader::stagesSql()
{
    return QStringLiteral("SELECT ") + stageColumns + QStringLiteral(" FROM stages WHERE requisition_id = ? ORDER BY position");
}

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

    auto cards = m_db.exec(cardsSql(), {requisitionId, scope == BoardScope::All ? 1 : 0});
    if (!cards)
        return std::unexpected(cards.error());
    while (cards->next()) {
        BoardCard card;
        card.applicationId = cards->value(0).toLongLong();
        card.version = cards->value(1).toInt();
        card.candidateId = cards->value(2).toLongLong();
        card.candidateName = cards->value(3).toString().trimmed();
        card.currentTitle = cards->value(4).toString();
        card.source = cards->value(5).toString();
        card.stageEnteredAt = fromStorageTime(cards->value(6).toString());
        card.status = fromKey<ApplicationStatus>(cards->value(8).toString()).value_or(ApplicationStatus::Active);
        card.daysInStage = int(std::max<qint64>(0, card.stageEnteredAt.daysTo(now)));
        const auto it = columnOfStage.constFind(cards->value(7).toLongLong());
        if (it != columnOfStage.constEnd())
            columns[*it].cards.append(card);
    }
    return columns;
}

} // namespace Tandem
