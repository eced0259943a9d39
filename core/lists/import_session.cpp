#include "import_session.h"

#include <core/dedupe/duplicate_finder.h>

#include <core/contacts/contact_normalization.h>
#include <core/records/activity_log.h>
#include <core/records/audited.h>
#include <core/records/candidate_service.h>
#include <core/records/settings_store.h>
#include <core/records/tag_service.h>
#include <core/storage/database.h>

#include <QJsonArray>

namespace Tandem {

namespace {

// Fills `target` from `value` when target is empty; true when it did.
bool fill(QString &target, const QString &value)
{
    if (!target.trimmed().isEmpty() || value.trimmed().isEmpty())
        return false;
    target = value;
    return true;
}

} // namespace

QString ImportSummary::text() const
{
    QString s = QObject::tr("%1 created, %2 updated, %3 skipped as duplicates, %4 failed.")
                    .arg(created)
                    .arg(updated)
                    .arg(skippedDuplicates)
                    .arg(failed.size());
    if (cancelled)
        s += QLatin1Char(' ') + QObject::tr("Cancelled after %1 rows: the rows before were kept.").arg(rowsRead);
    return s;
}

ImportSession::ImportSession(Database &db, Actor actor, ImportOptions options)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_options(std::move(options))
{
    if (m_options.chunkSize < 1)
        m_options.chunkSize = 1;
}

FindExisting ImportSession::matchByEmail(Database &db)
{
    return [&db](const ImportedCandidate &row) -> std::optional<qint64> {
        QStringList emails = row.extraEmails;
        if (!row.candidate.email.isEmpty())
            emails.prepend(row.candidate.email);
        for (const QString &email : emails) {
            // COLLATE NOCASE on both sides of the comparison so both engines use their index.
            auto found = db.scalar(QStringLiteral("SELECT id FROM candidates WHERE email COLLATE NOCASE = ? "
                                                  "UNION ALL SELECT candidate_id FROM candidate_contacts "
                                                  "WHERE kind = 'email' AND value COLLATE NOCASE = ?"),
                                   {normalizeEmail(email), normalizeEmail(email)});
            if (found && found->isValid())
                return found->toLongLong();
        }
        return std::nullopt;
    };
}

FindExisting ImportSession::matchSamePerson(Database &db)
{
    auto finder = std::make_shared<DuplicateFinder>(db);
    return [finder](const ImportedCandidate &row) -> std::optional<qint64> {
        CandidateDraft draft;
        draft.candidate = row.candidate;
        draft.emails = row.extraEmails;
        if (!row.candidate.email.isEmpty())
            draft.emails.prepend(row.candidate.email);
        draft.phones = row.extraPhones;
        if (!row.candidate.phone.isEmpty())
            draft.phones.prepend(row.candidate.phone);
        if (!row.candidate.linkedinUrl.isEmpty())
            draft.profileUrls.append(row.candidate.linkedinUrl);
        for (const auto &[kind, url] : row.links)
            draft.profileUrls.append(url);
        auto matches = finder->findFor(draft, 1);
        if (!matches || matches->isEmpty() || matches->first().score < 0.9)
            return std::nullopt;
        return matches->first().candidateId;
    };
}

QString ImportSession::defaultPhoneRegion(Database &db)
{
    auto setting = SettingsStore(db, Actor::system()).value(QString::fromLatin1(kDefaultPhoneRegionKey));
    if (setting && !setting->trimmed().isEmpty())
        return setting->trimmed();
    return fallbackPhoneRegion();
}

Status ImportSession::add(int line, const ImportedCandidate &row)
{
    if (!m_chunk) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        m_chunk.emplace(std::move(*tx));
    }
    auto outcome = store(row);
    if (!outcome) {
        m_summary.failed.append({line, QString(), outcome.error().message});
    } else if (*outcome == Outcome::Created) {
        ++m_summary.created;
    } else if (*outcome == Outcome::Updated) {
        ++m_summary.updated;
    } else {
        ++m_summary.skippedDuplicates;
    }
    if (++m_inChunk >= m_options.chunkSize)
        return finish();
    return {};
}

Status ImportSession::finish()
{
    if (!m_chunk)
        return {};
    auto ok = m_chunk->commit();
    m_chunk.reset();
    m_inChunk = 0;
    return ok;
}

Result<ImportSession::Outcome> ImportSession::store(const ImportedCandidate &row)
{
    // Each row in its own savepoint, so a failure half-way leaves nothing of that row.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    std::optional<qint64> existing;
    if (m_options.findExisting && m_options.onDuplicate != DuplicatePolicy::CreateAnyway)
        existing = m_options.findExisting(row);
    Outcome outcome = Outcome::Created;
    if (existing && m_options.onDuplicate == DuplicatePolicy::Skip)
        return Outcome::Skipped;
    if (existing) {
        auto updated = fillEmpty(*existing, row);
        if (!updated)
            return std::unexpected(updated.error());
        outcome = Outcome::Updated;
    } else {
        auto created = create(row);
        if (!created)
            return std::unexpected(created.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return outcome;
}

Result<qint64> ImportSession::create(const ImportedCandidate &row)
{
    auto created = CandidateService(m_db, m_actor).create(row.candidate);
    if (!created)
        return std::unexpected(created.error());
    if (auto ok = addExtras(created->id, row, false); !ok)
        return std::unexpected(ok.error());
    return created->id;
}

Result<qint64> ImportSession::fillEmpty(qint64 id, const ImportedCandidate &row)
{
    CandidateService candidates(m_db, m_actor);
    auto existing = candidates.get(id);
    if (!existing)
        return std::unexpected(existing.error());
    Candidate c = *existing;
    const Candidate &in = row.candidate;
    bool changed = false;
    for (auto [target, value] : {std::pair{&c.firstName, in.firstName}, {&c.lastName, in.lastName}, {&c.email, in.email},
                                 {&c.phone, in.phone}, {&c.city, in.city}, {&c.country, in.country},
                                 {&c.currentTitle, in.currentTitle}, {&c.currentCompany, in.currentCompany},
                                 {&c.linkedinUrl, in.linkedinUrl}, {&c.source, in.source}})
        changed = fill(*target, value) || changed;
    if (!c.yearsExperience && in.yearsExperience) {
        c.yearsExperience = in.yearsExperience;
        changed = true;
    }
    for (const QString &skill : in.skills) {
        if (!c.skills.contains(skill, Qt::CaseInsensitive)) {
            c.skills.append(skill);
            changed = true;
        }
    }
    if (changed) {
        auto updated = candidates.update(c);
        if (!updated)
            return std::unexpected(updated.error());
    }
    // What the stored record already had differently is kept; the imported value becomes
    // another way to reach the person.
    ImportedCandidate extras = row;
    if (!in.email.isEmpty() && in.email.compare(c.email, Qt::CaseInsensitive) != 0)
        extras.extraEmails.prepend(in.email);
    if (!in.phone.isEmpty() && in.phone != c.phone)
        extras.extraPhones.prepend(in.phone);
    if (auto ok = addExtras(id, extras, true); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status ImportSession::addExtras(qint64 candidateId, const ImportedCandidate &row, bool mergeTags)
{
    QList<QPair<QString, QString>> contacts;
    for (const QString &e : row.extraEmails)
        contacts.append({QStringLiteral("email"), e});
    for (const QString &p : row.extraPhones)
        contacts.append({QStringLiteral("phone"), p});
    contacts += row.links;
    if (!contacts.isEmpty()) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        QJsonArray added;
        const QString now = nowStorageTime();
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const auto &[kind, value] = contacts.at(i);
            auto q = m_db.exec(QStringLiteral("INSERT INTO candidate_contacts (candidate_id, kind, value, label, position, "
                                              "created_at) VALUES (?, ?, ?, '', ?, ?) "
                                              "ON CONFLICT (candidate_id, kind, value) DO NOTHING"),
                               {candidateId, kind, value, int(i), now});
            if (!q)
                return std::unexpected(q.error());
            added.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), value}});
        }
        auto uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {candidateId});
        if (!uuid)
            return std::unexpected(uuid.error());
        if (auto ok = Internal::auditAndCommit(m_db, *tx, m_actor, QStringLiteral("add_contacts"), QStringLiteral("candidate"),
                                               uuid->toString(), {}, {{QStringLiteral("contacts"), added}});
            !ok)
            return ok;
    }
    if (!row.tags.isEmpty()) {
        TagService tags(m_db, m_actor);
        QStringList all = row.tags;
        if (mergeTags) {
            auto had = tags.tagsOf(candidateId);
            if (!had)
                return std::unexpected(had.error());
            all = *had + row.tags;
        }
        if (auto set = tags.setTags(candidateId, all); !set)
            return std::unexpected(set.error());
    }
    if (!row.note.trimmed().isEmpty()) {
        if (auto note = ActivityLog(m_db, m_actor).addNote(candidateId, row.note); !note)
            return std::unexpected(note.error());
    }
    return {};
}

} // namespace Tandem
