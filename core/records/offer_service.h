#pragma once

#include <core/common/error.h>
#include <core/domain/offer.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Offers made on applications, and their lifecycle.
//
// Owns the `offers` rows. create() starts a draft on an active application (one open offer
// per application at a time); update() edits a draft only; the moves follow
// draft -> approved -> sent -> accepted / declined, and withdraw() ends any open offer.
// Each move stamps its dates (approved at/by, sent at, responded at with a note). accept()
// marks the application hired through ApplicationService::disposition in the same
// transaction (which applies the requisition's headcount rule); decline() leaves the
// application active, so the recruiter decides what happens next.
// Thread: the connection's. Errors: Result with a message naming the problem and a hint;
// stale versions return ErrorCode::Conflict, refused moves ErrorCode::Invalid. Every change
// is audited (entity "offer") and written to the candidate's timeline as an `offer` activity.
class OfferService
{
public:
    OfferService(Database &db, Actor actor);

    Result<Offer> create(const Offer &draft);
    Result<Offer> update(const Offer &edited);
    Result<Offer> approve(qint64 id, int version);
    Result<Offer> markSent(qint64 id, int version);
    Result<Offer> accept(qint64 id, int version, const QString &note = {});
    Result<Offer> decline(qint64 id, int version, const QString &note = {});
    Result<Offer> withdraw(qint64 id, int version, const QString &note = {});
    Result<Offer> get(qint64 id);
    // Newest first.
    Result<QList<Offer>> forApplication(qint64 applicationId);
    Result<QList<Offer>> forCandidate(qint64 candidateId);

    static Status validate(const Offer &offer);
    static bool canMove(OfferStatus from, OfferStatus to);
    static QList<OfferStatus> nextStatuses(OfferStatus from);

private:
    Result<Offer> move(qint64 id, int version, OfferStatus to, const QString &note);
    Status hire(qint64 applicationId);
    Result<QList<Offer>> select(const QString &where, qint64 key);
    Status addActivity(const Offer &offer, const QString &subject, const QString &body);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
