#include "disposition_reasons.h"

#include "audited.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonObject>
#include <QSet>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("disposition_reason");
const QString columns = QStringLiteral("id, uuid, applies_to, label, position, active");

DispositionReason readReason(const QSqlRecord &r)
{
    DispositionReason reason;
    reason.id = r.value(0).toLongLong();
    reason.uuid = r.value(1).toString();
    reason.appliesTo = fromKey<ApplicationStatus>(r.value(2).toString()).value_or(ApplicationStatus::Rejected);
    reason.label = r.value(3).toString();
    reason.position = r.value(4).toInt();
    reason.active = r.value(5).toInt() != 0;
    return reason;
}

QJsonObject toJson(const DispositionReason &r)
{
    return {{QStringLiteral("applies_to"), toKey(r.appliesTo)}, {QStringLiteral("label"), r.label},
            {QStringLiteral("position"), r.position}, {QStringLiteral("active"), r.active}};
}

Status checkList(ApplicationStatus appliesTo)
{
    if (appliesTo == ApplicationStatus::Rejected || appliesTo == ApplicationStatus::Withdrawn)
        return {};
    return fail(ErrorCode::Invalid, QObject::tr("Reasons exist for rejections and withdrawals only."),
                QObject::tr("This is a program error; report it."));
}

} // namespace

DispositionReasons::DispositionReasons(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<QList<DispositionReason>> DispositionReasons::list(ApplicationStatus appliesTo, bool includeInactive)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns
                           + QStringLiteral(" FROM disposition_reasons WHERE applies_to = ? AND (? = 1 OR active = 1) "
                                            "ORDER BY position, id"),
                       {toKey(appliesTo), includeInactive ? 1 : 0});
    if (!q)
        return std::unexpected(q.error());
    QList<DispositionReason> result;
    while (q->next())
        result.append(readReason(q->record()));
    return result;
}

Result<DispositionReason> DispositionReasons::get(qint64 id)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM disposition_reasons WHERE id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("That reason no longer exists."), QObject::tr("Reopen the list."));
    return readReason(**row);
}

Status DispositionReasons::checkLabel(ApplicationStatus appliesTo, const QString &label, qint64 exceptId)
{
    if (label.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A reason needs some text."), QObject::tr("Type the reason, for example \"Not enough experience\"."));
    if (label.contains(QLatin1Char('\n')))
        return fail(ErrorCode::Invalid, QObject::tr("The reason contains a line break."), QObject::tr("Keep it on one line."));
    auto same = m_db.scalar(QStringLiteral("SELECT id FROM disposition_reasons WHERE applies_to = ? AND label = ? COLLATE NOCASE AND id <> ?"),
                            {toKey(appliesTo), label, exceptId});
    if (!same)
        return std::unexpected(same.error());
    if (same->isValid())
        return fail(ErrorCode::Invalid, QObject::tr("The list already has \"%1\".").arg(label),
                    QObject::tr("Use the existing reason, or reactivate it if it is inactive."));
    return {};
}

Result<DispositionReason> DispositionReasons::add(ApplicationStatus appliesTo, const QString &label)
{
    if (auto ok = checkList(appliesTo); !ok)
        return std::unexpected(ok.error());
    const QString text = label.trimmed();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkLabel(appliesTo, text, 0); !ok)
        return std::unexpected(ok.error());
    auto last = m_db.scalar(QStringLiteral("SELECT max(position) FROM disposition_reasons WHERE applies_to = ?"), {toKey(appliesTo)});
    if (!last)
        return std::unexpected(last.error());
    const int position = last->isNull() ? 0 : last->toInt() + 1;
    auto id = m_db.insert(QStringLiteral("INSERT INTO disposition_reasons (uuid, applies_to, label, position, active) VALUES (?, ?, ?, ?, 1)"),
                          {newUuid(), toKey(appliesTo), text, position});
    if (!id)
        return std::unexpected(id.error());
    auto added = get(*id);
    if (!added)
        return added;
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("create"), entityType, added->uuid, {}, toJson(*added)); !ok)
        return std::unexpected(ok.error());
    return added;
}

Status DispositionReasons::rename(qint64 id, const QString &label)
{
    const QString text = label.trimmed();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = checkLabel(before->appliesTo, text, id); !ok)
        return ok;
    auto q = m_db.exec(QStringLiteral("UPDATE disposition_reasons SET label = ? WHERE id = ?"), {text, id});
    if (!q)
        return std::unexpected(q.error());
    DispositionReason after = *before;
    after.label = text;
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before->uuid, toJson(*before), toJson(after));
}

Status DispositionReasons::reorder(ApplicationStatus appliesTo, const QList<qint64> &orderedIds)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = list(appliesTo, true);
    if (!current)
        return std::unexpected(current.error());
    QSet<qint64> known;
    for (const DispositionReason &r : std::as_const(*current))
        known.insert(r.id);
    if (QSet<qint64>(orderedIds.cbegin(), orderedIds.cend()) != known || orderedIds.size() != known.size())
        return fail(ErrorCode::Conflict, QObject::tr("The reason list changed while it was being reordered."),
                    QObject::tr("Reopen the list and try again."));
    // Positions are unique only by convention, so two passes are not needed.
    for (qsizetype i = 0; i < orderedIds.size(); ++i) {
        auto q = m_db.exec(QStringLiteral("UPDATE disposition_reasons SET position = ? WHERE id = ?"), {int(i), orderedIds[i]});
        if (!q)
            return std::unexpected(q.error());
    }
    QStringList order;
    for (qint64 id : orderedIds)
        order << QString::number(id);
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("reorder"), entityType, toKey(appliesTo), {},
                          {{QStringLiteral("order"), order.join(QLatin1Char(','))}});
}

Status DispositionReasons::setActive(qint64 id, bool active)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return std::unexpected(before.error());
    auto q = m_db.exec(QStringLiteral("UPDATE disposition_reasons SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
    if (!q)
        return std::unexpected(q.error());
    DispositionReason after = *before;
    after.active = active;
    return auditAndCommit(m_db, *tx, m_actor, active ? QStringLiteral("restore") : QStringLiteral("deactivate"), entityType,
                          before->uuid, toJson(*before), toJson(after));
}

} // namespace Tandem
