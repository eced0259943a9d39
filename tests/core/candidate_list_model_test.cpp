#include "support/test_database.h"

#include <core/common/ids.h>
#include <core/models/candidate_list_model.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <random>

using namespace Tandem;

namespace {

using Column = CandidateListModel::Column;

using Testing::runSql;

const QDateTime base(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::utc());

struct Person
{
    QString firstName;
    QString lastName;
    QString email;
    QString title;
    QString company;
    QString city;
    QString stage = QStringLiteral("prospect");
    QString source;
    QString skills;
    QString resume;
    QDateTime created = base;
    bool archived = false;
};

qint64 addCandidate(Database &db, const Person &p)
{
    return runSql(
        db,
        QStringLiteral(
            "INSERT INTO candidates (uuid, first_name, last_name, email, current_title, current_company, "
            "city, stage, source, skills_text, resume_text, created_at, updated_at, archived_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), p.firstName, p.lastName, p.email, p.title, p.company, p.city, p.stage, p.source, p.skills,
         p.resume, toStorageTime(p.created), toStorageTime(p.created),
         p.archived ? QVariant(nowStorageTime()) : QVariant()});
}

// Many candidates whose sort keys tie often and differ in case, so that ties straddle the
// block boundaries and a keyset condition that disagreed with ORDER BY would show.
QList<qint64> addCrowd(Database &db, int count)
{
    static const QStringList lastNames
        = {QStringLiteral("smith"), QStringLiteral("Smith"), QStringLiteral("SMITH"),
           QStringLiteral("jones"), QStringLiteral("Jones"), QStringLiteral("Brown"),
           QStringLiteral("brown"), QStringLiteral("Zed"),   QString(),
           QStringLiteral("adams")};
    static const QStringList firstNames
        = {QStringLiteral("Ann"), QStringLiteral("ann"), QStringLiteral("Bob"), QStringLiteral("zoe"),
           QStringLiteral("Émile")};
    static const QStringList titles = {QStringLiteral("Engineer"), QStringLiteral("engineer"),
                                       QStringLiteral("Analyst"), QStringLiteral("Designer"), QString()};
    static const QStringList companies = {QStringLiteral("Acme"),
                                          QStringLiteral("acme"),
                                          QStringLiteral("Globex"),
                                          QStringLiteral("Initech"),
                                          QStringLiteral("Umbrella"),
                                          QStringLiteral("hooli"),
                                          QString()};
    static const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("berlin"),
                                       QStringLiteral("Austin"), QStringLiteral("Zagreb")};
    static const QStringList stages
        = {QStringLiteral("prospect"), QStringLiteral("lead"), QStringLiteral("applicant")};
    static const QStringList sources = {QStringLiteral("LinkedIn"), QStringLiteral("linkedin"),
                                        QStringLiteral("Referral"), QString(), QStringLiteral("Agency")};
    QList<qint64> ids;
    auto tx = Transaction::begin(db);
    if (!tx) {
        ADD_FAILURE() << tx.error().text().toStdString();
        return ids;
    }
    for (int i = 0; i < count; ++i) {
        Person p;
        p.lastName = lastNames.at((i * 7) % lastNames.size());
        p.firstName = firstNames.at((i * 3) % firstNames.size());
        p.email = QStringLiteral("person%1@example.com").arg(i);
        p.title = titles.at((i * 11) % titles.size());
        p.company = companies.at((i * 5) % companies.size());
        p.city = cities.at((i * 13) % cities.size());
        p.stage = stages.at((i * 17) % stages.size());
        p.source = sources.at((i * 19) % sources.size());
        p.created = base.addDays((i * 31) % 37);
        p.archived = i % 13 == 5;
        ids.append(addCandidate(db, p));
    }
    if (auto ok = tx->commit(); !ok)
        ADD_FAILURE() << ok.error().text().toStdString();
    return ids;
}

// The order the list promises for each column, written out independently of the model.
QList<qint64> expectedOrder(Database &db, int column, Qt::SortOrder order)
{
    static const QList<QStringList> keys = {
        {QStringLiteral("last_name COLLATE NOCASE"), QStringLiteral("first_name COLLATE NOCASE")},
        {QStringLiteral("current_title COLLATE NOCASE")},
        {QStringLiteral("current_company COLLATE NOCASE")},
        {QStringLiteral("city COLLATE NOCASE")},
        {QStringLiteral("stage")},
        {QStringLiteral("source COLLATE NOCASE")},
        {QStringLiteral("created_at")},
    };
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString &key : keys.at(column))
        terms << key + direction;
    terms << QStringLiteral("id") + direction;
    QList<qint64> ids;
    auto q = db.exec(QStringLiteral("SELECT id FROM candidates WHERE archived_at IS NULL ORDER BY ")
                     + terms.join(QStringLiteral(", ")));
    if (!q) {
        ADD_FAILURE() << q.error().text().toStdString();
        return ids;
    }
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

QList<qint64> readInOrder(const CandidateListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(CandidateListModel::IdRole).toLongLong());
    return ids;
}

// Reads rows in a random order and checks each against the expected order: blocks then come
// from OFFSET from the top or the bottom, or from a keyset anchor before or after them, and
// the cache evicts.
void expectRandomReads(const CandidateListModel &model, const QList<qint64> &expected, unsigned seed,
                       int reads)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> anyRow(0, model.rowCount() - 1);
    for (int i = 0; i < reads; ++i) {
        const int row = anyRow(random);
        if (model.idAt(row) != expected.at(row)) {
            ADD_FAILURE() << "row " << row << " after " << i << " random reads";
            return;
        }
    }
}

QString cell(const CandidateListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

class CandidateListModelTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    Testing::TestDatabase t;
};

} // namespace

TEST_F(CandidateListModelTest, ShowsNonArchivedCandidates)
{
    Person ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.email = QStringLiteral("ada@example.com");
    ada.title = QStringLiteral("Analyst");
    ada.company = QStringLiteral("Engines Ltd");
    ada.city = QStringLiteral("London");
    ada.stage = QStringLiteral("applicant");
    ada.source = QStringLiteral("Referral");
    const qint64 adaId = addCandidate(t.db(), ada);
    Person nameless;
    nameless.email = QStringLiteral("who@example.com");
    const qint64 namelessId = addCandidate(t.db(), nameless);
    Person gone = ada;
    gone.firstName = QStringLiteral("Archie");
    gone.archived = true;
    const qint64 goneId = addCandidate(t.db(), gone);

    CandidateListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.totalCount(), 2);
    EXPECT_EQ(model.columnCount(), int(CandidateListModel::ColumnCount));
    EXPECT_EQ(model.locate(goneId), -1);
    EXPECT_EQ(model.rowOfId(goneId), -1);

    // By last name: Lovelace, then the candidate without a name sorts first ('' < 'Lovelace').
    EXPECT_EQ(model.idAt(0), namelessId);
    EXPECT_EQ(model.idAt(1), adaId);
    EXPECT_EQ(model.idAt(2), 0);
    EXPECT_EQ(model.idAt(-1), 0);
    EXPECT_EQ(model.rowOfId(adaId), 1);

    EXPECT_EQ(cell(model, 1, Column::NameColumn), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(cell(model, 0, Column::NameColumn), QStringLiteral("who@example.com"));
    EXPECT_EQ(cell(model, 1, Column::TitleColumn), QStringLiteral("Analyst"));
    EXPECT_EQ(cell(model, 1, Column::CompanyColumn), QStringLiteral("Engines Ltd"));
    EXPECT_EQ(cell(model, 1, Column::CityColumn), QStringLiteral("London"));
    EXPECT_EQ(cell(model, 1, Column::StageColumn), QStringLiteral("Applicant"));
    EXPECT_EQ(cell(model, 1, Column::SourceColumn), QStringLiteral("Referral"));
    EXPECT_EQ(cell(model, 1, Column::AddedColumn),
              QLocale().toString(base.toLocalTime().date(), QLocale::ShortFormat));
    const QModelIndex name = model.index(1, Column::NameColumn);
    EXPECT_EQ(name.data(CandidateListModel::IdRole).toLongLong(), adaId);
    EXPECT_EQ(name.data(CandidateListModel::EmailRole).toString(), QStringLiteral("ada@example.com"));
    EXPECT_EQ(name.data(CandidateListModel::UuidRole).toString().size(), 36);
    EXPECT_TRUE(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ada@example.com")));
    EXPECT_EQ(model.headerData(Column::StageColumn, Qt::Horizontal).toString(), QStringLiteral("Stage"));
}

TEST_F(CandidateListModelTest, ToolTipsShowCandidateTextLiterally)
{
    Person p;
    p.firstName = QStringLiteral("<img src=x>");
    p.lastName = QStringLiteral("&amp;");
    addCandidate(t.db(), p);
    CandidateListModel model(t.db());
    const QString tip = model.index(0, Column::NameColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;img src=x&gt; &amp;amp;"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<img")));
    EXPECT_EQ(cell(model, 0, Column::NameColumn), QStringLiteral("<img src=x> &amp;"));
}

TEST_F(CandidateListModelTest, ReadsBlocksBeyondTheFirstPageInEveryOrder)
{
    const QList<qint64> ids = addCrowd(t.db(), 4000); // 20 blocks: more than the cache keeps
    CandidateListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<qint64> byName = expectedOrder(t.db(), Column::NameColumn, Qt::AscendingOrder);
    ASSERT_EQ(byName.size(), 4000 - 4000 / 13 - 1); // every 13th (from the 6th) is archived
    ASSERT_EQ(model.rowCount(), byName.size());
    ASSERT_EQ(model.totalCount(), byName.size());

    // Straight to a row far beyond the first page, and back.
    EXPECT_EQ(model.idAt(3500), byName.at(3500));
    EXPECT_EQ(model.index(950, 0).data(CandidateListModel::IdRole).toLongLong(), byName.at(950));
    EXPECT_EQ(model.idAt(0), byName.at(0));
    EXPECT_EQ(model.rowOfId(byName.at(3501)), 3501);
    EXPECT_EQ(model.rowOfId(byName.at(2000)), -1) << "block 10 was never read";

    // Every column with an order of its own (Match, the search snippet, sorts as relevance or name).
    for (int column = 0; column < CandidateListModel::MatchColumn; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            EXPECT_EQ(model.sortColumn(), column);
            const QList<qint64> expected = expectedOrder(t.db(), column, order);
            EXPECT_EQ(readInOrder(model), expected) << "in order, column " << column << " order " << order;
            SCOPED_TRACE(testing::Message() << "column " << column << " order " << order);
            expectRandomReads(model, expected, unsigned(column * 2 + order), 300);
        }
    }
}

TEST_F(CandidateListModelTest, LocatesAnyCandidateAndSortKeepsTheSelection)
{
    addCrowd(t.db(), 1500);
    CandidateListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QList<qint64> byName = expectedOrder(t.db(), Column::NameColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.locate(byName.at(1234)), 1234); // nothing read yet: asks the database
    const QPersistentModelIndex selected = model.index(10, Column::CityColumn);
    const qint64 selectedId = model.idAt(10);

    model.sort(Column::AddedColumn, Qt::DescendingOrder);
    const QList<qint64> byAdded = expectedOrder(t.db(), Column::AddedColumn, Qt::DescendingOrder);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.row(), byAdded.indexOf(selectedId));
    EXPECT_EQ(selected.column(), int(Column::CityColumn));
    EXPECT_EQ(model.idAt(selected.row()), selectedId);
    EXPECT_EQ(model.locate(byAdded.at(777)), 777);
    EXPECT_EQ(model.locate(byAdded.at(0)), 0);
    EXPECT_EQ(model.locate(byAdded.last()), int(byAdded.size()) - 1);

    // Source has no index: the order is read as a list of ids, and the selection follows too.
    model.sort(Column::SourceColumn, Qt::DescendingOrder);
    const QList<qint64> bySource = expectedOrder(t.db(), Column::SourceColumn, Qt::DescendingOrder);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.row(), bySource.indexOf(selectedId));
    EXPECT_EQ(model.locate(bySource.at(1111)), 1111);
    runSql(t.db(), QStringLiteral("UPDATE candidates SET archived_at = ? WHERE id = ?"),
        {nowStorageTime(), bySource.at(0)});
    model.refresh();
    EXPECT_EQ(readInOrder(model), expectedOrder(t.db(), Column::SourceColumn, Qt::DescendingOrder));
    EXPECT_EQ(model.idAt(selected.row()), selectedId);
}

TEST_F(CandidateListModelTest, RefreshShowsChangesAndKeepsSortAndSelection)
{
    addCrowd(t.db(), 1000);
    CandidateListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &CandidateListModel::countChanged);
    model.sort(Column::CityColumn, Qt::DescendingOrder);
    const int before = model.rowCount();
    const QPersistentModelIndex selected = model.index(900, Column::NameColumn);
    const qint64 selectedId = model.idAt(900);
    ASSERT_GT(selectedId, 0);

    Person first; // sorts before everyone by city, descending
    first.city = QStringLiteral("zzz");
    const qint64 firstId = addCandidate(t.db(), first);
    model.refresh();
    EXPECT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.sortColumn(), int(Column::CityColumn));
    EXPECT_EQ(model.idAt(0), firstId);
    EXPECT_EQ(selected.row(), 901);
    EXPECT_EQ(model.idAt(selected.row()), selectedId);
    ASSERT_EQ(counts.count(), 1);
    EXPECT_EQ(counts.last().at(0).toLongLong(), before + 1);
    EXPECT_EQ(readInOrder(model), expectedOrder(t.db(), Column::CityColumn, Qt::DescendingOrder));

    runSql(t.db(), QStringLiteral("UPDATE candidates SET archived_at = ? WHERE id IN (?, ?)"),
        {nowStorageTime(), firstId, selectedId});
    model.refresh();
    EXPECT_EQ(model.rowCount(), before - 1);
    EXPECT_FALSE(selected.isValid());
    EXPECT_EQ(model.rowOfId(firstId), -1);
    EXPECT_EQ(counts.count(), 2);
    EXPECT_EQ(readInOrder(model), expectedOrder(t.db(), Column::CityColumn, Qt::DescendingOrder));
}

TEST_F(CandidateListModelTest, SearchNarrowsRanksSortsAndKeepsRowsOnAnInvalidQuery)
{
    addCrowd(t.db(), 300);
    Person rusty;
    rusty.firstName = QStringLiteral("Rusty");
    rusty.lastName = QStringLiteral("Nail");
    rusty.created = base.addDays(1);
    const qint64 rustyId = addCandidate(t.db(), rusty);
    Person skilled;
    skilled.firstName = QStringLiteral("Sam");
    skilled.lastName = QStringLiteral("Coder");
    skilled.skills = QStringLiteral("Rust, Go");
    skilled.created = base.addDays(2);
    const qint64 skilledId = addCandidate(t.db(), skilled);
    Person mentioned;
    mentioned.firstName = QStringLiteral("Alex");
    mentioned.lastName = QStringLiteral("Writer");
    mentioned.resume
        = QStringLiteral("Wrote documentation for many projects, one of them in rust, and much more text "
                         "about meetings, travel, planning and other things that are not programming.");
    mentioned.created = base.addDays(3);
    const qint64 mentionedId = addCandidate(t.db(), mentioned);
    Person archived = skilled;
    archived.firstName = QStringLiteral("Old");
    archived.archived = true;
    const qint64 archivedId = addCandidate(t.db(), archived);

    CandidateListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &CandidateListModel::countChanged);
    QSignalSpy errors(&model, &CandidateListModel::errorOccurred);
    const int everyone = model.rowCount();
    model.sort(Column::CityColumn, Qt::AscendingOrder);

    model.setSearchText(QStringLiteral("rust"));
    EXPECT_TRUE(model.isSearching());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.totalCount(), 3);
    EXPECT_EQ(model.matchCount(), 3);
    EXPECT_EQ(model.sortColumn(), -1);
    // Rank order: a name (weighted highest; "rust" is a prefix while typing) before a
    // skill before a word deep in a resume.
    EXPECT_EQ(readInOrder(model), (QList<qint64> {rustyId, skilledId, mentionedId}));
    EXPECT_EQ(model.rowOfId(archivedId), -1);
    ASSERT_EQ(counts.count(), 1);
    EXPECT_EQ(counts.last().at(0).toLongLong(), 3);

    model.sort(Column::NameColumn, Qt::AscendingOrder); // Coder, Nail, Writer
    EXPECT_EQ(readInOrder(model), (QList<qint64> {skilledId, rustyId, mentionedId}));
    model.sort(Column::AddedColumn, Qt::DescendingOrder);
    EXPECT_EQ(readInOrder(model), (QList<qint64> {mentionedId, skilledId, rustyId}));
    model.sort(-1, Qt::AscendingOrder);
    EXPECT_EQ(readInOrder(model), (QList<qint64> {rustyId, skilledId, mentionedId}));

    // A whole word narrows further: "rust " is no longer a prefix.
    model.setSearchText(QStringLiteral("skill:rust "));
    EXPECT_EQ(readInOrder(model), QList<qint64> {skilledId});

    model.setSearchText(QStringLiteral("foo:bar"));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().at(0).toString().contains(QStringLiteral("foo")))
        << errors.last().at(0).toString().toStdString();
    EXPECT_EQ(model.searchText(), QStringLiteral("skill:rust "));
    EXPECT_EQ(readInOrder(model), QList<qint64> {skilledId});

    Person another = skilled;
    another.firstName = QStringLiteral("Kim");
    const qint64 anotherId = addCandidate(t.db(), another);
    model.refresh();
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_NE(model.rowOfId(anotherId), -1);

    model.setSearchText(QStringLiteral("  "));
    EXPECT_FALSE(model.isSearching());
    EXPECT_EQ(model.rowCount(), everyone + 1);
    EXPECT_EQ(counts.last().at(0).toLongLong(), everyone + 1);
    EXPECT_EQ(model.sortColumn(), int(Column::CityColumn)); // browsing keeps its own sort
    EXPECT_EQ(readInOrder(model), expectedOrder(t.db(), Column::CityColumn, Qt::AscendingOrder));
    EXPECT_EQ(errors.count(), 1);
}

TEST_F(CandidateListModelTest, SearchShowsAtMostTheLimitAndCountsAllMatches)
{
    Person p;
    p.skills = QStringLiteral("Kotlin");
    auto tx = Transaction::begin(t.db());
    ASSERT_TRUE(tx);
    for (int i = 0; i < CandidateListModel::SearchLimit + 20; ++i) {
        p.firstName = QStringLiteral("K%1").arg(i);
        addCandidate(t.db(), p);
    }
    ASSERT_TRUE(tx->commit());
    CandidateListModel model(t.db());
    model.setSearchText(QStringLiteral("kotlin"));
    EXPECT_EQ(model.rowCount(), CandidateListModel::SearchLimit);
    EXPECT_EQ(model.matchCount(), CandidateListModel::SearchLimit + 20);
}

TEST_F(CandidateListModelTest, AFailedReadWhilePaintingIsReportedLater)
{
    addCrowd(t.db(), 1000);
    CandidateListModel model(t.db());
    QSignalSpy errors(&model, &CandidateListModel::errorOccurred);
    const qint64 first = model.idAt(0);
    ASSERT_GT(first, 0);

    ASSERT_TRUE(t->execScript(QStringLiteral("ALTER TABLE candidates RENAME TO candidates_gone")));
    EXPECT_FALSE(model.index(900, 0).data().isValid());
    EXPECT_EQ(errors.count(), 0); // not from inside data()
    ASSERT_TRUE(errors.wait(1000));
    EXPECT_FALSE(model.index(901, 0).data().isValid()); // the failed block is not read again per cell
    QCoreApplication::processEvents();
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(model.idAt(0), first); // what was read stays
}

TEST_F(CandidateListModelTest, MatchColumnShowsSnippetsWithHighlights)
{
    addCrowd(t.db(), 120);
    Person writer;
    writer.firstName = QStringLiteral("Alex");
    writer.lastName = QStringLiteral("Writer");
    writer.resume = QStringLiteral("Wrote <i>documentation</i> in kotlin for a bank.\nLater more kotlin.");
    writer.created = base.addDays(1);
    const qint64 writerId = addCandidate(t.db(), writer);
    Person tagged;
    tagged.firstName = QStringLiteral("Tia");
    tagged.lastName = QStringLiteral("Tagged");
    tagged.created = base.addDays(2);
    const qint64 taggedId = addCandidate(t.db(), tagged);
    const qint64 tag = runSql(t.db(), QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {QStringLiteral("remote")});
    ASSERT_TRUE(t.db().exec(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"),
                            {taggedId, tag}));

    CandidateListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.headerData(Column::MatchColumn, Qt::Horizontal).toString(), QStringLiteral("Match"));
    // Browsing: no snippets, and no query for them; sorting by Match is by name.
    EXPECT_TRUE(model.index(0, Column::MatchColumn).data().toString().isEmpty());
    model.sort(Column::MatchColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.sortColumn(), int(Column::NameColumn));

    model.setSearchText(QStringLiteral("kotlin "));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex match = model.index(0, Column::MatchColumn);
    const QString text = match.data().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("<i>documentation</i>"))) << text.toStdString(); // text, not markup
    EXPECT_FALSE(text.contains(QLatin1Char('\n')));
    const auto ranges = match.data(CandidateListModel::HighlightsRole).value<QList<HighlightRange>>();
    ASSERT_EQ(ranges.size(), 2) << text.toStdString();
    for (const HighlightRange &r : ranges)
        EXPECT_EQ(text.mid(r.start, r.length).toLower(), QStringLiteral("kotlin"));
    EXPECT_EQ(match.data(CandidateListModel::IdRole).toLongLong(), writerId);
    EXPECT_FALSE(model.index(0, Column::NameColumn).data(CandidateListModel::HighlightsRole).isValid());
    // Sorting by Match is rank order.
    model.sort(Column::MatchColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.sortColumn(), -1);

    // A search of filters alone lists its candidates, with nothing to highlight.
    model.setSearchText(QStringLiteral("tag:remote"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.idAt(0), taggedId);
    EXPECT_TRUE(model.index(0, Column::MatchColumn).data().toString().isEmpty());
}
