#include "consent_service.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonObject>

namespace Tandem {

using namespace Internal;

namespace {

const QString columns = QStringLiteral("id, uuid, candidate_id, basis, given_at, source, text_version, withdrawn_at");

Consent readConsent(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.candidateId = q.value(2).toLongLong();
    c.basis = q.value(3).toString();
    c.givenAt = fromStorageTime(q.value(4).toString());
    c.source = q.value(5).toString();
    c.textVersion = q.value(6).toString();
    if (!q.isNull(7))
        c.withdrawnAt = fromStorageTime(q.value(7).toString());
    return c;
}

Status addActivity(Database &db, const Actor &actor, qint64 candidateId, const QString &subject, const QString &body)
{
    const QString now = nowStorageTime();
    auto q = db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, kind, subject, body, occurred_at, actor_id, "
                                    "created_at) VALUES (?, ?, 'system', ?, ?, ?, ?, ?)"),
                     {newUuid(), candidateId, subject, body, now, nullableId(actor.userId), now});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace

QJsonObject Consent::toJson() const
{
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("basis"), basis},
            {QStringLiteral("given_at"), toStorageTime(givenAt)},
            {QStringLiteral("source"), source},
            {QStringLiteral("text_version"), textVersion},
            {QStringLiteral("withdrawn_at"), withdrawnAt.isValid() ? toStorageTime(withdrawnAt) : QString()}};
}

QStringList Consent::bases()
{
    return {QStringLiteral("consent"), QStringLiteral("legitimate_interest"), QStringLiteral("contract"),
            QStringLiteral("legal_obligation")};
}

QString Consent::basisLabel(const QString &basis)
{
    if (basis == QLatin1String("consent"))
        return QObject::tr("Consent");
    if (basis == QLatin1String("legitimate_interest"))
        return QObject::tr("Legitimate interest");
    if (basis == QLatin1String("contract"))
        return QObject::tr("Contract");
    if (basis == QLatin1String("legal_obligation"))
        return QObject::tr("Legal obligation");
    return basis;
}

ConsentService::ConsentService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<Consent> ConsentService::record(qint64 candidateId, const QString &basis, const QDateTime &givenAt,
                                       const QString &source, const QString &textVersion)
{
    if (!Consent::bases().contains(basis))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a lawful basis Tandem knows.").arg(basis),
                    QObject::tr("Choose consent, legitimate interest, contract or legal obligation."));
    if (!givenAt.isValid() || givenAt > QDateTime::currentDateTimeUtc().addSecs(60))
        return fail(ErrorCode::Invalid, QObject::tr("The date the consent was given is missing or in the future."),
                    QObject::tr("Enter the day the person agreed (today or earlier)."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto exists = m_db.scalar(QStringLiteral("SELECT id FROM candidates WHERE id = ?"), {candidateId});
    if (!exists)
        return std::unexpected(exists.error());
    if (!exists->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(candidateId),
                    QObject::tr("Refresh the list and try again."));
    const QString uuid = newUuid();
    auto id = m_db.insert(QStringLiteral("INSERT INTO consents (uuid, candidate_id, basis, given_at, source, text_version, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {uuid, candidateId, basis, toStorageTime(givenAt.toUTC()), source.simplified(),
                           textVersion.simplified(), nowStorageTime()});
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = addActivity(m_db, m_actor, candidateId,
                              QObject::tr("Consent recorded: %1").arg(Consent::basisLabel(basis)), source.simplified());
        !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), QStringLiteral("consent"), {}, get(*id));
}

Result<Consent> ConsentService::withdraw(qint64 consentId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(consentId);
    if (!before)
        return before;
    if (!before->isStanding())
        return fail(ErrorCode::Conflict, QObject::tr("This consent was already withdrawn."),
                    QObject::tr("Refresh the profile to see the current records."));
    auto q = m_db.exec(QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL"),
                       {nowStorageTime(), consentId});
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = addActivity(m_db, m_actor, before->candidateId,
                              QObject::tr("Consent withdrawn: %1").arg(Consent::basisLabel(before->basis)), QString());
        !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("withdraw"), QStringLiteral("consent"), before->toJson(),
                        get(consentId));
}

Result<QList<Consent>> ConsentService::forCandidate(qint64 candidateId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns
                           + QStringLiteral(" FROM consents WHERE candidate_id = ? ORDER BY given_at DESC, id DESC"),
                       {candidateId});
    if (!q)
        return std::unexpected(q.error());
    QList<Consent> result;
    while (q->next())
        result.append(readConsent(*q));
    return result;
}

Result<std::optional<Consent>> ConsentService::standing(qint64 candidateId)
{
    auto all = forCandidate(candidateId);
    if (!all)
        return std::unexpected(all.error());
    for (const Consent &c : *all) {
        if (c.isStanding())
            return std::optional<Consent>(c);
    }
    return std::optional<Consent>();
}

Result<Consent> ConsentService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM consents WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Consent record %1 does not exist.").arg(id),
                    QObject::tr("Refresh the profile."));
    Consent c = readConsent(*q);
    q->finish();
    return c;
}

} // namespace Tandem
