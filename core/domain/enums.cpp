#include "enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Tandem {
namespace {

template <typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char *>, N>;

constexpr KeyTable<CandidateStage, 3> candidateStageKeys{{
    {CandidateStage::Prospect, "prospect"}, {CandidateStage::Lead, "lead"}, {CandidateStage::Applicant, "applicant"}}};
constexpr KeyTable<RequisitionStatus, 5> requisitionStatusKeys{{{RequisitionStatus::Draft, "draft"},
                                                                 {RequisitionStatus::Open, "open"},
                                                                 {RequisitionStatus::OnHold, "on_hold"},
                                                                 {RequisitionStatus::Filled, "filled"},
                                                                 {RequisitionStatus::Closed, "closed"}}};
constexpr KeyTable<EmploymentType, 5> employmentTypeKeys{{{EmploymentType::FullTime, "full_time"},
                                                           {EmploymentType::PartTime, "part_time"},
                                                           {EmploymentType::Contract, "contract"},
                                                           {EmploymentType::Temporary, "temporary"},
                                                           {EmploymentType::Internship, "internship"}}};
constexpr KeyTable<ApplicationStatus, 4> applicationStatusKeys{{{ApplicationStatus::Active, "active"},
                                                                 {ApplicationStatus::Hired, "hired"},
                                                                 {ApplicationStatus::Rejected, "rejected"},
                                                                 {ApplicationStatus::Withdrawn, "withdrawn"}}};
constexpr KeyTable<StageKind, 7> stageKindKeys{{{StageKind::Sourced, "sourced"},
                                                {StageKind::Applied, "applied"},
                                                {StageKind::Screen, "screen"},
                                                {StageKind::Interview, "interview"},
                                                {StageKind::Offer, "offer"},
                                                {StageKind::Hired, "hired"},
                                                {StageKind::Custom, "custom"}}};
constexpr KeyTable<ActivityKind, 16> activityKindKeys{{{ActivityKind::Note, "note"},
                                                       {ActivityKind::EmailSent, "email_sent"},
                                                       {ActivityKind::EmailOpened, "email_opened"},
                                                       {ActivityKind::EmailReplied, "email_replied"},
                                                       {ActivityKind::Call, "call"},
                                                       {ActivityKind::Meeting, "meeting"},
                                                       {ActivityKind::EventAttended, "event_attended"},
                                                       {ActivityKind::StageChange, "stage_change"},
                                                       {ActivityKind::Application, "application"},
                                                       {ActivityKind::Disposition, "disposition"},
                                                       {ActivityKind::System, "system"},
                                                       {ActivityKind::Interview, "interview"},
                                                       {ActivityKind::Scorecard, "scorecard"},
                                                       {ActivityKind::Offer, "offer"},
                                                       {ActivityKind::File, "file"},
                                                       {ActivityKind::TalentPool, "talent_pool"}}};

template <typename E, std::size_t N>
QString keyOf(const KeyTable<E, N> &table, E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Domain", text);
}

} // namespace

QString toKey(CandidateStage v) { return keyOf(candidateStageKeys, v); }
QString toKey(RequisitionStatus v) { return keyOf(requisitionStatusKeys, v); }
QString toKey(EmploymentType v) { return keyOf(employmentTypeKeys, v); }
QString toKey(ApplicationStatus v) { return keyOf(applicationStatusKeys, v); }
QString toKey(StageKind v) { return keyOf(stageKindKeys, v); }
QString toKey(ActivityKind v) { return keyOf(activityKindKeys, v); }

template <> std::optional<CandidateStage> fromKey(const QString &k) { return valueOf(candidateStageKeys, k); }
template <> std::optional<RequisitionStatus> fromKey(const QString &k) { return valueOf(requisitionStatusKeys, k); }
template <> std::optional<EmploymentType> fromKey(const QString &k) { return valueOf(employmentTypeKeys, k); }
template <> std::optional<ApplicationStatus> fromKey(const QString &k) { return valueOf(applicationStatusKeys, k); }
template <> std::optional<StageKind> fromKey(const QString &k) { return valueOf(stageKindKeys, k); }
template <> std::optional<ActivityKind> fromKey(const QString &k) { return valueOf(activityKindKeys, k); }

QString label(CandidateStage v)
{
    switch (v) {
    case CandidateStage::Prospect: return tr("Prospect");
    case CandidateStage::Lead: return tr("Lead");
    case CandidateStage::Applicant: return tr("Applicant");
    }
    return {};
}

QString label(RequisitionStatus v)
{
    switch (v) {
    case RequisitionStatus::Draft: return tr("Draft");
    case RequisitionStatus::Open: return tr("Open");
    case RequisitionStatus::OnHold: return tr("On hold");
    case RequisitionStatus::Filled: return tr("Filled");
    case RequisitionStatus::Closed: return tr("Closed");
    }
    return {};
}

QString label(EmploymentType v)
{
    switch (v) {
    case EmploymentType::FullTime: return tr("Full-time");
    case EmploymentType::PartTime: return tr("Part-time");
    case EmploymentType::Contract: return tr("Contract");
    case EmploymentType::Temporary: return tr("Temporary");
    case EmploymentType::Internship: return tr("Internship");
    }
    return {};
}

QString label(ApplicationStatus v)
{
    switch (v) {
    case ApplicationStatus::Active: return tr("Active");
    case ApplicationStatus::Hired: return tr("Hired");
    case ApplicationStatus::Rejected: return tr("Rejected");
    case ApplicationStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString label(StageKind v)
{
    switch (v) {
    case StageKind::Sourced: return tr("Sourced");
    case StageKind::Applied: return tr("Applied");
    case StageKind::Screen: return tr("Screen");
    case StageKind::Interview: return tr("Interview");
    case StageKind::Offer: return tr("Offer");
    case StageKind::Hired: return tr("Hired");
    case StageKind::Custom: return tr("Custom");
    }
    return {};
}

QString label(ActivityKind v)
{
    switch (v) {
    case ActivityKind::Note: return tr("Note");
    case ActivityKind::EmailSent: return tr("Email sent");
    case ActivityKind::EmailOpened: return tr("Email opened");
    case ActivityKind::EmailReplied: return tr("Email replied");
    case ActivityKind::Call: return tr("Call");
    case ActivityKind::Meeting: return tr("Meeting");
    case ActivityKind::EventAttended: return tr("Event attended");
    case ActivityKind::StageChange: return tr("Stage change");
    case ActivityKind::Application: return tr("Application");
    case ActivityKind::Disposition: return tr("Disposition");
    case ActivityKind::System: return tr("System");
    case ActivityKind::Interview: return tr("Interview");
    case ActivityKind::Scorecard: return tr("Scorecard");
    case ActivityKind::Offer: return tr("Offer");
    case ActivityKind::File: return tr("File");
    case ActivityKind::TalentPool: return tr("Talent pool");
    }
    return {};
}

} // namespace Tandem
