#include "scorecard_service.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/domain/enums.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <algorithm>

namespace Tandem {

using namespace Internal;

namespace {

const QString cardEntity = QStringLiteral("scorecard");
const QString attributeEntity = QStringLiteral("scorecard_attribute");

const QString cardColumns = QStringLiteral(
    "s.id, s.uuid, s.application_id, s.interview_id, s.interviewer_id, u.name, s.recommendation, s.notes, "
    "s.submitted_at, s.created_at, s.updated_at, s.version FROM scorecards s JOIN users u ON u.id = "
    "s.interviewer_id ");

Scorecard readCard(const QSqlQuery &q)
{
    Scorecard s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.applicationId = q.value(2).toLongLong();
    s.interviewId = q.value(3).toLongLong();
    s.interviewerId = q.value(4).toLongLong();
    s.interviewerName = q.value(5).toString();
    s.recommendation = recommendationFromKey(q.value(6).toString());
    s.notes = q.value(7).toString();
    if (!q.isNull(8) && !q.value(8).toString().isEmpty())
        s.submittedAt = fromStorageTime(q.value(8).toString());
    s.createdAt = fromStorageTime(q.value(9).toString());
    s.updatedAt = fromStorageTime(q.value(10).toString());
    s.version = q.value(11).toInt();
    return s;
}

ScorecardAttribute readAttribute(const QSqlQuery &q)
{
    ScorecardAttribute a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.requisitionId = q.value(2).toLongLong();
    a.position = q.value(3).toInt();
    a.name = q.value(4).toString();
    a.description = q.value(5).toString();
    return a;
}

const QString attributeColumns = QStringLiteral(
    "SELECT id, uuid, requisition_id, position, name, description FROM scorecard_attributes ");

QVariant recommendationValue(Recommendation r)
{
    return r == Recommendation::None ? QVariant() : QVariant(toKey(r));
}

} // namespace

ScorecardService::ScorecardService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

QStringList ScorecardService::defaultAttributeNames()
{
    return {QObject::tr("Technical skills"), QObject::tr("Problem solving"), QObject::tr("Communication"),
            QObject::tr("Motivation for the role")};
}

Result<ScorecardAttribute> ScorecardService::attribute(qint64 id)
{
    auto q = m_db.exec(attributeColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Scorecard attribute %1 does not exist.").arg(id),
                    QObject::tr("Refresh the list of attributes."));
    ScorecardAttribute a = readAttribute(*q);
    q->finish();
    return a;
}

Status ScorecardService::createDefaults(qint64 requisitionId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // Another window may have created the list meanwhile: look again inside the transaction.
    auto count
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM scorecard_attributes WHERE requisition_id = ?"),
                      {requisitionId});
    if (!count)
        return std::unexpected(count.error());
    if (count->toLongLong() > 0)
        return {};
    const QStringList names = defaultAttributeNames();
    QJsonObject after {{QStringLiteral("requisition_id"), double(requisitionId)}};
    for (int i = 0; i < names.size(); ++i) {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO scorecard_attributes (uuid, requisition_id, position, name, description) "
                "VALUES (?, ?, ?, ?, '')"),
            {newUuid(), requisitionId, i, names.at(i)});
        if (!q)
            return std::unexpected(q.error());
    }
    after.insert(QStringLiteral("attributes"), QJsonValue::fromVariant(names));
    auto uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM requisitions WHERE id = ?"), {requisitionId});
    if (!uuid)
        return std::unexpected(uuid.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("default_scorecard"),
                          QStringLiteral("requisition"), uuid->toString(), {}, after);
}

Result<QList<ScorecardAttribute>> ScorecardService::attributes(qint64 requisitionId)
{
    auto exists = m_db.scalar(QStringLiteral("SELECT id FROM requisitions WHERE id = ?"), {requisitionId});
    if (!exists)
        return std::unexpected(exists.error());
    if (!exists->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Requisition %1 does not exist.").arg(requisitionId));
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto q = m_db.exec(attributeColumns + QStringLiteral("WHERE requisition_id = ? ORDER BY position"),
                           {requisitionId});
        if (!q)
            return std::unexpected(q.error());
        QList<ScorecardAttribute> list;
        while (q->next())
            list.append(readAttribute(*q));
        if (!list.isEmpty() || attempt > 0)
            return list;
        q->finish();
        if (auto ok = createDefaults(requisitionId); !ok)
            return std::unexpected(ok.error());
    }
    return QList<ScorecardAttribute> {};
}

Result<ScorecardAttribute> ScorecardService::addAttribute(qint64 requisitionId, const QString &name,
                                                          const QString &description)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A scorecard attribute needs a name."),
                    QObject::tr("Name what interviewers rate, e.g. \"System design\"."));
    auto current = attributes(requisitionId);
    if (!current)
        return std::unexpected(current.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto next = m_db.scalar(
        QStringLiteral(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM scorecard_attributes WHERE requisition_id = ?"),
        {requisitionId});
    if (!next)
        return std::unexpected(next.error());
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO scorecard_attributes (uuid, requisition_id, position, name, description) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {newUuid(), requisitionId, next->toInt(), name.trimmed(), description.trimmed()});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), attributeEntity, {}, attribute(*id));
}

Result<ScorecardAttribute> ScorecardService::renameAttribute(qint64 attributeId, const QString &name,
                                                             const QString &description)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A scorecard attribute needs a name."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = attribute(attributeId);
    if (!before)
        return before;
    auto q
        = m_db.exec(QStringLiteral("UPDATE scorecard_attributes SET name = ?, description = ? WHERE id = ?"),
                    {name.trimmed(), description.trimmed(), attributeId});
    if (!q)
        return std::unexpected(q.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), attributeEntity, before->toJson(),
                        attribute(attributeId));
}

Result<QList<ScorecardAttribute>> ScorecardService::moveAttribute(qint64 attributeId, int index)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto moving = attribute(attributeId);
    if (!moving)
        return std::unexpected(moving.error());
    auto list = attributes(moving->requisitionId);
    if (!list)
        return list;
    QList<qint64> order;
    for (const ScorecardAttribute &a : *list)
        order.append(a.id);
    order.removeOne(attributeId);
    order.insert(std::clamp(index, 0, int(order.size())), attributeId);
    // Positions are unique per requisition and checked row by row on PostgreSQL: park them
    // on negative numbers first, then give each its new place.
    if (auto q
        = m_db.exec(QStringLiteral(
                        "UPDATE scorecard_attributes SET position = -position - 1 WHERE requisition_id = ?"),
                    {moving->requisitionId});
        !q)
        return std::unexpected(q.error());
    for (int i = 0; i < order.size(); ++i) {
        if (auto q = m_db.exec(QStringLiteral("UPDATE scorecard_attributes SET position = ? WHERE id = ?"),
                               {i, order.at(i)});
            !q)
            return std::unexpected(q.error());
    }
    auto after = attribute(attributeId);
    if (!after)
        return std::unexpected(after.error());
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("move"), attributeEntity, after->uuid,
                                 moving->toJson(), after->toJson());
        !ok)
        return std::unexpected(ok.error());
    return attributes(moving->requisitionId);
}

Status ScorecardService::removeAttribute(qint64 attributeId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = attribute(attributeId);
    if (!before)
        return std::unexpected(before.error());
    auto rated = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM scorecard_ratings WHERE attribute_id = ?"),
                             {attributeId});
    if (!rated)
        return std::unexpected(rated.error());
    if (rated->toLongLong() > 0)
        return fail(ErrorCode::Invalid,
                    QObject::tr("\"%1\" is already rated on scorecards.").arg(before->name),
                    QObject::tr("Rename it instead, so those ratings keep their meaning."));
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM scorecard_attributes WHERE id = ?"), {attributeId});
        !q)
        return std::unexpected(q.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), attributeEntity, before->uuid,
                          before->toJson(), {});
}

Result<qint64> ScorecardService::requisitionOf(qint64 applicationId)
{
    auto req = m_db.scalar(QStringLiteral("SELECT requisition_id FROM applications WHERE id = ?"),
                           {applicationId});
    if (!req)
        return std::unexpected(req.error());
    if (!req->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Application %1 does not exist.").arg(applicationId),
                    QObject::tr("Refresh the candidate."));
    return req->toLongLong();
}

Result<Scorecard> ScorecardService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + cardColumns + QStringLiteral("WHERE s.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Scorecard %1 does not exist.").arg(id),
                    QObject::tr("Refresh the candidate."));
    Scorecard card = readCard(*q);
    q->finish();
    auto ratings = m_db.exec(
        QStringLiteral("SELECT attribute_id, rating FROM scorecard_ratings WHERE scorecard_id = ?"), {id});
    if (!ratings)
        return std::unexpected(ratings.error());
    while (ratings->next())
        card.ratings.insert(ratings->value(0).toLongLong(), ratings->value(1).toInt());
    return card;
}

Result<Scorecard> ScorecardService::cardFor(qint64 applicationId, qint64 interviewId, qint64 interviewerId)
{
    auto q = interviewId > 0
        ? m_db.scalar(QStringLiteral("SELECT id FROM scorecards WHERE application_id = ? AND interview_id = "
                                     "? AND interviewer_id = ?"),
                      {applicationId, interviewId, interviewerId})
        : m_db.scalar(
            QStringLiteral("SELECT id FROM scorecards WHERE application_id = ? AND interview_id IS NULL "
                           "AND interviewer_id = ?"),
            {applicationId, interviewerId});
    if (!q)
        return std::unexpected(q.error());
    if (q->isValid())
        return get(q->toLongLong());
    Scorecard blank;
    blank.applicationId = applicationId;
    blank.interviewId = interviewId;
    blank.interviewerId = interviewerId;
    return blank;
}

Result<Scorecard> ScorecardService::saveDraft(const Scorecard &card)
{
    return store(card, false);
}

Result<Scorecard> ScorecardService::submit(const Scorecard &card)
{
    return store(card, true);
}

Status ScorecardService::addActivity(const Scorecard &card)
{
    auto candidate = m_db.scalar(QStringLiteral("SELECT candidate_id FROM applications WHERE id = ?"),
                                 {card.applicationId});
    if (!candidate)
        return std::unexpected(candidate.error());
    const QString now = nowStorageTime();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                       "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), candidate->toLongLong(), card.applicationId, toKey(ActivityKind::Scorecard),
         QObject::tr("Scorecard by %1: %2").arg(card.interviewerName, label(card.recommendation)), card.notes,
         now, nullableId(m_actor.userId), now});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<Scorecard> ScorecardService::store(const Scorecard &card, bool submitting)
{
    auto requisition = requisitionOf(card.applicationId);
    if (!requisition)
        return std::unexpected(requisition.error());
    auto attrs = attributes(*requisition);
    if (!attrs)
        return std::unexpected(attrs.error());
    QList<qint64> known;
    for (const ScorecardAttribute &a : *attrs)
        known.append(a.id);
    for (auto it = card.ratings.cbegin(); it != card.ratings.cend(); ++it) {
        if (!known.contains(it.key()))
            return fail(ErrorCode::Invalid,
                        QObject::tr("A rating is for an attribute this requisition does not use."),
                        QObject::tr("Close the scorecard and open it again."));
        if (it.value() < 1 || it.value() > 4)
            return fail(ErrorCode::Invalid, QObject::tr("Ratings go from 1 to 4."));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    Scorecard before;
    if (card.id > 0) {
        auto stored = get(card.id);
        if (!stored)
            return stored;
        before = *stored;
        if (before.version != card.version)
            return fail(
                ErrorCode::Conflict,
                QObject::tr("%1's scorecard was changed by someone else first.").arg(before.interviewerName),
                QObject::tr("Close it, open it again and repeat your change."));
        if (before.isSubmitted() && m_actor.userId != before.interviewerId)
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1 has submitted this scorecard; only they can change it.")
                            .arg(before.interviewerName));
    } else {
        auto existing = cardFor(card.applicationId, card.interviewId, card.interviewerId);
        if (!existing)
            return existing;
        if (existing->id > 0)
            return fail(
                ErrorCode::Conflict,
                QObject::tr("%1 already has a scorecard for this interview.").arg(existing->interviewerName),
                QObject::tr("Open that scorecard instead."));
    }
    // A submitted card stays submitted: amending it is a new submission.
    const bool submitted = submitting || before.isSubmitted();
    if (submitted) {
        const auto unrated = std::ranges::find_if(
            *attrs, [&](const ScorecardAttribute &a) { return !card.ratings.contains(a.id); });
        if (unrated != attrs->end())
            return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not rated yet.").arg(unrated->name),
                        QObject::tr("Rate every attribute before submitting, or save a draft."));
        if (card.recommendation == Recommendation::None)
            return fail(
                ErrorCode::Invalid, QObject::tr("The scorecard has no overall recommendation."),
                QObject::tr("Choose from strong no to strong yes before submitting, or save a draft."));
    }
    const QString now = nowStorageTime();
    const QVariant submittedAt = submitted ? QVariant(now) : QVariant();
    qint64 id = card.id;
    if (id == 0) {
        auto inserted = m_db.insert(
            QStringLiteral("INSERT INTO scorecards (uuid, application_id, interview_id, interviewer_id, "
                           "recommendation, notes, submitted_at, created_at, updated_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {newUuid(), card.applicationId, nullableId(card.interviewId), card.interviewerId,
             recommendationValue(card.recommendation), card.notes.trimmed(), submittedAt, now, now});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
    } else {
        auto q = m_db.exec(
            QStringLiteral(
                "UPDATE scorecards SET recommendation = ?, notes = ?, submitted_at = ?, updated_at = ?, "
                "version = version + 1 WHERE id = ? AND version = ?"),
            {recommendationValue(card.recommendation), card.notes.trimmed(), submittedAt, now, id,
             card.version});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::Conflict, QObject::tr("The scorecard was changed by someone else first."));
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM scorecard_ratings WHERE scorecard_id = ?"), {id});
            !d)
            return std::unexpected(d.error());
    }
    for (auto it = card.ratings.cbegin(); it != card.ratings.cend(); ++it) {
        if (auto q = m_db.exec(
                QStringLiteral(
                    "INSERT INTO scorecard_ratings (scorecard_id, attribute_id, rating) VALUES (?, ?, ?)"),
                {id, it.key(), it.value()});
            !q)
            return std::unexpected(q.error());
    }
    auto after = get(id);
    if (!after)
        return after;
    if (submitting) {
        if (auto ok = addActivity(*after); !ok)
            return std::unexpected(ok.error());
    }
    const QString action = submitting ? QStringLiteral("submit")
                                      : (card.id == 0 ? QStringLiteral("create") : QStringLiteral("update"));
    return commitChange(m_db, *tx, m_actor, action, cardEntity,
                        card.id == 0 ? QJsonObject {} : before.toJson(), std::move(after));
}

Result<QList<Scorecard>> ScorecardService::forApplication(qint64 applicationId)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT s.id FROM scorecards s JOIN users u ON u.id = s.interviewer_id "
            "WHERE s.application_id = ? ORDER BY CASE WHEN s.submitted_at IS NULL THEN 1 ELSE 0 END, "
            "s.submitted_at, u.name COLLATE NOCASE, s.id"),
        {applicationId});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<Scorecard> cards;
    for (qint64 id : ids) {
        auto card = get(id);
        if (!card)
            return std::unexpected(card.error());
        cards.append(*card);
    }
    return cards;
}

Result<ScorecardMatrix> ScorecardService::matrix(qint64 applicationId)
{
    auto requisition = requisitionOf(applicationId);
    if (!requisition)
        return std::unexpected(requisition.error());
    ScorecardMatrix m;
    auto attrs = attributes(*requisition);
    if (!attrs)
        return std::unexpected(attrs.error());
    m.attributes = *attrs;
    auto cards = forApplication(applicationId);
    if (!cards)
        return std::unexpected(cards.error());
    m.cards = *cards;
    return m;
}

} // namespace Tandem
