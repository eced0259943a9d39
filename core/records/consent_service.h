#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

class Database;

// One consent record: the lawful basis for keeping and contacting a person, when and where
// it was given and which privacy text they saw; withdrawnAt ends it.
struct Consent
{
    qint64 id = 0;
    QString uuid;
    qint64 candidateId = 0;
    QString basis; // consent, legitimate_interest, contract, legal_obligation
    QDateTime givenAt;
    QString source;
    QString textVersion;
    QDateTime withdrawnAt;

    bool isStanding() const { return !withdrawnAt.isValid(); }
    QJsonObject toJson() const;
    static QStringList bases();
    static QString basisLabel(const QString &basis);
};

// Consent records of candidates (DESIGN.md "Consent"). A candidate without a standing record
// carries the "no consent" flag on the pipeline board. Records are never edited: a new one
// is recorded, an old one withdrawn, both audited with a timeline entry.
// Thread: the connection's. Errors: Result with a message naming the problem.
class ConsentService
{
public:
    ConsentService(Database &db, Actor actor);

    Result<Consent> record(qint64 candidateId, const QString &basis, const QDateTime &givenAt, const QString &source,
                           const QString &textVersion);
    Result<Consent> withdraw(qint64 consentId);
    // Newest first, withdrawn ones included.
    Result<QList<Consent>> forCandidate(qint64 candidateId);
    // The newest standing record, if any.
    Result<std::optional<Consent>> standing(qint64 candidateId);

private:
    Result<Consent> get(qint64 id);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
