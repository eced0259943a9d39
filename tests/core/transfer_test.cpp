// Moving a whole database between engines: SQLite file -> TestDatabase (SQLite, or PostgreSQL
// in the "[postgres]" run) -> a fresh SQLite file, compared table by table.
#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/file_store.h>
#include <core/records/tag_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>
#include <core/search/candidate_search.h>
#include <core/storage/database.h>
#include <core/transfer/database_transfer.h>

#include "support/test_database.h"

#include <QElapsedTimer>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Tandem;

namespace {

std::unique_ptr<Database> openFile(const QString &path)
{
    auto db = Database::open(ConnectionSettings::sqliteFile(path));
    EXPECT_TRUE(db) << (db ? "" : db.error().text().toStdString());
    return db ? std::move(*db) : nullptr;
}

template <typename T>
T ok(Result<T> r)
{
    EXPECT_TRUE(r) << (r ? "" : r.error().text().toStdString());
    return r ? std::move(*r) : T{};
}

QList<QStringList> rows(Database &db, const QString &sql)
{
    QList<QStringList> out;
    auto q = db.exec(sql);
    EXPECT_TRUE(q) << (q ? "" : q.error().text().toStdString());
    if (!q)
        return out;
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < q->record().count(); ++i)
            row << (q->isNull(i) ? QStringLiteral("<null>") : q->value(i).toString());
        out << row;
    }
    return out;
}

qint64 number(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v) << (v ? "" : v.error().text().toStdString());
    return v ? v->toLongLong() : -1;
}

QList<qint64> searchIds(Database &db, const QString &text)
{
    QList<qint64> ids;
    for (const CandidateHit &hit : ok(CandidateSearch(db).search(text)))
        ids << hit.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A small agency written through the services, with the awkward values a move must keep:
// NULL beside '', archived rows, unicode, edited (versioned) records, moves and notes.
void fillAgency(Database &db)
{
    UserDirectory users(db);
    const User rita = ok(users.ensureLocalUser(QStringLiteral("Rita Recruiter")));
    const Actor actor = UserDirectory::actorFor(rita);
    User manager;
    manager.name = QStringLiteral("Grace Hopper");
    manager.email = QStringLiteral("grace@example.org");
    manager.role = QStringLiteral("hiring_manager");
    const User grace = ok(users.create(manager, actor));

    CandidateService candidates(db, actor);
    QList<Candidate> people;
    const QList<QStringList> names = {
        {QStringLiteral("Zoë"), QStringLiteral("Saldaña"), QStringLiteral("Rust, Go")},
        {QStringLiteral("Łukasz"), QStringLiteral("Żółć"), QStringLiteral("C++, Qt")},
        {QStringLiteral("李"), QStringLiteral("小龍"), QStringLiteral("Kung Fu, Go")},
        {QStringLiteral("Ada"), QStringLiteral("Lovelace"), QString()},
        {QString(), QStringLiteral("Nameless"), QStringLiteral("SQL")},
    };
    for (int i = 0; i < int(names.size()); ++i) {
        Candidate c;
        c.firstName = names[i][0];
        c.lastName = names[i][1];
        c.skills = names[i][2].isEmpty() ? QStringList() : names[i][2].split(QStringLiteral(", "));
        c.email = i == 3 ? QString() : QStringLiteral("person%1@example.org").arg(i);
        c.city = i % 2 ? QStringLiteral("Kraków") : QStringLiteral("São Paulo");
        if (i == 0)
            c.yearsExperience = 12.345678901234;
        else if (i == 1)
            c.yearsExperience = 0.0; // 0, not NULL
        c.resumeText = QStringLiteral("Résumé %1 — 🚀 shipped things\nsecond line").arg(i);
        people << ok(candidates.create(c));
    }
    // An edit (version 2) and an archived candidate.
    Candidate edited = people[0];
    edited.currentTitle = QStringLiteral("Staff Engineer");
    people[0] = ok(candidates.update(edited));
    people[4] = ok(candidates.archive(people[4].id, people[4].version));

    RequisitionService reqs(db, actor);
    Requisition r;
    r.title = QStringLiteral("Kernel Engineer");
    r.hiringManagerId = grace.id;
    r.salaryMin = 90000; // salary_max stays NULL
    r.salaryCurrency = QStringLiteral("EUR");
    r.description = QStringLiteral("Ünïcödé description");
    Requisition kernel = ok(reqs.create(r));
    kernel = ok(reqs.setStatus(kernel.id, kernel.version, RequisitionStatus::Open));
    Requisition old;
    old.title = QStringLiteral("Old role");
    Requisition archived = ok(reqs.create(old));
    ok(reqs.archive(archived.id, archived.version));
    const QList<Stage> stages = ok(reqs.stages(kernel.id));

    ApplicationService apps(db, actor);
    Application a = ok(apps.apply(people[0].id, kernel.id, QStringLiteral("Referral")));
    a = ok(apps.moveTo(a.id, a.version, stages.at(2).id));
    a = ok(apps.moveTo(a.id, a.version, stages.at(3).id));
    Application b = ok(apps.apply(people[1].id, kernel.id, QString()));
    ok(apps.disposition(b.id, b.version, ApplicationStatus::Rejected, QStringLiteral("Not now")));

    ActivityLog log(db, actor);
    ok(log.addNote(people[2].id, QStringLiteral("Met at the meetup 🎉 — très bien")));
    ok(log.addNote(people[3].id, QStringLiteral("Call back\n\nTabs\there")));
    ok(log.addNote(people[3].id, QStringLiteral("@Grace Hopper can you meet her?")));
    // Bytes that are not text (a NUL, invalid UTF-8) must arrive exactly.
    QByteArray resume("%PDF-1.4\n");
    resume.append('\0');
    resume.append("\xff\xfe\x80 end", 7);
    ok(FileStore(db, actor).add(people[0].id, QStringLiteral("Zoë CV.pdf"), resume, CandidateFile::Kind::Resume));
    ok(TagService(db, actor).setTags(people[1].id, {QStringLiteral("relocating"), QStringLiteral("referral")}));

    // NULL and '' in the same nullable column: a move must keep them apart.
    auto q = db.exec(QStringLiteral("UPDATE requisitions SET filled_at = ? WHERE id = ?"),
                     {QStringLiteral(""), archived.id});
    ASSERT_TRUE(q);
    q->finish();
    // Engine-neutral settings travel along.
    q = db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?)"),
                {QStringLiteral("company"), QStringLiteral("Acme — GmbH")});
    ASSERT_TRUE(q);
    q->finish();
}

QStringList checksums(const TransferReport &report, bool target)
{
    QStringList out;
    for (const TransferTable &t : report.tables)
        out << t.name + QLatin1Char('=') + QString::number(t.rows) + QLatin1Char(':')
                   + (target ? t.targetChecksum : t.sourceChecksum);
    return out;
}

const char *identitySql =
    "SELECT 'c', id, uuid, version FROM candidates UNION ALL SELECT 'r', id, uuid, version FROM requisitions "
    "UNION ALL SELECT 'a', id, uuid, version FROM applications UNION ALL SELECT 'u', id, uuid, version FROM users "
    "UNION ALL SELECT 'e', id, uuid, 0 FROM audit_entries ORDER BY 1, 2";

class Transfer : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<Database> source = openFile(dir.filePath(QStringLiteral("source.sqlite")));
    void SetUp() override { fillAgency(*source); }
};

} // namespace

TEST_F(Transfer, RoundTripKeepsEveryRowIdAndAuditEntry)
{
    Testing::TestDatabase middle;
    QElapsedTimer clock;
    clock.start();
    const TransferReport there = ok(transferDatabase(*source, middle.db()));
    ASSERT_TRUE(there.verified);
    EXPECT_GT(there.totalRows(), 40);
    EXPECT_EQ(checksums(there, false), checksums(there, true));

    std::unique_ptr<Database> back = openFile(dir.filePath(QStringLiteral("back.sqlite")));
    const TransferReport home = ok(transferDatabase(middle.db(), *back));
    ASSERT_TRUE(home.verified);
    // The rows that came back are the rows that left, table by table.
    EXPECT_EQ(checksums(there, false), checksums(home, true));

    const QString identities = QString::fromLatin1(identitySql);
    EXPECT_EQ(rows(*source, identities), rows(middle.db(), identities));
    EXPECT_EQ(rows(*source, identities), rows(*back, identities));
    const QString nulls = QStringLiteral("SELECT id, filled_at, salary_max, archived_at FROM requisitions ORDER BY id");
    EXPECT_EQ(rows(*source, nulls), rows(middle.db(), nulls));
    EXPECT_EQ(number(middle.db(), QStringLiteral("SELECT count(*) FROM requisitions WHERE filled_at = ''")), 1);
    EXPECT_EQ(number(middle.db(), QStringLiteral("SELECT count(*) FROM candidates WHERE years_experience IS NULL")), 3);
    EXPECT_EQ(number(*back, QStringLiteral("SELECT count(*) FROM candidates WHERE years_experience = 0")), 1);

    for (Database *db : {&middle.db(), back.get()}) {
        const AuditVerification audit = ok(AuditLog(*db).verify());
        EXPECT_TRUE(audit.ok) << audit.problem.toStdString();
        EXPECT_EQ(audit.checked, number(*source, QStringLiteral("SELECT count(*) FROM audit_entries")));
    }
    // The search index was built for the copied people, archived ones left out as before.
    for (const char *text : {"Zoë", "zoe", "Kraków", "skill:go", "Nameless", "résumé"}) {
        const QString query = QString::fromUtf8(text);
        EXPECT_EQ(searchIds(*source, query), searchIds(middle.db(), query)) << text;
        EXPECT_EQ(searchIds(*source, query), searchIds(*back, query)) << text;
    }
    EXPECT_FALSE(searchIds(middle.db(), QStringLiteral("Saldaña")).isEmpty());

    // New records continue after the copied ids (PostgreSQL: the sequences were moved on).
    const User rita = ok(UserDirectory(middle.db()).ensureLocalUser(QStringLiteral("Rita Recruiter")));
    Candidate c;
    c.firstName = QStringLiteral("After");
    c.lastName = QStringLiteral("Move");
    const Candidate after = ok(CandidateService(middle.db(), UserDirectory::actorFor(rita)).create(c));
    EXPECT_GT(after.id, number(*source, QStringLiteral("SELECT max(id) FROM candidates")));
    EXPECT_TRUE(ok(AuditLog(middle.db()).verify()).ok);
    std::printf("[ transfer ] %lld rows there in %lld ms, back in %lld ms (engine %s)\n",
                static_cast<long long>(there.totalRows()), static_cast<long long>(there.elapsedMs),
                static_cast<long long>(home.elapsedMs), Testing::isPostgres() ? "postgres" : "sqlite");
}

// Every table a migration creates travels, except the derived search index and the migrations'
// own bookkeeping: a table added without a place in the transfer would be lost in a move.
TEST_F(Transfer, CopiesEveryTableTheSchemaHas)
{
    auto target = openFile(dir.filePath(QStringLiteral("all-tables.sqlite")));
    const TransferReport report = ok(transferDatabase(*source, *target));
    QStringList copied;
    for (const TransferTable &t : report.tables)
        copied << t.name;
    copied.sort();
    QStringList schema;
    for (const QStringList &row : rows(*target, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'candidate_fts%' "
                                                              "AND name <> 'schema_migrations' ORDER BY name")))
        schema << row.first();
    EXPECT_EQ(copied, schema);
    EXPECT_EQ(number(*target, QStringLiteral("SELECT count(*) FROM note_mentions")), 1);
    EXPECT_EQ(number(*target, QStringLiteral("SELECT count(*) FROM candidate_tags")), 2);
    auto bytes = FileStore(*target, Actor::system()).read(number(*target, QStringLiteral("SELECT id FROM candidate_files")));
    ASSERT_TRUE(bytes) << bytes.error().text().toStdString();
    EXPECT_EQ(bytes->size(), 17);
    EXPECT_EQ(bytes->at(9), '\0');
}

TEST_F(Transfer, RefusesATargetThatHoldsRecordsAndLeavesItAlone)
{
    Testing::TestDatabase target;
    const User someone = ok(UserDirectory(target.db()).ensureLocalUser(QStringLiteral("Somebody Else")));
    Candidate c;
    c.firstName = QStringLiteral("Already");
    c.lastName = QStringLiteral("Here");
    ok(CandidateService(target.db(), UserDirectory::actorFor(someone)).create(c));
    const QString everything = QString::fromLatin1(identitySql);
    const auto before = rows(target.db(), everything);

    auto refused = transferDatabase(*source, target.db());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 candidates"))) << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().hint.isEmpty());
    EXPECT_EQ(rows(target.db(), everything), before);

    // The same database twice is refused too.
    auto same = transferDatabase(*source, *source);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, ErrorCode::Invalid);
}

TEST_F(Transfer, CancelLeavesTheTargetEmpty)
{
    Testing::TestDatabase target;
    const auto seeded = rows(target.db(), QStringLiteral("SELECT id, uuid, name FROM pipeline_templates ORDER BY id"));
    int calls = 0;
    auto cancelled = transferDatabase(*source, target.db(), [&](qint64, qint64, const QString &phase) {
        return !(++calls > 3 && phase.contains(QStringLiteral("candidates")));
    });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    for (const char *table : {"users", "candidates", "audit_entries", "activities"})
        EXPECT_EQ(number(target.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0) << table;
    EXPECT_EQ(rows(target.db(), QStringLiteral("SELECT id, uuid, name FROM pipeline_templates ORDER BY id")), seeded);
    EXPECT_EQ(number(target.db(), QStringLiteral("SELECT count(*) FROM roles")), 5);

    // Still empty, so the move can be done again; the progress reaches its total.
    qint64 lastDone = 0;
    qint64 lastTotal = -1;
    const TransferReport report = ok(transferDatabase(*source, target.db(), [&](qint64 done, qint64 total, const QString &) {
        lastDone = done;
        lastTotal = total;
        return true;
    }));
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(lastDone, lastTotal);
}
