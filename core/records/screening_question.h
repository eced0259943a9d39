#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Tandem {

enum class ScreeningKind { YesNo, Choice, Number, Text };
enum class KnockoutAction { Flag, Reject };

QString toKey(ScreeningKind kind);
QString toKey(KnockoutAction action);
std::optional<ScreeningKind> screeningKindFromKey(const QString &key);
QString label(ScreeningKind kind);

// One question a requisition asks its applicants, with its knockout rule:
// yes/no and choice knock out on the listed answers ("yes"/"no" keys for yes/no, the choice
// texts for choice); number knocks out below `minimum` or above `maximum`; text never does.
struct ScreeningQuestion
{
    qint64 id = 0;
    QString uuid;
    qint64 requisitionId = 0;
    int position = 0;
    QString prompt;
    ScreeningKind kind = ScreeningKind::YesNo;
    QStringList choices;          // choice only
    QStringList knockoutAnswers;  // yes_no and choice
    std::optional<double> minimum; // number
    std::optional<double> maximum; // number
    KnockoutAction action = KnockoutAction::Flag;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool hasKnockout() const;
    // The knockout reason an answer earns ("Knockout: 'Work permit?' answered No"); empty
    // when the answer passes. The answer is in stored form (yes/no key, choice text, number
    // in C locale).
    QString knockoutReason(const QString &answer) const;
    // An answer as a person reads it (Yes/No translated, numbers in the locale).
    QString displayAnswer(const QString &answer) const;
    // The knockout column's JSON (what the schema stores).
    QString knockoutJson() const;
    void setKnockoutJson(const QString &json);
    QJsonObject toJson() const;
};

// An applicant's answer as stored, with what it decided when it was recorded.
struct ScreeningAnswer
{
    qint64 applicationId = 0;
    qint64 questionId = 0;
    QString prompt; // the question's prompt now (for display)
    QString answer; // stored form
    QString shownAnswer;
    bool knockedOut = false;
    QString reason;
    QDateTime answeredAt;
    qint64 recordedBy = 0;
};

// What recordAnswers() stored and did.
struct ScreeningOutcome
{
    QList<ScreeningAnswer> answers;
    QStringList flagged;  // reasons of knockouts that flag
    QStringList rejected; // reasons of knockouts that reject
    bool applicationRejected = false;
};

} // namespace Tandem
