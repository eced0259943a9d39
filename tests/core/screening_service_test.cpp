#include <core/audit/audit_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/pipeline_board.h>
#include <core/records/requisition_service.h>
#include <core/records/screening_service.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Screening
{
    Testing::TestDatabase t;
    Actor actor = Actor::system();
    Requisition req;
    ScreeningService service{t.db(), actor};

    Screening()
    {
        Requisition r;
        r.title = QStringLiteral("Driver");
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        EXPECT_TRUE(created);
        req = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
    }

    ScreeningQuestion add(const QString &prompt, ScreeningKind kind, KnockoutAction action = KnockoutAction::Flag,
                          QStringList knockout = {}, QStringList choices = {}, std::optional<double> min = {},
                          std::optional<double> max = {})
    {
        ScreeningQuestion q;
        q.requisitionId = req.id;
        q.prompt = prompt;
        q.kind = kind;
        q.action = action;
        q.knockoutAnswers = std::move(knockout);
        q.choices = std::move(choices);
        q.minimum = min;
        q.maximum = max;
        auto stored = service.add(q);
        EXPECT_TRUE(stored) << (stored ? "" : stored.error().text().toStdString());
        return stored ? *stored : ScreeningQuestion{};
    }

    Application apply(const QString &name)
    {
        Candidate c;
        c.firstName = name;
        c.lastName = QStringLiteral("Applicant");
        auto stored = CandidateService(t.db(), actor).create(c);
        EXPECT_TRUE(stored);
        auto app = ApplicationService(t.db(), actor).apply(stored->id, req.id, QStringLiteral("Website"));
        EXPECT_TRUE(app);
        return *app;
    }

    qint64 auditCount(const QString &action)
    {
        return t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = ?"), {action})->toLongLong();
    }
};

} // namespace

TEST(ScreeningService, AddsEditsRemovesAndReorders)
{
    Screening s;
    const ScreeningQuestion permit = s.add(QStringLiteral("Do you hold a work permit?"), ScreeningKind::YesNo,
                                           KnockoutAction::Reject, {QStringLiteral("no")});
    const ScreeningQuestion license = s.add(QStringLiteral("Licence class?"), ScreeningKind::Choice, KnockoutAction::Flag,
                                            {QStringLiteral("B")}, {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("CE"), QStringLiteral("")});
    const ScreeningQuestion years = s.add(QStringLiteral("Years driving?"), ScreeningKind::Number, KnockoutAction::Flag, {}, {}, 2);
    auto all = s.service.questions(s.req.id);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(1).choices, (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("CE")}));
    EXPECT_EQ(all->at(1).knockoutAnswers, QStringList{QStringLiteral("B")});
    EXPECT_EQ(all->at(2).minimum, std::optional<double>(2));
    EXPECT_FALSE(all->at(2).maximum.has_value());
    EXPECT_EQ(all->at(0).action, KnockoutAction::Reject);

    ScreeningQuestion edited = years;
    edited.prompt = QStringLiteral("Years of professional driving?");
    edited.maximum = 40;
    auto saved = s.service.update(edited);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->version, years.version + 1);
    EXPECT_EQ(saved->maximum, std::optional<double>(40));
    // A stale edit is a conflict and overwrites nothing.
    edited.prompt = QStringLiteral("Stale");
    EXPECT_EQ(s.service.update(edited).error().code, ErrorCode::Conflict);
    EXPECT_EQ(s.service.get(years.id)->prompt, QStringLiteral("Years of professional driving?"));

    auto moved = s.service.move(saved->id, saved->version, -1);
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->at(1).id, years.id);
    EXPECT_EQ(moved->at(2).id, license.id);
    EXPECT_EQ(s.service.move(license.id, license.version, +1).error().code, ErrorCode::Conflict); // version moved on
    auto top = s.service.move(permit.id, moved->at(0).version, -1); // already first: unchanged
    ASSERT_TRUE(top);
    EXPECT_EQ(top->at(0).id, permit.id);

    EXPECT_EQ(s.service.remove(permit.id, permit.version).error().code, ErrorCode::Conflict);
    ASSERT_TRUE(s.service.remove(permit.id, s.service.get(permit.id)->version));
    EXPECT_EQ(s.service.questions(s.req.id)->size(), 2);
    EXPECT_EQ(s.auditCount(QStringLiteral("reorder")), 1);
    EXPECT_GE(s.t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_type = 'screening_question'"))->toInt(), 6);
    EXPECT_TRUE(AuditLog(s.t.db()).verify()->ok);
}

TEST(ScreeningService, RefusesQuestionsThatCannotWork)
{
    Screening s;
    ScreeningQuestion q;
    q.requisitionId = s.req.id;
    q.prompt = QStringLiteral("   ");
    EXPECT_EQ(s.service.add(q).error().code, ErrorCode::Invalid);
    q.prompt = QStringLiteral("Shift?");
    q.kind = ScreeningKind::Choice;
    q.choices = {QStringLiteral("Day")};
    EXPECT_EQ(s.service.add(q).error().code, ErrorCode::Invalid); // one choice
    q.choices << QStringLiteral("Night");
    q.knockoutAnswers = q.choices;
    EXPECT_EQ(s.service.add(q).error().code, ErrorCode::Invalid); // every choice knocks out
    q.kind = ScreeningKind::Number;
    q.minimum = 5;
    q.maximum = 1;
    EXPECT_EQ(s.service.add(q).error().code, ErrorCode::Invalid);
}

TEST(ScreeningService, EachKindKnocksOutByItsRule)
{
    ScreeningQuestion yes;
    yes.prompt = QStringLiteral("Do you hold a work permit?");
    yes.knockoutAnswers = {QStringLiteral("no")};
    EXPECT_EQ(yes.knockoutReason(QStringLiteral("no")), QStringLiteral("Knockout: 'Do you hold a work permit?' answered No"));
    EXPECT_TRUE(yes.knockoutReason(QStringLiteral("yes")).isEmpty());

    ScreeningQuestion choice;
    choice.kind = ScreeningKind::Choice;
    choice.prompt = QStringLiteral("Shift?");
    choice.choices = {QStringLiteral("Day"), QStringLiteral("Night")};
    choice.knockoutAnswers = {QStringLiteral("Night")};
    EXPECT_FALSE(choice.knockoutReason(QStringLiteral("Night")).isEmpty());
    EXPECT_TRUE(choice.knockoutReason(QStringLiteral("Day")).isEmpty());

    ScreeningQuestion number;
    number.kind = ScreeningKind::Number;
    number.prompt = QStringLiteral("Years?");
    number.minimum = 2;
    number.maximum = 10;
    EXPECT_TRUE(number.knockoutReason(QStringLiteral("1")).contains(QStringLiteral("below the minimum")));
    EXPECT_TRUE(number.knockoutReason(QStringLiteral("11")).contains(QStringLiteral("above the maximum")));
    EXPECT_TRUE(number.knockoutReason(QStringLiteral("2")).isEmpty());
    EXPECT_TRUE(number.knockoutReason(QStringLiteral("10")).isEmpty());

    ScreeningQuestion text;
    text.kind = ScreeningKind::Text;
    text.prompt = QStringLiteral("Anything else?");
    text.knockoutAnswers = {QStringLiteral("no")}; // ignored: text never knocks out
    EXPECT_FALSE(text.hasKnockout());
    EXPECT_TRUE(text.knockoutReason(QStringLiteral("no")).isEmpty());
}

TEST(ScreeningService, RejectKnockoutRejectsThroughDispositionWithTheReason)
{
    Screening s;
    const ScreeningQuestion permit = s.add(QStringLiteral("Do you hold a work permit?"), ScreeningKind::YesNo,
                                           KnockoutAction::Reject, {QStringLiteral("no")});
    const ScreeningQuestion note = s.add(QStringLiteral("Anything else?"), ScreeningKind::Text);
    const Application app = s.apply(QStringLiteral("Ann"));

    auto preview = s.service.preview(app.id, {{permit.id, QStringLiteral("no")}});
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->applicationRejected);
    EXPECT_TRUE(s.service.answersFor(app.id)->isEmpty()); // a preview stores nothing

    auto outcome = s.service.recordAnswers(app.id, {{permit.id, QStringLiteral("no")}, {note.id, QStringLiteral("Weekends only")}});
    ASSERT_TRUE(outcome) << outcome.error().text().toStdString();
    EXPECT_TRUE(outcome->applicationRejected);
    const QString reason = QStringLiteral("Knockout: 'Do you hold a work permit?' answered No");
    EXPECT_EQ(outcome->rejected, QStringList{reason});

    auto after = ApplicationService(s.t.db(), s.actor).get(app.id);
    EXPECT_EQ(after->status, ApplicationStatus::Rejected);
    EXPECT_EQ(after->dispositionReason, reason);
    auto answers = s.service.answersFor(app.id);
    ASSERT_EQ(answers->size(), 2);
    EXPECT_TRUE(answers->at(0).knockedOut);
    EXPECT_EQ(answers->at(0).reason, reason);
    EXPECT_FALSE(answers->at(1).knockedOut);
    EXPECT_EQ(s.service.flagsFor(app.id).value(), QStringList{reason});
    // Timeline: the answers, then the disposition with the same reason.
    EXPECT_EQ(s.t.db().scalar(QStringLiteral("SELECT count(*) FROM activities WHERE application_id = ? AND kind = 'system' "
                                             "AND body LIKE '%Weekends only%'"),
                              {app.id})->toInt(), 1);
    EXPECT_EQ(s.t.db().scalar(QStringLiteral("SELECT count(*) FROM activities WHERE application_id = ? AND kind = 'disposition' "
                                             "AND body = ?"),
                              {app.id, reason})->toInt(), 1);
    EXPECT_EQ(s.auditCount(QStringLiteral("screening")), 1);
    EXPECT_EQ(s.auditCount(QStringLiteral("disposition")), 1);
    EXPECT_TRUE(AuditLog(s.t.db()).verify()->ok);
}

TEST(ScreeningService, FlagKnockoutShowsOnTheBoardCardAndRecordingReplaces)
{
    Screening s;
    const ScreeningQuestion years = s.add(QStringLiteral("Years driving?"), ScreeningKind::Number, KnockoutAction::Flag, {}, {}, 2);
    const Application app = s.apply(QStringLiteral("Bob"));
    auto outcome = s.service.recordAnswers(app.id, {{years.id, QStringLiteral("1")}});
    ASSERT_TRUE(outcome);
    EXPECT_FALSE(outcome->applicationRejected);
    ASSERT_EQ(outcome->flagged.size(), 1);
    EXPECT_EQ(ApplicationService(s.t.db(), s.actor).get(app.id)->status, ApplicationStatus::Active);

    auto board = PipelineBoardLoader(s.t.db()).load(s.req.id);
    ASSERT_TRUE(board);
    EXPECT_EQ(board->at(0).cards.at(0).knockouts, outcome->flagged);

    // Answering again replaces the earlier answer; the knockout goes with it.
    ASSERT_TRUE(s.service.recordAnswers(app.id, {{years.id, QStringLiteral("6")}}));
    auto answers = s.service.answersFor(app.id);
    ASSERT_EQ(answers->size(), 1);
    EXPECT_EQ(answers->at(0).answer, QStringLiteral("6"));
    EXPECT_FALSE(answers->at(0).knockedOut);
    EXPECT_TRUE(PipelineBoardLoader(s.t.db()).load(s.req.id)->at(0).cards.at(0).knockouts.isEmpty());
    EXPECT_EQ(s.auditCount(QStringLiteral("screening")), 2);
}

TEST(ScreeningService, RefusesAnswersOfTheWrongFormOrQuestion)
{
    Screening s;
    const ScreeningQuestion permit = s.add(QStringLiteral("Permit?"), ScreeningKind::YesNo);
    const ScreeningQuestion years = s.add(QStringLiteral("Years?"), ScreeningKind::Number);
    const Application app = s.apply(QStringLiteral("Cy"));
    EXPECT_EQ(s.service.recordAnswers(app.id, {{permit.id, QStringLiteral("maybe")}}).error().code, ErrorCode::Invalid);
    EXPECT_EQ(s.service.recordAnswers(app.id, {{years.id, QStringLiteral("many")}}).error().code, ErrorCode::Invalid);
    EXPECT_EQ(s.service.recordAnswers(app.id, {{987654, QStringLiteral("yes")}}).error().code, ErrorCode::Invalid);
    EXPECT_TRUE(s.service.answersFor(app.id)->isEmpty());
    EXPECT_EQ(s.auditCount(QStringLiteral("screening")), 0);
}
