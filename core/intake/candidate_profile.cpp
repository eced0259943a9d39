#include <core/intake/candidate_profile.h>

#include <core/common/ids.h>
#include <core/records/audited.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonArray>
#include <QSqlQuery>

namespace Tandem {

namespace {

const QStringList contactKinds = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("linkedin"),
                                  QStringLiteral("github"), QStringLiteral("website")};

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Status validate(const CandidateExtras &extras)
{
    for (const ContactPoint &c : extras.contacts) {
        if (!contactKinds.contains(c.kind))
            return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a kind of contact.").arg(c.kind),
                        QObject::tr("Use one of: %1.").arg(contactKinds.join(QStringLiteral(", "))));
        if (c.value.trimmed().isEmpty())
            return fail(ErrorCode::Invalid, QObject::tr("A %1 contact is empty.").arg(c.kind),
                        QObject::tr("Fill it in or remove it."));
    }
    return {};
}

bool sameJob(const WorkEntry &a, const WorkEntry &b)
{
    return a.employer.compare(b.employer, Qt::CaseInsensitive) == 0 && a.title.compare(b.title, Qt::CaseInsensitive) == 0;
}

bool sameSchool(const EducationEntry &a, const EducationEntry &b)
{
    return a.institution.compare(b.institution, Qt::CaseInsensitive) == 0
           && a.degree.compare(b.degree, Qt::CaseInsensitive) == 0;
}

} // namespace

QJsonObject CandidateExtras::toJson() const
{
    QJsonArray contactArray;
    for (const ContactPoint &c : contacts)
        contactArray.append(QJsonObject{{QStringLiteral("kind"), c.kind}, {QStringLiteral("value"), c.value},
                                        {QStringLiteral("label"), c.label}});
    QJsonArray workArray;
    for (const WorkEntry &w : work)
        workArray.append(QJsonObject{{QStringLiteral("employer"), w.employer}, {QStringLiteral("title"), w.title},
                                     {QStringLiteral("start"), w.startMonth}, {QStringLiteral("end"), w.endMonth},
                                     {QStringLiteral("current"), w.isCurrent}});
    QJsonArray educationArray;
    for (const EducationEntry &e : education)
        educationArray.append(QJsonObject{{QStringLiteral("institution"), e.institution},
                                          {QStringLiteral("degree"), e.degree}, {QStringLiteral("field"), e.field},
                                          {QStringLiteral("endYear"), e.endYear ? QJsonValue(*e.endYear) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("contacts"), contactArray},
                       {QStringLiteral("work"), workArray},
                       {QStringLiteral("education"), educationArray}};
}

CandidateProfileStore::CandidateProfileStore(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<CandidateExtras> CandidateProfileStore::extrasOf(qint64 candidateId)
{
    CandidateExtras extras;
    auto contacts = m_db.exec(QStringLiteral("SELECT kind, value, label FROM candidate_contacts WHERE candidate_id = ? "
                                             "ORDER BY position, id"),
                              {candidateId});
    if (!contacts)
        return std::unexpected(contacts.error());
    while (contacts->next())
        extras.contacts.append({contacts->value(0).toString(), contacts->value(1).toString(), contacts->value(2).toString()});
    auto work = m_db.exec(QStringLiteral("SELECT employer, title, start_month, end_month, is_current, description "
                                         "FROM candidate_experience WHERE candidate_id = ? ORDER BY position, id"),
                          {candidateId});
    if (!work)
        return std::unexpected(work.error());
    while (work->next())
        extras.work.append({work->value(0).toString(), work->value(1).toString(), work->value(2).toString(),
                            work->value(3).toString(), work->value(4).toInt() != 0, work->value(5).toString()});
    auto schools = m_db.exec(QStringLiteral("SELECT institution, degree, field, start_year, end_year "
                                            "FROM candidate_education WHERE candidate_id = ? ORDER BY position, id"),
                             {candidateId});
    if (!schools)
        return std::unexpected(schools.error());
    while (schools->next())
        extras.education.append({schools->value(0).toString(), schools->value(1).toString(),
                                 schools->value(2).toString(), optionalInt(schools->value(3)),
                                 optionalInt(schools->value(4))});
    return extras;
}

Result<CandidateExtras> CandidateProfileStore::replace(qint64 candidateId, const CandidateExtras &extras)
{
    return store(candidateId, extras);
}

Result<CandidateExtras> CandidateProfileStore::merge(qint64 candidateId, const CandidateExtras &additions)
{
    auto current = extrasOf(candidateId);
    if (!current)
        return current;
    CandidateExtras merged = *current;
    for (const ContactPoint &c : additions.contacts) {
        const bool known = std::any_of(merged.contacts.cbegin(), merged.contacts.cend(), [&](const ContactPoint &m) {
            return m.kind == c.kind && m.value.compare(c.value, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            merged.contacts.append(c);
    }
    for (const WorkEntry &w : additions.work) {
        if (std::none_of(merged.work.cbegin(), merged.work.cend(), [&](const WorkEntry &m) { return sameJob(m, w); }))
            merged.work.append(w);
    }
    for (const EducationEntry &e : additions.education) {
        if (std::none_of(merged.education.cbegin(), merged.education.cend(),
                         [&](const EducationEntry &m) { return sameSchool(m, e); }))
            merged.education.append(e);
    }
    if (merged == *current)
        return merged;
    return store(candidateId, merged);
}

Result<CandidateExtras> CandidateProfileStore::store(qint64 candidateId, const CandidateExtras &extras)
{
    if (auto ok = validate(extras); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {candidateId});
    if (!uuid)
        return std::unexpected(uuid.error());
    if (!uuid->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(candidateId),
                    QObject::tr("Refresh the list and try again."));
    auto before = extrasOf(candidateId);
    if (!before)
        return before;
    for (const char *table : {"candidate_contacts", "candidate_experience", "candidate_education"}) {
        auto cleared = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE candidate_id = ?").arg(QLatin1String(table)),
                                 {candidateId});
        if (!cleared)
            return std::unexpected(cleared.error());
    }
    const QString now = nowStorageTime();
    QSet<QString> seen; // (kind, value) once each: the table's unique key
    int position = 0;
    for (const ContactPoint &c : extras.contacts) {
        const QString value = c.value.trimmed();
        if (seen.contains(c.kind + QLatin1Char('\n') + value))
            continue;
        seen.insert(c.kind + QLatin1Char('\n') + value);
        auto row = m_db.insert(QStringLiteral("INSERT INTO candidate_contacts (candidate_id, kind, value, label, position, "
                                              "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {candidateId, c.kind, value, c.label, position++, now});
        if (!row)
            return std::unexpected(row.error());
    }
    position = 0;
    for (const WorkEntry &w : extras.work) {
        auto row = m_db.insert(QStringLiteral("INSERT INTO candidate_experience (uuid, candidate_id, position, employer, "
                                              "title, start_month, end_month, is_current, description) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {newUuid(), candidateId, position++, w.employer.simplified(), w.title.simplified(),
                                orNull(w.startMonth), orNull(w.endMonth), w.isCurrent ? 1 : 0, w.description});
        if (!row)
            return std::unexpected(row.error());
    }
    position = 0;
    for (const EducationEntry &e : extras.education) {
        auto row = m_db.insert(QStringLiteral("INSERT INTO candidate_education (uuid, candidate_id, position, institution, "
                                              "degree, field, start_year, end_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {newUuid(), candidateId, position++, e.institution.simplified(), e.degree.simplified(),
                                e.field.simplified(), orNull(e.startYear), orNull(e.endYear)});
        if (!row)
            return std::unexpected(row.error());
    }
    auto after = extrasOf(candidateId);
    if (!after)
        return after;
    if (auto ok = Internal::auditAndCommit(m_db, *tx, m_actor, QStringLiteral("update_profile"),
                                           QStringLiteral("candidate"), uuid->toString(), before->toJson(),
                                           after->toJson());
        !ok)
        return std::unexpected(ok.error());
    return after;
}

} // namespace Tandem
