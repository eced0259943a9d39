#pragma once

#include <core/common/error.h>

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tandem {

class Database;

// How well a candidate fits a requisition, with the reasons a recruiter reads.
struct MatchResult
{
    bool scored = false; // false when the requisition asks nothing to compare against
    int score = 0;       // 0-100
    QStringList matchedMust;
    QStringList missingMust;
    QStringList matchedNice;
    QString yearsNote;    // empty when the requisition sets no minimum
    QString locationNote; // empty when it names no location and is not remote
    QStringList reasons;  // one line per part, in weight order (skills, experience, location)
};

// What a requisition asks, as the scorer reads it.
struct MatchRequirements
{
    QStringList mustHave;
    QStringList niceToHave;
    std::optional<double> minYears;
    QString location; // free text, e.g. "Berlin, Germany"
    bool remote = false;
};

// What the scorer knows of a candidate.
struct MatchProfile
{
    QStringList skills;
    std::optional<double> years;
    QString city;
    QString country;
};

// Scores candidates against a requisition, 0-100.
//
// Weights (of the parts the requisition asks for; a part it does not ask for is left out
// and the others share the 100): must-have skills 50, nice-to-have skills 20, years of
// experience 15, location 15. Each part counts the fraction met: skills matched of those
// asked; years as candidate/minimum up to 1 (unknown years count 0); location 1 for the same
// city (or a remote requisition), 0.5 for the same country only, 0 otherwise or unknown.
// Skills compare case-insensitively after `canonical` (a synonym mapping, e.g. "k8s" ->
// "Kubernetes"); none given means the names as stored. setDefaultCanonical() installs the
// mapping the board loader uses (call it once at start-up, before any board loads).
//
// Owns nothing but the connection reference. Thread: the connection's. Errors: Result
// (a missing requisition or candidate is NotFound).
class MatchScorer
{
public:
    using Canonical = std::function<QString(const QString &)>;

    explicit MatchScorer(Database &db, Canonical canonical = {});

    // One candidate against one requisition (three small queries).
    Result<MatchResult> score(qint64 candidateId, qint64 requisitionId);
    // Every application of a requisition, keyed by application id: three queries in all,
    // whatever the number of applications.
    Result<QHash<qint64, MatchResult>> scoreAll(qint64 requisitionId);

    // The pure scoring both forms share.
    static MatchResult evaluate(const MatchRequirements &asked, const MatchProfile &profile, const Canonical &canonical = {});

    static void setDefaultCanonical(Canonical canonical);
    static Canonical defaultCanonical();

    static constexpr int mustWeight = 50;
    static constexpr int niceWeight = 20;
    static constexpr int yearsWeight = 15;
    static constexpr int locationWeight = 15;

private:
    Result<MatchRequirements> requirements(qint64 requisitionId);
    Result<QHash<qint64, MatchProfile>> profiles(const QString &sql, qint64 key);

    Database &m_db;
    Canonical m_canonical;
};

} // namespace Tandem
