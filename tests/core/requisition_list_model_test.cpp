#include "support/test_database.h"

#include <core/common/ids.h>
#include <core/models/requisition_list_model.h>
#include <core/storage/database.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

using Testing::runSql;

QString daysAgo(int days)
{
    return toStorageTime(QDateTime::currentDateTimeUtc().addDays(-days));
}

qint64 addUser(Database &db, const QString &name)
{
    return runSql(db,
               QStringLiteral(
                   "INSERT INTO users (uuid, name, role_id, created_at, updated_at) VALUES (?, ?, 3, ?, ?)"),
               {newUuid(), name, nowStorageTime(), nowStorageTime()});
}

struct RequisitionSpec
{
    QString title;
    QString department;
    QString location;
    QString status;
    qint64 managerId = 0;
    int headcount = 1;
    QString openedAt; // empty: never opened
    QString filledAt;
    QString createdAt;
    bool archived = false;
};

qint64 addRequisition(Database &db, const RequisitionSpec &r)
{
    const QVariant none; // an invalid QVariant binds as NULL (a null QString binds as '')
    return runSql(db,
               QStringLiteral(
                   "INSERT INTO requisitions (uuid, title, department, location, status, hiring_manager_id, "
                   "headcount, opened_at, filled_at, created_at, updated_at, archived_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {newUuid(), r.title, r.department, r.location, r.status,
                r.managerId > 0 ? QVariant(r.managerId) : none, r.headcount,
                r.openedAt.isEmpty() ? none : QVariant(r.openedAt),
                r.filledAt.isEmpty() ? none : QVariant(r.filledAt),
                r.createdAt.isEmpty() ? nowStorageTime() : r.createdAt, nowStorageTime(),
                r.archived ? QVariant(nowStorageTime()) : none});
}

// Gives a requisition applications with the given statuses, each from a new candidate.
void addApplications(Database &db, qint64 requisitionId, const QStringList &statuses)
{
    const qint64 stageId
        = runSql(db,
              QStringLiteral("INSERT INTO stages (uuid, requisition_id, position, name, kind) "
                             "VALUES (?, ?, 0, 'Applied', 'applied')"),
              {newUuid(), requisitionId});
    for (const QString &status : statuses) {
        const qint64 candidateId = runSql(
            db,
            QStringLiteral("INSERT INTO candidates (uuid, first_name, last_name, created_at, updated_at) "
                           "VALUES (?, 'Ann', 'Applicant', ?, ?)"),
            {newUuid(), nowStorageTime(), nowStorageTime()});
        runSql(db,
            QStringLiteral(
                "INSERT INTO applications (uuid, candidate_id, requisition_id, stage_id, status, applied_at, "
                "stage_entered_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {newUuid(), candidateId, requisitionId, stageId, status, nowStorageTime(), nowStorageTime(),
             nowStorageTime(), nowStorageTime()});
    }
}

QList<qint64> idsInOrder(const RequisitionListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(RequisitionListModel::IdRole).toLongLong());
    return ids;
}

QString text(const RequisitionListModel &model, qint64 id, int column)
{
    return model.index(model.rowOfId(id), column).data().toString();
}

// Four requisitions whose values put them in a different order in every column, plus one
// archived requisition that must never show.
class RequisitionListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Database &db = t.db();
        const qint64 mia = addUser(db, QStringLiteral("Mia"));
        const qint64 aaron = addUser(db, QStringLiteral("Aaron"));
        const qint64 zoe = addUser(db, QStringLiteral("Zoe"));
        r1 = addRequisition(db,
                            {QStringLiteral("Backend Engineer"),
                             QStringLiteral("analytics"),
                             QStringLiteral("Berlin"),
                             QStringLiteral("open"),
                             mia,
                             3,
                             daysAgo(10),
                             {},
                             daysAgo(12)});
        r2 = addRequisition(db,
                            {QStringLiteral("data analyst"),
                             QStringLiteral("Support"),
                             QStringLiteral("Lisbon"),
                             QStringLiteral("draft"),
                             0,
                             1,
                             {},
                             {},
                             daysAgo(2)});
        r3 = addRequisition(db,
                            {QStringLiteral("Customer Success Lead"),
                             QStringLiteral("Customer care"),
                             QStringLiteral("Amsterdam"),
                             QStringLiteral("on_hold"),
                             aaron,
                             2,
                             daysAgo(50),
                             {},
                             daysAgo(60)});
        r4 = addRequisition(db,
                            {QStringLiteral("Account Executive"), QStringLiteral("Sales"),
                             QStringLiteral("Zurich"), QStringLiteral("filled"), zoe, 4, daysAgo(40),
                             daysAgo(35), daysAgo(41)});
        archived = addRequisition(db,
                                  {QStringLiteral("Archived role"),
                                   QStringLiteral("Sales"),
                                   QStringLiteral("Rome"),
                                   QStringLiteral("open"),
                                   mia,
                                   1,
                                   daysAgo(3),
                                   {},
                                   daysAgo(3),
                                   true});
        addApplications(db, r1,
                        {QStringLiteral("hired"), QStringLiteral("active"), QStringLiteral("active"),
                         QStringLiteral("rejected")});
        addApplications(db, r2, {QStringLiteral("active")});
        addApplications(db, r3,
                        {QStringLiteral("hired"), QStringLiteral("hired"), QStringLiteral("active"),
                         QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("active"),
                         QStringLiteral("active")});
        addApplications(db, r4, {QStringLiteral("hired"), QStringLiteral("withdrawn")});
        addApplications(db, archived, {QStringLiteral("active")});
    }

    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    Testing::TestDatabase t;
    qint64 r1 = 0, r2 = 0, r3 = 0, r4 = 0, archived = 0;
};

} // namespace

TEST_F(RequisitionListModelTest, ShowsNonArchivedRequisitionsWithComputedColumns)
{
    RequisitionListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), RequisitionListModel::ColumnCount);
    EXPECT_EQ(model.rowOfId(archived), -1);

    EXPECT_EQ(text(model, r1, RequisitionListModel::TitleColumn), QStringLiteral("Backend Engineer"));
    EXPECT_EQ(text(model, r1, RequisitionListModel::StatusColumn), QStringLiteral("Open"));
    EXPECT_EQ(text(model, r3, RequisitionListModel::StatusColumn), QStringLiteral("On hold"));
    EXPECT_EQ(model.index(model.rowOfId(r3), 0).data(RequisitionListModel::StatusKeyRole).toString(),
              QStringLiteral("on_hold"));
    EXPECT_EQ(text(model, r1, RequisitionListModel::HiringManagerColumn), QStringLiteral("Mia"));
    EXPECT_EQ(text(model, r2, RequisitionListModel::HiringManagerColumn), QString());

    // Openings: still to fill of headcount; hired applications count, rejected and withdrawn do not.
    EXPECT_EQ(text(model, r1, RequisitionListModel::OpeningsColumn), QStringLiteral("2 of 3"));
    EXPECT_EQ(text(model, r2, RequisitionListModel::OpeningsColumn), QStringLiteral("1 of 1"));
    EXPECT_EQ(text(model, r3, RequisitionListModel::OpeningsColumn), QStringLiteral("0 of 2"));
    EXPECT_EQ(text(model, r4, RequisitionListModel::OpeningsColumn), QStringLiteral("3 of 4"));
    // Applicants: active applications only.
    EXPECT_EQ(text(model, r1, RequisitionListModel::ApplicantsColumn), QStringLiteral("2"));
    EXPECT_EQ(text(model, r2, RequisitionListModel::ApplicantsColumn), QStringLiteral("1"));
    EXPECT_EQ(text(model, r3, RequisitionListModel::ApplicantsColumn), QStringLiteral("5"));
    EXPECT_EQ(text(model, r4, RequisitionListModel::ApplicantsColumn), QStringLiteral("0"));
    // Age: from opening (or creation for a draft) to now, or to the filling.
    EXPECT_EQ(text(model, r1, RequisitionListModel::AgeColumn), QStringLiteral("10"));
    EXPECT_EQ(text(model, r2, RequisitionListModel::AgeColumn), QStringLiteral("2"));
    EXPECT_EQ(text(model, r3, RequisitionListModel::AgeColumn), QStringLiteral("50"));
    EXPECT_EQ(text(model, r4, RequisitionListModel::AgeColumn), QStringLiteral("5"));

    EXPECT_EQ(model.headerData(RequisitionListModel::OpeningsColumn, Qt::Horizontal).toString(),
              QStringLiteral("Openings"));
    EXPECT_EQ(model.idAt(model.rowOfId(r4)), r4);
    EXPECT_EQ(model.idAt(-1), 0);
    EXPECT_EQ(model.idAt(4), 0);
}

TEST_F(RequisitionListModelTest, SortsOnEveryColumn)
{
    RequisitionListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QList<QList<qint64>> expected = {
        {r4, r1, r3, r2}, // title, case-insensitive
        {r1, r3, r4, r2}, // department
        {r3, r1, r2, r4}, // location
        {r2, r1, r3, r4}, // status in workflow order: draft, open, on hold, filled
        {r2, r3, r1, r4}, // hiring manager (none first)
        {r3, r2, r1, r4}, // openings still to fill
        {r4, r2, r1, r3}, // active applicants
        {r2, r4, r1, r3}, // age
    };
    ASSERT_EQ(expected.size(), RequisitionListModel::ColumnCount);
    for (int column = 0; column < RequisitionListModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        EXPECT_EQ(idsInOrder(model), expected.at(column)) << "ascending, column " << column;
        model.sort(column, Qt::DescendingOrder);
        QList<qint64> reversed = expected.at(column);
        std::reverse(reversed.begin(), reversed.end());
        EXPECT_EQ(idsInOrder(model), reversed) << "descending, column " << column;
    }
}

TEST_F(RequisitionListModelTest, FiltersByStatus)
{
    RequisitionListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setStatusFilter(RequisitionStatus::Open);
    EXPECT_EQ(idsInOrder(model), QList<qint64> {r1}); // the archived open requisition stays hidden
    model.setStatusFilter(RequisitionStatus::Closed);
    EXPECT_EQ(model.rowCount(), 0);
    model.setStatusFilter(std::nullopt);
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(RequisitionListModelTest, RefreshKeepsSortAndSelectionFollowsTheRecord)
{
    RequisitionListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(RequisitionListModel::TitleColumn, Qt::AscendingOrder);
    const QPersistentModelIndex selected = model.index(model.rowOfId(r3), RequisitionListModel::StatusColumn);
    ASSERT_EQ(selected.row(), 2);

    const qint64 added = addRequisition(
        t.db(),
        {QStringLiteral("Able Seaman"), {}, {}, QStringLiteral("open"), 0, 1, daysAgo(1), {}, daysAgo(1)});
    model.refresh();
    EXPECT_EQ(idsInOrder(model), (QList<qint64> {added, r4, r1, r3, r2}));
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.row(), 3);
    EXPECT_EQ(selected.column(), int(RequisitionListModel::StatusColumn));

    runSql(t.db(), QStringLiteral("UPDATE requisitions SET archived_at = ? WHERE id IN (?, ?)"),
        {nowStorageTime(), added, r4});
    model.refresh();
    EXPECT_EQ(idsInOrder(model), (QList<qint64> {r1, r3, r2}));
    EXPECT_EQ(selected.row(), 1);

    runSql(t.db(), QStringLiteral("UPDATE requisitions SET archived_at = ? WHERE id = ?"),
        {nowStorageTime(), r3});
    model.refresh();
    EXPECT_EQ(idsInOrder(model), (QList<qint64> {r1, r2}));
    EXPECT_FALSE(selected.isValid());
}

TEST_F(RequisitionListModelTest, FailedRefreshReportsAndKeepsRows)
{
    RequisitionListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &RequisitionListModel::errorOccurred);
    ASSERT_EQ(model.rowCount(), 4);

    ASSERT_TRUE(t->execScript(QStringLiteral("ALTER TABLE requisitions RENAME TO requisitions_gone")));
    model.refresh();
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(text(model, r1, RequisitionListModel::TitleColumn), QStringLiteral("Backend Engineer"));
}
