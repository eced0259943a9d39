#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <span>

namespace Tandem::Demo {

// Independent random streams, one per kind of thing, so adding a field to one kind does not
// reshuffle all the others (see Prng::stream).
enum Stream : quint64 {
    UserStream = 1,
    CandidateStream,
    RequisitionStream,
    AllocationStream,
    ApplicationStream,
    ActivityStream,
    ResumeStream,
    DescriptionStream,
    UuidStream,
    RecruitingStream,
};

struct StageSpec
{
    int position = 0;
    QString name;
    QString kind; // sourced, applied, screen, interview, offer, hired, custom
    QVariant staleAfterDays; // null when the stage never goes stale
};

// The default pipeline template, and where in it applications enter and end. Found by stage
// kind rather than position, so an edited template still gives sensible histories.
struct PipelineShape
{
    QList<StageSpec> stages;
    int sourcedIndex = 0; // where sourced candidates enter
    int appliedIndex = 0; // where applicants enter
    int hiredIndex = 0; // the last step of a hire

    static PipelineShape fromStages(QList<StageSpec> stages);
    bool isUsable() const { return stages.size() >= 2 && hiredIndex > appliedIndex; }
};

enum class UserRole : quint8 { Admin, Recruiter, HiringManager, Interviewer, Compliance };
enum class CandidateStage : quint8 { Prospect, Lead, Applicant };
enum class RequisitionStatus : quint8 { Draft, Open, OnHold, Filled, Closed };
enum class EmploymentType : quint8 { FullTime, PartTime, Contract, Temporary, Internship };
enum class ApplicationStatus : quint8 { Active, Hired, Rejected, Withdrawn };

QString roleName(UserRole role); // the roles.name seeded by the first migration
QString stageName(CandidateStage stage); // candidates.stage
QString statusName(RequisitionStatus status);
QString employmentName(EmploymentType type);
QString statusName(ApplicationStatus status);
QString levelPrefix(int level); // "Junior ", "", "Senior ", "Lead ", "Principal "

struct PlannedUser
{
    QString name;
    QString email;
    UserRole role = UserRole::Recruiter;
    bool active = true;
    qint64 createdAt = 0;
};

struct PlannedCandidate
{
    QString email;
    QList<int> skills; // vocabulary indices, display order
    double years = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int extraActivities = 0; // outreach, notes, calls beyond what applications imply
    quint16 culture = 0;
    quint16 firstName = 0;
    quint16 lastName = 0;
    quint16 lastNameCulture = 0;
    quint16 city = 0;
    quint16 company = 0;
    quint8 domain = 0;
    quint8 track = 0;
    quint8 level = 0; // 0 junior .. 4 principal
    quint8 source = 0;
    quint8 owner = 0; // index into DemoPlan::recruiters
    bool inApplicantPool = false;
    CandidateStage stage = CandidateStage::Prospect;
};

struct PlannedRequisition
{
    qint64 createdAt = 0;
    qint64 openedAt = 0; // 0: never opened (draft)
    qint64 filledAt = 0;
    qint64 closedAt = 0;
    qint64 updatedAt = 0;
    int salaryMin = 0;
    int salaryMax = 0;
    int headcount = 1;
    int firstApplication = 0;
    int applicationCount = 0;
    quint16 city = 0;
    quint8 domain = 0;
    quint8 track = 0;
    quint8 level = 0;
    quint8 hiringManager = 0; // index into DemoPlan::hiringManagers
    quint8 recruiter = 0; // index into DemoPlan::recruiters
    RequisitionStatus status = RequisitionStatus::Draft;
    EmploymentType employment = EmploymentType::FullTime;
    bool remote = false;
    bool heavy = false; // one of the few very large pipelines
};

struct PlannedApplication
{
    QString reason;
    qint64 disposedAt = 0;
    int candidate = 0;
    int requisition = 0;
    int firstMove = 0; // index of its first stage time in DemoPlan::moveTimes
    quint8 entryStage = 0;
    quint8 currentStage = 0;
    quint8 source = 0;
    ApplicationStatus status = ApplicationStatus::Active;

    int moveCount() const { return currentStage - entryStage + 1; }
};

// The shape of a whole demo agency without its words: who exists, which requisitions,
// which applications and when each step happened. Text (resumes, notes) is written later,
// row by row, so the plan stays small even at a million activities.
struct DemoPlan
{
    qint64 start = 0; // three years before now
    qint64 now = 0;
    PipelineShape pipeline;
    QList<PlannedUser> users;
    QList<int> recruiters; // indices into users
    QList<int> hiringManagers;
    QList<int> interviewers;
    QList<PlannedCandidate> candidates;
    QList<PlannedRequisition> requisitions;
    QList<PlannedApplication> applications; // grouped by requisition
    QList<qint64> moveTimes; // per application, one time per stage it reached
    QList<int> applicationsByCandidate; // application indices grouped by candidate
    QList<int> candidateApplicationStart; // candidates + 1 offsets into the list above
    qint64 stageHistoryRows = 0;
    qint64 activityRows = 0;

    std::span<const int> applicationsOf(int candidate) const;
    std::span<const qint64> movesOf(const PlannedApplication &application) const;
};

struct PlanInput
{
    int candidates = 0;
    quint64 seed = 0;
    qint64 now = 0; // ms since the epoch, UTC
    PipelineShape pipeline;
};

// Number of requisitions, applications and activities for `candidates` people; the
// generator aims at these, and tests check against them.
struct PlanTargets
{
    int requisitions = 0;
    int applications = 0;
    qint64 activities = 0;
    static PlanTargets forCandidates(int candidates);
};

DemoPlan planAgency(const PlanInput &input);

// "Senior Backend Engineer": the title of a planned requisition.
QString requisitionTitle(const DemoPlan &plan, int requisition);
// Who moved an application into stage `toStage` (a user index), or -1 when the candidate put
// themselves there by applying. Recruiters move cards through the early stages, hiring
// managers decide the later ones.
int moverOf(const DemoPlan &plan, const PlannedApplication &application, int toStage);

} // namespace Tandem::Demo
