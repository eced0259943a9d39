#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

class Database;

// A way to reach a candidate beyond the primary email / phone / linkedin_url columns
// (candidate_contacts). kind is "email", "phone" (E.164), "linkedin", "github" or "website".
struct ContactPoint
{
    QString kind;
    QString value;
    QString label;

    bool operator==(const ContactPoint &other) const = default;
};

struct WorkEntry
{
    QString employer;
    QString title;
    QString startMonth; // "YYYY-MM" or "YYYY"; empty when unknown
    QString endMonth;   // empty when current or unknown
    bool isCurrent = false;
    QString description;

    bool operator==(const WorkEntry &other) const = default;
};

struct EducationEntry
{
    QString institution;
    QString degree;
    QString field;
    std::optional<int> startYear;
    std::optional<int> endYear;

    bool operator==(const EducationEntry &other) const = default;
};

// What a candidate's profile holds besides the candidates row: contacts, work history
// (newest first) and education (newest first).
struct CandidateExtras
{
    QList<ContactPoint> contacts;
    QList<WorkEntry> work;
    QList<EducationEntry> education;

    bool isEmpty() const { return contacts.isEmpty() && work.isEmpty() && education.isEmpty(); }
    bool operator==(const CandidateExtras &other) const = default;
    QJsonObject toJson() const;
};

// Reads and writes a candidate's extras (candidate_contacts, candidate_experience,
// candidate_education).
//
// replace() stores exactly the given lists; merge() adds what the candidate does not have
// yet (a contact with the same kind and value, a job with the same employer and title, a
// school with the same institution and degree count as present) and keeps the rest. Both
// are one audited change ("update_profile" on the candidate) in their own transaction, or
// a savepoint of the caller's.
// Thread: the connection's. Errors: Result; a contact that is not valid for its kind is
// ErrorCode::Invalid naming it.
class CandidateProfileStore
{
public:
    CandidateProfileStore(Database &db, Actor actor);

    Result<CandidateExtras> extrasOf(qint64 candidateId);
    Result<CandidateExtras> replace(qint64 candidateId, const CandidateExtras &extras);
    Result<CandidateExtras> merge(qint64 candidateId, const CandidateExtras &additions);

private:
    Result<CandidateExtras> store(qint64 candidateId, const CandidateExtras &extras);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
