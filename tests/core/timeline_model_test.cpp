#include "support/test_database.h"

#include <core/common/ids.h>
#include <core/models/timeline_model.h>
#include <core/storage/database.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

using Testing::runSql;

qint64 addCandidate(Database &db, const QString &firstName)
{
    return runSql(db,
               QStringLiteral("INSERT INTO candidates (uuid, first_name, last_name, created_at, updated_at) "
                              "VALUES (?, ?, 'Tester', ?, ?)"),
               {newUuid(), firstName, nowStorageTime(), nowStorageTime()});
}

const QDateTime base(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());

qint64 addActivity(Database &db, qint64 candidateId, const QString &kind, const QString &subject,
                   const QString &body, const QDateTime &at, qint64 actorId = 0)
{
    return runSql(db,
               QStringLiteral(
                   "INSERT INTO activities (uuid, candidate_id, kind, subject, body, occurred_at, actor_id, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {newUuid(), candidateId, kind, subject, body, toStorageTime(at),
                actorId > 0 ? QVariant(actorId) : QVariant(), nowStorageTime()});
}

QStringList subjects(const TimelineModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(TimelineModel::SubjectRole).toString());
    return result;
}

} // namespace

TEST(TimelineModel, ShowsOneCandidatesEntriesNewestFirst)
{
    Testing::TestDatabase t;
    const qint64 ada = addCandidate(t.db(), QStringLiteral("Ada"));
    const qint64 bob = addCandidate(t.db(), QStringLiteral("Bob"));
    const qint64 mia = runSql(t.db(),
                           QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at) "
                                          "VALUES (?, 'Mia Recruiter', 2, ?, ?)"),
                           {newUuid(), nowStorageTime(), nowStorageTime()});
    // Inserted out of order: the model orders by when it happened, not by insertion.
    addActivity(t.db(), ada, QStringLiteral("call"), QStringLiteral("Phone screen"),
                QStringLiteral("Went well"), base.addDays(2), mia);
    addActivity(t.db(), ada, QStringLiteral("note"), QStringLiteral("First contact"),
                QStringLiteral("First contact\nMet at the meetup\nWants remote"), base);
    addActivity(t.db(), ada, QStringLiteral("email_sent"), QStringLiteral("Interview invitation"), {},
                base.addDays(5));
    addActivity(t.db(), bob, QStringLiteral("note"), QStringLiteral("Bob's note"), QStringLiteral("x"),
                base.addDays(9));

    TimelineModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setCandidate(ada);
    EXPECT_EQ(model.candidateId(), ada);
    ASSERT_EQ(subjects(model),
              (QStringList {QStringLiteral("Interview invitation"), QStringLiteral("Phone screen"),
                            QStringLiteral("First contact")}));

    const QModelIndex call = model.index(1);
    EXPECT_EQ(call.data(TimelineModel::KindRole).toString(), QStringLiteral("call"));
    EXPECT_EQ(call.data(TimelineModel::KindLabelRole).toString(), QStringLiteral("Call"));
    EXPECT_EQ(call.data(TimelineModel::BodyRole).toString(), QStringLiteral("Went well"));
    EXPECT_EQ(call.data(TimelineModel::ActorRole).toString(), QStringLiteral("Mia Recruiter"));
    const QDateTime occurred = call.data(TimelineModel::OccurredAtRole).toDateTime();
    EXPECT_EQ(occurred, base.addDays(2));
    EXPECT_EQ(occurred.timeSpec(), Qt::UTC);
    EXPECT_EQ(call.data().toString(), QStringLiteral("Phone screen — Went well"));
    EXPECT_EQ(model.index(2).data(TimelineModel::ActorRole).toString(), QString());

    // A note's subject is its first line: the display shows the next line instead of repeating it.
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("First contact — Met at the meetup"));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Interview invitation"));

    model.setCandidate(0);
    EXPECT_EQ(model.rowCount(), 0);
    model.setCandidate(bob);
    EXPECT_EQ(subjects(model), QStringList {QStringLiteral("Bob's note")});
}

TEST(TimelineModel, ToolTipShowsTheWholeBodyAsTextNeverMarkup)
{
    Testing::TestDatabase t;
    const qint64 ada = addCandidate(t.db(), QStringLiteral("Ada"));
    addActivity(t.db(), ada, QStringLiteral("email_replied"), QStringLiteral("<b>Re: offer</b>"),
                QStringLiteral("<img src=\"x\"> line one\nline two & more"), base);
    TimelineModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCandidate(ada);
    ASSERT_EQ(model.rowCount(), 1);

    const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;img src=&quot;x&quot;&gt; line one\nline two &amp; more")))
        << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<img")));
    EXPECT_TRUE(tip.contains(QLocale().toString(base.toLocalTime().date(), QLocale::LongFormat)))
        << tip.toStdString();
    // The display text is plain (views draw it as text): it keeps the characters as typed.
    EXPECT_EQ(model.index(0).data().toString(),
              QStringLiteral("<b>Re: offer</b> — <img src=\"x\"> line one"));
}

TEST(TimelineModel, RefreshShowsNewEntriesAtTheTopAndKeepsTheNewest500)
{
    Testing::TestDatabase t;
    const qint64 ada = addCandidate(t.db(), QStringLiteral("Ada"));
    for (int i = 0; i < TimelineModel::MaxEntries + 10; ++i)
        addActivity(t.db(), ada, QStringLiteral("system"), QStringLiteral("entry %1").arg(i), {},
                    base.addSecs(60 * i));

    TimelineModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCandidate(ada);
    ASSERT_EQ(model.rowCount(), TimelineModel::MaxEntries);
    EXPECT_EQ(model.index(0).data(TimelineModel::SubjectRole).toString(), QStringLiteral("entry 509"));
    EXPECT_EQ(model.index(TimelineModel::MaxEntries - 1).data(TimelineModel::SubjectRole).toString(),
              QStringLiteral("entry 10"));

    addActivity(t.db(), ada, QStringLiteral("note"), QStringLiteral("latest"), QStringLiteral("just now"),
                base.addDays(30));
    model.refresh();
    EXPECT_EQ(model.rowCount(), TimelineModel::MaxEntries);
    EXPECT_EQ(model.index(0).data(TimelineModel::SubjectRole).toString(), QStringLiteral("latest"));
    EXPECT_EQ(model.index(TimelineModel::MaxEntries - 1).data(TimelineModel::SubjectRole).toString(),
              QStringLiteral("entry 11"));
}

TEST(TimelineModel, FailedRefreshReportsAndKeepsEntries)
{
    Testing::TestDatabase t;
    const qint64 ada = addCandidate(t.db(), QStringLiteral("Ada"));
    addActivity(t.db(), ada, QStringLiteral("note"), QStringLiteral("kept"), QStringLiteral("body"), base);
    TimelineModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &TimelineModel::errorOccurred);
    model.setCandidate(ada);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(errors.count(), 0);

    ASSERT_TRUE(t->execScript(QStringLiteral("ALTER TABLE activities RENAME TO activities_gone")));
    model.refresh();
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(subjects(model), QStringList {QStringLiteral("kept")});

    // Another candidate whose entries cannot be read shows none, never the previous one's.
    model.setCandidate(ada + 1);
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(model.rowCount(), 0);
}
