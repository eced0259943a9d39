#include "merge_service.h"

#include "merge_relations.h"
#include "merge_steps.h"

#include <core/audit/audit_log.h>
#include <core/common/ids.h>
#include <core/records/audited.h>
#include <core/records/candidate_service.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace Tandem {

using Dedupe::MergeRun;
using Dedupe::MergeSteps;
using Dedupe::readRows;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::MergeService", text);
}

const QString entityType = QStringLiteral("candidate");

// The candidates columns a user chooses between, in the order the dialog shows them.
struct FieldSpec
{
    const char *column;
    const char *label;
};
constexpr FieldSpec fieldSpecs[] = {
    {"first_name", QT_TRANSLATE_NOOP("Tandem::MergeService", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("Tandem::MergeService", "Last name")},
    {"email", QT_TRANSLATE_NOOP("Tandem::MergeService", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("Tandem::MergeService", "Phone")},
    {"city", QT_TRANSLATE_NOOP("Tandem::MergeService", "City")},
    {"country", QT_TRANSLATE_NOOP("Tandem::MergeService", "Country")},
    {"current_title", QT_TRANSLATE_NOOP("Tandem::MergeService", "Title")},
    {"current_company", QT_TRANSLATE_NOOP("Tandem::MergeService", "Company")},
    {"linkedin_url", QT_TRANSLATE_NOOP("Tandem::MergeService", "LinkedIn")},
    {"source", QT_TRANSLATE_NOOP("Tandem::MergeService", "Source")},
    {"stage", QT_TRANSLATE_NOOP("Tandem::MergeService", "Stage")},
    {"years_experience", QT_TRANSLATE_NOOP("Tandem::MergeService", "Years of experience")},
    {"resume_text", QT_TRANSLATE_NOOP("Tandem::MergeService", "Resume text")},
};

// The field of a candidate as the dialog shows it (plain text).
QString shown(const Candidate &c, const QString &column)
{
    if (column == QLatin1String("first_name"))
        return c.firstName;
    if (column == QLatin1String("last_name"))
        return c.lastName;
    if (column == QLatin1String("email"))
        return c.email;
    if (column == QLatin1String("phone"))
        return c.phone;
    if (column == QLatin1String("city"))
        return c.city;
    if (column == QLatin1String("country"))
        return c.country;
    if (column == QLatin1String("current_title"))
        return c.currentTitle;
    if (column == QLatin1String("current_company"))
        return c.currentCompany;
    if (column == QLatin1String("linkedin_url"))
        return c.linkedinUrl;
    if (column == QLatin1String("source"))
        return c.source;
    if (column == QLatin1String("stage"))
        return label(c.stage);
    if (column == QLatin1String("years_experience"))
        return c.yearsExperience ? QString::number(*c.yearsExperience) : QString();
    const QString resume = c.resumeText.simplified();
    return resume.size() > 120 ? resume.left(119) + QChar(0x2026) : resume;
}

// Copies one chosen field from `from` into `to`.
void take(Candidate &to, const Candidate &from, const QString &column)
{
    if (column == QLatin1String("first_name"))
        to.firstName = from.firstName;
    else if (column == QLatin1String("last_name"))
        to.lastName = from.lastName;
    else if (column == QLatin1String("email"))
        to.email = from.email;
    else if (column == QLatin1String("phone"))
        to.phone = from.phone;
    else if (column == QLatin1String("city"))
        to.city = from.city;
    else if (column == QLatin1String("country"))
        to.country = from.country;
    else if (column == QLatin1String("current_title"))
        to.currentTitle = from.currentTitle;
    else if (column == QLatin1String("current_company"))
        to.currentCompany = from.currentCompany;
    else if (column == QLatin1String("linkedin_url"))
        to.linkedinUrl = from.linkedinUrl;
    else if (column == QLatin1String("source"))
        to.source = from.source;
    else if (column == QLatin1String("stage"))
        to.stage = from.stage;
    else if (column == QLatin1String("years_experience"))
        to.yearsExperience = from.yearsExperience;
    else if (column == QLatin1String("resume_text"))
        to.resumeText = from.resumeText;
}

MergeSide suggestedSide(const Candidate &s, const Candidate &m, const QString &column)
{
    if (column == QLatin1String("stage"))
        return int(m.stage) > int(s.stage) ? MergeSide::Merged : MergeSide::Survivor; // the further along
    const QString a = shown(s, column), b = shown(m, column);
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty() ? MergeSide::Merged : MergeSide::Survivor;
    if (a != b && m.updatedAt > s.updatedAt)
        return MergeSide::Merged;
    return MergeSide::Survivor;
}

QVariant nullableUser(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

Result<int> countRows(Database &db, const QString &sql, qint64 id)
{
    auto n = db.scalar(sql, {id});
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QJsonObject> rawCandidate(Database &db, qint64 id)
{
    auto rows = readRows(db, QStringLiteral("SELECT * FROM candidates WHERE id = ?"), {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, tr("Candidate %1 does not exist.").arg(id), tr("Refresh the list."));
    return rows->first();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString withEmail(const Candidate &c)
{
    return c.email.isEmpty() ? c.displayName() : tr("%1 <%2>").arg(c.displayName(), c.email);
}

QStringList unitedSkills(const Candidate &s, const Candidate &m)
{
    QStringList skills = s.skills;
    for (const QString &skill : m.skills) {
        if (!skills.contains(skill, Qt::CaseInsensitive))
            skills << skill;
    }
    return skills;
}

Status writeSurvivor(MergeRun &run, const Candidate &chosen, int version)
{
    const QVariant years
        = chosen.yearsExperience ? QVariant(*chosen.yearsExperience) : QVariant(QMetaType(QMetaType::Double));
    auto q = run.db.exec(
        QStringLiteral(
            "UPDATE candidates SET first_name = ?, last_name = ?, email = ?, phone = ?, city = ?, country = "
            "?, "
            "current_title = ?, current_company = ?, linkedin_url = ?, source = ?, stage = ?, "
            "years_experience = ?, skills_text = ?, resume_text = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"),
        {chosen.firstName, chosen.lastName, chosen.email, chosen.phone, chosen.city, chosen.country,
         chosen.currentTitle, chosen.currentCompany, chosen.linkedinUrl, chosen.source, toKey(chosen.stage),
         years, unitedSkills(run.survivor, run.merged).join(QStringLiteral(", ")), chosen.resumeText,
         nowStorageTime(), run.survivor.id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    tr("Someone else changed %1 while you were merging.").arg(run.survivor.displayName()),
                    tr("Nothing was merged. Compare the records again."));
    return {};
}

Status archiveMerged(MergeRun &run, int version)
{
    const QString now = nowStorageTime();
    auto q = run.db.exec(
        QStringLiteral("UPDATE candidates SET archived_at = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ? AND archived_at IS NULL"),
        {now, now, run.merged.id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    tr("Someone else changed %1 while you were merging.").arg(run.merged.displayName()),
                    tr("Nothing was merged. Compare the records again."));
    return {};
}

Status writeTimeline(MergeRun &run)
{
    const QString now = nowStorageTime();
    auto id = run.steps.insert(
        QStringLiteral("activities"),
        {{QStringLiteral("uuid"), newUuid()},
         {QStringLiteral("candidate_id"), run.survivor.id},
         {QStringLiteral("kind"), toKey(ActivityKind::System)},
         {QStringLiteral("subject"), tr("Merged with %1").arg(withEmail(run.merged))},
         {QStringLiteral("body"),
          QCoreApplication::translate("Tandem::MergeService",
                                      "The duplicate record %1 was merged into this one; "
                                      "%n application(s) moved.",
                                      nullptr, run.moved)
              .arg(withEmail(run.merged))},
         {QStringLiteral("occurred_at"), now},
         {QStringLiteral("actor_id"), run.actor.userId ? QJsonValue(run.actor.userId) : QJsonValue()},
         {QStringLiteral("created_at"), now}});
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Error versionMoved(const Candidate &c, int seen)
{
    return Error {ErrorCode::Conflict,
                  tr("Someone else changed %1 after you compared the records (you saw version %2, the stored "
                     "one is %3).")
                      .arg(c.displayName())
                      .arg(seen)
                      .arg(c.version),
                  tr("Nothing was merged. Compare the records again.")};
}

// The audit entry of the second record a merge or undo changes (the first goes through
// auditAndCommit), with the same change notification auditAndCommit sends, so that other
// windows showing that record refresh too.
Status auditOther(Database &db, const Actor &actor, const QString &action, const QString &uuid,
                  const QJsonObject &before, const QJsonObject &after)
{
    if (auto a = AuditLog(db).append(actor.auditName(), action, entityType, uuid, before, after); !a)
        return std::unexpected(a.error());
    if (const QString notify = db.dialect().notifyChange(); !notify.isEmpty()) {
        if (auto sent = db.scalar(notify, {entityType + QLatin1Char(' ') + uuid}); !sent)
            return std::unexpected(sent.error());
    }
    return {};
}

QString journalSelect()
{
    return QStringLiteral(
        "SELECT j.id, j.uuid, j.survivor_id, j.merged_id, s.first_name, s.last_name, s.email, m.first_name, "
        "m.last_name, "
        "m.email, j.merged_at, j.merged_by, u.name, j.undone_at, v.name FROM merge_journal j "
        "JOIN candidates s ON s.id = j.survivor_id JOIN candidates m ON m.id = j.merged_id "
        "LEFT JOIN users u ON u.id = j.merged_by LEFT JOIN users v ON v.id = j.undone_by ");
}

Result<QList<MergeRecord>> readJournal(Database &db, const QString &where, const QVariantList &values)
{
    auto q = db.exec(journalSelect() + where, values);
    if (!q)
        return std::unexpected(q.error());
    QList<MergeRecord> records;
    auto nameOf = [&](int first) {
        const QString name
            = (q->value(first).toString() + QLatin1Char(' ') + q->value(first + 1).toString()).trimmed();
        return name.isEmpty() ? q->value(first + 2).toString() : name;
    };
    while (q->next()) {
        MergeRecord r;
        r.id = q->value(0).toLongLong();
        r.uuid = q->value(1).toString();
        r.survivorId = q->value(2).toLongLong();
        r.mergedId = q->value(3).toLongLong();
        r.survivorName = nameOf(4);
        r.mergedName = nameOf(7);
        r.mergedAt = fromStorageTime(q->value(10).toString());
        r.mergedBy = q->value(11).isNull() ? 0 : q->value(11).toLongLong();
        r.mergedByName = r.mergedBy ? q->value(12).toString() : tr("Tandem (automatic)");
        if (!q->value(13).isNull())
            r.undoneAt = fromStorageTime(q->value(13).toString());
        r.undoneByName = q->value(14).toString();
        records.append(r);
    }
    return records;
}

} // namespace

MergeService::MergeService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Result<MergePreview> MergeService::preview(qint64 survivorId, qint64 mergedId)
{
    if (survivorId == mergedId)
        return fail(ErrorCode::Invalid, tr("A record cannot be merged with itself."),
                    tr("Choose two different candidates."));
    CandidateService candidates(m_db, m_actor);
    auto survivor = candidates.get(survivorId);
    if (!survivor)
        return std::unexpected(survivor.error());
    auto merged = candidates.get(mergedId);
    if (!merged)
        return std::unexpected(merged.error());
    MergePreview p {*survivor, *merged, {}};
    for (const FieldSpec &spec : fieldSpecs) {
        const QString column = QString::fromLatin1(spec.column);
        p.fields.append(MergeField {column, tr(spec.label), shown(*survivor, column), shown(*merged, column),
                                    suggestedSide(*survivor, *merged, column)});
    }
    const QList<std::pair<int *, QString>> counts = {
        {&p.activities, QStringLiteral("SELECT count(*) FROM activities WHERE candidate_id = ?")},
        {&p.files,
         QStringLiteral(
             "SELECT count(*) FROM candidate_files WHERE candidate_id = ? AND removed_at IS NULL")},
        {&p.tags, QStringLiteral("SELECT count(*) FROM candidate_tags WHERE candidate_id = ?")},
        {&p.pools, QStringLiteral("SELECT count(*) FROM talent_pool_members WHERE candidate_id = ?")},
        {&p.consents, QStringLiteral("SELECT count(*) FROM consents WHERE candidate_id = ?")},
        {&p.skills, QStringLiteral("SELECT count(*) FROM candidate_skills WHERE candidate_id = ?")},
        {&p.contacts, QStringLiteral("SELECT count(*) FROM candidate_contacts WHERE candidate_id = ?")},
        {&p.experience, QStringLiteral("SELECT count(*) FROM candidate_experience WHERE candidate_id = ?")},
        {&p.education, QStringLiteral("SELECT count(*) FROM candidate_education WHERE candidate_id = ?")},
        {&p.applications, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = ?")},
    };
    for (const auto &[target, sql] : counts) {
        auto n = countRows(m_db, sql, mergedId);
        if (!n)
            return std::unexpected(n.error());
        *target = *n;
    }
    auto shared = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM applications a WHERE a.candidate_id = ? AND EXISTS "
                       "(SELECT 1 FROM applications b WHERE b.candidate_id = ? AND "
                       "b.requisition_id = a.requisition_id)"),
        {mergedId, survivorId});
    if (!shared)
        return std::unexpected(shared.error());
    p.sharedRequisitions = shared->toInt();
    p.applications -= p.sharedRequisitions;
    return p;
}

Result<MergeRecord> MergeService::merge(qint64 survivorId, qint64 mergedId, const FieldChoices &choices,
                                        MergeVersions expected)
{
    if (survivorId == mergedId)
        return fail(ErrorCode::Invalid, tr("A record cannot be merged with itself."),
                    tr("Choose two different candidates."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    CandidateService candidates(m_db, m_actor);
    auto survivor = candidates.get(survivorId);
    auto merged = survivor ? candidates.get(mergedId) : survivor;
    if (!merged)
        return std::unexpected(merged.error());
    for (const Candidate *c : {&*survivor, &*merged}) {
        if (c->isArchived())
            return fail(ErrorCode::Invalid,
                        tr("%1 is archived (or was merged already).").arg(c->displayName()),
                        tr("Restore the record first, or choose another one."));
    }
    if (survivor->version != expected.survivor)
        return std::unexpected(versionMoved(*survivor, expected.survivor));
    if (merged->version != expected.merged)
        return std::unexpected(versionMoved(*merged, expected.merged));

    Candidate chosen = *survivor;
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        if (it.value() == MergeSide::Merged)
            take(chosen, *merged, it.key());
    }
    if (auto ok = CandidateService::validate(chosen); !ok)
        return std::unexpected(ok.error());
    auto survivorBefore = rawCandidate(m_db, survivorId);
    auto mergedBefore = survivorBefore ? rawCandidate(m_db, mergedId) : survivorBefore;
    if (!mergedBefore)
        return std::unexpected(mergedBefore.error());

    MergeRun run {m_db, m_actor, *survivor, *merged, MergeSteps(m_db)};
    Status done = Dedupe::moveApplications(run);
    if (done)
        done = Dedupe::moveSimple(run);
    for (const auto &[table, key] :
         {std::pair {QStringLiteral("candidate_tags"), QStringLiteral("tag_id")},
          std::pair {QStringLiteral("talent_pool_members"), QStringLiteral("pool_id")},
          std::pair {QStringLiteral("candidate_skills"), QStringLiteral("skill_id")}}) {
        if (done)
            done = Dedupe::unite(run, table, key);
    }
    if (done)
        done = Dedupe::uniteContacts(run, chosen);
    if (done)
        done = writeSurvivor(run, chosen, expected.survivor);
    if (done)
        done = archiveMerged(run, expected.merged);
    if (done)
        done = writeTimeline(run);
    if (!done)
        return std::unexpected(done.error());

    const QJsonObject moved {{QStringLiteral("steps"), run.steps.steps()},
                             {QStringLiteral("survivor_version"), expected.survivor + 1},
                             {QStringLiteral("merged_version"), expected.merged + 1}};
    const QString uuid = newUuid();
    auto journalId = m_db.insert(
        QStringLiteral("INSERT INTO merge_journal (uuid, survivor_id, merged_id, survivor_before, "
                       "merged_before, moved, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, survivorId, mergedId, compact(*survivorBefore), compact(*mergedBefore), compact(moved),
         nowStorageTime(), nullableUser(m_actor.userId)});
    if (!journalId)
        return std::unexpected(journalId.error());

    auto mergedAfter = candidates.get(mergedId);
    auto survivorAfter = mergedAfter ? candidates.get(survivorId) : mergedAfter;
    if (!survivorAfter)
        return std::unexpected(survivorAfter.error());
    QJsonObject mergedNote = mergedAfter->toJson();
    mergedNote.insert(QStringLiteral("merged_into"), survivor->uuid);
    mergedNote.insert(QStringLiteral("merge"), uuid);
    if (auto ok = auditOther(m_db, m_actor, QStringLiteral("merged_into"), merged->uuid, merged->toJson(),
                             mergedNote);
        !ok)
        return std::unexpected(ok.error());
    QJsonObject after = survivorAfter->toJson();
    after.insert(QStringLiteral("merged"), merged->uuid);
    after.insert(QStringLiteral("merge"), uuid);
    if (auto ok = Internal::auditAndCommit(m_db, *tx, m_actor, QStringLiteral("merge"), entityType,
                                           survivor->uuid, survivor->toJson(), after);
        !ok)
        return std::unexpected(ok.error());
    return record(*journalId);
}

bool MergeService::canUndo(const MergeRecord &r) const
{
    return !r.isUndone() && r.mergedBy == m_actor.userId;
}

Result<MergeRecord> MergeService::undo(qint64 journalId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto r = record(journalId);
    if (!r)
        return r;
    if (r->isUndone())
        return fail(ErrorCode::Invalid,
                    tr("The merge of %1 into %2 was undone already.").arg(r->mergedName, r->survivorName));
    if (!canUndo(*r))
        return fail(ErrorCode::Invalid,
                    tr("%1 merged %2 into %3; only the person who made a merge can undo it.")
                        .arg(r->mergedByName, r->mergedName, r->survivorName),
                    tr("Ask %1 to undo it, or edit the record by hand.").arg(r->mergedByName));
    auto row = m_db.selectOne(
        QStringLiteral("SELECT survivor_before, merged_before, moved FROM merge_journal WHERE id = ?"),
        {journalId});
    if (!row)
        return std::unexpected(row.error());
    const QJsonObject survivorBefore = parseObject((*row)->value(0).toString());
    const QJsonObject mergedBefore = parseObject((*row)->value(1).toString());
    const QJsonObject moved = parseObject((*row)->value(2).toString());

    CandidateService candidates(m_db, m_actor);
    auto survivor = candidates.get(r->survivorId);
    auto merged = survivor ? candidates.get(r->mergedId) : survivor;
    if (!merged)
        return std::unexpected(merged.error());
    const QList<std::tuple<const Candidate *, const char *>> checks
        = {{&*survivor, "survivor_version"}, {&*merged, "merged_version"}};
    for (const auto &[c, key] : checks) {
        if (c->version != moved.value(QLatin1String(key)).toInteger())
            return fail(ErrorCode::Conflict,
                        tr("%1 was changed after the merge, so undoing it would overwrite those changes.")
                            .arg(c->displayName()),
                        tr("Nothing was undone. Make the changes by hand, or undo the later edits first."));
    }
    if (auto ok = MergeSteps::undo(m_db, moved.value(QStringLiteral("steps")).toArray()); !ok)
        return std::unexpected(ok.error());
    // Both rows as they were before the merge; the version moves on (never back to an old number).
    for (const auto &[id, before, version] : {std::tuple {r->survivorId, survivorBefore, survivor->version},
                                              std::tuple {r->mergedId, mergedBefore, merged->version}}) {
        QJsonObject set = before;
        for (const char *kept : {"id", "uuid", "version", "created_at"})
            set.remove(QLatin1String(kept));
        set.insert(QStringLiteral("updated_at"), nowStorageTime());
        set.insert(QStringLiteral("version"), version + 1);
        auto n = Dedupe::updateWhere(m_db, QStringLiteral("candidates"), set,
                                     {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
        if (!n)
            return std::unexpected(n.error());
        if (*n != 1)
            return fail(ErrorCode::Conflict, tr("A record of this merge changed while undoing it."),
                        tr("Try again."));
    }
    auto q = m_db.exec(QStringLiteral("UPDATE merge_journal SET undone_at = ?, undone_by = ? WHERE id = ?"),
                       {nowStorageTime(), nullableUser(m_actor.userId), journalId});
    if (!q)
        return std::unexpected(q.error());
    auto mergedAfter = candidates.get(r->mergedId);
    auto survivorAfter = mergedAfter ? candidates.get(r->survivorId) : mergedAfter;
    if (!survivorAfter)
        return std::unexpected(survivorAfter.error());
    if (auto ok = auditOther(m_db, m_actor, QStringLiteral("unmerge"), merged->uuid, merged->toJson(),
                             mergedAfter->toJson());
        !ok)
        return std::unexpected(ok.error());
    QJsonObject after = survivorAfter->toJson();
    after.insert(QStringLiteral("unmerged"), merged->uuid);
    after.insert(QStringLiteral("merge"), r->uuid);
    if (auto ok = Internal::auditAndCommit(m_db, *tx, m_actor, QStringLiteral("unmerge"), entityType,
                                           survivor->uuid, survivor->toJson(), after);
        !ok)
        return std::unexpected(ok.error());
    return record(journalId);
}

Result<MergeRecord> MergeService::record(qint64 journalId)
{
    auto records = readJournal(m_db, QStringLiteral("WHERE j.id = ?"), {journalId});
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return fail(ErrorCode::NotFound, tr("Merge %1 does not exist.").arg(journalId),
                    tr("Refresh the merge history."));
    return records->first();
}

Result<QList<MergeRecord>> MergeService::history(qint64 candidateId)
{
    return readJournal(m_db, QStringLiteral("WHERE j.survivor_id = ? OR j.merged_id = ? ORDER BY j.id DESC"),
                       {candidateId, candidateId});
}

Result<QList<MergeRecord>> MergeService::journal(int limit)
{
    return readJournal(m_db, QStringLiteral("ORDER BY j.id DESC LIMIT ?"), {limit});
}

Result<QStringList> MergeService::auditIdentities(qint64 candidateId)
{
    QStringList uuids;
    QList<qint64> pending {candidateId};
    QSet<qint64> seen;
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {id});
        if (!uuid)
            return std::unexpected(uuid.error());
        if (!uuid->isValid())
            return fail(ErrorCode::NotFound, tr("Candidate %1 does not exist.").arg(id));
        uuids << uuid->toString();
        auto merged = Dedupe::readIds(
            m_db,
            QStringLiteral("SELECT merged_id FROM merge_journal WHERE survivor_id = ? AND undone_at IS NULL"),
            {id});
        if (!merged)
            return std::unexpected(merged.error());
        pending << *merged;
    }
    return uuids;
}

} // namespace Tandem
