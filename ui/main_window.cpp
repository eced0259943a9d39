#include "main_window.h"

#include <ui/about_dialog.h>
#include <ui/background_task.h>
#include <ui/candidate_detail_pane.h>
#include <ui/candidates_page.h>
#include <ui/connect_dialog.h>
#include <ui/demo_data_task.h>
#include <ui/empty_state.h>
#include <ui/disposition_reasons_dialog.h>
#include <ui/intake_actions.h>
#include <ui/interview_schedule_dialog.h>
#include <ui/job_template_dialogs.h>
#include <ui/letter_templates_dialog.h>
#include <ui/maintenance_actions.h>
#include <ui/mentions_dialog.h>
#include <ui/message_boxes.h>
#include <ui/offer_dialog.h>
#include <ui/password_store.h>
#include <ui/pipeline_editor_templates.h>
#include <ui/pipeline_view.h>
#include <ui/reminder_notifier.h>
#include <ui/requisitions_page.h>
#include <ui/session.h>
#include <ui/sidebar_delegate.h>
#include <ui/team_dialog.h>
#include <ui/tool_tip.h>

#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/settings_store.h>
#include <core/transfer/database_transfer.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace Tandem::Ui {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString sectionKey = QStringLiteral("mainWindow/section");

constexpr int statusMessageMs = 5000;

QString databaseFilter()
{
    return QCoreApplication::translate("Tandem::Ui::MainWindow", "Tandem databases (*.sqlite *.db);;All files (*)");
}

// A menu entry shows "&" as a mnemonic marker: a path that contains one must escape it.
QString menuText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // resumes dropped on the window are imported
    m_intake = new IntakeActions(this, [this] { return m_session.get(); });
    connect(m_intake, &IntakeActions::imported, this, &MainWindow::showImported);
    connect(m_intake, &IntakeActions::merged, this, [this](qint64 survivorId) {
        if (!m_candidates)
            return;
        m_candidates->reload();
        updateCounts();
        openCandidate(survivorId);
    });
    connect(m_intake, &IntakeActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusMessageMs); });
    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();
    updateTitle();
    updateActions();
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        // First run: most of the screen, since lists and a profile sit side by side.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available * 0.85);
    }
    restoreState(QSettings().value(stateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // Pages hold references into the session: they go first.
    removePages();
}

void MainWindow::createActions()
{
    m_newRecord = new QAction(tr("&New Candidate…"), this);
    m_newRecord->setShortcut(QKeySequence::New);
    connect(m_newRecord, &QAction::triggered, this, [this] {
        if (Page *page = currentPage())
            page->createNew();
    });
    m_newDatabase = new QAction(tr("New &Database…"), this);
    m_newDatabase->setStatusTip(tr("Create a new, empty database file"));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabase = new QAction(tr("&Open Database…"), this);
    m_openDatabase->setShortcut(QKeySequence::Open);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    createServerActions();
    m_backup = new QAction(tr("&Back Up…"), this);
    m_backup->setStatusTip(tr("Write a consistent copy of the open database to a file"));
    connect(m_backup, &QAction::triggered, this, [this] { backupDatabase(this, *m_session); });
    m_restore = new QAction(tr("&Restore…"), this);
    m_restore->setStatusTip(tr("Replace the open database's contents with a backup"));
    connect(m_restore, &QAction::triggered, this,
            [this] { restoreDatabase(this, *m_session, [this] { reloadSession(); }); });
    m_checkIntegrity = new QAction(tr("Check &Integrity"), this);
    m_checkIntegrity->setStatusTip(tr("Check the database file, its search index and its audit trail"));
    connect(m_checkIntegrity, &QAction::triggered, this, [this] { checkIntegrity(this, *m_session); });
    m_rebuildIndex = new QAction(tr("Rebuild &Search Index"), this);
    m_rebuildIndex->setStatusTip(tr("Rebuild the candidate search index from the records"));
    connect(m_rebuildIndex, &QAction::triggered, this, [this] { rebuildSearchIndex(this, *m_session); });
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_showCandidates = new QAction(tr("&Candidates"), this);
    m_showCandidates->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showCandidates, &QAction::triggered, this, [this] { showSection(Section::Candidates); });
    m_showRequisitions = new QAction(tr("&Requisitions"), this);
    m_showRequisitions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showRequisitions, &QAction::triggered, this, [this] { showSection(Section::Requisitions); });
    m_find = new QAction(tr("&Find Candidates"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        showSection(Section::Candidates);
        if (m_candidates)
            m_candidates->focusSearch();
    });

    m_mentions = new QAction(tr("&Mentions of Me…"), this);
    m_mentions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mentions->setStatusTip(tr("Notes in which colleagues mentioned you with @"));
    connect(m_mentions, &QAction::triggered, this, &MainWindow::showMentions);

    m_about = new QAction(tr("&About Tandem"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newRecord);
    m_intake->addImportMenu(file);
    m_intake->addExportAction(file, [this] { return m_candidates ? m_candidates->selectedIds() : QList<qint64>(); });
    file->addSeparator();
    file->addAction(m_newDatabase);
    file->addAction(m_openDatabase);
    file->addAction(m_connectServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    file->addSeparator();
    file->addAction(m_backup);
    file->addAction(m_restore);
    file->addAction(m_checkIntegrity);
    file->addAction(m_rebuildIndex);
    file->addAction(m_moveToServer);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showCandidates);
    view->addAction(m_showRequisitions);
    view->addSeparator();
    view->addAction(m_find);
    view->addAction(m_mentions);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_intake->addTools(tools);

    createSettingsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createCentralArea()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setAccessibleName(tr("Sections"));
    // The sidebar reads as part of the window frame, not as a list of data.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setMouseTracking(true); // hover highlight
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::sectionChanged);

    m_pages = new QStackedWidget(this);
    m_noDatabase = new EmptyState(m_pages);
    m_noDatabase->setObjectName(QStringLiteral("noDatabaseState"));
    m_noDatabase->setTitle(tr("No database is open"));
    m_noDatabase->setMessage(tr("Create a new database for your candidates and requisitions, or open one you "
                                "already have."));
    connect(m_noDatabase->addButton(tr("New database…")), &QPushButton::clicked, this, &MainWindow::newDatabase);
    connect(m_noDatabase->addButton(tr("Open database…")), &QPushButton::clicked, this,
            &MainWindow::openDatabaseDialog);
    m_pages->addWidget(m_noDatabase);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_reminderLabel = new QLabel(this);
    m_reminderLabel->setObjectName(QStringLiteral("reminderLabel"));
    m_reminderLabel->setTextFormat(Qt::RichText); // the reminder text is escaped; the link is ours
    m_reminderLabel->hide();
    connect(m_reminderLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        m_reminderLabel->hide();
        openCandidate(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    statusBar()->addWidget(m_reminderLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(rule);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

bool MainWindow::openDatabase(const QString &location)
{
    if (m_session && m_session->location() == location)
        return true;
    if (RecentFiles::isServer(location))
        return openServer(location);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Session::open(location);
    QApplication::restoreOverrideCursor();
    if (!session) {
        showError(this, tr("Open database"), session.error());
        return false;
    }
    install(std::move(*session));
    return true;
}

void MainWindow::install(std::unique_ptr<Session> session)
{
    removePages();
    m_session = std::move(session);
    m_recent.add(m_session->location());
    m_recent.setLast(m_session->location());
    m_intake->useVocabulary();

    m_candidates = new CandidatesPage(*m_session, m_pages);
    m_requisitions = new RequisitionsPage(*m_session, m_pages);
    addPage(m_candidates, tr("Candidates"));
    addPage(m_requisitions, tr("Requisitions"));
    connect(m_candidates->detailPane(), &CandidateDetailPane::openPipelineRequested, this, [this](qint64 id) {
        showSection(Section::Requisitions);
        m_requisitions->openPipeline(id);
    });
    connect(m_requisitions, &RequisitionsPage::openCandidateRequested, this, &MainWindow::openCandidate);
    connect(m_requisitions, &RequisitionsPage::scheduleInterviewRequested, this, &MainWindow::scheduleInterview);
    connect(m_requisitions, &RequisitionsPage::makeOfferRequested, this, &MainWindow::makeOffer);
    startReminders();
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + fontMetrics().averageCharWidth() * 2);
    m_sidebar->setMaximumWidth(m_sidebar->minimumWidth());

    const int section = QSettings().value(sectionKey, 0).toInt();
    m_sidebar->setCurrentRow(std::clamp(section, 0, m_sidebar->count() - 1));
    updateTitle();
    updateCounts();
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(m_session->displayName()), statusMessageMs);
    watchChanges();
}

void MainWindow::addPage(Page *page, const QString &title)
{
    m_pages->addWidget(page);
    new QListWidgetItem(title, m_sidebar);
    connect(page, &Page::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, statusMessageMs);
    });
    connect(page, &Page::recordsChanged, this, &MainWindow::updateCounts);
}

void MainWindow::removePages()
{
    if (!m_session)
        return;
    delete m_reminders;
    m_reminders = nullptr;
    m_reminderLabel->hide();
    for (Page *page : {static_cast<Page *>(m_candidates), static_cast<Page *>(m_requisitions)}) {
        if (page) {
            page->saveSettings();
            delete page;
        }
    }
    m_candidates = nullptr;
    m_requisitions = nullptr;
    // The next database opens on the section the user was working in.
    QSettings().setValue(sectionKey, m_sidebar->currentRow());
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->clear();
    m_pages->setCurrentWidget(m_noDatabase);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::showSection(Section section)
{
    if (!m_session)
        return;
    m_sidebar->setCurrentRow(section == Section::Candidates ? 0 : 1);
}

void MainWindow::sectionChanged(int row)
{
    if (row < 0)
        return;
    Page *page = row == 0 ? static_cast<Page *>(m_candidates) : static_cast<Page *>(m_requisitions);
    if (!page)
        return;
    m_pages->setCurrentWidget(page);
    m_newRecord->setText(row == 0 ? tr("&New Candidate…") : tr("&New Requisition…"));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session ? tr("%1 — Tandem").arg(m_session->displayName()) : tr("Tandem"));
    m_databaseLabel->setText(m_session ? m_session->displayName() : QString());
    m_databaseLabel->setToolTip(m_session ? plainToolTip(QDir::toNativeSeparators(m_session->location())) : QString());
}

void MainWindow::updateCounts()
{
    if (!m_session) {
        m_countsLabel->clear();
        return;
    }
    const QLocale locale;
    QStringList parts;
    if (auto candidates = CandidateService(m_session->db(), m_session->actor()).count()) {
        parts << (*candidates == 1 ? tr("1 candidate") : tr("%1 candidates").arg(locale.toString(*candidates)));
    }
    // All requisitions, whatever the page's filter shows.
    if (auto count = RequisitionService(m_session->db(), m_session->actor()).count()) {
        parts << (*count == 1 ? tr("1 requisition") : tr("%1 requisitions").arg(locale.toString(*count)));
    }
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    for (QAction *action : {m_newRecord, m_backup, m_restore, m_checkIntegrity, m_rebuildIndex, m_showCandidates,
                            m_showRequisitions, m_find, m_mentions})
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_settingsActions))
        action->setEnabled(open);
    m_intake->setEnabled(open);
    m_sidebar->setVisible(open);
    // Backup, restore and the integrity check are SQLite's; a team server has its own tools.
    const bool file = open && m_session->settings().engine == Engine::Sqlite && !m_session->settings().isInMemory();
    for (QAction *action : {m_backup, m_restore, m_checkIntegrity, m_rebuildIndex})
        action->setEnabled(file);
    m_moveToServer->setEnabled(file);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && IntakeActions::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!m_session || !IntakeActions::canImport(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_intake->importDropped(event->mimeData());
}

void MainWindow::showImported(const QList<qint64> &candidateIds)
{
    if (!m_candidates)
        return;
    m_candidates->reload();
    updateCounts();
    if (candidateIds.isEmpty())
        return; // a list import: its own summary said what happened
    openCandidate(candidateIds.first());
    statusBar()->showMessage(tr("%n candidate(s) imported or updated", nullptr, int(candidateIds.size())), statusMessageMs);
}

void MainWindow::newDatabase()
{
    const QString folder = QFileInfo(defaultDatabasePath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir(folder).filePath(tr("recruiting.sqlite")),
                                                databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never open an existing file as "new": the user expects an empty database.
        showError(this, tr("New database"),
                  Error{ErrorCode::Invalid, tr("%1 already exists.").arg(QDir::toNativeSeparators(path)),
                        tr("Choose another name, or use Open Database to open it.")});
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString folder = m_session && m_session->settings().engine == Engine::Sqlite
                               ? QFileInfo(m_session->location()).absolutePath()
                               : QFileInfo(defaultDatabasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), folder, databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList locations = m_recent.list();
    const QFontMetrics metrics = m_recentMenu->fontMetrics();
    int number = 1;
    for (const QString &location : locations) {
        const QString shown = metrics.elidedText(RecentFiles::displayText(location), Qt::ElideMiddle,
                                                 metrics.averageCharWidth() * 70);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(number++).arg(menuText(shown)));
        // A server entry names its database and host; the address (never a password) is one hover away.
        if (RecentFiles::isServer(location)) {
            action->setToolTip(location);
            action->setStatusTip(location);
        }
        connect(action, &QAction::triggered, this, [this, location] { openDatabase(location); });
    }
    if (locations.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_recent.clear(); });
}

void MainWindow::reloadSession()
{
    // After a restore the file holds other contents: read everything through a fresh
    // connection rather than trusting anything cached.
    if (!m_session)
        return;
    const QString location = m_session->location();
    auto session = Session::open(location);
    if (!session) {
        showError(this, tr("Open database"), session.error());
        return;
    }
    install(std::move(*session));
}

void MainWindow::openWithDemoData(const QString &location, int candidates)
{
    if (!openDatabase(location))
        return;
    auto existing = CandidateService(m_session->db(), m_session->actor()).count(true);
    if (existing && *existing > 0) {
        statusBar()->showMessage(tr("%1 already has candidates; no sample data was added.").arg(m_session->displayName()),
                                 statusMessageMs);
        return;
    }
    generateDemoData(candidates);
}

void MainWindow::generateDemoData(int candidates)
{
    Ui::generateDemoData(this, *m_session, candidates, [this](const Result<QString> &result) {
        if (!m_session)
            return;
        for (Page *page : {static_cast<Page *>(m_candidates), static_cast<Page *>(m_requisitions)})
            page->reload();
        updateCounts();
        if (result)
            statusBar()->showMessage(*result, statusMessageMs * 2);
        else if (result.error().code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Sample data stopped."), statusMessageMs);
        else
            showError(this, tr("Sample data"), result.error());
    });
}

void MainWindow::createSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    auto add = [this, settings](const QString &text, const QString &tip, auto open) {
        QAction *action = settings->addAction(text);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, open] {
            if (m_session)
                open(*m_session);
        });
        m_settingsActions << action;
        return action;
    };
    add(tr("Agency &Name…"), tr("The name offer letters and job postings use"), [this](Session &s) {
        SettingsStore store(s.db(), s.actor());
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Agency Name"), tr("The name letters and job postings use:"),
                                                   QLineEdit::Normal, store.value(QStringLiteral("agency.name")).value_or(QString()),
                                                   &ok)
                                 .simplified();
        if (!ok || name.isEmpty())
            return;
        for (const QString &key : {QStringLiteral("agency.name"), QStringLiteral("posting.organization_name")}) {
            if (auto saved = store.setValue(key, name); !saved) {
                showError(this, tr("Agency Name"), saved.error());
                return;
            }
        }
        statusBar()->showMessage(tr("Letters and postings now name %1").arg(name), statusMessageMs);
    });
    add(tr("&Team Members…"), tr("The people who recruit, interview and decide, and their roles"), [this](Session &s) {
        TeamDialog dialog(s, this);
        dialog.exec();
    });
    settings->addSeparator();
    add(tr("&Job Templates…"), tr("Requisitions saved for reuse"), [this](Session &s) { JobTemplatesDialog::manage(s, this); });
    add(tr("&Pipeline Templates…"), tr("The stages new requisitions start with"),
        [this](Session &s) { PipelineTemplatesDialog::manage(s, this); });
    add(tr("&Rejection Reasons and Silver Medalists…"),
        tr("The reasons offered when rejecting or withdrawing, and who goes to the Silver medalists pool"),
        [this](Session &s) {
            DispositionReasonsDialog::edit(s, this);
            if (m_requisitions && m_requisitions->isShowingPipeline())
                m_requisitions->pipelineView()->reload();
        });
    add(tr("Offer &Letter Templates…"), tr("The letters offers are written from, with their merge fields"),
        [this](Session &s) {
            LetterTemplatesDialog dialog(s, this);
            dialog.exec();
        });
    settings->addSeparator();
    m_intake->addSettings(settings);
    add(tr("Interview Re&minders…"), tr("How long before an interview Tandem reminds you"), [this](Session &) {
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Interview Reminders"),
                                                 tr("Remind me this many minutes before an interview starts:"),
                                                 ReminderNotifier::leadMinutes(), 1, 24 * 60, 5, &ok);
        if (ok)
            ReminderNotifier::setLeadMinutes(minutes);
    });
}

void MainWindow::startReminders()
{
    m_reminders = new ReminderNotifier(*m_session, this);
    connect(m_reminders, &ReminderNotifier::reminder, this, [this](const QString &text, qint64 candidateId) {
        // A reminder stays in the status bar until the next one, with a link to the candidate.
        m_reminderLabel->setText(QStringLiteral("%1 <a href=\"candidate:%2\">%3</a>")
                                     .arg(text.toHtmlEscaped())
                                     .arg(candidateId)
                                     .arg(tr("Open profile")));
        m_reminderLabel->show();
        QApplication::alert(this);
    });
    m_reminders->start();
}

void MainWindow::scheduleInterview(qint64 applicationId)
{
    if (!m_session)
        return;
    InterviewScheduleDialog dialog(*m_session, applicationId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_requisitions && m_requisitions->isShowingPipeline())
        m_requisitions->pipelineView()->reload();
    if (m_candidates)
        m_candidates->detailPane()->reload();
}

void MainWindow::makeOffer(qint64 applicationId)
{
    if (!m_session)
        return;
    OfferDialog dialog(*m_session, this);
    dialog.setApplication(applicationId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Offer saved as a draft; approve and send it from the candidate's Offers tab."),
                             statusMessageMs * 2);
    if (m_candidates)
        m_candidates->detailPane()->reload();
}

void MainWindow::showMentions()
{
    if (!m_session)
        return;
    MentionsDialog dialog(*m_session, this);
    connect(&dialog, &MentionsDialog::openCandidateRequested, this, &MainWindow::openCandidate);
    dialog.exec();
}

void MainWindow::openCandidate(qint64 candidateId)
{
    if (!m_candidates)
        return;
    showSection(Section::Candidates);
    m_candidates->openCandidate(candidateId);
}

void MainWindow::showAbout()
{
    QString database;
    if (m_session) {
        database = m_session->settings().engine == Engine::Sqlite
                       ? tr("SQLite file %1").arg(QDir::toNativeSeparators(m_session->location()))
                       : tr("PostgreSQL server %1").arg(m_session->location());
    }
    AboutDialog dialog(database, this);
    dialog.exec();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (m_session)
        settings.setValue(sectionKey, m_sidebar->currentRow());
    for (const Page *page : {static_cast<const Page *>(m_candidates), static_cast<const Page *>(m_requisitions)}) {
        if (page)
            page->saveSettings();
    }
}

void MainWindow::watchChanges()
{
    if (!m_liveRefresh) {
        // At most two refreshes a second: a colleague's import of 500 rows is one refresh
        // after the first row and one per half second after it, not 500.
        m_liveRefresh = new QTimer(this);
        m_liveRefresh->setSingleShot(true);
        m_liveRefresh->setInterval(500);
        connect(m_liveRefresh, &QTimer::timeout, this, &MainWindow::refreshFromOthers);
    }
    m_liveRefresh->stop();
    // The feed goes with its session, and with it these connections.
    ChangeFeed &feed = m_session->changes();
    connect(&feed, &ChangeFeed::changed, this, &MainWindow::scheduleLiveRefresh);
    connect(&feed, &ChangeFeed::resynced, this, [this] {
        m_liveRefresh->stop();
        refreshFromOthers();
    });
    connect(&feed, &ChangeFeed::connectionLost, this, [this] {
        // No timeout: it stays until the connection is back.
        statusBar()->showMessage(tr("Connection to the team server lost — retrying…"));
    });
    connect(&feed, &ChangeFeed::connectionRestored, this, [this] {
        statusBar()->showMessage(tr("Connection to the team server restored."), statusMessageMs);
    });
}

void MainWindow::scheduleLiveRefresh()
{
    if (!m_liveRefresh->isActive())
        m_liveRefresh->start();
}

void MainWindow::refreshFromOthers()
{
    if (!m_session)
        return;
    if (m_candidates)
        m_candidates->refreshFromOthers();
    if (m_requisitions)
        m_requisitions->refreshFromOthers();
    updateCounts();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (BackgroundTask::runningCount() > 0) {
        // A worker is writing to the database; closing now would cut it off mid-way.
        statusBar()->showMessage(tr("Wait for the running task to finish, or cancel it, before closing."),
                                 statusMessageMs);
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

// --- Team mode: connect to a server, move a local file onto one --------------------------------

void MainWindow::createServerActions()
{
    m_connectServer = new QAction(tr("Connect to &Team Server…"), this);
    m_connectServer->setObjectName(QStringLiteral("connectServerAction"));
    m_connectServer->setStatusTip(tr("Work in a database on a PostgreSQL server, together with your team"));
    connect(m_connectServer, &QAction::triggered, this, &MainWindow::connectToServerDialog);
    m_moveToServer = new QAction(tr("&Move to Team Server…"), this);
    m_moveToServer->setObjectName(QStringLiteral("moveToServerAction"));
    m_moveToServer->setStatusTip(tr("Copy everything in this file into an empty database on a PostgreSQL server"));
    connect(m_moveToServer, &QAction::triggered, this, &MainWindow::moveToServer);
}

void MainWindow::connectToServerDialog()
{
    connectWithDialog(nullptr, nullptr);
}

bool MainWindow::openServer(const QString &location)
{
    auto settings = ConnectionSettings::parse(location);
    if (!settings) {
        showError(this, tr("Connect to team server"), settings.error());
        return false;
    }
    if (settings->password.isEmpty()) {
        auto stored = PasswordStore::loadAndWait(*settings);
        if (stored)
            settings->password = *stored;
        else if (stored.error().code != ErrorCode::NotFound)
            statusBar()->showMessage(stored.error().message, statusMessageMs * 2);
    }
    // Try at once: the password came from the keychain, or the server may not ask for one.
    // When that fails the dialog asks, filled in and saying why.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Session::open(*settings);
    QApplication::restoreOverrideCursor();
    if (session) {
        install(std::move(*session));
        return true;
    }
    return connectWithDialog(&*settings, &session.error());
}

bool MainWindow::connectWithDialog(const ConnectionSettings *prefill, const Error *failure)
{
    ConnectDialog dialog(this);
    if (prefill)
        dialog.setSettings(*prefill);
    if (failure)
        dialog.showError(*failure);
    // A refused connection keeps the dialog and what was typed, with the reason above it.
    while (dialog.exec() == QDialog::Accepted) {
        const ConnectionSettings settings = dialog.settings();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto session = Session::open(settings);
        QApplication::restoreOverrideCursor();
        if (!session) {
            dialog.showError(session.error());
            continue;
        }
        keepServer(settings, dialog.rememberPassword());
        install(std::move(*session));
        return true;
    }
    return false;
}

void MainWindow::keepServer(const ConnectionSettings &settings, bool rememberPassword)
{
    ConnectDialog::setLastServer(settings, rememberPassword);
    if (!rememberPassword) {
        // Unticked: a password kept earlier goes too. Nothing stored is fine, and so is no keychain.
        PasswordStore::forget(settings, this, [](const Status &) {});
        return;
    }
    if (settings.password.isEmpty())
        return;
    // Not fatal: the user is connected either way and is asked again next time.
    PasswordStore::store(settings, this, [this](const Status &stored) {
        if (!stored)
            statusBar()->showMessage(stored.error().message, statusMessageMs * 3);
    });
}

void MainWindow::moveToServer()
{
    if (!m_session || m_session->settings().engine != Engine::Sqlite || m_session->settings().isInMemory())
        return;
    ConnectDialog dialog(this);
    dialog.setWindowTitle(tr("Move to Team Server"));
    dialog.setPurpose(tr("Tandem copies every record of %1 into an empty database on the server, checks the copy "
                         "table by table, and leaves this file as it is.")
                          .arg(m_session->displayName()),
                      tr("&Move"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionSettings target = dialog.settings();
    const bool remember = dialog.rememberPassword();
    // Both connections are opened on the worker: the file's by the task, the server's here.
    auto work = [target](Database &from, TaskProgress &progress) -> Result<QString> {
        progress.report(0, 0, tr("Connecting to %1…").arg(target.displayName()));
        // Opening sets up Tandem's tables in an empty database; the transfer refuses one
        // that already holds records.
        auto to = Database::open(target);
        if (!to)
            return std::unexpected(to.error());
        auto report = transferDatabase(from, **to, [&progress](qint64 done, qint64 total, const QString &phase) {
            return progress.report(done, total, phase);
        });
        if (!report)
            return std::unexpected(report.error());
        if (!report->verified)
            return fail(ErrorCode::Corrupt, tr("The copy on the server does not match this file."),
                        tr("Nothing was kept on the server. Check this file (File > Check Integrity) and try again."));
        const QLocale locale;
        return tr("%1 records in %2 tables were copied to %3 and verified.")
            .arg(locale.toString(report->totalRows()), locale.toString(report->tables.size()), target.displayName());
    };
    const QString title = tr("Move to team server");
    BackgroundTask::start(
        this, title, tr("Moving %1 to %2…").arg(m_session->displayName(), target.displayName()), m_session->settings(),
        work, [this, target, remember, title](const Result<QString> &result) {
            if (!result) {
                if (result.error().code == ErrorCode::Cancelled)
                    statusBar()->showMessage(tr("The move was stopped; the server was left as it was."), statusMessageMs);
                else
                    showError(this, title, result.error());
                return;
            }
            keepServer(target, remember);
            if (!confirm(this, title, tr("The move is complete. Work on the server from now on?"),
                         *result + QStringLiteral("\n\n")
                             + tr("This window then opens the server's database. The file stays as it was; keep it "
                                  "as a backup, and make further changes on the server only."),
                         tr("&Switch to Server"))) {
                statusBar()->showMessage(*result, statusMessageMs * 2);
                return;
            }
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto session = Session::open(target);
            QApplication::restoreOverrideCursor();
            if (!session) {
                showError(this, tr("Connect to team server"), session.error());
                return;
            }
            install(std::move(*session));
        });
}

} // namespace Tandem::Ui
