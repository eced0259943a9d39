#pragma once

#include <core/domain/records.h>

#include <QWidget>


class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Tandem {
class TimelineModel;
}

namespace Tandem::Ui {

class CandidateApplicationsPanel;
class CandidateFilesPanel;
class CandidateNotesPanel;
class CandidateBackgroundSection;
class ConsentSection;
class EmptyState;
class FlowLayout;
class InlineMessage;
class InterviewsPanel;
class OffersPanel;
class Session;

// The profile of the candidate selected in the list, in tabs: Overview (how to reach them,
// skills, tags, the requisitions they are in), Applications (with stage history), Timeline
// (every activity), Notes (with @mentions), Files (by content hash), Interviews & Scorecards
// and Offers. The header holds the actions that
// concern one person (edit, add a note, add to a requisition, archive).
//
// Reads through the core services and TimelineModel. Editing and archiving are the page's
// business (they change the list too), so the pane asks for them with signals.
class CandidateDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateDetailPane(Session &session, QWidget *parent = nullptr);

    // Shows the candidate with this id; 0 shows the "select a candidate" state.
    void showCandidate(qint64 id);
    // Reads the shown candidate again (after an edit).
    void reload();
    qint64 candidateId() const { return m_candidate.id; }
    const Candidate &candidate() const { return m_candidate; }

    void addNote();
    void addToRequisition();
    void editTags();
    void saveSettings() const;
    QTabWidget *tabs() const { return m_tabs; }
    // The tab that holds this panel (or a widget inside it); -1 when none does.
    int tabIndexOf(QWidget *panel) const;
    void showTabOf(QWidget *panel);

signals:
    void editRequested(qint64 id);
    void archiveRequested(qint64 id);
    void openPipelineRequested(qint64 requisitionId);
    // A note was added: the list's "updated" data may have changed.
    void changed();

private:
    QWidget *buildProfile();
    QWidget *buildHeader();
    QWidget *buildDetails();
    QWidget *buildTimeline();
    QWidget *buildTags(QWidget *parent);
    void fillTags();
    void updateTabTitles();
    void showEmpty(const QString &title, const QString &message);
    void fill(const Candidate &candidate);
    void fillSkills(const QStringList &skills);
    void fillApplications(qint64 candidateId);
    void updateTimelineState();

    Session &m_session;
    Candidate m_candidate;

    // All widgets below are owned by this pane through the Qt parent chain.
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_profile = nullptr;
    InlineMessage *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_location = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_addToRequisition = nullptr;
    QPushButton *m_archive = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_linkedin = nullptr;
    QToolButton *m_openLinkedin = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_years = nullptr;
    QLabel *m_added = nullptr;
    QWidget *m_skills = nullptr;
    FlowLayout *m_skillsLayout = nullptr;
    QLabel *m_noSkills = nullptr;
    QWidget *m_tags = nullptr;
    FlowLayout *m_tagsLayout = nullptr;
    ConsentSection *m_consent = nullptr;
    CandidateBackgroundSection *m_background = nullptr;
    QWidget *m_applications = nullptr;
    QGridLayout *m_applicationsLayout = nullptr;
    QLabel *m_noApplications = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QStackedWidget *m_timelineStack = nullptr;
    QListView *m_timelineView = nullptr;
    TimelineModel *m_timeline = nullptr;
    CandidateApplicationsPanel *m_applicationsPanel = nullptr;
    CandidateNotesPanel *m_notesPanel = nullptr;
    CandidateFilesPanel *m_filesPanel = nullptr;
    QWidget *m_timelineTab = nullptr;
    QWidget *m_overviewTab = nullptr;
    InterviewsPanel *m_interviewsPanel = nullptr;
    OffersPanel *m_offersPanel = nullptr;
};

} // namespace Tandem::Ui
