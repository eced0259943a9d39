#include "demo_writer.h"

#include "activity_rows.h"
#include "candidate_rows.h"
#include "chunk_pipeline.h"
#include "demo_text.h"
#include "people_data.h"
#include "row_inserter.h"
#include "skill_vocabulary.h"

#include <core/storage/database.h>

namespace Tandem::Demo {
namespace {

enum Table {
    UserTable,
    CandidateTable,
    RequisitionTable,
    StageTable,
    ApplicationTable,
    HistoryTable,
    ActivityTable,
    TableCount
};

constexpr qint64 kReportEvery = 2000; // rows between progress reports (and cancel checks)
constexpr int kChunk = 256; // candidates whose words are composed ahead on the helper thread

int chunkCount(qsizetype items)
{
    return int((items + kChunk - 1) / kChunk);
}

} // namespace

Error cancelledError()
{
    return Error {ErrorCode::Cancelled,
                  QObject::tr("Generating the demo agency was cancelled; nothing was saved."),
                  {}};
}

Result<IdBases> IdBases::read(Database &db)
{
    IdBases ids;
    const std::pair<const char *, qint64 *> tables[] = {
        {"SELECT coalesce(max(id), 0) + 1 FROM users", &ids.user},
        {"SELECT coalesce(max(id), 0) + 1 FROM candidates", &ids.candidate},
        {"SELECT coalesce(max(id), 0) + 1 FROM requisitions", &ids.requisition},
        {"SELECT coalesce(max(id), 0) + 1 FROM stages", &ids.stage},
        {"SELECT coalesce(max(id), 0) + 1 FROM applications", &ids.application},
        {"SELECT coalesce(max(id), 0) + 1 FROM stage_history", &ids.stageHistory},
        {"SELECT coalesce(max(id), 0) + 1 FROM activities", &ids.activity},
    };
    for (const auto &[sql, target] : tables) {
        auto next = db.scalar(QString::fromLatin1(sql));
        if (!next)
            return std::unexpected(next.error());
        *target = next->toLongLong();
    }
    return ids;
}

DemoWriter::DemoWriter(Database &db, const DemoPlan &plan, quint64 seed, IdBases ids, Progress progress)
    : m_db(db)
    , m_plan(plan)
    , m_seed(seed)
    , m_ids(ids)
    , m_progress(std::move(progress))
{
    // Into an empty database the ids start at 1 and the UUIDs follow from the seed alone; when
    // adding to existing data, the starting id salts them so a second run with the same seed
    // cannot collide with the first.
    const quint64 uuidSeed = m_seed ^ (quint64(m_ids.candidate - 1) * 0x9e3779b97f4a7c15ULL);
    const qsizetype rows[TableCount] = {
        m_plan.users.size(),
        m_plan.candidates.size(),
        m_plan.requisitions.size(),
        m_plan.requisitions.size() * m_plan.pipeline.stages.size(),
        m_plan.applications.size(),
        qsizetype(m_plan.stageHistoryRows),
        qsizetype(m_plan.activityRows),
    };
    for (int t = 0; t < TableCount; ++t)
        m_uuids.append(UuidSequence(Prng::stream(uuidSeed, UuidStream, quint64(t)), rows[t]));
}

Status DemoWriter::tick()
{
    ++m_rows;
    if (m_rows % kReportEvery != 0 || !m_progress || m_progress(m_rows))
        return {};
    return std::unexpected(cancelledError());
}

std::string_view DemoWriter::uuid(int table)
{
    m_uuidText = m_uuids[table].next();
    return std::string_view(m_uuidText.data(), m_uuidText.size());
}

qint64 DemoWriter::stageId(int requisition, int stageIndex) const
{
    return m_ids.stage + qint64(requisition) * m_plan.pipeline.stages.size() + stageIndex;
}

Status DemoWriter::writeUsers()
{
    for (int role = 0; role < int(m_roleIds.size()); ++role) {
        auto id
            = m_db.scalar(QStringLiteral("SELECT id FROM roles WHERE name = ?"), {roleName(UserRole(role))});
        if (!id)
            return std::unexpected(id.error());
        if (!id->isValid())
            return fail(ErrorCode::Invalid,
                        QObject::tr("The database has no \"%1\" role, so demo users cannot be created.")
                            .arg(roleName(UserRole(role))),
                        QObject::tr("Use a database created by this version of Tandem."));
        m_roleIds[size_t(role)] = id->toLongLong();
    }
    auto users
        = RowInserter::prepare(m_db,
                               "INSERT INTO users (id, uuid, name, email, role_id, active, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!users)
        return std::unexpected(users.error());
    for (int i = 0; i < m_plan.users.size(); ++i) {
        const PlannedUser &u = m_plan.users.at(i);
        users->bind(userId(i)).bindAscii(uuid(UserTable)).bind(u.name).bind(u.email);
        users->bind(m_roleIds[size_t(u.role)])
            .bind(u.active ? 1 : 0)
            .bindTime(u.createdAt)
            .bindTime(u.createdAt);
        if (auto ok = users->insert(); !ok)
            return ok;
        ++m_counts.users;
        if (auto ok = tick(); !ok)
            return ok;
    }
    return {};
}

Status DemoWriter::writeSkills()
{
    const QStringList &names = skillVocabulary().skills;
    m_skillIds.resize(names.size());
    for (int i = 0; i < names.size(); ++i) {
        auto inserted
            = m_db.exec(QStringLiteral("INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                        {names.at(i)});
        if (!inserted)
            return std::unexpected(inserted.error());
        m_counts.skills += qMax(0, inserted->numRowsAffected());
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM skills WHERE name = ?"), {names.at(i)});
        if (!id)
            return std::unexpected(id.error());
        m_skillIds[i] = id->toLongLong();
    }
    return {};
}

Status DemoWriter::writeCandidates()
{
    auto candidates
        = RowInserter::prepare(m_db,
                               "INSERT INTO candidates (id, uuid, first_name, last_name, email, phone, city, "
                               "country, current_title, "
                               "current_company, linkedin_url, source, stage, years_experience, skills_text, "
                               "created_at, updated_at, "
                               "resume_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!candidates)
        return std::unexpected(candidates.error());
    auto skills = RowInserter::prepare(m_db,
                                       "INSERT INTO candidate_skills (candidate_id, skill_id, position) "
                                       "VALUES (?, ?, ?)");
    if (!skills)
        return std::unexpected(skills.error());
    const int total = int(m_plan.candidates.size());
    auto produce = [this, total](int chunk) {
        QList<CandidateRow> rows;
        for (int i = chunk * kChunk; i < qMin(total, (chunk + 1) * kChunk); ++i)
            rows.append(buildCandidateRow(m_plan, m_seed, i));
        return rows;
    };
    int i = 0;
    auto consume = [&](const QList<CandidateRow> &rows) -> Status {
        for (const CandidateRow &row : rows) {
            const PlannedCandidate &c = m_plan.candidates.at(i);
            const qint64 id = m_ids.candidate + i++;
            candidates->bind(id).bindAscii(uuid(CandidateTable)).bind(row.firstName).bind(row.lastName);
            candidates->bind(c.email).bind(row.phone).bind(row.city).bind(row.country).bind(row.title);
            candidates->bind(row.company)
                .bind(row.linkedIn)
                .bind(row.source)
                .bind(stageName(c.stage))
                .bind(c.years);
            candidates->bind(row.skillsText).bindTime(c.createdAt).bindTime(c.updatedAt).bind(row.resume);
            if (auto ok = candidates->insert(); !ok)
                return ok;
            for (int p = 0; p < c.skills.size(); ++p) {
                if (auto ok = skills->bind(id).bind(m_skillIds.at(c.skills.at(p))).bind(p).insert(); !ok)
                    return ok;
            }
            ++m_counts.candidates;
            m_counts.candidateSkills += c.skills.size();
            if (auto ok = tick(); !ok)
                return ok;
        }
        return {};
    };
    return pipelineChunks(chunkCount(total), produce, consume);
}

Status DemoWriter::writeRequisitions()
{
    const PeopleData &people = peopleData();
    const SkillVocabulary &vocabulary = skillVocabulary();
    auto requisitions = RowInserter::prepare(
        m_db,
        "INSERT INTO requisitions (id, uuid, title, department, location, remote, employment_type, "
        "hiring_manager_id, recruiter_id, headcount, salary_min, salary_max, salary_currency, eeo1_category, "
        "description, status, opened_at, filled_at, closed_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!requisitions)
        return std::unexpected(requisitions.error());
    auto stages = RowInserter::prepare(m_db,
                                       "INSERT INTO stages (id, uuid, requisition_id, position, name, kind, "
                                       "stale_after_days) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stages)
        return std::unexpected(stages.error());
    const QList<StageSpec> &pipeline = m_plan.pipeline.stages;
    for (int r = 0; r < m_plan.requisitions.size(); ++r) {
        const PlannedRequisition &q = m_plan.requisitions.at(r);
        Prng rng = Prng::stream(m_seed, DescriptionStream, quint64(r));
        const Domain &domain = vocabulary.domains.at(q.domain);
        const Track &track = domain.tracks.at(q.track);
        const City &city = people.cities.at(q.city);
        const QString title = requisitionTitle(m_plan, r);
        const QString location = city.name + QStringLiteral(", ") + city.country;
        QStringList skills;
        for (int s : track.skills)
            skills.append(vocabulary.skills.at(s));
        const QString description = AgencyText::requisitionDescription(
            title, domain.department, location, skills, rng.pick(domain.projects), rng);
        // Managing titles count as managers for EEO-1, whatever the field.
        const QString eeo1 = q.level >= 3 && track.eeo1Category == QLatin1String("professionals")
            ? QStringLiteral("managers")
            : track.eeo1Category;
        const qint64 id = m_ids.requisition + r;
        requisitions->bind(id)
            .bindAscii(uuid(RequisitionTable))
            .bind(title)
            .bind(domain.department)
            .bind(location);
        requisitions->bind(q.remote ? 1 : 0).bind(employmentName(q.employment));
        requisitions->bind(userId(m_plan.hiringManagers.at(q.hiringManager)))
            .bind(userId(m_plan.recruiters.at(q.recruiter)));
        requisitions->bind(q.headcount).bind(q.salaryMin).bind(q.salaryMax).bind(city.currency).bind(eeo1);
        requisitions->bind(description).bind(statusName(q.status)).bindTimeOrNull(q.openedAt);
        requisitions->bindTimeOrNull(q.filledAt)
            .bindTimeOrNull(q.closedAt)
            .bindTime(q.createdAt)
            .bindTime(q.updatedAt);
        if (auto ok = requisitions->insert(); !ok)
            return ok;
        for (int s = 0; s < pipeline.size(); ++s) {
            const StageSpec &stage = pipeline.at(s);
            stages->bind(stageId(r, s))
                .bindAscii(uuid(StageTable))
                .bind(id)
                .bind(stage.position)
                .bind(stage.name);
            stages->bind(stage.kind);
            if (stage.staleAfterDays.isNull())
                stages->bindNull();
            else
                stages->bind(stage.staleAfterDays.toLongLong());
            if (auto ok = stages->insert(); !ok)
                return ok;
        }
        ++m_counts.requisitions;
        m_counts.stages += pipeline.size();
        if (auto ok = tick(); !ok)
            return ok;
    }
    return {};
}

Status DemoWriter::writeApplications()
{
    const PeopleData &people = peopleData();
    auto applications = RowInserter::prepare(
        m_db,
        "INSERT INTO applications (id, uuid, candidate_id, requisition_id, stage_id, source, status, "
        "disposition_reason, applied_at, stage_entered_at, disposed_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!applications)
        return std::unexpected(applications.error());
    auto history = RowInserter::prepare(m_db,
                                        "INSERT INTO stage_history (id, uuid, application_id, from_stage_id, "
                                        "to_stage_id, moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!history)
        return std::unexpected(history.error());
    qint64 historyId = m_ids.stageHistory;
    for (int i = 0; i < m_plan.applications.size(); ++i) {
        const PlannedApplication &a = m_plan.applications.at(i);
        const auto moves = m_plan.movesOf(a);
        const qint64 id = m_ids.application + i;
        applications->bind(id).bindAscii(uuid(ApplicationTable)).bind(m_ids.candidate + a.candidate);
        applications->bind(m_ids.requisition + a.requisition).bind(stageId(a.requisition, a.currentStage));
        applications->bind(people.sources.at(a.source).name).bind(statusName(a.status)).bind(a.reason);
        applications->bindTime(moves.front()).bindTime(moves.back()).bindTimeOrNull(a.disposedAt);
        applications->bindTime(moves.front()).bindTime(qMax(moves.back(), a.disposedAt));
        if (auto ok = applications->insert(); !ok)
            return ok;
        for (int m = 0; m < int(moves.size()); ++m) {
            const int to = a.entryStage + m;
            const int mover = moverOf(m_plan, a, to);
            history->bind(historyId++).bindAscii(uuid(HistoryTable)).bind(id);
            history->bindIdOrNull(m == 0 ? 0 : stageId(a.requisition, to - 1))
                .bind(stageId(a.requisition, to));
            history->bindTime(moves[size_t(m)]).bindIdOrNull(mover < 0 ? 0 : userId(mover));
            if (auto ok = history->insert(); !ok)
                return ok;
        }
        ++m_counts.applications;
        m_counts.stageHistory += qint64(moves.size());
        if (auto ok = tick(); !ok)
            return ok;
    }
    return {};
}

Status DemoWriter::writeActivities()
{
    auto activities = RowInserter::prepare(
        m_db,
        "INSERT INTO activities (id, uuid, candidate_id, application_id, kind, subject, body, occurred_at, "
        "actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!activities)
        return std::unexpected(activities.error());
    const int total = int(m_plan.candidates.size());
    auto produce = [this, total](int chunk) {
        QList<QList<ActivityRow>> timelines;
        for (int i = chunk * kChunk; i < qMin(total, (chunk + 1) * kChunk); ++i)
            timelines.append(buildActivityRows(m_plan, m_seed, i));
        return timelines;
    };
    int candidate = 0;
    qint64 nextId = m_ids.activity;
    auto consume = [&](const QList<QList<ActivityRow>> &timelines) -> Status {
        for (const QList<ActivityRow> &timeline : timelines) {
            const qint64 candidateId = m_ids.candidate + candidate++;
            for (const ActivityRow &row : timeline) {
                activities->bind(nextId++).bindAscii(uuid(ActivityTable)).bind(candidateId);
                activities->bindIdOrNull(row.application < 0 ? 0 : m_ids.application + row.application);
                activities->bindAscii(row.kind).bind(row.text.subject).bind(row.text.body).bindTime(row.at);
                activities->bindIdOrNull(row.actor < 0 ? 0 : userId(row.actor)).bindTime(row.at);
                if (auto ok = activities->insert(); !ok)
                    return ok;
                ++m_counts.activities;
                if (auto ok = tick(); !ok)
                    return ok;
            }
        }
        return {};
    };
    return pipelineChunks(chunkCount(total), produce, consume);
}

} // namespace Tandem::Demo
