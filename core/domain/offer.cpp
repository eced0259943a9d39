#include "offer.h"

#include <core/common/ids.h>

#include <QObject>

#include <array>
#include <utility>

namespace Tandem {
namespace {

constexpr std::array<std::pair<OfferStatus, const char *>, 6> statusKeys{{{OfferStatus::Draft, "draft"},
                                                                          {OfferStatus::Approved, "approved"},
                                                                          {OfferStatus::Sent, "sent"},
                                                                          {OfferStatus::Accepted, "accepted"},
                                                                          {OfferStatus::Declined, "declined"},
                                                                          {OfferStatus::Withdrawn, "withdrawn"}}};
constexpr std::array<std::pair<SalaryPeriod, const char *>, 3> periodKeys{
    {{SalaryPeriod::Year, "year"}, {SalaryPeriod::Month, "month"}, {SalaryPeriod::Hour, "hour"}}};

template <typename Table, typename E>
QString keyIn(const Table &table, E value)
{
    for (const auto &[v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, typename Table>
std::optional<E> valueIn(const Table &table, const QString &key)
{
    for (const auto &[v, k] : table)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString offerStatusKey(OfferStatus status) { return keyIn(statusKeys, status); }
std::optional<OfferStatus> offerStatusFromKey(const QString &key) { return valueIn<OfferStatus>(statusKeys, key); }
QString salaryPeriodKey(SalaryPeriod period) { return keyIn(periodKeys, period); }
std::optional<SalaryPeriod> salaryPeriodFromKey(const QString &key) { return valueIn<SalaryPeriod>(periodKeys, key); }

QString offerStatusLabel(OfferStatus status)
{
    switch (status) {
    case OfferStatus::Draft: return QObject::tr("Draft");
    case OfferStatus::Approved: return QObject::tr("Approved");
    case OfferStatus::Sent: return QObject::tr("Sent");
    case OfferStatus::Accepted: return QObject::tr("Accepted");
    case OfferStatus::Declined: return QObject::tr("Declined");
    case OfferStatus::Withdrawn: return QObject::tr("Withdrawn");
    }
    return {};
}

QString salaryPeriodLabel(SalaryPeriod period)
{
    switch (period) {
    case SalaryPeriod::Year: return QObject::tr("year");
    case SalaryPeriod::Month: return QObject::tr("month");
    case SalaryPeriod::Hour: return QObject::tr("hour");
    }
    return {};
}

bool isOpen(OfferStatus status)
{
    return status == OfferStatus::Draft || status == OfferStatus::Approved || status == OfferStatus::Sent;
}

QJsonObject Offer::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("application_id"), applicationId},
        {QStringLiteral("salary"), salary},
        {QStringLiteral("salary_currency"), currency},
        {QStringLiteral("salary_period"), salaryPeriodKey(period)},
        {QStringLiteral("start_date"), dateText(startDate)},
        {QStringLiteral("expires_on"), dateText(expiresOn)},
        {QStringLiteral("terms"), terms},
        {QStringLiteral("letter_template_id"), letterTemplateId},
        {QStringLiteral("status"), offerStatusKey(status)},
        {QStringLiteral("approved_at"), toStorageTime(approvedAt)},
        {QStringLiteral("approved_by"), approvedBy},
        {QStringLiteral("sent_at"), toStorageTime(sentAt)},
        {QStringLiteral("responded_at"), toStorageTime(respondedAt)},
        {QStringLiteral("response_note"), responseNote},
        {QStringLiteral("version"), version},
    };
}

QJsonObject OfferLetterTemplate::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("body_chars"), int(body.size())},
        {QStringLiteral("is_default"), isDefault},
        {QStringLiteral("version"), version},
    };
}

} // namespace Tandem
