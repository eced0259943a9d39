#pragma once

#include <core/records/screening_question.h>

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Enters an applicant's answers to the requisition's screening questions. While the
// recruiter types, it says which answers knock out and what saving will do ("This will
// reject the application: ..."), so a rejection is never a surprise. Saving replaces earlier
// answers through ScreeningService::recordAnswers (one transaction, audited).
//
// Owns: one input per question (Qt parent). Thread: the UI thread. Errors: a refused save
// shows in place above the buttons and keeps what was typed.
class ScreeningAnswersDialog : public QDialog
{
    Q_OBJECT
public:
    ScreeningAnswersDialog(Session &session, qint64 applicationId, QWidget *parent = nullptr);

    // The answers as typed, in stored form (question id -> answer; empty when unanswered).
    QHash<qint64, QString> answers() const;
    // Sets one answer's input from a stored-form answer (for tests and pre-filling).
    void setAnswer(qint64 questionId, const QString &answer);
    // What the save did, for the status bar.
    QString summary() const { return m_summary; }
    // The consequence shown under the answers (plain text).
    QString consequence() const;
    bool save();

private:
    void load();
    QWidget *inputFor(const ScreeningQuestion &question);
    void updatePreview();

    Session &m_session;
    qint64 m_applicationId = 0;
    QList<ScreeningQuestion> m_questions;
    QHash<qint64, QWidget *> m_inputs; // owned by the form (Qt parent)
    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    InlineMessage *m_preview = nullptr; // what saving will do
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_summary;
};

} // namespace Tandem::Ui
