#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tandem {

// An offer's place in its lifecycle (DESIGN.md section 2): draft -> approved -> sent ->
// accepted / declined; withdrawn by the agency from any open state.
enum class OfferStatus { Draft, Approved, Sent, Accepted, Declined, Withdrawn };
// What the salary figure is per.
enum class SalaryPeriod { Year, Month, Hour };

// Storage keys ("draft", "year") and translated labels ("Draft", "per year").
QString offerStatusKey(OfferStatus status);
std::optional<OfferStatus> offerStatusFromKey(const QString &key);
QString offerStatusLabel(OfferStatus status);
QString salaryPeriodKey(SalaryPeriod period);
std::optional<SalaryPeriod> salaryPeriodFromKey(const QString &key);
QString salaryPeriodLabel(SalaryPeriod period); // "year", "month", "hour" (after "per")
// Open offers still expect an answer; one application has at most one open offer.
bool isOpen(OfferStatus status);

// One offer made on one application. Salary is a whole amount in `currency` (ISO 4217).
struct Offer
{
    qint64 id = 0;
    QString uuid;
    qint64 applicationId = 0;
    qint64 salary = 0;
    QString currency;
    SalaryPeriod period = SalaryPeriod::Year;
    QDate startDate;  // invalid: not set
    QDate expiresOn;  // invalid: not set
    QString terms;
    qint64 letterTemplateId = 0; // 0: none (or the template was deleted)
    OfferStatus status = OfferStatus::Draft;
    QDateTime approvedAt;
    qint64 approvedBy = 0;
    QDateTime sentAt;
    QDateTime respondedAt;
    QString responseNote;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
};

// An offer letter body: HTML with {{merge.fields}} (see core/documents/letter_merge.h).
struct OfferLetterTemplate
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString body;
    bool isDefault = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
};

} // namespace Tandem
