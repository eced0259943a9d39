#include "records.h"

#include <core/common/ids.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace Tandem {
namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue optionalInteger(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

QString Candidate::displayName() const
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

QJsonObject Candidate::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
        {QStringLiteral("current_title"), currentTitle},
        {QStringLiteral("current_company"), currentCompany},
        {QStringLiteral("linkedin_url"), linkedinUrl},
        {QStringLiteral("source"), source},
        {QStringLiteral("stage"), toKey(stage)},
        {QStringLiteral("years_experience"), optionalNumber(yearsExperience)},
        {QStringLiteral("skills"), QJsonArray::fromStringList(skills)},
        {QStringLiteral("resume_chars"), int(resumeText.size())},
        {QStringLiteral("archived_at"), toStorageTime(archivedAt)},
        {QStringLiteral("version"), version},
    };
}

int Requisition::ageDays(const QDateTime &now) const
{
    const QDateTime start = openedAt.isValid() ? openedAt : createdAt;
    QDateTime end = now;
    if (filledAt.isValid())
        end = filledAt;
    else if (closedAt.isValid())
        end = closedAt;
    if (!start.isValid())
        return 0;
    return int(std::max<qint64>(0, start.daysTo(end)));
}

QJsonObject Requisition::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("department"), department},
        {QStringLiteral("location"), location},
        {QStringLiteral("remote"), remote},
        {QStringLiteral("employment_type"), toKey(employmentType)},
        {QStringLiteral("hiring_manager_id"), double(hiringManagerId)},
        {QStringLiteral("recruiter_id"), double(recruiterId)},
        {QStringLiteral("headcount"), headcount},
        {QStringLiteral("salary_min"), optionalInteger(salaryMin)},
        {QStringLiteral("salary_max"), optionalInteger(salaryMax)},
        {QStringLiteral("salary_currency"), salaryCurrency},
        {QStringLiteral("eeo1_category"), eeo1Category},
        {QStringLiteral("description_chars"), int(description.size())},
        {QStringLiteral("requirements_chars"), int(requirements.size())},
        {QStringLiteral("must_have_skills"), QJsonArray::fromStringList(skillNames(true))},
        {QStringLiteral("nice_to_have_skills"), QJsonArray::fromStringList(skillNames(false))},
        {QStringLiteral("min_years_experience"), optionalNumber(minYearsExperience)},
        {QStringLiteral("status"), toKey(status)},
        {QStringLiteral("opened_at"), toStorageTime(openedAt)},
        {QStringLiteral("filled_at"), toStorageTime(filledAt)},
        {QStringLiteral("closed_at"), toStorageTime(closedAt)},
        {QStringLiteral("published_at"), toStorageTime(publishedAt)},
        {QStringLiteral("archived_at"), toStorageTime(archivedAt)},
        {QStringLiteral("version"), version},
    };
}

QStringList Requisition::skillNames(bool mustHave) const
{
    QStringList names;
    for (const RequisitionSkill &skill : skills) {
        if (skill.mustHave == mustHave)
            names.append(skill.name);
    }
    return names;
}

QJsonObject Application::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("candidate_id"), double(candidateId)},
        {QStringLiteral("requisition_id"), double(requisitionId)},
        {QStringLiteral("stage_id"), double(stageId)},
        {QStringLiteral("source"), source},
        {QStringLiteral("status"), toKey(status)},
        {QStringLiteral("disposition_reason"), dispositionReason},
        {QStringLiteral("stage_entered_at"), toStorageTime(stageEnteredAt)},
        {QStringLiteral("disposed_at"), toStorageTime(disposedAt)},
        {QStringLiteral("version"), version},
    };
}

QStringList eeo1CategoryKeys()
{
    return {QStringLiteral("executives"),   QStringLiteral("managers"),       QStringLiteral("professionals"),
            QStringLiteral("technicians"),  QStringLiteral("sales"),          QStringLiteral("administrative"),
            QStringLiteral("craft"),        QStringLiteral("operatives"),     QStringLiteral("laborers"),
            QStringLiteral("service")};
}

QString eeo1CategoryLabel(const QString &key)
{
    static const char *const labels[][2] = {
        {"executives", QT_TRANSLATE_NOOP("Tandem::Domain", "Executive/Senior Level Officials and Managers")},
        {"managers", QT_TRANSLATE_NOOP("Tandem::Domain", "First/Mid-Level Officials and Managers")},
        {"professionals", QT_TRANSLATE_NOOP("Tandem::Domain", "Professionals")},
        {"technicians", QT_TRANSLATE_NOOP("Tandem::Domain", "Technicians")},
        {"sales", QT_TRANSLATE_NOOP("Tandem::Domain", "Sales Workers")},
        {"administrative", QT_TRANSLATE_NOOP("Tandem::Domain", "Administrative Support Workers")},
        {"craft", QT_TRANSLATE_NOOP("Tandem::Domain", "Craft Workers")},
        {"operatives", QT_TRANSLATE_NOOP("Tandem::Domain", "Operatives")},
        {"laborers", QT_TRANSLATE_NOOP("Tandem::Domain", "Laborers and Helpers")},
        {"service", QT_TRANSLATE_NOOP("Tandem::Domain", "Service Workers")},
    };
    for (const auto &pair : labels) {
        if (key == QLatin1String(pair[0]))
            return QCoreApplication::translate("Tandem::Domain", pair[1]);
    }
    return key;
}

} // namespace Tandem
