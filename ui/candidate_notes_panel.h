#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Tandem::Ui {

class InlineMessage;
class MentionEdit;
class Session;

// The Notes tab of a candidate's profile: the notes written about them, newest first, each
// with its author, time and the people it mentions, and an editor to write the next one
// (with @ completion of team members; Ctrl+Return adds it). A note that cannot be saved
// stays in the editor with the reason shown above it.
class CandidateNotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateNotesPanel(Session &session, QWidget *parent = nullptr);

    void showCandidate(qint64 candidateId);
    int noteCount() const;
    MentionEdit *editor() const { return m_editor; }
    // Saves what the editor holds as a note; false (with the reason shown) when refused.
    bool addNote();

signals:
    void changed();

private:
    void reload();
    void updateTeamNames();

    Session &m_session;
    qint64 m_candidateId = 0;
    // Widgets below are owned by this panel through the Qt parent chain.
    InlineMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_notes = nullptr;
    QLabel *m_empty = nullptr;
    MentionEdit *m_editor = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Tandem::Ui
