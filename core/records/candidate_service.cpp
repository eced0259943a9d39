#include "candidate_service.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QRegularExpression>
#include <QUrl>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("candidate");

QVariant optionalYears(const std::optional<double> &years)
{
    return years ? QVariant(*years) : QVariant(QMetaType(QMetaType::Double));
}

QStringList cleanSkills(const QStringList &skills)
{
    QStringList clean;
    for (const QString &skill : skills) {
        const QString s = skill.simplified();
        if (!s.isEmpty() && !clean.contains(s, Qt::CaseInsensitive))
            clean.append(s);
    }
    return clean;
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace

CandidateService::CandidateService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Status CandidateService::validate(const Candidate &c)
{
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A candidate needs a first or a last name."),
                    QObject::tr("Type the person's name."));
    const QList<std::pair<QString, QString>> singleLine = {
        {QObject::tr("first name"), c.firstName}, {QObject::tr("last name"), c.lastName},
        {QObject::tr("email"), c.email},          {QObject::tr("phone"), c.phone},
        {QObject::tr("city"), c.city},            {QObject::tr("title"), c.currentTitle},
        {QObject::tr("company"), c.currentCompany}, {QObject::tr("source"), c.source},
    };
    for (const auto &[field, value] : singleLine) {
        if (hasLineBreak(value))
            return fail(ErrorCode::Invalid, QObject::tr("The %1 contains a line break.").arg(field),
                        QObject::tr("Keep the %1 on one line.").arg(field));
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.trimmed().isEmpty() && !emailPattern.match(c.email.trimmed()).hasMatch())
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not an email address.").arg(c.email),
                    QObject::tr("Write it as name@example.com, or leave the field empty."));
    if (c.yearsExperience && (*c.yearsExperience < 0 || *c.yearsExperience > 70))
        return fail(ErrorCode::Invalid,
                    QObject::tr("%1 years of experience is not possible.").arg(*c.yearsExperience),
                    QObject::tr("Enter a number from 0 to 70, or leave it empty."));
    if (!c.linkedinUrl.trimmed().isEmpty()) {
        const QUrl url(c.linkedinUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a web address.").arg(c.linkedinUrl),
                        QObject::tr("Paste the full profile address, starting with https://."));
    }
    return {};
}

Status CandidateService::writeSkills(qint64 candidateId, const QStringList &skills)
{
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM candidate_skills WHERE candidate_id = ?"), {candidateId});
    if (!cleared)
        return std::unexpected(cleared.error());
    for (qsizetype i = 0; i < skills.size(); ++i) {
        auto added = m_db.exec(QStringLiteral("INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                               {skills.at(i)});
        if (!added)
            return std::unexpected(added.error());
        auto linked = m_db.exec(QStringLiteral("INSERT INTO candidate_skills (candidate_id, skill_id, position) "
                                               "SELECT ?, id, ? FROM skills WHERE name = ?"),
                                {candidateId, int(i), skills.at(i)});
        if (!linked)
            return std::unexpected(linked.error());
    }
    return {};
}

Result<Candidate> CandidateService::create(const Candidate &draft)
{
    if (auto ok = validate(draft); !ok)
        return std::unexpected(ok.error());
    Candidate c = draft;
    c.uuid = newUuid();
    c.skills = cleanSkills(draft.skills);
    const QString now = nowStorageTime();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO candidates (uuid, first_name, last_name, email, phone, city, country, current_title, "
                       "current_company, linkedin_url, source, stage, years_experience, skills_text, created_at, "
                       "updated_at, version, resume_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
        {c.uuid, c.firstName.trimmed(), c.lastName.trimmed(), c.email.trimmed(), c.phone.trimmed(), c.city.trimmed(),
         c.country.trimmed(), c.currentTitle.trimmed(), c.currentCompany.trimmed(), c.linkedinUrl.trimmed(),
         c.source.trimmed(), toKey(c.stage), optionalYears(c.yearsExperience), c.skills.join(QStringLiteral(", ")), now,
         now, c.resumeText});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = *inserted;
    if (auto ok = writeSkills(id, c.skills); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(id));
}

Result<Candidate> CandidateService::update(const Candidate &edited)
{
    if (auto ok = validate(edited); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(edited.id);
    if (!before)
        return before;
    if (before->version != edited.version)
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone else changed %1 after you started editing (your copy is version %2, the "
                                "stored one is version %3).")
                        .arg(before->displayName())
                        .arg(edited.version)
                        .arg(before->version),
                    QObject::tr("Nothing was overwritten. Reload the candidate to see their changes, then edit again."));
    const QStringList skills = cleanSkills(edited.skills);
    auto q = m_db.exec(
        QStringLiteral("UPDATE candidates SET first_name = ?, last_name = ?, email = ?, phone = ?, city = ?, country = ?, "
                       "current_title = ?, current_company = ?, linkedin_url = ?, source = ?, stage = ?, "
                       "years_experience = ?, skills_text = ?, resume_text = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {edited.firstName.trimmed(), edited.lastName.trimmed(), edited.email.trimmed(), edited.phone.trimmed(),
         edited.city.trimmed(), edited.country.trimmed(), edited.currentTitle.trimmed(), edited.currentCompany.trimmed(),
         edited.linkedinUrl.trimmed(), edited.source.trimmed(), toKey(edited.stage), optionalYears(edited.yearsExperience),
         skills.join(QStringLiteral(", ")), edited.resumeText, nowStorageTime(), edited.id, edited.version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed %1 while you were saving.").arg(before->displayName()),
                    QObject::tr("Nothing was overwritten. Reload the candidate and edit again."));
    if (skills != before->skills) {
        if (auto ok = writeSkills(edited.id, skills); !ok)
            return std::unexpected(ok.error());
    }
    return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before->toJson(), get(edited.id));
}

Result<Candidate> CandidateService::archive(qint64 id, int version)
{
    auto current = get(id);
    if (!current)
        return current;
    if (current->isArchived())
        return fail(ErrorCode::Invalid, QObject::tr("%1 is already archived.").arg(current->displayName()));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto q = m_db.exec(QStringLiteral("UPDATE candidates SET archived_at = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {nowStorageTime(), nowStorageTime(), id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed %1 before it could be archived.").arg(current->displayName()),
                    QObject::tr("Reload the candidate and try again."));
    return commitChange(m_db, *tx, m_actor, QStringLiteral("archive"), entityType, current->toJson(), get(id));
}

Result<Candidate> CandidateService::unarchive(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = get(id);
    if (!current)
        return current;
    auto q = m_db.exec(QStringLiteral("UPDATE candidates SET archived_at = NULL, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND archived_at IS NOT NULL"),
                       {nowStorageTime(), id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("%1 was changed by someone else, or is not archived.").arg(current->displayName()),
                    QObject::tr("Reload the candidate and try again."));
    return commitChange(m_db, *tx, m_actor, QStringLiteral("restore"), entityType, current->toJson(), get(id));
}

Result<Candidate> CandidateService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + candidateColumns + QStringLiteral(" FROM candidates WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(id),
                    QObject::tr("It may have been merged or erased; refresh the list."));
    Candidate c = readCandidate(*q);
    q->finish();
    return c;
}

Result<Candidate> CandidateService::byUuid(const QString &uuid)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM candidates WHERE uuid = ?"), {uuid});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("There is no candidate %1.").arg(uuid));
    return get(id->toLongLong());
}

Result<qint64> CandidateService::count(bool includeArchived)
{
    // count(*) walks the smallest index; the archived ones come from a small partial index,
    // where "WHERE archived_at IS NULL" would read every row of a table full of resumes.
    auto n = m_db.scalar(includeArchived ? QStringLiteral("SELECT count(*) FROM candidates")
                                         : QStringLiteral("SELECT (SELECT count(*) FROM candidates) - (SELECT count(*) "
                                                          "FROM candidates WHERE archived_at IS NOT NULL)"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace Tandem
