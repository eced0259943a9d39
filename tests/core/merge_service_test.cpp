#include "support/test_database.h"

#include <core/audit/audit_log.h>
#include <core/common/ids.h>
#include <core/dedupe/merge_service.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/consent_service.h>
#include <core/records/file_store.h>
#include <core/records/requisition_service.h>
#include <core/records/settings_store.h>
#include <core/records/tag_service.h>
#include <core/records/talent_pool_service.h>
#include <core/records/user_directory.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

// Every table a candidate's relations live in, with an order that makes a dump stable.
const QList<std::pair<QString, QString>> relatedTables = {
    {QStringLiteral("candidates"), QStringLiteral("id")},
    {QStringLiteral("applications"), QStringLiteral("id")},
    {QStringLiteral("stage_history"), QStringLiteral("id")},
    {QStringLiteral("activities"), QStringLiteral("id")},
    {QStringLiteral("note_mentions"), QStringLiteral("activity_id, user_id")},
    {QStringLiteral("candidate_files"), QStringLiteral("id")},
    {QStringLiteral("candidate_tags"), QStringLiteral("candidate_id, tag_id")},
    {QStringLiteral("talent_pool_members"), QStringLiteral("pool_id, candidate_id")},
    {QStringLiteral("consents"), QStringLiteral("id")},
    {QStringLiteral("candidate_skills"), QStringLiteral("candidate_id, skill_id")},
    {QStringLiteral("candidate_contacts"), QStringLiteral("id")},
    {QStringLiteral("candidate_experience"), QStringLiteral("id")},
    {QStringLiteral("candidate_education"), QStringLiteral("id")},
    {QStringLiteral("interviews"), QStringLiteral("id")},
    {QStringLiteral("scorecards"), QStringLiteral("id")},
    {QStringLiteral("offers"), QStringLiteral("id")},
    {QStringLiteral("screening_answers"), QStringLiteral("application_id, question_id")},
};

// SELECT * of every related table, each row as "column=value" text (NULL marked). A
// candidate row leaves out version and updated_at: an undo is a new version of the record.
QStringList snapshot(Database &db)
{
    QStringList lines;
    for (const auto &[table, order] : relatedTables) {
        auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
        EXPECT_TRUE(q) << q.error().text().toStdString();
        if (!q)
            continue;
        while (q->next()) {
            QStringList cells {table};
            const QSqlRecord r = q->record();
            for (int i = 0; i < r.count(); ++i) {
                const QString name = r.fieldName(i);
                if (table == QLatin1String("candidates")
                    && (name == QLatin1String("version") || name == QLatin1String("updated_at")))
                    continue;
                cells << name + QLatin1Char('=')
                        + (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    Actor peer;
    User mia;
    Candidate survivor;
    Candidate merged;
    QList<Requisition> reqs; // 0: both applied, 1: only the merged record, 2: only the survivor
    qint64 mergedSharedApp = 0;
    qint64 mergedOwnApp = 0;

    Fixture()
    {
        UserDirectory users(t.db());
        actor = UserDirectory::actorFor(*users.ensureLocalUser(QStringLiteral("Rita Recruiter")));
        User draft;
        draft.name = QStringLiteral("Pete Peer");
        draft.role = QStringLiteral("recruiter");
        peer = UserDirectory::actorFor(*users.create(draft, actor));
        draft.name = QStringLiteral("Mia Manager");
        mia = *users.create(draft, actor);
        EXPECT_TRUE(SettingsStore(t.db(), actor)
                        .setValue(QStringLiteral("intake.default_region"), QStringLiteral("DE")));

        survivor = person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.com"),
                          QStringLiteral("+49 151 1111111"), {QStringLiteral("C++"), QStringLiteral("SQL")});
        merged = person(QStringLiteral("Anne"), QStringLiteral("Lee"), QStringLiteral("anne@y.org"),
                        QStringLiteral("0151 2222222"), {QStringLiteral("sql"), QStringLiteral("Rust")});
        for (const char *title : {"Backend Engineer", "Data Engineer", "SRE"}) {
            Requisition r;
            r.title = QString::fromLatin1(title);
            RequisitionService service(t.db(), actor);
            auto created = service.create(r);
            reqs << *service.setStatus(created->id, created->version, RequisitionStatus::Open);
        }
        relate();
        survivor = *CandidateService(t.db(), actor).get(survivor.id);
        merged = *CandidateService(t.db(), actor).get(merged.id);
    }

    Candidate person(const QString &first, const QString &last, const QString &email, const QString &phone,
                     const QStringList &skills)
    {
        Candidate c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        c.phone = phone;
        c.skills = skills;
        c.city = QStringLiteral("Berlin");
        auto created = CandidateService(t.db(), actor).create(c);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return *created;
    }

    void relate()
    {
        ApplicationService apps(t.db(), actor);
        const qint64 s = survivor.id, m = merged.id;
        auto stagesOf = [&](int i) { return *RequisitionService(t.db(), actor).stages(reqs[i].id); };
        ASSERT_TRUE(apps.apply(s, reqs[0].id, QStringLiteral("Referral")));
        ASSERT_TRUE(apps.apply(s, reqs[2].id, QStringLiteral("Referral")));
        auto shared = apps.apply(m, reqs[0].id, QStringLiteral("LinkedIn"));
        ASSERT_TRUE(shared);
        ASSERT_TRUE(apps.moveTo(shared->id, shared->version, stagesOf(0).at(1).id)); // stage history
        mergedSharedApp = shared->id;
        auto own = apps.apply(m, reqs[1].id, QStringLiteral("LinkedIn"));
        ASSERT_TRUE(own);
        mergedOwnApp = own->id;
        const QString now = nowStorageTime();
        for (qint64 app : {mergedSharedApp, mergedOwnApp}) {
            const qint64 interview = Testing::runSql(
                t.db(),
                QStringLiteral(
                    "INSERT INTO interviews (uuid, application_id, title, starts_at, duration_minutes, "
                    "created_at, updated_at) VALUES (?, ?, 'Tech screen', ?, 60, ?, ?)"),
                {newUuid(), app, now, now, now});
            Testing::runSql(
                t.db(),
                QStringLiteral("INSERT INTO scorecards (uuid, application_id, interview_id, interviewer_id, "
                               "recommendation, created_at, updated_at) VALUES (?, ?, ?, ?, 'yes', ?, ?)"),
                {newUuid(), app, interview, mia.id, now, now});
        }
        Testing::runSql(
            t.db(),
            QStringLiteral("INSERT INTO offers (uuid, application_id, salary, created_at, updated_at) "
                           "VALUES (?, ?, 90000, ?, ?)"),
            {newUuid(), mergedOwnApp, now, now});
        const qint64 question = Testing::runSql(
            t.db(),
            QStringLiteral(
                "INSERT INTO screening_questions (uuid, requisition_id, prompt, created_at, updated_at) "
                "VALUES (?, ?, 'Work permit?', ?, ?)"),
            {newUuid(), reqs[1].id, now, now});
        // No id column: Database::exec, not runSql (which appends RETURNING id to an INSERT).
        ASSERT_TRUE(t->exec(
            QStringLiteral("INSERT INTO screening_answers (application_id, question_id, answer, answered_at) "
                           "VALUES (?, ?, 'yes', ?)"),
            {mergedOwnApp, question, now}));

        ActivityLog log(t.db(), actor);
        ASSERT_TRUE(log.addNote(s, QStringLiteral("Strong C++ background")));
        ASSERT_TRUE(log.addNote(m, QStringLiteral("@Mia Manager please call her back")));
        FileStore files(t.db(), actor);
        ASSERT_TRUE(files.add(s, QStringLiteral("cv.txt"), QByteArrayLiteral("Ann Lee, C++")));
        ASSERT_TRUE(files.add(m, QStringLiteral("resume.txt"), QByteArrayLiteral("Anne Lee, Rust")));
        TagService tags(t.db(), actor);
        ASSERT_TRUE(tags.setTags(s, {QStringLiteral("backend")}));
        ASSERT_TRUE(tags.setTags(m, {QStringLiteral("Backend"), QStringLiteral("rust")}));
        TalentPoolService pools(t.db(), actor);
        auto p1 = pools.create(QStringLiteral("Silver medalists"));
        auto p2 = pools.create(QStringLiteral("Rustaceans"));
        ASSERT_TRUE(pools.addMember(p1->id, s, QStringLiteral("survivor's note")));
        ASSERT_TRUE(pools.addMember(p1->id, m, QStringLiteral("merged note")));
        ASSERT_TRUE(pools.addMember(p2->id, m, QStringLiteral("rust")));
        ConsentService consents(t.db(), actor);
        ASSERT_TRUE(consents.record(s, QStringLiteral("consent"), QDateTime::currentDateTimeUtc(),
                                    QStringLiteral("web"), QStringLiteral("v1")));
        ASSERT_TRUE(consents.record(m, QStringLiteral("legitimate_interest"), QDateTime::currentDateTimeUtc(),
                                    QStringLiteral("import"), QStringLiteral("v2")));
        const QString contact = QStringLiteral(
            "INSERT INTO candidate_contacts (candidate_id, kind, value, position, created_at) "
            "VALUES (?, ?, ?, ?, ?)");
        Testing::runSql(t.db(), contact,
                        {s, QStringLiteral("email"), QStringLiteral("shared@z.com"), 0, now});
        Testing::runSql(t.db(), contact,
                        {m, QStringLiteral("email"), QStringLiteral("shared@z.com"), 0, now});
        Testing::runSql(t.db(), contact,
                        {m, QStringLiteral("github"), QStringLiteral("github.com/annelee"), 1, now});
        for (qint64 c : {s, m}) {
            Testing::runSql(
                t.db(),
                QStringLiteral("INSERT INTO candidate_experience (uuid, candidate_id, employer, title, "
                               "start_month, is_current) VALUES (?, ?, 'Acme', 'Engineer', '2020-01', 1)"),
                {newUuid(), c});
            Testing::runSql(
                t.db(),
                QStringLiteral("INSERT INTO candidate_education (uuid, candidate_id, institution, degree, "
                               "end_year) VALUES (?, ?, 'TU Berlin', 'MSc', 2019)"),
                {newUuid(), c});
        }
    }

    MergeVersions versions() const { return {survivor.version, merged.version}; }

    Result<MergeRecord> mergeAs(const Actor &who, const FieldChoices &choices = {})
    {
        return MergeService(t.db(), who).merge(survivor.id, merged.id, choices, versions());
    }

    qint64 count(const QString &sql, const QVariantList &values)
    {
        return t->scalar(sql, values)->toLongLong();
    }
};

} // namespace

TEST(MergeService, PreviewShowsBothRecordsAndWhatWillMove)
{
    Fixture f;
    auto p = MergeService(f.t.db(), f.actor).preview(f.survivor.id, f.merged.id);
    ASSERT_TRUE(p) << p.error().text().toStdString();
    EXPECT_EQ(p->applications, 1);
    EXPECT_EQ(p->sharedRequisitions, 1);
    EXPECT_EQ(p->files, 1);
    EXPECT_EQ(p->tags, 2);
    EXPECT_EQ(p->pools, 2);
    EXPECT_EQ(p->consents, 1);
    EXPECT_EQ(p->skills, 2);
    EXPECT_EQ(p->contacts, 2);
    EXPECT_EQ(p->experience, 1);
    EXPECT_EQ(p->education, 1);
    EXPECT_GE(p->activities, 3); // the note and the application entries
    auto field = [&](const QString &column) {
        for (const MergeField &m : p->fields)
            if (m.column == column)
                return m;
        ADD_FAILURE() << "no field " << column.toStdString();
        return MergeField {};
    };
    EXPECT_EQ(field(QStringLiteral("email")).survivorValue, QStringLiteral("ann@x.com"));
    EXPECT_EQ(field(QStringLiteral("email")).mergedValue, QStringLiteral("anne@y.org"));
    EXPECT_FALSE(field(QStringLiteral("city")).differs());
    EXPECT_EQ(field(QStringLiteral("city")).suggested, MergeSide::Survivor);
    EXPECT_FALSE(MergeService(f.t.db(), f.actor).preview(f.survivor.id, f.survivor.id));
}

TEST(MergeService, EveryRelationFollowsTheSurvivor)
{
    Fixture f;
    const qint64 s = f.survivor.id, m = f.merged.id;
    const qint64 mergedActivities
        = f.count(QStringLiteral("SELECT count(*) FROM activities WHERE candidate_id = ?"), {m});
    const qint64 survivorActivities
        = f.count(QStringLiteral("SELECT count(*) FROM activities WHERE candidate_id = ?"), {s});
    auto done = f.mergeAs(
        f.actor,
        {{QStringLiteral("first_name"), MergeSide::Merged}, {QStringLiteral("phone"), MergeSide::Merged}});
    ASSERT_TRUE(done) << done.error().text().toStdString();
    EXPECT_EQ(done->survivorId, s);
    EXPECT_EQ(done->mergedBy, f.actor.userId);
    EXPECT_EQ(done->mergedByName, QStringLiteral("Rita Recruiter"));

    CandidateService candidates(f.t.db(), f.actor);
    auto after = candidates.get(s);
    EXPECT_EQ(after->firstName, QStringLiteral("Anne"));
    EXPECT_EQ(after->email, QStringLiteral("ann@x.com"));
    EXPECT_EQ(after->phone, QStringLiteral("0151 2222222"));
    EXPECT_EQ(after->skills,
              (QStringList {QStringLiteral("C++"), QStringLiteral("SQL"), QStringLiteral("Rust")}));
    EXPECT_EQ(after->version, f.survivor.version + 1);
    EXPECT_TRUE(candidates.get(m)->isArchived());

    // Nothing but the withdrawn application to the shared requisition stays on the merged record.
    for (const char *table :
         {"activities", "candidate_files", "candidate_tags", "talent_pool_members", "consents",
          "candidate_skills", "candidate_contacts", "candidate_experience", "candidate_education"})
        EXPECT_EQ(
            f.count(
                QStringLiteral("SELECT count(*) FROM %1 WHERE candidate_id = ?").arg(QLatin1String(table)),
                {m}),
            0)
            << table;
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = ?"), {m}), 1);
    auto left
        = f.t->selectOne(QStringLiteral("SELECT status, disposition_reason FROM applications WHERE id = ?"),
                         {f.mergedSharedApp});
    EXPECT_EQ((*left)->value(0).toString(), QStringLiteral("withdrawn"));
    EXPECT_EQ((*left)->value(1).toString(), QStringLiteral("Merged duplicate"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT candidate_id FROM applications WHERE id = ?"), {f.mergedOwnApp}),
              s);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = ?"), {s}), 3);
    // The timeline: every entry of both plus the merge entry; the mention still points at Mia.
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM activities WHERE candidate_id = ?"), {s}),
              survivorActivities + mergedActivities + 1);
    EXPECT_EQ(
        f.count(QStringLiteral("SELECT count(*) FROM activities WHERE candidate_id = ? AND subject = ?"),
                {s, QStringLiteral("Merged with Anne Lee <anne@y.org>")}),
        1);
    EXPECT_EQ(f.count(QStringLiteral(
                          "SELECT count(*) FROM note_mentions n JOIN activities a ON a.id = n.activity_id "
                          "WHERE a.candidate_id = ? AND n.user_id = ?"),
                      {s, f.mia.id}),
              1);
    // Unions: the survivor's own rows win a clash.
    EXPECT_EQ(*TagService(f.t.db(), f.actor).tagsOf(s),
              (QStringList {QStringLiteral("backend"), QStringLiteral("rust")}));
    EXPECT_EQ(
        f.t->scalar(QStringLiteral(
                        "SELECT note FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id "
                        "WHERE m.candidate_id = ? AND p.name = 'Silver medalists'"),
                    {s})
            ->toString(),
        QStringLiteral("survivor's note"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM talent_pool_members WHERE candidate_id = ?"), {s}),
              2);
    // Contacts: the union, plus the e-mail and phone that were not chosen (phones in E.164).
    QStringList contacts;
    auto q = f.t->exec(
        QStringLiteral(
            "SELECT kind, value FROM candidate_contacts WHERE candidate_id = ? ORDER BY kind, value"),
        {s});
    while (q->next())
        contacts << q->value(0).toString() + QLatin1Char(':') + q->value(1).toString();
    EXPECT_EQ(
        contacts,
        (QStringList {QStringLiteral("email:anne@y.org"), QStringLiteral("email:shared@z.com"),
                      QStringLiteral("github:github.com/annelee"), QStringLiteral("phone:+491511111111")}));

    auto history = MergeService(f.t.db(), f.actor).history(m);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->at(0).mergedName, QStringLiteral("Anne Lee"));
    EXPECT_FALSE(history->at(0).isUndone());
    EXPECT_EQ(MergeService(f.t.db(), f.actor).journal()->size(), 1);
    EXPECT_EQ(*MergeService(f.t.db(), f.actor).auditIdentities(s),
              (QStringList {f.survivor.uuid, f.merged.uuid}));
    auto audit = AuditLog(f.t.db()).forEntity(f.merged.uuid);
    EXPECT_EQ(audit->last().action, QStringLiteral("merged_into"));
    EXPECT_EQ(AuditLog(f.t.db()).forEntity(f.survivor.uuid)->last().action, QStringLiteral("merge"));
    EXPECT_TRUE(AuditLog(f.t.db()).verify()->ok);

    // A merged (archived) record cannot take part in another merge.
    EXPECT_FALSE(MergeService(f.t.db(), f.actor).merge(s, m, {}, {after->version, f.merged.version + 1}));
}

TEST(MergeService, UndoRestoresEveryRelationExactly)
{
    Fixture f;
    const QStringList before = snapshot(f.t.db());
    auto done = f.mergeAs(
        f.actor,
        {{QStringLiteral("email"), MergeSide::Merged}, {QStringLiteral("first_name"), MergeSide::Merged}});
    ASSERT_TRUE(done) << done.error().text().toStdString();
    EXPECT_NE(snapshot(f.t.db()), before);
    MergeService merges(f.t.db(), f.actor);
    auto undone = merges.undo(done->id);
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_TRUE(undone->isUndone());
    EXPECT_EQ(undone->undoneByName, QStringLiteral("Rita Recruiter"));
    EXPECT_EQ(snapshot(f.t.db()), before);
    auto survivor = CandidateService(f.t.db(), f.actor).get(f.survivor.id);
    EXPECT_EQ(survivor->version, f.survivor.version + 2); // merge, undo: never back to an old number
    EXPECT_FALSE(CandidateService(f.t.db(), f.actor).get(f.merged.id)->isArchived());
    EXPECT_EQ(*merges.auditIdentities(f.survivor.id), QStringList {f.survivor.uuid});
    EXPECT_EQ(AuditLog(f.t.db()).forEntity(f.survivor.uuid)->last().action, QStringLiteral("unmerge"));
    EXPECT_TRUE(AuditLog(f.t.db()).verify()->ok);
    auto twice = merges.undo(done->id);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Invalid);

    // The same pair can be merged again after an undo, and undone again.
    f.survivor = *CandidateService(f.t.db(), f.actor).get(f.survivor.id);
    f.merged = *CandidateService(f.t.db(), f.actor).get(f.merged.id);
    auto again = f.mergeAs(f.actor);
    ASSERT_TRUE(again) << again.error().text().toStdString();
    ASSERT_TRUE(merges.undo(again->id));
    EXPECT_EQ(snapshot(f.t.db()), before);
}

// The snapshot comparison must notice a single row an undo failed to put back.
TEST(MergeService, ASnapshotCatchesAnIncompleteUndo)
{
    Fixture f;
    const QStringList before = snapshot(f.t.db());
    auto done = f.mergeAs(f.actor);
    ASSERT_TRUE(done);
    // Break the journal: forget the first step (the withdrawn application's old state).
    auto moved = f.t->scalar(QStringLiteral("SELECT moved FROM merge_journal WHERE id = ?"), {done->id});
    QJsonObject journal = QJsonDocument::fromJson(moved->toString().toUtf8()).object();
    QJsonArray steps = journal.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.first().toObject().value(QStringLiteral("table")).toString(),
              QStringLiteral("applications"));
    steps.removeFirst();
    journal.insert(QStringLiteral("steps"), steps);
    Testing::runSql(f.t.db(), QStringLiteral("UPDATE merge_journal SET moved = ? WHERE id = ?"),
                    {QString::fromUtf8(QJsonDocument(journal).toJson(QJsonDocument::Compact)), done->id});
    ASSERT_TRUE(MergeService(f.t.db(), f.actor).undo(done->id));
    const QStringList after = snapshot(f.t.db());
    EXPECT_NE(after, before);
    QStringList differing;
    for (const QString &line : after)
        if (!before.contains(line))
            differing << line;
    ASSERT_EQ(differing.size(), 1);
    EXPECT_TRUE(differing[0].startsWith(QStringLiteral("applications|")));
    EXPECT_TRUE(differing[0].contains(QStringLiteral("status=withdrawn")));
}

TEST(MergeService, UndoRefusesWhenARecordWasEditedSince)
{
    Fixture f;
    auto done = f.mergeAs(f.actor);
    ASSERT_TRUE(done);
    CandidateService candidates(f.t.db(), f.actor);
    Candidate edited = *candidates.get(f.survivor.id);
    edited.city = QStringLiteral("Hamburg");
    ASSERT_TRUE(candidates.update(edited));
    const QStringList before = snapshot(f.t.db());
    auto undone = MergeService(f.t.db(), f.actor).undo(done->id);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("Ann Lee")));
    EXPECT_FALSE(undone.error().hint.isEmpty());
    EXPECT_EQ(snapshot(f.t.db()), before);
    EXPECT_FALSE(MergeService(f.t.db(), f.actor).record(done->id)->isUndone());
}

TEST(MergeService, UndoRefusesWhenAMovedRowChangedSince)
{
    Fixture f;
    auto done = f.mergeAs(f.actor);
    ASSERT_TRUE(done);
    // The withdrawn application was reopened by hand after the merge.
    Testing::runSql(f.t.db(), QStringLiteral("UPDATE applications SET version = version + 1 WHERE id = ?"),
                    {f.mergedSharedApp});
    const QStringList before = snapshot(f.t.db());
    auto undone = MergeService(f.t.db(), f.actor).undo(done->id);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::Conflict);
    EXPECT_EQ(snapshot(f.t.db()), before);
}

TEST(MergeService, APeersMergeIsListedButPermanent)
{
    Fixture f;
    auto done = f.mergeAs(f.peer);
    ASSERT_TRUE(done) << done.error().text().toStdString();
    MergeService mine(f.t.db(), f.actor);
    auto listed = mine.journal();
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).mergedByName, QStringLiteral("Pete Peer"));
    EXPECT_FALSE(mine.canUndo(listed->at(0)));
    auto refused = mine.undo(done->id);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Pete Peer")));
    EXPECT_TRUE(MergeService(f.t.db(), Actor::system())
                    .undo(done->id)
                    .error()
                    .message.contains(QStringLiteral("Pete Peer")));
    MergeService theirs(f.t.db(), f.peer);
    EXPECT_TRUE(theirs.canUndo(listed->at(0)));
    EXPECT_TRUE(theirs.undo(done->id));
}

TEST(MergeService, AStaleComparisonMergesNothing)
{
    Fixture f;
    CandidateService candidates(f.t.db(), f.actor);
    Candidate edited = *candidates.get(f.merged.id);
    edited.city = QStringLiteral("Paris");
    ASSERT_TRUE(candidates.update(edited));
    const QStringList before = snapshot(f.t.db());
    auto stale = f.mergeAs(f.actor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(snapshot(f.t.db()), before);
    EXPECT_TRUE(MergeService(f.t.db(), f.actor).journal()->isEmpty());

    // Choices that leave no name are refused by the candidate rules.
    Candidate nameless = *candidates.get(f.merged.id);
    nameless.firstName.clear();
    nameless.lastName = QStringLiteral("Lee");
    ASSERT_TRUE(candidates.update(nameless));
    Candidate firstOnly = *candidates.get(f.survivor.id);
    firstOnly.lastName.clear();
    ASSERT_TRUE(candidates.update(firstOnly));
    auto refused = MergeService(f.t.db(), f.actor)
                       .merge(f.survivor.id, f.merged.id, {{QStringLiteral("first_name"), MergeSide::Merged}},
                              {candidates.get(f.survivor.id)->version, candidates.get(f.merged.id)->version});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
}
