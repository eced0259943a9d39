#pragma once

#include "demo_plan.h"
#include "uuid_sequence.h"

#include <core/common/error.h>

#include <QList>

#include <array>
#include <functional>
#include <string_view>

namespace Tandem {
class Database;
}

namespace Tandem::Demo {

// What a cancelled run reports.
Error cancelledError();

// The first id each table's new rows take. Ids are given explicitly (not left to SQLite)
// so rows can refer to each other without reading ids back.
struct IdBases
{
    qint64 user = 1;
    qint64 candidate = 1;
    qint64 requisition = 1;
    qint64 stage = 1;
    qint64 application = 1;
    qint64 stageHistory = 1;
    qint64 activity = 1;

    static Result<IdBases> read(Database &db);
};

struct WriteCounts
{
    qint64 users = 0;
    qint64 skills = 0; // vocabulary entries newly added to `skills`
    qint64 candidates = 0;
    qint64 candidateSkills = 0;
    qint64 requisitions = 0;
    qint64 stages = 0;
    qint64 applications = 0;
    qint64 stageHistory = 0;
    qint64 activities = 0;
    qint64 interviews = 0;
    qint64 scorecards = 0;
    qint64 offers = 0;
    qint64 consents = 0;
    qint64 tags = 0; // candidate_tags rows
    qint64 recruitingCandidates = 0; // candidates given consent and tags (the step's progress)
};

// Writes a DemoPlan into the database, table by table, putting the words (resumes, notes,
// descriptions) on the rows as it goes. Each write step reports rows through `progress`,
// which returns false to stop; the step then fails with ErrorCode::Cancelled and leaves
// rolling back to the caller's transaction.
// Thread: the Database's. For candidates and activities the words of the next chunk of rows
// are composed on a helper thread meanwhile (chunk_pipeline.h); only this thread touches SQLite.
class DemoWriter
{
public:
    using Progress = std::function<bool(qint64 rows)>;

    DemoWriter(Database &db, const DemoPlan &plan, quint64 seed, IdBases ids, Progress progress);

    Status writeUsers();
    Status writeSkills();
    Status writeCandidates();
    Status writeRequisitions();
    Status writeApplications();
    Status writeActivities();
    // Interviews (past ones with scorecards, upcoming ones for the interview stage), offers for
    // the offer stage and hires, consent records and tags: see recruiting_rows.cpp.
    Status writeRecruiting();

    const WriteCounts &counts() const { return m_counts; }

private:
    Status tick();
    std::string_view uuid(int table);
    qint64 userId(int userIndex) const { return m_ids.user + userIndex; }
    qint64 stageId(int requisition, int stageIndex) const;

    Database &m_db;
    const DemoPlan &m_plan;
    quint64 m_seed;
    IdBases m_ids;
    Progress m_progress;
    QList<UuidSequence> m_uuids; // by table
    UuidText m_uuidText {};
    QList<qint64> m_skillIds; // by vocabulary index
    std::array<qint64, 5> m_roleIds {}; // by UserRole
    qint64 m_rows = 0;
    WriteCounts m_counts;
};

} // namespace Tandem::Demo
