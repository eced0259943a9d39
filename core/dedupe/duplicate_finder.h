#pragma once

#include <core/common/error.h>
#include <core/dedupe/candidate_draft.h>
#include <core/records/actor.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace Tandem {

class Database;

// One candidate that looks like the person being compared.
struct DuplicateMatch
{
    qint64 candidateId = 0;
    double score = 0; // 0..1, see DuplicateFinder
    QStringList reasons; // translated, e.g. "same e-mail ann@x.com"
};

// Two stored candidates that look like one person (candidateA < candidateB).
struct DuplicatePair
{
    qint64 candidateA = 0;
    qint64 candidateB = 0;
    QString nameA;
    QString nameB;
    double score = 0;
    QStringList reasons;
};

namespace Dedupe {
struct CandidateIndex;
}

// Finds candidates that are probably the same person: on import (findFor) and over the
// whole database on demand (findAll).
//
// Rules and scores (each rule gives a score; several rules combine as 1 - prod(1 - s), so
// evidence adds up but never passes 1):
//   same e-mail (candidates.email or an e-mail contact, normalised)   0.95
//   same LinkedIn profile (normalizeProfileUrl)                        0.95
//   same phone (E.164; candidates.phone read with the default region)  0.85
//   similar name (sim = the lower of the first names' and the last names' Jaro-Winkler
//   similarity over folded names, at least 0.88; t = (sim - 0.88) / 0.12) and
//     same employer                                          0.55 + 0.25 t
//     same city                                              0.45 + 0.25 t
//     both                                                   the employer score + 0.10
//   so a name match reaches at most 0.90 and never outranks a shared e-mail or profile.
//   A similar name alone is never proposed (common names would flood the list); names are
//   compared inside blocks (folded last name + first initial, folded first name + last
//   initial), split by employer and city; a bucket of more than kMaxNameBucket people with
//   such a name at one employer or in one city is not compared (it says nothing).
// An e-mail, phone or profile shared by more than kMaxGroup records (a company switchboard,
// "info@") is not taken as evidence. Archived (and so merged) candidates and dismissed pairs
// are never proposed.
//
// Owns an in-memory index of the live candidates' names, e-mails, phones and profiles,
// built on first use with one read of candidates and candidate_contacts (about a second at
// 100,000 candidates) and topped up with rows added since on each findFor(); keep one finder
// for a whole import. Edits of older rows after the index was built are not seen: make a new
// finder. Thread: the connection's (run findAll on a worker with its own connection).
// Errors: Result; a cancelled findAll returns ErrorCode::Cancelled.
class DuplicateFinder
{
public:
    static constexpr int kMaxGroup = 20;
    static constexpr int kMaxNameBucket = 200;

    explicit DuplicateFinder(Database &db);
    ~DuplicateFinder();

    // Best first, at most `limit`.
    Result<QList<DuplicateMatch>> findFor(const CandidateDraft &draft, int limit = 5);
    // Progress: (done, total) -> false to cancel. Best first, pairs scoring below minScore left out.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<QList<DuplicatePair>> findAll(const Progress &progress = {}, double minScore = 0.5);

    // The user says a and b are different people: stored (audited) and never proposed again.
    Status dismiss(qint64 a, qint64 b, const Actor &actor);

private:
    Status refresh();
    Result<QSet<qint64>> liveAmong(const QSet<qint64> &ids);

    Database &m_db;
    std::unique_ptr<Dedupe::CandidateIndex> m_index;
};

} // namespace Tandem
