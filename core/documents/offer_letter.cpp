#include "offer_letter.h"

#include <core/domain/enums.h>
#include <core/records/offer_letter_templates.h>
#include <core/records/offer_service.h>
#include <core/storage/database.h>

#include <QSqlRecord>

namespace Tandem {

OfferLetter::OfferLetter(Database &db, QLocale locale)
    : m_db(db)
    , m_locale(std::move(locale))
{
}

QString OfferLetter::formatSalary(qint64 amount, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    const bool localCurrency = code.isEmpty() || code == locale.currencySymbol(QLocale::CurrencyIsoCode);
    // Whole amounts: offers are made in whole units, so no ".00".
    if (localCurrency)
        return locale.toCurrencyString(qlonglong(amount));
    // Another currency: its ISO code in front reads unambiguously in every locale.
    return QStringLiteral("%1\u00a0%2").arg(code, locale.toString(qlonglong(amount)));
}

Result<QHash<QString, QString>> OfferLetter::values(const Offer &offer)
{
    auto row = m_db.selectOne(
        QStringLiteral("SELECT c.first_name, c.last_name, c.email, r.title, r.department, r.location, r.employment_type, "
                       "rec.name, rec.email, hm.name, hm.email, r.remote "
                       "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                       "JOIN requisitions r ON r.id = a.requisition_id "
                       "LEFT JOIN users rec ON rec.id = r.recruiter_id LEFT JOIN users hm ON hm.id = r.hiring_manager_id "
                       "WHERE a.id = ?"),
        {offer.applicationId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("The offer's application %1 does not exist.").arg(offer.applicationId),
                    QObject::tr("Refresh the candidate and try again."));
    const QSqlRecord &r = **row;
    auto text = [&r](int i) { return r.value(i).toString().trimmed(); };
    // The agency's own name; the name job postings use stands in until it is set.
    auto agency = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key IN ('agency.name', "
                                             "'posting.organization_name') AND value <> '' ORDER BY key LIMIT 1"));
    if (!agency)
        return std::unexpected(agency.error());
    QString location = text(5);
    if (r.value(11).toInt() != 0)
        location = location.isEmpty() ? QObject::tr("remote") : QObject::tr("%1 (remote possible)").arg(location);
    const auto date = [this](const QDate &d) { return d.isValid() ? m_locale.toString(d, QLocale::LongFormat) : QString(); };
    const QString employment = label(fromKey<EmploymentType>(text(6)).value_or(EmploymentType::FullTime));
    return QHash<QString, QString>{
        {QStringLiteral("candidate.first_name"), text(0)},
        {QStringLiteral("candidate.last_name"), text(1)},
        {QStringLiteral("candidate.full_name"), QStringList{text(0), text(1)}.join(QLatin1Char(' ')).trimmed()},
        {QStringLiteral("candidate.email"), text(2)},
        {QStringLiteral("requisition.title"), text(3)},
        {QStringLiteral("requisition.department"), text(4)},
        {QStringLiteral("requisition.location"), location},
        {QStringLiteral("requisition.employment_type"), employment.toLower()},
        {QStringLiteral("offer.salary"), formatSalary(offer.salary, offer.currency, m_locale)},
        {QStringLiteral("offer.salary_period"), salaryPeriodLabel(offer.period)},
        {QStringLiteral("offer.start_date"), date(offer.startDate)},
        {QStringLiteral("offer.expires_on"), date(offer.expiresOn)},
        {QStringLiteral("offer.terms"), offer.terms.trimmed()},
        {QStringLiteral("recruiter.name"), text(7)},
        {QStringLiteral("recruiter.email"), text(8)},
        {QStringLiteral("hiring_manager.name"), text(9)},
        {QStringLiteral("hiring_manager.email"), text(10)},
        {QStringLiteral("today"), date(QDate::currentDate())},
        {QStringLiteral("agency.name"), agency->toString().trimmed()},
    };
}

Result<RenderedLetter> OfferLetter::render(const Offer &offer, const QString &templateBody)
{
    auto fieldValues = values(offer);
    if (!fieldValues)
        return std::unexpected(fieldValues.error());
    RenderedLetter letter;
    letter.html = LetterMerge::merge(templateBody, *fieldValues);
    letter.unknownFields = LetterMerge::unknownFields(templateBody);
    for (const MergeFieldUse &use : LetterMerge::fields(templateBody)) {
        if (LetterMerge::isKnown(use.name) && fieldValues->value(use.name).isEmpty() && !letter.emptyFields.contains(use.name))
            letter.emptyFields << use.name;
    }
    const QString person = fieldValues->value(QStringLiteral("candidate.full_name"));
    const QString job = fieldValues->value(QStringLiteral("requisition.title"));
    letter.title = QObject::tr("Offer letter: %1, %2").arg(person, job);
    return letter;
}

Result<RenderedLetter> OfferLetter::render(qint64 offerId)
{
    auto offer = OfferService(m_db, Actor::system()).get(offerId);
    if (!offer)
        return std::unexpected(offer.error());
    OfferLetterTemplates templates(m_db, Actor::system());
    auto letterTemplate = offer->letterTemplateId > 0 ? templates.get(offer->letterTemplateId) : templates.defaultTemplate();
    if (!letterTemplate)
        return std::unexpected(letterTemplate.error());
    return render(*offer, letterTemplate->body);
}

} // namespace Tandem
