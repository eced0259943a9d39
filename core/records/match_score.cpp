#include "match_score.h"

#include <core/storage/database.h>

#include <QLocale>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Tandem {

namespace {

MatchScorer::Canonical &defaultMapping()
{
    static MatchScorer::Canonical mapping;
    return mapping;
}

QString skillKey(const QString &name, const MatchScorer::Canonical &canonical)
{
    const QString simple = name.simplified();
    return (canonical ? canonical(simple) : simple).simplified().toCaseFolded();
}

QString listed(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}

QString years(double value)
{
    return QLocale().toString(value, 'g', 3);
}

QString mustReason(const MatchResult &r)
{
    const qsizetype total = r.matchedMust.size() + r.missingMust.size();
    if (r.missingMust.isEmpty())
        return total == 1 ? QObject::tr("The must-have skill: %1").arg(r.matchedMust.first())
                          : QObject::tr("All %1 must-have skills: %2").arg(total).arg(listed(r.matchedMust));
    if (r.matchedMust.isEmpty())
        return total == 1 ? QObject::tr("Missing the must-have skill %1").arg(r.missingMust.first())
                          : QObject::tr("None of the %1 must-have skills: missing %2").arg(total).arg(listed(r.missingMust));
    return QObject::tr("%1 of %2 must-have skills: %3 — missing %4")
        .arg(r.matchedMust.size())
        .arg(total)
        .arg(r.matchedMust.join(QStringLiteral(", ")), listed(r.missingMust));
}

QString niceReason(const MatchResult &r, const MatchRequirements &asked)
{
    const qsizetype total = asked.niceToHave.size();
    if (!r.matchedNice.isEmpty())
        return QObject::tr("%1 of %2 nice-to-have skills: %3").arg(r.matchedNice.size()).arg(total).arg(r.matchedNice.join(QStringLiteral(", ")));
    return total == 1 ? QObject::tr("Not the nice-to-have skill %1").arg(asked.niceToHave.first())
                      : QObject::tr("None of the %1 nice-to-have skills").arg(total);
}

// 0..1 for the years part, and its note.
double yearsPart(double minimum, const std::optional<double> &have, QString &note)
{
    if (!have) {
        note = QObject::tr("Years of experience unknown (%1 asked)").arg(years(minimum));
        return 0;
    }
    if (*have >= minimum) {
        note = QObject::tr("%1 years of experience (%2 asked)").arg(years(*have), years(minimum));
        return 1;
    }
    note = QObject::tr("%1 years of experience, %2 short of the %3 asked")
               .arg(years(*have), years(minimum - *have), years(minimum));
    return minimum > 0 ? *have / minimum : 1;
}

// 0..1 for the location part, and its note. The requisition's location is free text such as
// "Berlin, Germany" or "London / Remote": its parts are compared with the candidate's city
// and country, any case.
double locationPart(const MatchRequirements &asked, const QSet<QString> &parts, const MatchProfile &p, QString &note)
{
    if (asked.remote) {
        note = QObject::tr("Remote role: any location fits");
        return 1;
    }
    const QString city = p.city.simplified();
    const QString country = p.country.simplified();
    if (city.isEmpty() && country.isEmpty()) {
        note = QObject::tr("Location unknown (role in %1)").arg(asked.location.simplified());
        return 0;
    }
    if (!city.isEmpty() && parts.contains(city.toCaseFolded())) {
        note = QObject::tr("Lives in %1, where the role is").arg(city);
        return 1;
    }
    QStringList place;
    for (const QString &part : {city, country})
        if (!part.isEmpty())
            place << part;
    const QString where = place.join(QStringLiteral(", "));
    if (!country.isEmpty() && parts.contains(country.toCaseFolded())) {
        note = QObject::tr("Lives in %1: same country, another city than %2").arg(where, asked.location.simplified());
        return 0.5;
    }
    note = QObject::tr("Lives in %1; the role is in %2").arg(where, asked.location.simplified());
    return 0;
}

// What evaluate() needs of the requirements, worked out once per requisition rather than
// once per candidate (a board scores hundreds).
struct Prepared
{
    QStringList mustKeys;
    QStringList niceKeys;
    QSet<QString> locationParts;
};

Prepared prepare(const MatchRequirements &asked, const MatchScorer::Canonical &canonical)
{
    Prepared p;
    for (const QString &skill : asked.mustHave)
        p.mustKeys << skillKey(skill, canonical);
    for (const QString &skill : asked.niceToHave)
        p.niceKeys << skillKey(skill, canonical);
    static const QRegularExpression separators(QStringLiteral("[,;/|()]"));
    for (const QString &part : asked.location.split(separators, Qt::SkipEmptyParts))
        if (const QString key = part.simplified().toCaseFolded(); !key.isEmpty())
            p.locationParts.insert(key);
    return p;
}

MatchResult evaluatePrepared(const MatchRequirements &asked, const Prepared &prepared, const MatchProfile &profile,
                             const MatchScorer::Canonical &canonical)
{
    MatchResult r;
    QSet<QString> has;
    has.reserve(profile.skills.size());
    for (const QString &skill : profile.skills)
        has.insert(skillKey(skill, canonical));
    for (qsizetype i = 0; i < asked.mustHave.size(); ++i)
        (has.contains(prepared.mustKeys[i]) ? r.matchedMust : r.missingMust).append(asked.mustHave[i]);
    for (qsizetype i = 0; i < asked.niceToHave.size(); ++i)
        if (has.contains(prepared.niceKeys[i]))
            r.matchedNice.append(asked.niceToHave[i]);

    double earned = 0;
    int possible = 0;
    if (!asked.mustHave.isEmpty()) {
        possible += MatchScorer::mustWeight;
        earned += MatchScorer::mustWeight * double(r.matchedMust.size()) / double(asked.mustHave.size());
        r.reasons << mustReason(r);
    }
    if (!asked.niceToHave.isEmpty()) {
        possible += MatchScorer::niceWeight;
        earned += MatchScorer::niceWeight * double(r.matchedNice.size()) / double(asked.niceToHave.size());
        r.reasons << niceReason(r, asked);
    }
    if (asked.minYears) {
        possible += MatchScorer::yearsWeight;
        earned += MatchScorer::yearsWeight * yearsPart(*asked.minYears, profile.years, r.yearsNote);
        r.reasons << r.yearsNote;
    }
    if (asked.remote || !asked.location.trimmed().isEmpty()) {
        possible += MatchScorer::locationWeight;
        earned += MatchScorer::locationWeight * locationPart(asked, prepared.locationParts, profile, r.locationNote);
        r.reasons << r.locationNote;
    }
    r.scored = possible > 0;
    r.score = r.scored ? int(std::lround(100.0 * earned / possible)) : 0;
    return r;
}

} // namespace

MatchScorer::MatchScorer(Database &db, Canonical canonical)
    : m_db(db)
    , m_canonical(canonical ? std::move(canonical) : defaultCanonical())
{
}

void MatchScorer::setDefaultCanonical(Canonical canonical)
{
    defaultMapping() = std::move(canonical);
}

MatchScorer::Canonical MatchScorer::defaultCanonical()
{
    return defaultMapping();
}

MatchResult MatchScorer::evaluate(const MatchRequirements &asked, const MatchProfile &profile, const Canonical &canonical)
{
    return evaluatePrepared(asked, prepare(asked, canonical), profile, canonical);
}

Result<MatchRequirements> MatchScorer::requirements(qint64 requisitionId)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT location, remote, min_years_experience FROM requisitions WHERE id = ?"),
                              {requisitionId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("Requisition %1 does not exist.").arg(requisitionId),
                    QObject::tr("Refresh the list."));
    MatchRequirements asked;
    asked.location = (*row)->value(0).toString();
    asked.remote = (*row)->value(1).toInt() != 0;
    if (!(*row)->isNull(2))
        asked.minYears = (*row)->value(2).toDouble();
    auto skills = m_db.exec(QStringLiteral("SELECT s.name, rs.importance FROM requisition_skills rs JOIN skills s ON s.id = rs.skill_id "
                                           "WHERE rs.requisition_id = ? ORDER BY rs.position, s.name"),
                            {requisitionId});
    if (!skills)
        return std::unexpected(skills.error());
    while (skills->next())
        (skills->value(1).toString() == QLatin1String("must") ? asked.mustHave : asked.niceToHave).append(skills->value(0).toString());
    return asked;
}

// Reads profiles keyed by the statement's first column (a candidate or an application id),
// binding `key` once. Skills come from candidates.skills_text, the comma-separated copy of
// candidate_skills the candidate store keeps in step (the full-text index reads it too): one
// read per board instead of a join over every skill row.
Result<QHash<qint64, MatchProfile>> MatchScorer::profiles(const QString &sql, qint64 key)
{
    QHash<qint64, MatchProfile> result;
    auto people = m_db.exec(sql, {key});
    if (!people)
        return std::unexpected(people.error());
    while (people->next()) {
        MatchProfile &p = result[people->value(0).toLongLong()];
        if (!people->isNull(1))
            p.years = people->value(1).toDouble();
        p.city = people->value(2).toString();
        p.country = people->value(3).toString();
        for (const QString &skill : people->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.skills.append(skill.trimmed());
    }
    return result;
}

Result<MatchResult> MatchScorer::score(qint64 candidateId, qint64 requisitionId)
{
    auto asked = requirements(requisitionId);
    if (!asked)
        return std::unexpected(asked.error());
    auto found = profiles(QStringLiteral("SELECT id, years_experience, city, country, skills_text FROM candidates WHERE id = ?"),
                          candidateId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->contains(candidateId))
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(candidateId),
                    QObject::tr("Refresh the list."));
    return evaluate(*asked, found->value(candidateId), m_canonical);
}

Result<QHash<qint64, MatchResult>> MatchScorer::scoreAll(qint64 requisitionId)
{
    auto asked = requirements(requisitionId);
    if (!asked)
        return std::unexpected(asked.error());
    auto found = profiles(QStringLiteral("SELECT a.id, c.years_experience, c.city, c.country, c.skills_text FROM applications a "
                                         "JOIN candidates c ON c.id = a.candidate_id WHERE a.requisition_id = ?"),
                          requisitionId);
    if (!found)
        return std::unexpected(found.error());
    const Prepared prepared = prepare(*asked, m_canonical);
    QHash<qint64, MatchResult> results;
    results.reserve(found->size());
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        results.insert(it.key(), evaluatePrepared(*asked, prepared, it.value(), m_canonical));
    return results;
}

} // namespace Tandem
