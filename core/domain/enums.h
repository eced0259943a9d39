#pragma once

#include <QString>

#include <optional>

namespace Tandem {

// Each enum has a storage key (what the database holds, stable, English) and a label
// (translated, for people). fromKey returns nullopt for an unknown key.

enum class CandidateStage { Prospect, Lead, Applicant };
enum class RequisitionStatus { Draft, Open, OnHold, Filled, Closed };
enum class EmploymentType { FullTime, PartTime, Contract, Temporary, Internship };
enum class ApplicationStatus { Active, Hired, Rejected, Withdrawn };
enum class StageKind { Sourced, Applied, Screen, Interview, Offer, Hired, Custom };
enum class ActivityKind {
    Note, EmailSent, EmailOpened, EmailReplied, Call, Meeting, EventAttended, StageChange, Application,
    Disposition, System, Interview, Scorecard, Offer, File, TalentPool
};

QString toKey(CandidateStage v);
QString toKey(RequisitionStatus v);
QString toKey(EmploymentType v);
QString toKey(ApplicationStatus v);
QString toKey(StageKind v);
QString toKey(ActivityKind v);

QString label(CandidateStage v);
QString label(RequisitionStatus v);
QString label(EmploymentType v);
QString label(ApplicationStatus v);
QString label(StageKind v);
QString label(ActivityKind v);

template <typename E>
std::optional<E> fromKey(const QString &key);

} // namespace Tandem
