#include "screening_service.h"

#include "application_service.h"
#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("screening_question");
const QString questionColumns = QStringLiteral(
    "id, uuid, requisition_id, position, prompt, kind, choices, knockout, action, created_at, updated_at, version");

ScreeningQuestion readQuestion(const QSqlQuery &q)
{
    ScreeningQuestion s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.requisitionId = q.value(2).toLongLong();
    s.position = q.value(3).toInt();
    s.prompt = q.value(4).toString();
    s.kind = screeningKindFromKey(q.value(5).toString()).value_or(ScreeningKind::Text);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        s.choices.append(v.toString());
    s.setKnockoutJson(q.value(7).toString());
    s.action = q.value(8).toString() == QLatin1String("reject") ? KnockoutAction::Reject : KnockoutAction::Flag;
    s.createdAt = fromStorageTime(q.value(9).toString());
    s.updatedAt = fromStorageTime(q.value(10).toString());
    s.version = q.value(11).toInt();
    return s;
}

QString choicesJson(const QStringList &choices)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

// Choices trimmed, without blanks or repeats; knockout answers kept only when they are
// possible answers, so a renamed choice cannot leave a knockout nobody can give.
ScreeningQuestion cleaned(const ScreeningQuestion &in)
{
    ScreeningQuestion q = in;
    q.prompt = in.prompt.simplified();
    q.choices.clear();
    for (const QString &c : in.choices)
        if (const QString s = c.simplified(); !s.isEmpty() && !q.choices.contains(s, Qt::CaseInsensitive))
            q.choices.append(s);
    const QStringList allowed = q.kind == ScreeningKind::YesNo ? QStringList{QStringLiteral("yes"), QStringLiteral("no")}
                                : q.kind == ScreeningKind::Choice ? q.choices
                                                                  : QStringList{};
    if (q.kind != ScreeningKind::Choice)
        q.choices.clear();
    q.knockoutAnswers.clear();
    for (const QString &a : in.knockoutAnswers)
        if (allowed.contains(a.simplified(), Qt::CaseInsensitive) && !q.knockoutAnswers.contains(a.simplified(), Qt::CaseInsensitive))
            q.knockoutAnswers.append(a.simplified());
    if (q.kind != ScreeningKind::Number) {
        q.minimum.reset();
        q.maximum.reset();
    }
    return q;
}

QJsonObject answersJson(const QList<ScreeningAnswer> &answers)
{
    QJsonArray list;
    for (const ScreeningAnswer &a : answers)
        list.append(QJsonObject{{QStringLiteral("question_id"), double(a.questionId)},
                                {QStringLiteral("answer"), a.answer},
                                {QStringLiteral("knocked_out"), a.knockedOut},
                                {QStringLiteral("reason"), a.reason}});
    return {{QStringLiteral("screening_answers"), list}};
}

} // namespace

ScreeningService::ScreeningService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Status ScreeningService::validate(const ScreeningQuestion &raw)
{
    const ScreeningQuestion q = cleaned(raw);
    if (q.prompt.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A screening question needs its question text."),
                    QObject::tr("Type what the applicant is asked, for example \"Do you hold a work permit?\"."));
    if (q.kind == ScreeningKind::Choice && q.choices.size() < 2)
        return fail(ErrorCode::Invalid, QObject::tr("The choice question \"%1\" needs at least two choices.").arg(q.prompt),
                    QObject::tr("Type one choice per line."));
    if (q.kind == ScreeningKind::Choice && q.knockoutAnswers.size() == q.choices.size())
        return fail(ErrorCode::Invalid, QObject::tr("Every choice of \"%1\" knocks out.").arg(q.prompt),
                    QObject::tr("Leave at least one choice that passes."));
    if (q.kind == ScreeningKind::YesNo && q.knockoutAnswers.size() == 2)
        return fail(ErrorCode::Invalid, QObject::tr("Both Yes and No knock out on \"%1\".").arg(q.prompt),
                    QObject::tr("Choose the one answer that knocks out."));
    if (q.minimum && q.maximum && *q.minimum > *q.maximum)
        return fail(ErrorCode::Invalid, QObject::tr("The accepted range of \"%1\" starts above its end.").arg(q.prompt),
                    QObject::tr("Swap the minimum and the maximum."));
    return {};
}

Status ScreeningService::validateAnswer(const ScreeningQuestion &q, const QString &answer)
{
    if (answer.isEmpty())
        return {};
    bool ok = true;
    if (q.kind == ScreeningKind::YesNo)
        ok = answer == QLatin1String("yes") || answer == QLatin1String("no");
    else if (q.kind == ScreeningKind::Choice)
        ok = q.choices.contains(answer);
    else if (q.kind == ScreeningKind::Number)
        answer.toDouble(&ok);
    if (!ok)
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a possible answer to '%2'.").arg(answer, q.prompt),
                    q.kind == ScreeningKind::Number ? QObject::tr("Enter a number.") : QObject::tr("Choose one of the listed answers."));
    return {};
}

Result<QList<ScreeningQuestion>> ScreeningService::questions(qint64 requisitionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + questionColumns
                           + QStringLiteral(" FROM screening_questions WHERE requisition_id = ? ORDER BY position, id"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QList<ScreeningQuestion> result;
    while (q->next())
        result.append(readQuestion(*q));
    return result;
}

Result<ScreeningQuestion> ScreeningService::get(qint64 questionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + questionColumns + QStringLiteral(" FROM screening_questions WHERE id = ?"),
                       {questionId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Screening question %1 does not exist.").arg(questionId),
                    QObject::tr("Someone may have removed it; reopen the questions."));
    ScreeningQuestion s = readQuestion(*q);
    q->finish();
    return s;
}

Result<ScreeningQuestion> ScreeningService::add(const ScreeningQuestion &draft)
{
    if (auto ok = validate(draft); !ok)
        return std::unexpected(ok.error());
    const ScreeningQuestion q = cleaned(draft);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto next = m_db.scalar(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM screening_questions WHERE requisition_id = ?"),
                            {q.requisitionId});
    if (!next)
        return std::unexpected(next.error());
    const QString now = nowStorageTime();
    auto id = m_db.insert(QStringLiteral("INSERT INTO screening_questions (uuid, requisition_id, position, prompt, kind, choices, "
                                         "knockout, action, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                          {newUuid(), q.requisitionId, next->toInt(), q.prompt, toKey(q.kind), choicesJson(q.choices),
                           q.knockoutJson(), toKey(q.action), now, now});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(*id));
}

Result<ScreeningQuestion> ScreeningService::update(const ScreeningQuestion &edited)
{
    if (auto ok = validate(edited); !ok)
        return std::unexpected(ok.error());
    const ScreeningQuestion q = cleaned(edited);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(q.id);
    if (!before)
        return before;
    auto written = m_db.exec(QStringLiteral("UPDATE screening_questions SET prompt = ?, kind = ?, choices = ?, knockout = ?, "
                                            "action = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                             {q.prompt, toKey(q.kind), choicesJson(q.choices), q.knockoutJson(), toKey(q.action),
                              nowStorageTime(), q.id, q.version});
    if (!written)
        return std::unexpected(written.error());
    if (written->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the question \"%1\" first.").arg(before->prompt),
                    QObject::tr("Nothing was overwritten. Reopen the questions to see their change, then edit again."));
    return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before->toJson(), get(q.id));
}

Status ScreeningService::remove(qint64 questionId, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(questionId);
    if (!before)
        return std::unexpected(before.error());
    auto gone = m_db.exec(QStringLiteral("DELETE FROM screening_questions WHERE id = ? AND version = ?"), {questionId, version});
    if (!gone)
        return std::unexpected(gone.error());
    if (gone->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the question \"%1\" first.").arg(before->prompt),
                    QObject::tr("Reopen the questions and remove it again if needed."));
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), entityType, before->uuid, before->toJson(), {});
}

Result<QList<ScreeningQuestion>> ScreeningService::move(qint64 questionId, int version, int delta)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(questionId);
    if (!before)
        return std::unexpected(before.error());
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the question \"%1\" first.").arg(before->prompt),
                    QObject::tr("Reopen the questions and move it again if needed."));
    auto all = questions(before->requisitionId);
    if (!all)
        return all;
    qsizetype at = 0;
    while (at < all->size() && all->at(at).id != questionId)
        ++at;
    const qsizetype to = at + (delta < 0 ? -1 : 1);
    if (to < 0 || to >= all->size())
        return all;
    all->swapItemsAt(at, to);
    // Positions are rewritten 0..n-1, which also mends gaps left by removals.
    for (qsizetype i = 0; i < all->size(); ++i) {
        auto q = m_db.exec(QStringLiteral("UPDATE screening_questions SET position = ?, version = version + 1 WHERE id = ?"),
                           {int(i), all->at(i).id});
        if (!q)
            return std::unexpected(q.error());
    }
    auto after = get(questionId);
    if (!after)
        return std::unexpected(after.error());
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("reorder"), entityType, before->uuid, before->toJson(),
                                 after->toJson());
        !ok)
        return std::unexpected(ok.error());
    return questions(before->requisitionId);
}

// Decides every answer against the requisition's questions; refuses an answer to another
// requisition's question or one of the wrong form.
Result<ScreeningOutcome> ScreeningService::decide(qint64 requisitionId, const QHash<qint64, QString> &answers)
{
    auto asked = questions(requisitionId);
    if (!asked)
        return std::unexpected(asked.error());
    QHash<qint64, QString> left = answers;
    ScreeningOutcome outcome;
    for (const ScreeningQuestion &q : std::as_const(*asked)) {
        const QString answer = left.take(q.id).trimmed();
        if (answer.isEmpty())
            continue;
        if (auto ok = validateAnswer(q, answer); !ok)
            return std::unexpected(ok.error());
        ScreeningAnswer a;
        a.questionId = q.id;
        a.prompt = q.prompt;
        a.answer = answer;
        a.shownAnswer = q.displayAnswer(answer);
        a.reason = q.knockoutReason(answer);
        a.knockedOut = !a.reason.isEmpty();
        if (a.knockedOut)
            (q.action == KnockoutAction::Reject ? outcome.rejected : outcome.flagged).append(a.reason);
        outcome.answers.append(a);
    }
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            return fail(ErrorCode::Invalid, QObject::tr("Question %1 is not asked by this requisition.").arg(it.key()),
                        QObject::tr("Reopen the answers; the questions may have changed."));
    return outcome;
}

Result<ScreeningOutcome> ScreeningService::preview(qint64 applicationId, const QHash<qint64, QString> &answers)
{
    auto app = ApplicationService(m_db, m_actor).get(applicationId);
    if (!app)
        return std::unexpected(app.error());
    auto outcome = decide(app->requisitionId, answers);
    if (outcome)
        outcome->applicationRejected = !outcome->rejected.isEmpty() && app->status == ApplicationStatus::Active;
    return outcome;
}

Status ScreeningService::writeAnswers(qint64 applicationId, const ScreeningOutcome &outcome, const QString &now)
{
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM screening_answers WHERE application_id = ?"), {applicationId});
    if (!cleared)
        return std::unexpected(cleared.error());
    for (const ScreeningAnswer &a : outcome.answers) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO screening_answers (application_id, question_id, answer, knocked_out, reason, "
                                          "answered_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {applicationId, a.questionId, a.answer, a.knockedOut ? 1 : 0, a.reason, now, nullableId(m_actor.userId)});
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

Result<ScreeningOutcome> ScreeningService::recordAnswers(qint64 applicationId, const QHash<qint64, QString> &answers)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    ApplicationService applications(m_db, m_actor);
    auto app = applications.get(applicationId);
    if (!app)
        return std::unexpected(app.error());
    auto outcome = decide(app->requisitionId, answers);
    if (!outcome)
        return outcome;
    auto earlier = answersFor(applicationId);
    if (!earlier)
        return std::unexpected(earlier.error());

    // The answers and their audit entry first (a savepoint), then the rejection they cause,
    // so the audit log reads in the order things happened; all of it commits together.
    auto answersTx = Transaction::begin(m_db);
    if (!answersTx)
        return std::unexpected(answersTx.error());
    const QString now = nowStorageTime();
    if (auto ok = writeAnswers(applicationId, *outcome, now); !ok)
        return std::unexpected(ok.error());
    QStringList lines;
    for (const ScreeningAnswer &a : std::as_const(outcome->answers))
        lines << QObject::tr("%1 — %2").arg(a.prompt, a.shownAnswer);
    lines << outcome->rejected << outcome->flagged;
    const qsizetype knockouts = outcome->rejected.size() + outcome->flagged.size();
    const QString subject = knockouts == 0 ? QObject::tr("Screening answers recorded")
                                           : knockouts == 1 ? QObject::tr("Screening answers recorded: 1 knockout")
                                                           : QObject::tr("Screening answers recorded: %1 knockouts").arg(knockouts);
    auto activity = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                                             "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {newUuid(), app->candidateId, app->id, toKey(ActivityKind::System), subject,
                               lines.join(QLatin1Char('\n')), now, nullableId(m_actor.userId), now});
    if (!activity)
        return std::unexpected(activity.error());
    if (auto ok = auditAndCommit(m_db, *answersTx, m_actor, QStringLiteral("screening"), QStringLiteral("application"), app->uuid,
                                 answersJson(*earlier), answersJson(outcome->answers));
        !ok)
        return std::unexpected(ok.error());

    if (!outcome->rejected.isEmpty() && app->status == ApplicationStatus::Active) {
        auto rejected = applications.disposition(app->id, app->version, ApplicationStatus::Rejected,
                                                 outcome->rejected.join(QStringLiteral("; ")));
        if (!rejected)
            return std::unexpected(rejected.error());
        outcome->applicationRejected = true;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return outcome;
}

Result<QList<ScreeningAnswer>> ScreeningService::answersFor(qint64 applicationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT sa.question_id, sq.prompt, sq.kind, sa.answer, sa.knocked_out, sa.reason, "
                                      "sa.answered_at, sa.recorded_by FROM screening_answers sa "
                                      "JOIN screening_questions sq ON sq.id = sa.question_id "
                                      "WHERE sa.application_id = ? ORDER BY sq.position, sq.id"),
                       {applicationId});
    if (!q)
        return std::unexpected(q.error());
    QList<ScreeningAnswer> result;
    while (q->next()) {
        ScreeningAnswer a;
        a.applicationId = applicationId;
        a.questionId = q->value(0).toLongLong();
        a.prompt = q->value(1).toString();
        ScreeningQuestion shape;
        shape.kind = screeningKindFromKey(q->value(2).toString()).value_or(ScreeningKind::Text);
        a.answer = q->value(3).toString();
        a.shownAnswer = shape.displayAnswer(a.answer);
        a.knockedOut = q->value(4).toInt() != 0;
        a.reason = q->value(5).toString();
        a.answeredAt = fromStorageTime(q->value(6).toString());
        a.recordedBy = q->value(7).toLongLong();
        result.append(a);
    }
    return result;
}

Result<QStringList> ScreeningService::flagsFor(qint64 applicationId)
{
    auto all = answersFor(applicationId);
    if (!all)
        return std::unexpected(all.error());
    QStringList reasons;
    for (const ScreeningAnswer &a : std::as_const(*all))
        if (a.knockedOut)
            reasons << a.reason;
    return reasons;
}

Result<QHash<qint64, QStringList>> ScreeningService::flagsForRequisition(qint64 requisitionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT sa.application_id, sa.reason FROM screening_answers sa "
                                      "JOIN applications a ON a.id = sa.application_id "
                                      "JOIN screening_questions sq ON sq.id = sa.question_id "
                                      "WHERE a.requisition_id = ? AND sa.knocked_out = 1 ORDER BY sa.application_id, sq.position"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, QStringList> result;
    while (q->next())
        result[q->value(0).toLongLong()].append(q->value(1).toString());
    return result;
}

} // namespace Tandem
