#pragma once

#include <core/domain/interview.h>
#include <core/domain/records.h>

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// One interviewer's scorecard for an application (and interview, when given): a row of four
// toggle buttons (1 Poor … 4 Excellent) per attribute of the requisition, the overall
// recommendation (strong no … strong yes) and notes. Save draft keeps an incomplete card;
// Submit needs every rating and a recommendation (ScorecardService says what is missing).
// A card someone else submitted opens read-only; its author may amend it.
class ScorecardDialog : public QDialog
{
    Q_OBJECT
public:
    // interviewerId 0: the session's own user.
    ScorecardDialog(Session &session, qint64 applicationId, qint64 interviewId, qint64 interviewerId,
                    QWidget *parent = nullptr);

    const Scorecard &card() const { return m_card; }
    bool isReadOnly() const { return m_readOnly; }
    // 0 when not rated.
    int rating(int attributeIndex) const;
    void setRating(int attributeIndex, int rating);
    void setRecommendation(Recommendation recommendation);
    void setNotes(const QString &notes);
    QString message() const;

    // Store as a draft / submit; true when stored (the dialog then closes as Accepted).
    bool saveDraft();
    bool submit();

private:
    void buildLayout();
    void loadInterviewers(qint64 interviewId, qint64 chosen);
    void loadCard();
    void rebuildRatings();
    Scorecard fromFields() const;
    bool store(bool submitting);
    void applyReadOnly();

    Session &m_session;
    qint64 m_applicationId = 0;
    qint64 m_interviewId = 0;
    Scorecard m_card;
    QList<ScorecardAttribute> m_attributes;
    bool m_readOnly = false;
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are all below
    QLabel *m_context = nullptr;
    QComboBox *m_interviewer = nullptr;
    QWidget *m_ratingsBox = nullptr;
    QGridLayout *m_ratingsGrid = nullptr;
    QList<QButtonGroup *> m_ratingGroups; // one per attribute, in attribute order
    QButtonGroup *m_recommendation = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Tandem::Ui
