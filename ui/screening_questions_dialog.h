#pragma once

#include <core/common/error.h>
#include <core/records/screening_question.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Edits a requisition's screening questions: the list on the left (in the order applicants
// see them; Up/Down reorder), the selected question's form on the right: prompt, kind,
// choices (one per line), the knockout rule (which yes/no or choice answers knock out, or a
// number's accepted minimum and maximum) and what a knockout does (flag the card or reject
// the application). Each Save, Remove and move is stored at once through ScreeningService
// (version-checked, audited).
//
// Owns: its widgets (Qt parent). Thread: the UI thread. Errors: shown in place; a conflict
// re-reads the list so nothing stale is edited further.
class ScreeningQuestionsDialog : public QDialog
{
    Q_OBJECT
public:
    ScreeningQuestionsDialog(Session &session, qint64 requisitionId, QWidget *parent = nullptr);

    QList<ScreeningQuestion> questions() const { return m_questions; }
    // The form as a question (id 0 for a new one); public for tests.
    ScreeningQuestion formQuestion() const;
    void setFormQuestion(const ScreeningQuestion &question);
    void selectQuestion(int row);
    void newQuestion();
    bool saveQuestion();
    bool removeQuestion();
    bool moveQuestion(int delta);
    QString errorText() const;

signals:
    // Something was stored.
    void changed();

private:
    void buildForm(QWidget *host);
    void reload(qint64 selectId = 0);
    void updateKnockoutInputs();
    bool finish(const Status &status, qint64 selectId);

    Session &m_session;
    qint64 m_requisitionId = 0;
    QList<ScreeningQuestion> m_questions;
    qint64 m_editingId = 0;
    int m_editingVersion = 0;
    // Widgets below are owned through the Qt parent chain.
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLineEdit *m_prompt = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_choicesLabel = nullptr;
    QPlainTextEdit *m_choices = nullptr;
    QStackedWidget *m_knockout = nullptr;
    QComboBox *m_yesNoKnockout = nullptr;
    QListWidget *m_choiceKnockout = nullptr;
    QLineEdit *m_minimum = nullptr;
    QLineEdit *m_maximum = nullptr;
    QComboBox *m_action = nullptr;
    InlineMessage *m_message = nullptr;
};

} // namespace Tandem::Ui
