#include "pipeline_actions.h"

#include "application_service.h"

#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

namespace {

Status refuseEmpty(const QList<CardRef> &cards)
{
    if (!cards.isEmpty())
        return {};
    return fail(ErrorCode::Invalid, QObject::tr("No candidates are selected."), QObject::tr("Select one or more cards first."));
}

} // namespace

PipelineActions::PipelineActions(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

// "Ada Lovelace" for one card, "3 candidates" for more.
Result<QString> PipelineActions::describe(const QList<CardRef> &cards)
{
    if (cards.size() != 1)
        return QObject::tr("%1 candidates").arg(cards.size());
    auto name = m_db.scalar(QStringLiteral("SELECT c.first_name || ' ' || c.last_name FROM applications a "
                                           "JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ?"),
                            {cards.first().applicationId});
    if (!name)
        return std::unexpected(name.error());
    return name->toString().trimmed();
}

Result<PipelineChange> PipelineActions::move(const QList<CardRef> &cards, qint64 stageId)
{
    if (auto ok = refuseEmpty(cards); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto stageName = m_db.scalar(QStringLiteral("SELECT name FROM stages WHERE id = ?"), {stageId});
    if (!stageName)
        return std::unexpected(stageName.error());
    PipelineChange change;
    change.kind = PipelineChange::Kind::Move;
    change.stageId = stageId;
    change.stageName = stageName->toString();
    ApplicationService apps(m_db, m_actor);
    for (const CardRef &card : cards) {
        auto before = apps.get(card.applicationId);
        if (!before)
            return std::unexpected(before.error());
        if (before->version == card.version && before->stageId == stageId)
            continue; // already there: nothing to move or undo
        auto moved = apps.moveTo(card.applicationId, card.version, stageId);
        if (!moved)
            return std::unexpected(moved.error());
        change.entries.append({moved->id, moved->version, before->stageId, before->status, before->dispositionReason});
    }
    auto who = describe(cards);
    if (!who)
        return std::unexpected(who.error());
    change.summary = QObject::tr("Moved %1 to %2").arg(*who, change.stageName);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return change;
}

Result<PipelineChange> PipelineActions::disposition(const QList<CardRef> &cards, ApplicationStatus status, const QString &reason)
{
    if (auto ok = refuseEmpty(cards); !ok)
        return std::unexpected(ok.error());
    if (status == ApplicationStatus::Active)
        return fail(ErrorCode::Invalid, QObject::tr("Reopening is done by undo or from the application."),
                    QObject::tr("Choose reject, withdraw or hire."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    PipelineChange change;
    change.kind = PipelineChange::Kind::Disposition;
    change.status = status;
    ApplicationService apps(m_db, m_actor);
    for (const CardRef &card : cards) {
        auto before = apps.get(card.applicationId);
        if (!before)
            return std::unexpected(before.error());
        auto done = apps.disposition(card.applicationId, card.version, status, reason);
        if (!done)
            return std::unexpected(done.error());
        change.entries.append({done->id, done->version, before->stageId, before->status, before->dispositionReason});
    }
    auto who = describe(cards);
    if (!who)
        return std::unexpected(who.error());
    switch (status) {
    case ApplicationStatus::Rejected: change.summary = QObject::tr("Rejected %1").arg(*who); break;
    case ApplicationStatus::Withdrawn: change.summary = QObject::tr("Withdrew %1").arg(*who); break;
    default: change.summary = QObject::tr("Hired %1").arg(*who); break;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return change;
}

Result<PipelineChange> PipelineActions::undo(const PipelineChange &change)
{
    if (change.isEmpty() || change.kind == PipelineChange::Kind::Undo)
        return fail(ErrorCode::Invalid, QObject::tr("There is nothing to undo."), QObject::tr("Undo takes back the last move or rejection."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    ApplicationService apps(m_db, m_actor);
    PipelineChange undone;
    undone.kind = PipelineChange::Kind::Undo;
    for (const PipelineChange::Entry &entry : change.entries) {
        auto now = apps.get(entry.applicationId);
        if (!now)
            return std::unexpected(now.error());
        if (now->version != entry.versionAfter)
            return fail(ErrorCode::Conflict, QObject::tr("A candidate was changed after that action, so it cannot be undone."),
                        QObject::tr("Refresh the board and move the cards by hand."));
        int version = now->version;
        if (now->status != entry.statusBefore) {
            // Reopen first (a rejection, or the hire a move into Hired made).
            auto reopened = apps.disposition(entry.applicationId, version, entry.statusBefore, entry.reasonBefore);
            if (!reopened)
                return std::unexpected(reopened.error());
            version = reopened->version;
        }
        if (now->stageId != entry.stageBefore) {
            auto back = apps.moveTo(entry.applicationId, version, entry.stageBefore);
            if (!back)
                return std::unexpected(back.error());
            version = back->version;
        }
        undone.entries.append({entry.applicationId, version, now->stageId, now->status, now->dispositionReason});
    }
    undone.summary = QObject::tr("Undid: %1").arg(change.summary);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return undone;
}

} // namespace Tandem
