#pragma once

#include <core/domain/interview.h>
#include <core/domain/records.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tandem::Ui {

class EmptyState;
class InlineMessage;
class Session;

// The candidate profile's "Interviews & scorecards" tab: the candidate's interviews
// (upcoming first, then past; times in local time with the zone), with schedule,
// reschedule, cancel, complete, export .ics and fill scorecard; below them the scorecards of
// one application side by side (a column per interviewer, a row per attribute, then the
// recommendation; notes on hover over the column header and listed below).
// Emits changed() after anything it stored, so the profile can refresh its timeline.
class InterviewsPanel : public QWidget
{
    Q_OBJECT
public:
    InterviewsPanel(Session &session, QWidget *parent = nullptr);

    void showCandidate(qint64 candidateId);
    // Opens the schedule dialog for this application (of the candidate shown).
    void scheduleFor(qint64 applicationId);

    // For tests and keyboard users: the interview the list has selected (0: none).
    qint64 selectedInterviewId() const;
    void selectInterview(qint64 interviewId);
    // Shows the scorecards of this application.
    void showScorecardsFor(qint64 applicationId);

signals:
    void changed();

private:
    void buildLayout();
    void reload();
    void fillList();
    void fillMatrix();
    void updateActions();
    const InterviewDetails *selected() const;
    void scheduleClicked();
    void rescheduleSelected();
    void cancelSelected();
    void completeSelected();
    void exportSelected();
    void fillScorecard();

    Session &m_session;
    qint64 m_candidateId = 0;
    QList<Application> m_applications; // the candidate's, latest first
    QMap<qint64, QString> m_requisitionTitles;
    QList<InterviewDetails> m_interviews;
    QStackedWidget *m_pages = nullptr; // owned by this widget (Qt parent), as are all below
    EmptyState *m_empty = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_schedule = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_reschedule = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_scorecard = nullptr;
    QComboBox *m_application = nullptr;
    QStackedWidget *m_matrixPages = nullptr;
    QLabel *m_noCards = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_cardNotes = nullptr;
};

} // namespace Tandem::Ui
