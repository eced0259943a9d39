#pragma once

#include <ui/recent_files.h>

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace Tandem {
struct ConnectionSettings;
struct Error;
} // namespace Tandem

namespace Tandem::Ui {

class CandidatesPage;
class IntakeActions;
class EmptyState;
class Page;
class ReminderNotifier;
class RequisitionsPage;
class Session;

// The window: a sidebar of sections, the section's page, a status bar and the menus that
// act on the database as a whole (new, open, recent, backup, restore, integrity check).
//
// Owns the open Session; pages get a reference to it and are rebuilt whenever another
// database is opened, so no page outlives the connection it reads. Long work (demo data,
// maintenance) runs through BackgroundTask with its own connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section { Candidates, Requisitions };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database (a file path or server URL); a failure is shown to the user and the
    // database open before stays open. Returns whether the new one is open.
    bool openDatabase(const QString &location);
    // Opens `location` and, when it has no candidates yet, fills it with a generated demo
    // agency of `candidates` people on a worker, behind a cancellable progress dialog.
    void openWithDemoData(const QString &location, int candidates);
    bool hasDatabase() const { return m_session != nullptr; }

    void showSection(Section section);
    // Shows a candidate's profile in the Candidates section.
    void openCandidate(qint64 candidateId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void install(std::unique_ptr<Session> session);
    void removePages();
    void addPage(Page *page, const QString &title);
    Page *currentPage() const;
    void sectionChanged(int row);
    void updateTitle();
    void updateCounts();
    void updateActions();
    void newDatabase();
    void openDatabaseDialog();
    void populateRecentMenu();
    void reloadSession();
    void generateDemoData(int candidates);
    void showAbout();
    void showMentions();
    void showImported(const QList<qint64> &candidateIds);
    void createSettingsMenu();
    void startReminders();
    void scheduleInterview(qint64 applicationId);
    void makeOffer(qint64 applicationId);
    void saveSettings() const;
    // Team mode: connecting to a PostgreSQL server, and moving a local file onto one.
    void createServerActions();
    void connectToServerDialog();
    bool openServer(const QString &location);
    bool connectWithDialog(const ConnectionSettings *prefill, const Error *failure);
    void keepServer(const ConnectionSettings &settings, bool rememberPassword);
    void moveToServer();
    // Live updates (Session::changes()): other people's changes refresh the open pages.
    void watchChanges();
    void scheduleLiveRefresh();
    void refreshFromOthers();

    std::unique_ptr<Session> m_session; // the open database; pages below keep a reference to it
    IntakeActions *m_intake = nullptr;  // owned (Qt parent); menus and drops for imports
    RecentFiles m_recent;

    // Widgets and actions below are owned by this window through the Qt parent chain.
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_noDatabase = nullptr;
    CandidatesPage *m_candidates = nullptr;     // null while no database is open
    RequisitionsPage *m_requisitions = nullptr; // null while no database is open
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newRecord = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_checkIntegrity = nullptr;
    QAction *m_rebuildIndex = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_connectServer = nullptr;
    QAction *m_moveToServer = nullptr;
    QAction *m_showCandidates = nullptr;
    QAction *m_showRequisitions = nullptr;
    QAction *m_find = nullptr;
    QAction *m_mentions = nullptr;
    QList<QAction *> m_settingsActions; // need an open database
    QLabel *m_reminderLabel = nullptr;  // the latest interview reminder, in the status bar
    ReminderNotifier *m_reminders = nullptr; // holds the session: deleted before it goes
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QTimer *m_liveRefresh = nullptr; // throttles live updates; owned (Qt parent)
};

} // namespace Tandem::Ui
