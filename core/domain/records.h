#pragma once

#include <core/domain/enums.h>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tandem {

// The domain's records as plain values (DESIGN.md section 2). `id` is the local row key,
// `uuid` the identity that never changes, `version` the optimistic-concurrency counter an
// edit must present. A default-constructed record (id 0) has never been stored.
// toJson() is the form audit entries keep as before/after.

struct User
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString email;
    QString role; // admin, recruiter, hiring_manager, interviewer, compliance
    bool active = true;
    int version = 0;
};

struct Candidate
{
    qint64 id = 0;
    QString uuid;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString city;
    QString country;
    QString currentTitle;
    QString currentCompany;
    QString linkedinUrl;
    QString source;
    CandidateStage stage = CandidateStage::Prospect;
    std::optional<double> yearsExperience;
    QStringList skills;
    QString resumeText;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
    int version = 0;

    QString displayName() const;
    bool isArchived() const { return archivedAt.isValid(); }
    QJsonObject toJson() const;
};

struct Stage
{
    qint64 id = 0;
    QString uuid;
    qint64 requisitionId = 0;
    int position = 0;
    QString name;
    StageKind kind = StageKind::Custom;
    std::optional<int> staleAfterDays;
};

// A skill a requisition asks for: must-have or nice-to-have, in the order the recruiter listed them.
struct RequisitionSkill
{
    QString name;
    bool mustHave = true;

    friend bool operator==(const RequisitionSkill &, const RequisitionSkill &) = default;
};

struct Requisition
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString department;
    QString location;
    bool remote = false;
    EmploymentType employmentType = EmploymentType::FullTime;
    qint64 hiringManagerId = 0; // 0: none
    qint64 recruiterId = 0;     // 0: none
    int headcount = 1;
    std::optional<qint64> salaryMin;
    std::optional<qint64> salaryMax;
    QString salaryCurrency;
    QString eeo1Category;
    QString description;
    QString requirements;            // free text: experience, certificates, languages, ...
    QList<RequisitionSkill> skills;  // must-haves and nice-to-haves, each in listed order
    std::optional<double> minYearsExperience; // none: no minimum (the match score leaves years out)
    RequisitionStatus status = RequisitionStatus::Draft;
    QDateTime openedAt;
    QDateTime filledAt;
    QDateTime closedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
    QDateTime publishedAt; // when it was last published as a job posting; invalid: never
    int version = 0;

    bool isArchived() const { return archivedAt.isValid(); }
    // The names of the must-have (or nice-to-have) skills, in order.
    QStringList skillNames(bool mustHave) const;
    // Days since it opened (or since creation while a draft), up to its filling or closing.
    int ageDays(const QDateTime &now) const;
    QJsonObject toJson() const;
};

struct Application
{
    qint64 id = 0;
    QString uuid;
    qint64 candidateId = 0;
    qint64 requisitionId = 0;
    qint64 stageId = 0;
    QString source;
    ApplicationStatus status = ApplicationStatus::Active;
    QString dispositionReason;
    QDateTime appliedAt;
    QDateTime stageEnteredAt;
    QDateTime disposedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
};

struct StageMove
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 fromStageId = 0; // 0: entered the pipeline
    qint64 toStageId = 0;   // 0: the stage was removed since (its name is kept below)
    QDateTime movedAt;
    qint64 movedBy = 0;
    QString fromStageName;  // the names at removal time; empty while the stages exist
    QString toStageName;
};

struct Activity
{
    qint64 id = 0;
    QString uuid;
    qint64 candidateId = 0;
    qint64 applicationId = 0; // 0: not tied to an application
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    QDateTime occurredAt;
    qint64 actorId = 0;
    QString actorName; // filled when read with the user's name
};

// The ten EEO-1 job categories (storage keys and labels), in the order of the EEO-1 report.
QStringList eeo1CategoryKeys();
QString eeo1CategoryLabel(const QString &key);

} // namespace Tandem
