#pragma once

#include <core/domain/records.h>

#include <QWidget>

class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace Tandem {
class TimelineModel;
}

namespace Tandem::Ui {

class EmptyState;
class FlowLayout;
class InlineMessage;
class Session;

// The profile of the candidate selected in the list: who they are, how to reach them,
// their skills, the requisitions they are in and their timeline, with the actions that
// concern one person (edit, add a note, archive).
//
// Reads through CandidateService, ApplicationService, RequisitionService and TimelineModel;
// adds notes through ActivityLog. Editing and archiving are the page's business (they change
// the list too), so the pane asks for them with signals.
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
    void saveSettings() const;

signals:
    void editRequested(qint64 id);
    void archiveRequested(qint64 id);
    // A note was added: the list's "updated" data may have changed.
    void changed();

private:
    QWidget *buildProfile();
    QWidget *buildHeader();
    QWidget *buildDetails();
    QWidget *buildTimeline();
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
    QSplitter *m_splitter = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_location = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_note = nullptr;
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
    QWidget *m_applications = nullptr;
    QGridLayout *m_applicationsLayout = nullptr;
    QLabel *m_noApplications = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QStackedWidget *m_timelineStack = nullptr;
    QListView *m_timelineView = nullptr;
    TimelineModel *m_timeline = nullptr;
};

} // namespace Tandem::Ui
