#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>
#include <core/records/screening_question.h>

#include <QHash>
#include <QList>

namespace Tandem {

class Database;

// A requisition's screening questions and its applicants' answers.
//
// Questions: list, add, update, remove and move (up/down), each version-checked (stale edits
// return ErrorCode::Conflict) and audited in its transaction. Answers: recordAnswers()
// replaces an application's earlier answers, decides each knockout now (kept with its
// reason, so a later edit of a question does not rewrite history), writes one timeline
// entry listing the answers and every knockout, and when a knockout's action is reject,
// rejects the application through ApplicationService::disposition with the knockout reason
// in the same transaction. Flag knockouts show on the board card (flagsFor()). Never silent:
// every knockout is stored with its reason.
// Thread: the connection's. Errors: Result.
class ScreeningService
{
public:
    ScreeningService(Database &db, Actor actor);

    Result<QList<ScreeningQuestion>> questions(qint64 requisitionId);
    Result<ScreeningQuestion> get(qint64 questionId);
    Result<ScreeningQuestion> add(const ScreeningQuestion &draft);
    Result<ScreeningQuestion> update(const ScreeningQuestion &edited);
    Status remove(qint64 questionId, int version);
    // Swaps the question with its neighbour (-1 up, +1 down); at an end nothing changes.
    Result<QList<ScreeningQuestion>> move(qint64 questionId, int version, int delta);

    // answers: question id -> stored form ("yes"/"no", a choice, a number, text); an empty
    // answer is left unanswered.
    Result<ScreeningOutcome> recordAnswers(qint64 applicationId, const QHash<qint64, QString> &answers);
    // What recordAnswers() would decide, without storing anything (the answers dialog shows it).
    Result<ScreeningOutcome> preview(qint64 applicationId, const QHash<qint64, QString> &answers);
    Result<QList<ScreeningAnswer>> answersFor(qint64 applicationId);
    // The knockout reasons recorded for an application (empty: no knockout).
    Result<QStringList> flagsFor(qint64 applicationId);
    // Every knockout reason of a requisition's applications, keyed by application id: one query.
    Result<QHash<qint64, QStringList>> flagsForRequisition(qint64 requisitionId);

    static Status validate(const ScreeningQuestion &question);
    // Checks an answer's form; empty is allowed (unanswered).
    static Status validateAnswer(const ScreeningQuestion &question, const QString &answer);

private:
    Result<ScreeningOutcome> decide(qint64 requisitionId, const QHash<qint64, QString> &answers);
    Status writeAnswers(qint64 applicationId, const ScreeningOutcome &outcome, const QString &now);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
