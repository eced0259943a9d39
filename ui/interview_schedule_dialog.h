#pragma once

#include <core/common/error.h>
#include <core/domain/interview.h>
#include <core/domain/records.h>

#include <QDialog>
#include <QList>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Schedules one interview or a loop of several (rows of title, interviewers, start and
// duration) for an application, or reschedules one stored interview (setInterview()). The
// place (location, video link), zone and notes are shared by the rows.
//
// While the user edits, a warning names every interviewer who is already busy at that time
// (InterviewService::conflicts, and clashes between the rows themselves); it never blocks the
// save. A refused save is explained inside the dialog and keeps the input. After saving, the
// dialog lists the interviews with "Export invitation (.ics)…" for each; Close ends it with
// Accepted.
class InterviewScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    InterviewScheduleDialog(Session &session, qint64 applicationId, QWidget *parent = nullptr);

    // Reschedule/edit mode for a stored interview (a single row, no loop).
    void setInterview(const Interview &interview);
    // The interviews as stored by the last successful save.
    const QList<Interview> &saved() const { return m_saved; }
    // The warning currently shown about busy interviewers (empty when none).
    QString conflictWarning() const;
    int rowCount() const { return int(m_rows.size()); }

    // Fills row `row` (tests and callers that prefill): start is wall-clock time in the zone.
    void setRow(int row, const QString &title, const QList<qint64> &interviewerIds, const QDateTime &start,
                int minutes);
    void setTimeZone(const QString &zoneId);
    void addRow();
    // Re-runs the conflict check now (it otherwise runs shortly after each edit).
    void checkConflicts();
    // Writes the invitation of a saved interview to `path`.
    Status exportInvitation(qint64 interviewId, const QString &path);

    void accept() override;

private:
    struct Row
    {
        QLineEdit *title = nullptr; // owned by the dialog (Qt parent), as are the rest
        QToolButton *people = nullptr;
        QMenu *peopleMenu = nullptr;
        QDateTimeEdit *start = nullptr;
        QSpinBox *duration = nullptr;
        QToolButton *remove = nullptr;
    };

    void buildForm();
    void buildDonePage();
    void loadContext();
    void removeRow(int index);
    void relayoutRows();
    QList<qint64> chosenPeople(const Row &row) const;
    void updatePeopleText(Row &row);
    QString zone() const;
    QList<Interview> drafts() const;
    void scheduleCheck();
    void showSaved();
    void exportWithDialog(qint64 interviewId);

    Session &m_session;
    qint64 m_applicationId = 0;
    Interview m_editing; // id 0 when scheduling new interviews
    QList<User> m_users;
    QList<Row> m_rows;
    QList<Interview> m_saved;
    QStackedWidget *m_pages = nullptr; // owned by this dialog (Qt parent), as are all below
    InlineMessage *m_message = nullptr;
    InlineMessage *m_warning = nullptr;
    QLabel *m_context = nullptr;
    QGridLayout *m_rowGrid = nullptr;
    QPushButton *m_addRow = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_video = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QVBoxLayout *m_doneList = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_conflictTimer = nullptr;
};

} // namespace Tandem::Ui
