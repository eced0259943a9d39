#include "offer_service.h"

#include "application_service.h"
#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("offer");

const QString offerColumns = QStringLiteral(
    "o.id, o.uuid, o.application_id, o.salary, o.salary_currency, o.salary_period, o.start_date, o.expires_on, o.terms, "
    "o.letter_template_id, o.status, o.approved_at, o.approved_by, o.sent_at, o.responded_at, o.response_note, "
    "o.created_at, o.updated_at, o.version");

QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.isNull(i) ? QDateTime() : fromStorageTime(q.value(i).toString());
}

QDate dateAt(const QSqlQuery &q, int i)
{
    return q.isNull(i) ? QDate() : QDate::fromString(q.value(i).toString(), Qt::ISODate);
}

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Offer readOffer(const QSqlQuery &q)
{
    Offer o;
    o.id = q.value(0).toLongLong();
    o.uuid = q.value(1).toString();
    o.applicationId = q.value(2).toLongLong();
    o.salary = q.value(3).toLongLong();
    o.currency = q.value(4).toString();
    o.period = salaryPeriodFromKey(q.value(5).toString()).value_or(SalaryPeriod::Year);
    o.startDate = dateAt(q, 6);
    o.expiresOn = dateAt(q, 7);
    o.terms = q.value(8).toString();
    o.letterTemplateId = q.value(9).toLongLong();
    o.status = offerStatusFromKey(q.value(10).toString()).value_or(OfferStatus::Draft);
    o.approvedAt = timeAt(q, 11);
    o.approvedBy = q.value(12).toLongLong();
    o.sentAt = timeAt(q, 13);
    o.respondedAt = timeAt(q, 14);
    o.responseNote = q.value(15).toString();
    o.createdAt = timeAt(q, 16);
    o.updatedAt = timeAt(q, 17);
    o.version = q.value(18).toInt();
    return o;
}

QString moneyText(const Offer &o)
{
    return QObject::tr("%1 %2 per %3").arg(QLocale().toString(o.salary), o.currency, salaryPeriodLabel(o.period));
}

QString moveSubject(OfferStatus to)
{
    switch (to) {
    case OfferStatus::Draft: return QObject::tr("Offer drafted");
    case OfferStatus::Approved: return QObject::tr("Offer approved");
    case OfferStatus::Sent: return QObject::tr("Offer sent");
    case OfferStatus::Accepted: return QObject::tr("Offer accepted");
    case OfferStatus::Declined: return QObject::tr("Offer declined");
    case OfferStatus::Withdrawn: return QObject::tr("Offer withdrawn");
    }
    return {};
}

// The application an offer is made on, with what the offer's rules and texts need.
struct ApplicationFacts
{
    qint64 candidateId = 0;
    ApplicationStatus status = ApplicationStatus::Active;
    int version = 0;
    QString title;
};

Result<ApplicationFacts> applicationFacts(Database &db, qint64 applicationId)
{
    auto row = db.selectOne(QStringLiteral("SELECT a.candidate_id, a.status, a.version, r.title FROM applications a "
                                           "JOIN requisitions r ON r.id = a.requisition_id WHERE a.id = ?"),
                            {applicationId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("Application %1 does not exist.").arg(applicationId),
                    QObject::tr("Refresh the candidate's applications and try again."));
    ApplicationFacts f;
    f.candidateId = (*row)->value(0).toLongLong();
    f.status = fromKey<ApplicationStatus>((*row)->value(1).toString()).value_or(ApplicationStatus::Active);
    f.version = (*row)->value(2).toInt();
    f.title = (*row)->value(3).toString();
    return f;
}

std::unexpected<Error> oneOpenOfferRefusal(const QString &title)
{
    return fail(ErrorCode::Invalid, QObject::tr("This application already has an open offer for \"%1\".").arg(title),
                QObject::tr("Edit that offer, or withdraw it before making a new one."));
}

// The unique index of migration 6 refused the row: someone else made an offer on the same
// application between our check and our insert. SQLite names the column, PostgreSQL the index.
bool isOneOpenOfferViolation(const Error &error)
{
    return error.message.contains(QLatin1String("offers_one_open_per_application"))
           || error.message.contains(QLatin1String("offers.application_id"))
           || error.hint.contains(QLatin1String("offers_one_open_per_application"))
           || error.hint.contains(QLatin1String("offers.application_id"));
}

} // namespace

OfferService::OfferService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

bool OfferService::canMove(OfferStatus from, OfferStatus to)
{
    return nextStatuses(from).contains(to);
}

QList<OfferStatus> OfferService::nextStatuses(OfferStatus from)
{
    switch (from) {
    case OfferStatus::Draft: return {OfferStatus::Approved, OfferStatus::Withdrawn};
    case OfferStatus::Approved: return {OfferStatus::Sent, OfferStatus::Withdrawn};
    case OfferStatus::Sent: return {OfferStatus::Accepted, OfferStatus::Declined, OfferStatus::Withdrawn};
    case OfferStatus::Accepted:
    case OfferStatus::Declined:
    case OfferStatus::Withdrawn: return {};
    }
    return {};
}

Status OfferService::validate(const Offer &o)
{
    if (o.salary <= 0)
        return fail(ErrorCode::Invalid, QObject::tr("An offer needs a salary above zero."),
                    QObject::tr("Enter the amount the candidate will be paid."));
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    if (!isoCode.match(o.currency.trimmed()).hasMatch())
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a currency code.").arg(o.currency),
                    QObject::tr("Use a three-letter ISO code such as EUR or USD."));
    if (o.startDate.isValid() && o.expiresOn.isValid() && o.expiresOn > o.startDate)
        return fail(ErrorCode::Invalid, QObject::tr("The offer would expire after the start date."),
                    QObject::tr("Let the offer expire on or before the first day of work."));
    return {};
}

Status OfferService::addActivity(const Offer &offer, const QString &subject, const QString &body)
{
    auto facts = applicationFacts(m_db, offer.applicationId);
    if (!facts)
        return std::unexpected(facts.error());
    const QString now = nowStorageTime();
    auto q = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                                      "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {newUuid(), facts->candidateId, offer.applicationId, toKey(ActivityKind::Offer),
                        QObject::tr("%1: %2").arg(subject, facts->title), body, now, nullableId(m_actor.userId), now});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<Offer> OfferService::create(const Offer &draft)
{
    if (auto ok = validate(draft); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto facts = applicationFacts(m_db, draft.applicationId);
    if (!facts)
        return std::unexpected(facts.error());
    if (facts->status != ApplicationStatus::Active)
        return fail(ErrorCode::Invalid, QObject::tr("This application is %1: it takes no new offer.").arg(label(facts->status).toLower()),
                    QObject::tr("Reopen the application first."));
    auto open = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM offers WHERE application_id = ? "
                                           "AND status IN ('draft', 'approved', 'sent')"),
                            {draft.applicationId});
    if (!open)
        return std::unexpected(open.error());
    if (open->toLongLong() > 0)
        return oneOpenOfferRefusal(facts->title);
    QVariant templateId = nullableId(draft.letterTemplateId);
    if (draft.letterTemplateId <= 0) {
        auto def = m_db.scalar(QStringLiteral("SELECT id FROM offer_letter_templates ORDER BY is_default DESC, id LIMIT 1"));
        if (!def)
            return std::unexpected(def.error());
        templateId = def->isValid() ? *def : QVariant();
    }
    const QString now = nowStorageTime();
    auto id = m_db.insert(QStringLiteral("INSERT INTO offers (uuid, application_id, salary, salary_currency, salary_period, "
                                         "start_date, expires_on, terms, letter_template_id, status, response_note, "
                                         "created_at, updated_at, version) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', '', ?, ?, 1)"),
                          {newUuid(), draft.applicationId, draft.salary, draft.currency.trimmed(), salaryPeriodKey(draft.period),
                           nullableDate(draft.startDate), nullableDate(draft.expiresOn), draft.terms.trimmed(), templateId,
                           now, now});
    if (!id && isOneOpenOfferViolation(id.error()))
        return oneOpenOfferRefusal(facts->title);
    if (!id)
        return std::unexpected(id.error());
    auto created = get(*id);
    if (!created)
        return created;
    if (auto ok = addActivity(*created, moveSubject(OfferStatus::Draft), moneyText(*created)); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, std::move(created));
}

Result<Offer> OfferService::update(const Offer &edited)
{
    if (auto ok = validate(edited); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(edited.id);
    if (!before)
        return before;
    if (before->version != edited.version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed this offer after you started editing."),
                    QObject::tr("Nothing was overwritten. Reopen the offer to see their changes, then edit again."));
    if (before->status != OfferStatus::Draft)
        return fail(ErrorCode::Invalid, QObject::tr("This offer is %1: only a draft can be edited.").arg(offerStatusLabel(before->status).toLower()),
                    QObject::tr("Withdraw it and make a new offer to change its terms."));
    auto q = m_db.exec(QStringLiteral("UPDATE offers SET salary = ?, salary_currency = ?, salary_period = ?, start_date = ?, "
                                      "expires_on = ?, terms = ?, letter_template_id = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {edited.salary, edited.currency.trimmed(), salaryPeriodKey(edited.period), nullableDate(edited.startDate),
                        nullableDate(edited.expiresOn), edited.terms.trimmed(), nullableId(edited.letterTemplateId),
                        nowStorageTime(), edited.id, edited.version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed this offer while you were saving."),
                    QObject::tr("Nothing was overwritten. Reopen the offer and edit again."));
    auto after = get(edited.id);
    if (!after)
        return after;
    if (auto ok = addActivity(*after, QObject::tr("Offer updated"), moneyText(*after)); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before->toJson(), std::move(after));
}

Result<Offer> OfferService::approve(qint64 id, int version) { return move(id, version, OfferStatus::Approved, {}); }
Result<Offer> OfferService::markSent(qint64 id, int version) { return move(id, version, OfferStatus::Sent, {}); }
Result<Offer> OfferService::accept(qint64 id, int version, const QString &note) { return move(id, version, OfferStatus::Accepted, note); }
Result<Offer> OfferService::decline(qint64 id, int version, const QString &note) { return move(id, version, OfferStatus::Declined, note); }
Result<Offer> OfferService::withdraw(qint64 id, int version, const QString &note) { return move(id, version, OfferStatus::Withdrawn, note); }

Result<Offer> OfferService::move(qint64 id, int version, OfferStatus to, const QString &note)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed this offer first."),
                    QObject::tr("The offer was reloaded; check its status and try again."));
    if (!canMove(before->status, to)) {
        QStringList allowed;
        for (OfferStatus s : nextStatuses(before->status))
            allowed << offerStatusLabel(s).toLower();
        return fail(ErrorCode::Invalid,
                    QObject::tr("An offer that is %1 cannot become %2.").arg(offerStatusLabel(before->status).toLower(),
                                                                            offerStatusLabel(to).toLower()),
                    allowed.isEmpty() ? QObject::tr("This offer is closed; make a new offer if needed.")
                                      : QObject::tr("Allowed next: %1.").arg(allowed.join(QStringLiteral(", "))));
    }
    const QString now = nowStorageTime();
    const bool responding = to == OfferStatus::Accepted || to == OfferStatus::Declined || to == OfferStatus::Withdrawn;
    auto q = m_db.exec(QStringLiteral("UPDATE offers SET status = ?, "
                                      "approved_at = CASE WHEN ? = 1 THEN ? ELSE approved_at END, "
                                      "approved_by = CASE WHEN ? = 1 THEN ? ELSE approved_by END, "
                                      "sent_at = CASE WHEN ? = 1 THEN ? ELSE sent_at END, "
                                      "responded_at = CASE WHEN ? = 1 THEN ? ELSE responded_at END, "
                                      "response_note = CASE WHEN ? = 1 THEN ? ELSE response_note END, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {offerStatusKey(to), int(to == OfferStatus::Approved), now, int(to == OfferStatus::Approved),
                        nullableId(m_actor.userId), int(to == OfferStatus::Sent), now, int(responding), now,
                        int(responding), note.trimmed(), now, id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed this offer first."),
                    QObject::tr("Reload the offer and try again."));
    if (to == OfferStatus::Accepted) {
        if (auto ok = hire(before->applicationId); !ok)
            return std::unexpected(ok.error());
    }
    auto after = get(id);
    if (!after)
        return after;
    if (auto ok = addActivity(*after, moveSubject(to), note.trimmed()); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, offerStatusKey(to), entityType, before->toJson(), std::move(after));
}

// Accepting an offer hires its application, inside the caller's transaction (a savepoint
// here), so the offer, the hire and the requisition's headcount rule commit together.
Status OfferService::hire(qint64 applicationId)
{
    auto facts = applicationFacts(m_db, applicationId);
    if (!facts)
        return std::unexpected(facts.error());
    if (facts->status != ApplicationStatus::Active)
        return fail(ErrorCode::Invalid, QObject::tr("The application is %1, so the offer cannot be accepted.").arg(label(facts->status).toLower()),
                    QObject::tr("Reopen the application first, or withdraw the offer."));
    auto hired = ApplicationService(m_db, m_actor).disposition(applicationId, facts->version, ApplicationStatus::Hired,
                                                               QObject::tr("Offer accepted"));
    if (!hired)
        return std::unexpected(hired.error());
    return {};
}

Result<Offer> OfferService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + offerColumns + QStringLiteral(" FROM offers o WHERE o.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Offer %1 does not exist.").arg(id), QObject::tr("Refresh the offers."));
    Offer o = readOffer(*q);
    q->finish();
    return o;
}

Result<QList<Offer>> OfferService::select(const QString &where, qint64 key)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + offerColumns
                           + QStringLiteral(" FROM offers o JOIN applications a ON a.id = o.application_id WHERE ") + where
                           + QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC"),
                       {key});
    if (!q)
        return std::unexpected(q.error());
    QList<Offer> result;
    while (q->next())
        result.append(readOffer(*q));
    return result;
}

Result<QList<Offer>> OfferService::forApplication(qint64 applicationId)
{
    return select(QStringLiteral("o.application_id = ?"), applicationId);
}

Result<QList<Offer>> OfferService::forCandidate(qint64 candidateId)
{
    return select(QStringLiteral("a.candidate_id = ?"), candidateId);
}

} // namespace Tandem
