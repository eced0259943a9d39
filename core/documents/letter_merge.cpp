#include "letter_merge.h"

#include <QObject>
#include <QRegularExpression>

namespace Tandem {
namespace {

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}\\s]*)\\s*\\}\\}"));
    return pattern;
}

QString escapedValue(const QString &plain)
{
    QString html = plain.toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

const QStringList &LetterMerge::knownFields()
{
    static const QStringList names = {
        QStringLiteral("candidate.first_name"),     QStringLiteral("candidate.last_name"),
        QStringLiteral("candidate.full_name"),      QStringLiteral("candidate.email"),
        QStringLiteral("requisition.title"),        QStringLiteral("requisition.department"),
        QStringLiteral("requisition.location"),     QStringLiteral("requisition.employment_type"),
        QStringLiteral("offer.salary"),             QStringLiteral("offer.salary_period"),
        QStringLiteral("offer.start_date"),         QStringLiteral("offer.expires_on"),
        QStringLiteral("offer.terms"),              QStringLiteral("recruiter.name"),
        QStringLiteral("recruiter.email"),          QStringLiteral("hiring_manager.name"),
        QStringLiteral("hiring_manager.email"),     QStringLiteral("today"),
        QStringLiteral("agency.name"),
    };
    return names;
}

bool LetterMerge::isKnown(const QString &name)
{
    return knownFields().contains(name);
}

QString LetterMerge::describe(const QString &name)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("candidate.first_name"), QT_TR_NOOP("Candidate's first name")},
        {QStringLiteral("candidate.last_name"), QT_TR_NOOP("Candidate's last name")},
        {QStringLiteral("candidate.full_name"), QT_TR_NOOP("Candidate's full name")},
        {QStringLiteral("candidate.email"), QT_TR_NOOP("Candidate's email")},
        {QStringLiteral("requisition.title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("requisition.department"), QT_TR_NOOP("Department")},
        {QStringLiteral("requisition.location"), QT_TR_NOOP("Location")},
        {QStringLiteral("requisition.employment_type"), QT_TR_NOOP("Employment type")},
        {QStringLiteral("offer.salary"), QT_TR_NOOP("Salary with currency")},
        {QStringLiteral("offer.salary_period"), QT_TR_NOOP("Salary period (year, month, hour)")},
        {QStringLiteral("offer.start_date"), QT_TR_NOOP("Start date")},
        {QStringLiteral("offer.expires_on"), QT_TR_NOOP("Offer expiry date")},
        {QStringLiteral("offer.terms"), QT_TR_NOOP("Terms of the offer")},
        {QStringLiteral("recruiter.name"), QT_TR_NOOP("Recruiter's name")},
        {QStringLiteral("recruiter.email"), QT_TR_NOOP("Recruiter's email")},
        {QStringLiteral("hiring_manager.name"), QT_TR_NOOP("Hiring manager's name")},
        {QStringLiteral("hiring_manager.email"), QT_TR_NOOP("Hiring manager's email")},
        {QStringLiteral("today"), QT_TR_NOOP("Today's date")},
        {QStringLiteral("agency.name"), QT_TR_NOOP("Agency name")},
    };
    const auto found = texts.constFind(name);
    return found == texts.constEnd() ? QString() : QObject::tr(*found);
}

QList<MergeFieldUse> LetterMerge::fields(const QString &body)
{
    QList<MergeFieldUse> result;
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    auto it = fieldPattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        const int at = int(match.capturedStart());
        for (; scanned < at; ++scanned) {
            if (body.at(scanned) == QLatin1Char('\n')) {
                ++line;
                lineStart = scanned + 1;
            }
        }
        result.append({match.captured(1), line, at - lineStart + 1, at, int(match.capturedLength())});
    }
    return result;
}

QList<MergeFieldUse> LetterMerge::unknownFields(const QString &body)
{
    QList<MergeFieldUse> result;
    for (const MergeFieldUse &use : fields(body))
        if (!isKnown(use.name))
            result.append(use);
    return result;
}

QStringList LetterMerge::problems(const QString &body)
{
    QStringList result;
    for (const MergeFieldUse &use : unknownFields(body))
        result << QObject::tr("Unknown merge field {{%1}} on line %2.").arg(use.name).arg(use.line);
    return result;
}

QString LetterMerge::merge(const QString &body, const QHash<QString, QString> &values)
{
    QString result;
    result.reserve(body.size() + 256);
    int copied = 0;
    for (const MergeFieldUse &use : fields(body)) {
        result += QStringView(body).mid(copied, use.position - copied);
        const auto value = values.constFind(use.name);
        if (isKnown(use.name) && value != values.constEnd())
            result += escapedValue(*value);
        else
            result += QStringView(body).mid(use.position, use.length); // unknown: left visible
        copied = use.position + use.length;
    }
    result += QStringView(body).mid(copied);
    return result;
}

} // namespace Tandem
