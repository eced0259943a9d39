#include "support/test_database.h"

#include <core/common/ids.h>
#include <core/search/candidate_search.h>
#include <core/search/search_functions.h>
#include <core/storage/database.h>

#include <algorithm>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Tandem;

namespace {

struct Person
{
    QString first;
    QString last;
    QString title;
    QString company;
    QString city;
    QString skills;
    QString resume;
    QString source;
    bool archived = false;
};

qint64 insert(Database &db, const Person &p)
{
    const QString email = QStringLiteral("%1.%2@example.org").arg(p.first, p.last).toLower();
    const QString now = nowStorageTime();
    auto id = db.insert(
        QStringLiteral(
            "INSERT INTO candidates (uuid, first_name, last_name, email, current_title, current_company,"
            " city, skills_text, resume_text, source, created_at, updated_at, archived_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), p.first, p.last, email, p.title, p.company, p.city, p.skills, p.resume, p.source, now,
         now, p.archived ? QVariant(now) : QVariant()});
    EXPECT_TRUE(id) << (id ? "" : id.error().text().toStdString());
    return id ? *id : 0;
}

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    ASSERT_TRUE(q) << sql.toStdString() << ": " << (q ? "" : q.error().text().toStdString());
    q->finish();
}

QList<qint64> ids(const Result<QList<CandidateHit>> &hits)
{
    EXPECT_TRUE(hits) << (hits ? "" : hits.error().text().toStdString());
    QList<qint64> out;
    if (hits) {
        for (const CandidateHit &h : *hits)
            out << h.id;
    }
    return out;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// A small agency: each person is there to be found, or not found, by one kind of search.
class CandidateSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ada = insert(t.db(),
                     {QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Data Engineer"),
                      QStringLiteral("Acme"), QStringLiteral("Berlin"),
                      QStringLiteral("Rust, Go, Kubernetes"),
                      QStringLiteral("Built pipelines. Site reliability engineer for two years."),
                      QStringLiteral("linkedin")});
        // Mentions everything Ada has, but only in the resume.
        bob = insert(t.db(),
                     {QStringLiteral("Bob"), QStringLiteral("Stone"), QStringLiteral("Teacher"),
                      QStringLiteral("School"), QStringLiteral("Munich"), QStringLiteral("Python"),
                      QStringLiteral("Learning rust, rust and more rust. Visited Berlin and Acme. Read "
                                     "about Lovelace. Wants to become a data engineer."),
                      QStringLiteral("referral")});
        cleo = insert(t.db(),
                      {QStringLiteral("Cleo"), QStringLiteral("Müller"), QStringLiteral("Backend Developer"),
                       QStringLiteral("Globex"), QStringLiteral("Hamburg"),
                       QStringLiteral("Python, Java, C++"),
                       QStringLiteral("Reliability of the site was my job; and then some."),
                       QStringLiteral("linkedin")});
        dan = insert(t.db(),
                     {QStringLiteral("Dan"), QStringLiteral("Ross"), QStringLiteral("Backend Developer"),
                      QStringLiteral("Initech"), QStringLiteral("Berlin"), QStringLiteral("Python, C#, C"),
                      QStringLiteral("Windows services and node.js tooling."), QStringLiteral("agency")});
        eve = insert(t.db(),
                     {QStringLiteral("Eve"), QStringLiteral("Archer"), QStringLiteral("Data Engineer"),
                      QStringLiteral("Acme"), QStringLiteral("Berlin"), QStringLiteral("Rust"),
                      QStringLiteral("Left us."), QStringLiteral("linkedin"), true});
    }

    Testing::TestDatabase t;
    CandidateSearch search {t.db()};
    qint64 ada = 0, bob = 0, cleo = 0, dan = 0, eve = 0;
};

} // namespace

TEST_F(CandidateSearchTest, FindsWordsInAnyField)
{
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("rust")))), sorted({ada, bob}));
    EXPECT_EQ(ids(search.search(QStringLiteral("globex"))), QList<qint64> {cleo}); // company
    EXPECT_EQ(ids(search.search(QStringLiteral("hamburg"))), QList<qint64> {cleo}); // city
    EXPECT_EQ(ids(search.search(QStringLiteral("ross"))), QList<qint64> {dan}); // name
    EXPECT_EQ(ids(search.search(QStringLiteral("ada.lovelace"))), QList<qint64> {ada}); // email
    EXPECT_EQ(ids(search.search(QStringLiteral("pipelines"))), QList<qint64> {ada}); // resume
    EXPECT_EQ(ids(search.search(QStringLiteral("muller"))), QList<qint64> {cleo}); // diacritics folded
}

TEST_F(CandidateSearchTest, FieldFiltersHitOnlyTheirColumn)
{
    EXPECT_EQ(ids(search.search(QStringLiteral("skill:rust"))), QList<qint64> {ada});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("city:berlin")))), sorted({ada, dan}));
    EXPECT_EQ(ids(search.search(QStringLiteral("company:acme"))), QList<qint64> {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("title:\"data engineer\""))), QList<qint64> {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("name:lovelace"))), QList<qint64> {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("resume:lovelace"))), QList<qint64> {bob});
    EXPECT_EQ(ids(search.search(QStringLiteral("email:bob"))), QList<qint64> {bob});
    EXPECT_TRUE(ids(search.search(QStringLiteral("skill:berlin"))).isEmpty());
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("skill:(rust OR java)")))), sorted({ada, cleo}));
}

TEST_F(CandidateSearchTest, PlusAndHashKeepLanguagesApart)
{
    EXPECT_EQ(ids(search.search(QStringLiteral("c++"))), QList<qint64> {cleo});
    EXPECT_EQ(ids(search.search(QStringLiteral("skill:c#"))), QList<qint64> {dan});
    EXPECT_EQ(ids(search.search(QStringLiteral("skill:c"))), QList<qint64> {dan});
}

TEST_F(CandidateSearchTest, NotAndMinusExclude)
{
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("python")))), sorted({bob, cleo, dan}));
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("python -java")))), sorted({bob, dan}));
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("python NOT java")))), sorted({bob, dan}));
    EXPECT_EQ(ids(search.search(QStringLiteral("python -(java OR city:berlin)"))), QList<qint64> {bob});
    // Only the phrases that are looked for count toward relevance (the rank mask follows
    // FTS5's phrase order): a mask off by one would score the excluded word, found nowhere.
    auto hits = search.search(QStringLiteral("python -java"));
    ASSERT_TRUE(hits);
    for (const CandidateHit &hit : *hits)
        EXPECT_GT(hit.score, 0.0) << hit.id;
}

TEST_F(CandidateSearchTest, AndOrAndParentheses)
{
    EXPECT_EQ(ids(search.search(QStringLiteral("python hamburg"))), QList<qint64> {cleo});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("globex OR initech")))), sorted({cleo, dan}));
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("(globex OR initech) skill:java")))),
              QList<qint64> {cleo});
    // AND binds tighter than OR: initech OR (globex AND skill:rust).
    EXPECT_EQ(ids(search.search(QStringLiteral("initech OR globex skill:rust"))), QList<qint64> {dan});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("skill:java OR initech")))), sorted({cleo, dan}));
}

TEST_F(CandidateSearchTest, PrefixesFindWordBeginnings)
{
    EXPECT_EQ(ids(search.search(QStringLiteral("kube*"))), QList<qint64> {ada});
    EXPECT_TRUE(ids(search.search(QStringLiteral("kube"))).isEmpty());
    SearchParseOptions typing;
    typing.asYouType = true;
    auto query = parseSearchQuery(QStringLiteral("berlin kuber"), typing);
    ASSERT_TRUE(query);
    EXPECT_EQ(ids(search.search(*query)), QList<qint64> {ada});
}

TEST_F(CandidateSearchTest, PhrasesNeedTheWordsTogether)
{
    EXPECT_EQ(ids(search.search(QStringLiteral("\"site reliability\""))), QList<qint64> {ada});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("site reliability")))), sorted({ada, cleo}));
    EXPECT_EQ(ids(search.search(QStringLiteral("\"site rel\"*"))), QList<qint64> {ada});
    // A phrase stays inside one field: Ada's company (Acme) and city (Berlin) do not make one.
    EXPECT_TRUE(ids(search.search(QStringLiteral("\"acme berlin\""))).isEmpty());
}

TEST_F(CandidateSearchTest, NameAndSkillMatchesRankAboveResumeMentions)
{
    // Bob says "rust" three times in his resume, Ada lists it once as a skill.
    auto hits = search.search(QStringLiteral("rust"));
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 2);
    EXPECT_EQ(hits->at(0).id, ada);
    EXPECT_EQ(hits->at(1).id, bob);
    EXPECT_GT(hits->at(0).score, hits->at(1).score);
    EXPECT_GT(hits->at(1).score, 0.0);

    EXPECT_EQ(ids(search.search(QStringLiteral("lovelace"))), (QList<qint64> {ada, bob}));
    EXPECT_EQ(ids(search.search(QStringLiteral("data engineer"))), (QList<qint64> {ada, bob}));
}

TEST_F(CandidateSearchTest, HitsCarryWhatAListShows)
{
    auto hits = search.search(QStringLiteral("name:ada"));
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1);
    const CandidateHit &h = hits->front();
    EXPECT_EQ(h.id, ada);
    EXPECT_EQ(h.name, QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(h.title, QStringLiteral("Data Engineer"));
    EXPECT_EQ(h.company, QStringLiteral("Acme"));
    EXPECT_EQ(h.city, QStringLiteral("Berlin"));
    EXPECT_EQ(h.uuid,
              t->scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {ada})->toString());
}

TEST_F(CandidateSearchTest, ArchivedCandidatesAreLeftOutByDefault)
{
    EXPECT_EQ(ids(search.search(QStringLiteral("skill:rust"))), QList<qint64> {ada});
    EXPECT_EQ(*search.count(QStringLiteral("skill:rust")), 1);
    EXPECT_TRUE(ids(search.search(QStringLiteral("archer"))).isEmpty());

    SearchOptions all;
    all.includeArchived = true;
    auto query = parseSearchQuery(QStringLiteral("skill:rust"));
    ASSERT_TRUE(query);
    EXPECT_EQ(sorted(ids(search.search(*query, all))), sorted({ada, eve}));
    EXPECT_EQ(*search.count(*query, true), 2);
}

TEST_F(CandidateSearchTest, TheArchiveMarkerIsNotSearchable)
{
    auto query = parseSearchQuery(QStringLiteral("archived"));
    ASSERT_TRUE(query);
    SearchOptions all;
    all.includeArchived = true;
    EXPECT_TRUE(ids(search.search(*query, all)).isEmpty());
    EXPECT_EQ(*search.count(*query, true), 0);
    EXPECT_TRUE(ids(search.search(*query)).isEmpty());

    exec(t.db(), QStringLiteral("UPDATE candidates SET resume_text = 'My file was archived.' WHERE id = ?"),
         {bob});
    EXPECT_EQ(ids(search.search(*query, all)), QList<qint64> {bob});
    EXPECT_EQ(ids(search.search(*query)), QList<qint64> {bob});
}

TEST_F(CandidateSearchTest, UpdatesArchivingAndDeletesReachTheIndex)
{
    exec(t.db(), QStringLiteral("UPDATE candidates SET skills_text = 'Zig, Rust' WHERE id = ?"), {cleo});
    EXPECT_EQ(ids(search.search(QStringLiteral("skill:zig"))), QList<qint64> {cleo});
    EXPECT_TRUE(ids(search.search(QStringLiteral("skill:java"))).isEmpty());

    exec(t.db(), QStringLiteral("UPDATE candidates SET last_name = 'Lamarr' WHERE id = ?"), {cleo});
    EXPECT_EQ(ids(search.search(QStringLiteral("name:lamarr"))), QList<qint64> {cleo});
    EXPECT_TRUE(ids(search.search(QStringLiteral("name:muller"))).isEmpty());

    exec(t.db(), QStringLiteral("UPDATE candidates SET archived_at = ? WHERE id = ?"),
         {nowStorageTime(), ada});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("skill:rust")))), QList<qint64> {cleo});
    exec(t.db(), QStringLiteral("UPDATE candidates SET archived_at = NULL WHERE id = ?"), {ada});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("skill:rust")))), sorted({ada, cleo}));

    exec(t.db(), QStringLiteral("DELETE FROM candidates WHERE id = ?"), {dan});
    EXPECT_TRUE(ids(search.search(QStringLiteral("initech"))).isEmpty());
    EXPECT_EQ(*search.count(QStringLiteral("python")), 1); // Cleo lost Python above

    // The index still agrees with the table it indexes (FTS5's own check; SQLite only).
    if (!Testing::isPostgres())
        exec(t.db(),
             QStringLiteral("INSERT INTO candidate_fts(candidate_fts, rank) VALUES ('integrity-check', 1)"));
}

TEST_F(CandidateSearchTest, SourceFiltersTheTableWithBoundValues)
{
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("python source:LinkedIn")))), QList<qint64> {cleo});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("source:linkedin")))), sorted({ada, cleo}));
    EXPECT_EQ(*search.count(QStringLiteral("source:linkedin")), 2);
    EXPECT_EQ(ids(search.search(QStringLiteral("source:linkedin -java"))), QList<qint64> {ada});
    EXPECT_EQ(*search.count(QStringLiteral("source:linkedin -java")), 1);
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("python -source:linkedin")))), sorted({bob, dan}));
    EXPECT_EQ(*search.count(QStringLiteral("python -source:linkedin")), 2);
    EXPECT_TRUE(ids(search.search(QStringLiteral("source:\"linkedin' OR 1=1 --\""))).isEmpty());
}

TEST_F(CandidateSearchTest, InjectionAttemptsAreHarmless)
{
    const qint64 before = t->scalar(QStringLiteral("SELECT count(*) FROM candidates"))->toLongLong();
    const QStringList attempts = {
        QStringLiteral("'; DROP TABLE candidates; --"),
        QStringLiteral("\"AND\""),
        QStringLiteral("AND"),
        QStringLiteral("NEAR(rust go)"),
        QStringLiteral("{name email}:ada"),
        QStringLiteral("^rust"),
        QStringLiteral("rust:*"),
        QStringLiteral("name:*"),
        QStringLiteral("* OR *"),
        QStringLiteral("c++ node.js"),
        QStringLiteral("\") OR 1=1 --"),
        QStringLiteral("rank:1"),
        QStringLiteral("candidate_fts:x"),
        QStringLiteral("\"\"\"\""),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QStringLiteral("- {state} : archived"),
    };
    for (const QString &text : attempts) {
        auto hits = search.search(text);
        if (!hits) {
            EXPECT_EQ(hits.error().code, ErrorCode::Invalid)
                << text.toStdString() << ": " << hits.error().text().toStdString();
        }
        auto counted = search.count(text);
        if (!counted) {
            EXPECT_EQ(counted.error().code, ErrorCode::Invalid) << text.toStdString();
        }
    }
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT count(*) FROM candidates"))->toLongLong(), before);

    // Quoted operators are words: "and" is in three resumes.
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("\"AND\"")))), sorted({bob, cleo, dan}));
    EXPECT_EQ(ids(search.search(QStringLiteral("node.js"))), QList<qint64> {dan});
    // As FTS5 syntax NEAR(windows services) would find Dan; as words it needs "near" too.
    EXPECT_TRUE(ids(search.search(QStringLiteral("NEAR(windows services)"))).isEmpty());
    EXPECT_FALSE(search.search(QStringLiteral("rust:*")));
}

TEST_F(CandidateSearchTest, ErrorsAndTheEmptySearch)
{
    auto bad = search.search(QStringLiteral("foo:bar"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(search.count(QStringLiteral("(rust")));

    auto empty = search.search(QString());
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
    EXPECT_EQ(*search.count(QStringLiteral("  ")), 0);
}

TEST_F(CandidateSearchTest, CountAgreesWithSearch)
{
    for (const QString &text :
         {QStringLiteral("python"), QStringLiteral("berlin"), QStringLiteral("rust OR python"),
          QStringLiteral("python -java"), QStringLiteral("python source:agency")}) {
        auto hits = search.search(text);
        ASSERT_TRUE(hits);
        EXPECT_EQ(*search.count(text), hits->size()) << text.toStdString();
    }
}

TEST_F(CandidateSearchTest, PagesWithLimitAndOffset)
{
    auto query = parseSearchQuery(QStringLiteral("python OR rust"));
    ASSERT_TRUE(query);
    const QList<qint64> all = ids(search.search(*query));
    ASSERT_EQ(all.size(), 4);
    SearchOptions page;
    page.limit = 3;
    EXPECT_EQ(ids(search.search(*query, page)), all.mid(0, 3));
    page.offset = 3;
    EXPECT_EQ(ids(search.search(*query, page)), all.mid(3));
    page.order = SearchOrder::Newest;
    page.offset = 0;
    EXPECT_EQ(ids(search.search(*query, page)), (QList<qint64> {dan, cleo, bob}));
}

TEST_F(CandidateSearchTest, RelevanceIsRankedWithinTheNewestMatches)
{
    // The best match for "rust" (Ada, a skill) is older than Bob; a window of one match
    // sees only the newest matching candidate.
    search.setRankWindow(1);
    EXPECT_EQ(ids(search.search(QStringLiteral("rust"))), QList<qint64> {bob});
    EXPECT_EQ(*search.count(QStringLiteral("rust")), 2);
    search.setRankWindow(2);
    EXPECT_EQ(ids(search.search(QStringLiteral("rust"))), (QList<qint64> {ada, bob}));
    // Archived candidates do not use up the window.
    const qint64 fay = insert(
        t.db(),
        {QStringLiteral("Fay"), QStringLiteral("Old"), {}, {}, {}, QStringLiteral("Rust"), {}, {}, true});
    ASSERT_GT(fay, 0);
    EXPECT_EQ(ids(search.search(QStringLiteral("rust"))), (QList<qint64> {ada, bob}));
}

TEST_F(CandidateSearchTest, RankIsBm25WithTheColumnWeights)
{
    TANDEM_SKIP_ON_POSTGRES("compares tandem_rank with FTS5's bm25()");
    // With more than one phrase counting, tandem_rank must give exactly FTS5's bm25() with
    // the same weights (negated: higher is better).
    ASSERT_TRUE(search.search(QStringLiteral("warm up")));
    auto q = t->exec(QStringLiteral("SELECT rowid, tandem_rank(candidate_fts, '111'),"
                                    " bm25(candidate_fts, 10.0, 4.0, 6.0, 3.0, 8.0, 2.0, 1.0, 0.0)"
                                    " FROM candidate_fts WHERE candidate_fts MATCH ?"),
                     {QStringLiteral("\"kubernetes\" OR \"lovelace\" OR \"python\"")});
    ASSERT_TRUE(q);
    int rows = 0;
    while (q->next()) {
        ++rows;
        EXPECT_NEAR(q->value(1).toDouble(), -q->value(2).toDouble(), 1e-9) << q->value(0).toLongLong();
        EXPECT_GT(q->value(1).toDouble(), 0.0);
    }
    EXPECT_EQ(rows, 4);
}

TEST_F(CandidateSearchTest, IndexColumnsAreInTheOrderTheWeightsAssume)
{
    TANDEM_SKIP_ON_POSTGRES("column order of the FTS5 table candidate_fts");
    // tandem_rank weighs columns by position; a column moved in the migration would
    // silently weigh resume text like names.
    auto q = t->exec(QStringLiteral("SELECT name FROM pragma_table_info('candidate_fts') ORDER BY cid"));
    ASSERT_TRUE(q);
    QStringList columns;
    while (q->next())
        columns << q->value(0).toString();
    EXPECT_EQ(columns,
              (QStringList {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("title"),
                            QStringLiteral("company"), QStringLiteral("skills"), QStringLiteral("city"),
                            QStringLiteral("resume"), QStringLiteral("state")}));
}

TEST_F(CandidateSearchTest, ExposedStatementsRunTheSameThroughRawSqlite)
{
    TANDEM_SKIP_ON_POSTGRES("runs the statements through the raw sqlite3 API");
    auto query
        = parseSearchQuery(QStringLiteral("(rust OR python) -java source:linkedin OR source:referral"));
    ASSERT_FALSE(query); // source inside OR with words
    query = parseSearchQuery(QStringLiteral("(rust OR python OR berlin) -java"));
    ASSERT_TRUE(query);
    const SearchStatement statement = CandidateSearch::searchStatement(*query, SearchOptions {});
    EXPECT_EQ(statement.sql.count(QLatin1Char('?')), statement.values.size());
    EXPECT_TRUE(statement.sql.contains(QStringLiteral("tandem_rank")));

    sqlite3 *handle = t->sqliteHandle();
    ASSERT_NE(handle, nullptr);
    ASSERT_TRUE(registerSearchFunctions(handle));
    sqlite3_stmt *stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(handle, statement.sql.toUtf8().constData(), -1, &stmt, nullptr), SQLITE_OK)
        << sqlite3_errmsg(handle);
    QList<QByteArray> texts; // bound without copying, so they live until the statement is done
    texts.reserve(statement.values.size());
    for (int i = 0; i < statement.values.size(); ++i) {
        const QVariant &v = statement.values.at(i);
        if (v.typeId() == QMetaType::QString) {
            texts << v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, texts.last().constData(), int(texts.last().size()), nullptr);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
    QList<qint64> raw;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        raw << sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    EXPECT_EQ(raw, ids(search.search(*query)));
    EXPECT_EQ(sorted(raw), sorted({ada, bob, dan}));

    const SearchStatement count = CandidateSearch::countStatement(*query);
    EXPECT_EQ(count.sql.count(QLatin1Char('?')), count.values.size());
    EXPECT_TRUE(CandidateSearch::searchStatement(SearchQuery(), SearchOptions {}).isEmpty());
}

TEST_F(CandidateSearchTest, PostgresStatementsBindEveryWord)
{
    // Built without a database: the PostgreSQL statements carry user text only as bound
    // values, and every tsquery operand is a quoted lexeme.
    auto query = parseSearchQuery(QStringLiteral("(o'brien OR c++) title:\"lead dev\"* -java source:x"));
    ASSERT_TRUE(query);
    for (const SearchStatement &statement :
         {CandidateSearch::searchStatement(*query, SearchOptions {}, 100, Engine::Postgres),
          CandidateSearch::countStatement(*query, false, Engine::Postgres)}) {
        EXPECT_EQ(statement.sql.count(QLatin1Char('?')), statement.values.size())
            << statement.sql.toStdString();
        for (const QString &word : {QStringLiteral("brien"), QStringLiteral("lead"), QStringLiteral("java")})
            EXPECT_FALSE(statement.sql.contains(word)) << statement.sql.toStdString();
        EXPECT_FALSE(statement.sql.contains(QStringLiteral("candidate_fts")));
    }
    EXPECT_EQ(query->pgMatchValues(),
              (QVariantList {QStringLiteral("'o' <-> 'brien'"), QStringLiteral("'cxplusxxplusx'"),
                             QStringLiteral("'lead':B <-> 'dev':*B"), QStringLiteral("'lead' <-> 'dev':*"),
                             QStringLiteral("'java'")}));
    EXPECT_EQ(query->pgRankQuery(), QStringLiteral("'o' | 'brien' | 'cxplusxxplusx' | 'lead':B | 'dev':*B"));
}

// --- Filters: tag:, experience:, added:, updated: -------------------------------------------

namespace {

qint64 addTag(Database &db, const QString &name, const QList<qint64> &candidates)
{
    auto tag = db.insert(QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {name});
    EXPECT_TRUE(tag);
    for (const qint64 id : candidates)
        exec(db, QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"), {id, *tag});
    return *tag;
}

QString msBefore(QDate day) // the last stored instant before a local day starts
{
    return toStorageTime(day.startOfDay().addMSecs(-1));
}

QString dayStarts(QDate day)
{
    return toStorageTime(day.startOfDay());
}

} // namespace

TEST_F(CandidateSearchTest, TagFilterIsExactAndCaseInsensitive)
{
    addTag(t.db(), QStringLiteral("Remote"), {ada, dan, eve});
    addTag(t.db(), QStringLiteral("needs visa"), {cleo});
    addTag(t.db(), QStringLiteral("contacted"), {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("tag:remote"))), (QList<qint64> {dan, ada})); // newest first
    EXPECT_EQ(ids(search.search(QStringLiteral("tag:\"NEEDS VISA\""))), QList<qint64> {cleo});
    EXPECT_TRUE(ids(search.search(QStringLiteral("tag:needs"))).isEmpty());
    EXPECT_EQ(ids(search.search(QStringLiteral("tag:remote -tag:contacted"))), QList<qint64> {dan});
    EXPECT_EQ(ids(search.search(QStringLiteral("rust tag:remote"))), QList<qint64> {ada});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("tag:(remote OR \"needs visa\") python")))), sorted({dan, cleo}));
    EXPECT_EQ(*search.count(QStringLiteral("tag:remote")), 2);
    EXPECT_EQ(*search.count(QStringLiteral("-tag:remote")), 2); // bob and cleo; eve is archived
}

TEST_F(CandidateSearchTest, ExperienceRangesIncludeTheirBounds)
{
    exec(t.db(), QStringLiteral("UPDATE candidates SET years_experience = ? WHERE id = ?"), {5.0, ada});
    exec(t.db(), QStringLiteral("UPDATE candidates SET years_experience = ? WHERE id = ?"), {5.5, bob});
    exec(t.db(), QStringLiteral("UPDATE candidates SET years_experience = ? WHERE id = ?"), {8.0, cleo});
    // dan has none
    EXPECT_EQ(ids(search.search(QStringLiteral("experience:>5"))), (QList<qint64> {cleo, bob}));
    EXPECT_EQ(ids(search.search(QStringLiteral("experience:>=5"))), (QList<qint64> {cleo, bob, ada}));
    EXPECT_EQ(ids(search.search(QStringLiteral("experience:<5.5"))), QList<qint64> {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("experience:<=5.5"))), (QList<qint64> {bob, ada}));
    EXPECT_EQ(ids(search.search(QStringLiteral("experience:5"))), (QList<qint64> {bob, ada}));
    EXPECT_EQ(ids(search.search(QStringLiteral("experience:5.5..8"))), (QList<qint64> {cleo, bob}));
    // Without a number a candidate is outside every range, so excluding a range keeps her.
    EXPECT_EQ(ids(search.search(QStringLiteral("-experience:<6"))), (QList<qint64> {dan, cleo}));
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("python experience:>5")))), sorted({bob, cleo}));
}

TEST_F(CandidateSearchTest, DateFiltersUseLocalDaysMonthsAndYears)
{
    const auto setCreated = [this](qint64 id, const QString &when) {
        exec(t.db(), QStringLiteral("UPDATE candidates SET created_at = ?, updated_at = ? WHERE id = ?"),
             {when, when, id});
    };
    setCreated(ada, msBefore(QDate(2024, 1, 1))); // the last moment of 2023
    setCreated(bob, dayStarts(QDate(2024, 1, 1)));
    setCreated(cleo, msBefore(QDate(2024, 7, 1))); // the last moment of June 2024
    setCreated(dan, dayStarts(QDate(2025, 3, 15)));
    EXPECT_EQ(ids(search.search(QStringLiteral("added:2024"))), (QList<qint64> {cleo, bob}));
    EXPECT_EQ(ids(search.search(QStringLiteral("added:<2024"))), QList<qint64> {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("added:<2024-01-01"))), QList<qint64> {ada});
    EXPECT_EQ(ids(search.search(QStringLiteral("added:<=2024-01-01"))), (QList<qint64> {bob, ada}));
    EXPECT_EQ(ids(search.search(QStringLiteral("added:2024-06"))), QList<qint64> {cleo});
    EXPECT_EQ(ids(search.search(QStringLiteral("added:>2024-06"))), QList<qint64> {dan});
    EXPECT_EQ(ids(search.search(QStringLiteral("added:>=2024-06"))), (QList<qint64> {dan, cleo}));
    EXPECT_EQ(ids(search.search(QStringLiteral("added:2024-01-01..2024-06-30"))), (QList<qint64> {cleo, bob}));
    EXPECT_EQ(ids(search.search(QStringLiteral("updated:2025-03-15"))), QList<qint64> {dan});
    EXPECT_EQ(sorted(ids(search.search(QStringLiteral("NOT added:<2024 python")))), sorted({bob, cleo, dan}));
    EXPECT_FALSE(search.search(QStringLiteral("added:<2024 OR python"))); // filters narrow, never OR
    EXPECT_EQ(*search.count(QStringLiteral("added:2024")), 2);
}

TEST_F(CandidateSearchTest, FilterOnlySearchesListNewestFirstAndPage)
{
    addTag(t.db(), QStringLiteral("remote"), {ada, bob, cleo, dan});
    auto query = parseSearchQuery(QStringLiteral("tag:remote"));
    ASSERT_TRUE(query);
    SearchOptions page;
    page.limit = 3;
    page.snippets = true; // nothing to highlight: no snippets, no error
    auto hits = search.search(*query, page);
    ASSERT_TRUE(hits);
    EXPECT_EQ(ids(hits), (QList<qint64> {dan, cleo, bob}));
    EXPECT_TRUE(hits->front().snippet.isEmpty());
    page.offset = 3;
    EXPECT_EQ(ids(search.search(*query, page)), QList<qint64> {ada});
}

// --- Snippets ----------------------------------------------------------------------------------

namespace {

// The highlighted stretches of a hit's snippet, lower-cased.
QStringList highlighted(const CandidateHit &hit)
{
    QStringList words;
    for (const HighlightRange &r : hit.highlights) {
        EXPECT_GE(r.start, 0);
        EXPECT_LE(r.start + r.length, hit.snippet.size());
        words << hit.snippet.mid(r.start, r.length).toLower();
    }
    return words;
}

} // namespace

TEST_F(CandidateSearchTest, SnippetsShowTheMatchedWordsAsRanges)
{
    auto query = parseSearchQuery(QStringLiteral("pipelines"));
    ASSERT_TRUE(query);
    SearchOptions options;
    options.snippets = true;
    auto hits = search.search(*query, options);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1);
    const CandidateHit &hit = hits->front();
    EXPECT_TRUE(hit.snippet.contains(QStringLiteral("pipelines"))) << hit.snippet.toStdString();
    EXPECT_EQ(highlighted(hit), QStringList {QStringLiteral("pipelines")});
    EXPECT_FALSE(hit.snippet.contains(QChar(0xE000)));
    EXPECT_FALSE(hit.snippet.contains(QChar(0xE001)));
    EXPECT_FALSE(hit.snippet.contains(QLatin1Char('<')));
}

TEST_F(CandidateSearchTest, SnippetsComeFromTheFieldThatMatchedBest)
{
    auto query = parseSearchQuery(QStringLiteral("rust"));
    ASSERT_TRUE(query);
    SearchOptions options;
    options.snippets = true;
    auto hits = search.search(*query, options);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 2);
    for (const CandidateHit &hit : *hits) {
        const QStringList words = highlighted(hit);
        ASSERT_FALSE(words.isEmpty()) << hit.name.toStdString();
        for (const QString &w : words)
            EXPECT_EQ(w, QStringLiteral("rust")) << hit.snippet.toStdString();
        if (hit.id == bob) { // three mentions in the resume beat nothing elsewhere
            EXPECT_EQ(words.size(), 3) << hit.snippet.toStdString();
        }
    }
    // Markup in candidate text stays text.
    exec(t.db(), QStringLiteral("UPDATE candidates SET resume_text = ? WHERE id = ?"),
         {QStringLiteral("Wrote <b>kotlin</b> & rust <script>"), dan});
    auto kotlin = parseSearchQuery(QStringLiteral("kotlin"));
    ASSERT_TRUE(kotlin);
    auto found = search.snippets(*kotlin, {dan, ada});
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->contains(dan));
    EXPECT_FALSE(found->contains(ada));
    const Snippet s = found->value(dan);
    EXPECT_TRUE(s.text.contains(QStringLiteral("<b>"))) << "[" << s.text.toStdString() << "]";
    ASSERT_EQ(s.highlights.size(), 1);
    EXPECT_EQ(s.text.mid(s.highlights.front().start, s.highlights.front().length), QStringLiteral("kotlin"));
}

TEST(SearchSnippet, MarkersBecomeRangesAndLongTextIsCutAroundTheMatch)
{
    const QChar open(Internal::HighlightOpen);
    const QChar close(Internal::HighlightClose);
    Snippet s = Internal::snippetFromMarked(QStringLiteral("a ") + open + QStringLiteral("rust") + close
                                            + QStringLiteral("\nand ") + open + QStringLiteral("go") + close);
    EXPECT_EQ(s.text, QStringLiteral("a rust and go"));
    EXPECT_EQ(s.highlights, (QList<HighlightRange> {{2, 4}, {11, 2}}));

    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += QStringLiteral("word%1 ").arg(i);
    longText += open + QStringLiteral("needle") + close + QStringLiteral(" tail");
    s = Internal::snippetFromMarked(longText, 80);
    EXPECT_LE(s.text.size(), 82);
    ASSERT_EQ(s.highlights.size(), 1);
    EXPECT_EQ(s.text.mid(s.highlights.front().start, s.highlights.front().length), QStringLiteral("needle"));
    EXPECT_TRUE(s.text.startsWith(QChar(0x2026))) << s.text.toStdString();
}
