#pragma once

#include <core/common/error.h>
#include <core/documents/letter_merge.h>
#include <core/domain/offer.h>

#include <QHash>
#include <QLocale>

namespace Tandem {

class Database;

// A merged offer letter: HTML ready for a QTextDocument, its title, and the fields the
// template used that Tandem does not know (left visible in `html`).
struct RenderedLetter
{
    QString html;
    QString title;
    QList<MergeFieldUse> unknownFields;
    // Known fields the template uses that have no value for this offer (e.g. no recruiter
    // on the requisition), once each in order of use: the letter would show a gap there.
    QStringList emptyFields;
};

// Fills an offer letter template with the offer's values.
//
// Reads the candidate, requisition, recruiter, hiring manager and the agency's name (setting
// "agency.name") for an offer, stored or still being edited, and formats amounts and dates
// for `locale`. Owns nothing; uses the caller's connection on the caller's thread. Errors:
// Result (NotFound for a missing offer, application or template).
class OfferLetter
{
public:
    explicit OfferLetter(Database &db, QLocale locale = QLocale());

    // Every known merge field's value as plain text, for `offer` (which need not be stored:
    // the offer dialog previews unsaved edits; only applicationId must be real).
    Result<QHash<QString, QString>> values(const Offer &offer);
    // The stored offer with its own template (the default one when it has none).
    Result<RenderedLetter> render(qint64 offerId);
    Result<RenderedLetter> render(const Offer &offer, const QString &templateBody);

    // "€85,000" in the locale's style; "EUR 85,000" when the currency is not the locale's.
    static QString formatSalary(qint64 amount, const QString &currency, const QLocale &locale);

private:
    Database &m_db;
    QLocale m_locale;
};

} // namespace Tandem
