#include "candidates_page.h"

#include <ui/add_to_requisition_dialog.h>
#include <ui/candidate_detail_pane.h>
#include <ui/export_dialog.h>
#include <ui/merge_dialog.h>
#include <ui/merge_history_dialog.h>
#include <ui/candidate_dialog.h>
#include <ui/column_fitter.h>
#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/saved_searches_dialog.h>
#include <ui/search_help.h>
#include <ui/search_snippet_delegate.h>
#include <ui/session.h>
#include <ui/tool_tip.h>

#include <core/models/candidate_list_model.h>
#include <core/records/candidate_service.h>
#include <core/search/saved_searches.h>
#include <core/search/search_query.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

const QString splitterKey = QStringLiteral("candidates/splitter");
const QString headerKey = QStringLiteral("candidates/header");

// Shares of the table's width; while searching the Match column takes a good part of it.
QList<std::pair<int, int>> columnWeights(bool withMatch)
{
    if (withMatch)
        return {{CandidateListModel::NameColumn, 14}, {CandidateListModel::TitleColumn, 14},
                {CandidateListModel::CompanyColumn, 10}, {CandidateListModel::CityColumn, 8},
                {CandidateListModel::StageColumn, 8}, {CandidateListModel::SourceColumn, 7},
                {CandidateListModel::AddedColumn, 10}, {CandidateListModel::MatchColumn, 29}};
    // The title is the longest text and the one a recruiter scans.
    return {{CandidateListModel::NameColumn, 17}, {CandidateListModel::TitleColumn, 22},
            {CandidateListModel::CompanyColumn, 16}, {CandidateListModel::CityColumn, 12},
            {CandidateListModel::StageColumn, 8}, {CandidateListModel::SourceColumn, 10},
            {CandidateListModel::AddedColumn, 10}};
}

// Long enough to skip the keystrokes of a word being typed, short enough to feel instant.
constexpr int searchDelayMs = 150;

} // namespace

CandidatesPage::CandidatesPage(Session &session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new CandidateListModel(session.db(), this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("&New candidate…"), this))
    , m_queryError(new InlineMessage(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("candidatesPage"));
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: name, skill:rust tag:remote experience:>5 \"data engineer\""));
    m_search->setToolTip(tr("Words match names, titles, companies, skills and resumes.\n"
                            "skill:rust  city:berlin  title:engineer  narrow by field\n"
                            "tag:remote  experience:>5  added:>=2025-06  filter\n"
                            "\"data engineer\"  matches the phrase\n"
                            "kube*  matches words that start with kube\n"
                            "-java  leaves out candidates who mention java\n"
                            "Click ? for everything the search understands."));
    m_search->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("candidateCount"));
    m_queryError->setObjectName(QStringLiteral("queryError"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CandidatesPage::applySearch);
    connect(m_debounce, &QTimer::timeout, this, &CandidatesPage::applySearch);
    connect(m_new, &QPushButton::clicked, this, &CandidatesPage::createNew);

    connect(m_model, &CandidateListModel::countChanged, this, &CandidatesPage::updateCount);
    connect(m_model, &CandidateListModel::errorOccurred, this, [this](const QString &message) {
        m_queryError->showMessage(message);
        updateState();
    });

    m_detail = new CandidateDetailPane(session, m_splitter);
    connect(m_detail, &CandidateDetailPane::editRequested, this, &CandidatesPage::editCandidate);
    connect(m_detail, &CandidateDetailPane::archiveRequested, this, &CandidatesPage::archiveCandidate);
    connect(m_detail, &CandidateDetailPane::changed, this, &Page::recordsChanged);
    m_splitter->addWidget(buildListArea());
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(splitterKey).toByteArray())) {
        const int unit = fontMetrics().averageCharWidth();
        m_splitter->setSizes({unit * 112, unit * 84});
    }

    m_savedMenu = new QMenu(this);
    m_savedMenu->setObjectName(QStringLiteral("savedSearchesMenu"));
    connect(m_savedMenu, &QMenu::aboutToShow, this, &CandidatesPage::fillSavedSearchMenu);
    m_savedSearches = new QToolButton(this);
    m_savedSearches->setObjectName(QStringLiteral("savedSearchesButton"));
    m_savedSearches->setText(tr("Saved Searches"));
    m_savedSearches->setToolTip(tr("Save the current search, or run one you saved"));
    m_savedSearches->setPopupMode(QToolButton::InstantPopup);
    m_savedSearches->setMenu(m_savedMenu);
    m_help = new QToolButton(this);
    m_help->setObjectName(QStringLiteral("searchHelpButton"));
    m_help->setText(QStringLiteral("?"));
    m_help->setToolTip(tr("What the search understands: fields, filters, ranges and operators"));
    m_help->setAccessibleName(tr("Search help"));
    connect(m_help, &QToolButton::clicked, this, &CandidatesPage::showSearchHelp);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_help);
    bar->addWidget(m_savedSearches);
    bar->addWidget(m_count);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_queryError);
    layout->addWidget(m_splitter, 1);

    updateCount(m_model->totalCount());
    updateState();
}

QWidget *CandidatesPage::buildListArea()
{
    m_listStack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("candidatesTable"));
    m_table->setModel(m_model);
    configureTable();

    m_noCandidates = new EmptyState(m_listStack);
    m_noCandidates->setObjectName(QStringLiteral("noCandidatesState"));
    m_noCandidates->setTitle(tr("No candidates yet"));
    m_noCandidates->setMessage(tr("Add the first person you are talking to. Everyone you add can be searched "
                                  "by name, skill, title or city."));
    connect(m_noCandidates->addButton(tr("New candidate…")), &QPushButton::clicked, this, &CandidatesPage::createNew);

    m_noMatches = new EmptyState(m_listStack);
    m_noMatches->setObjectName(QStringLiteral("noMatchesState"));
    connect(m_noMatches->addButton(tr("Clear search")), &QPushButton::clicked, m_search, &QLineEdit::clear);

    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noCandidates);
    m_listStack->addWidget(m_noMatches);
    return m_listStack;
}

void CandidatesPage::configureTable()
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once go into a requisition together (context menu).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights are what keeps 100,000 rows smooth: the view never measures rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().lineSpacing() + fontMetrics().height() / 2);
    rows->hide();

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setSortIndicator(CandidateListModel::NameColumn, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(CandidateListModel::MatchColumn,
                                      new SearchSnippetDelegate(CandidateListModel::HighlightsRole, m_table));
    // The Match column shows only while searching. Hidden before the fitter starts: hiding
    // a column later would look like the user's own resizing to it.
    columns->restoreState(QSettings().value(headerKey).toByteArray());
    refitColumns(false);
    m_table->setSortingEnabled(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CandidatesPage::showCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editCandidate(m_model->idAt(index.row()));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &CandidatesPage::showContextMenu);
}

void CandidatesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CandidatesPage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, Down walks into the results and Escape clears the search, so
    // finding someone never needs the mouse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            if (m_debounce->isActive())
                applySearch();
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void CandidatesPage::applySearch()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    // A refused query leaves the model on the last good one: typing back to that one must
    // still take the complaint away.
    m_queryError->clear();
    if (text == m_model->searchText()) {
        updateState();
        return;
    }
    const qint64 selected = currentId();
    m_model->setSearchText(text);
    // Searching shows hits in rank order (sort column -1) until a header is clicked; the
    // header shows the model's order without asking it to sort again.
    {
        QHeaderView *header = m_table->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        header->viewport()->update();
    }
    updateMatchColumn();
    updateCount(m_model->totalCount());
    select(selected);
}

void CandidatesPage::runSearch(const QString &query)
{
    m_search->setText(query);
    applySearch();
}

// The Match column shows only while searching. The column fitter is made again for the new
// set of columns; the header is saved first, so the user's own widths and order survive.
void CandidatesPage::updateMatchColumn()
{
    const bool show = m_model->isSearching();
    if (show != m_matchShown)
        refitColumns(show);
}

void CandidatesPage::refitColumns(bool withMatch)
{
    m_matchShown = withMatch;
    if (m_columns) {
        m_columns->save();
        delete m_columns;
        m_columns = nullptr;
    }
    m_table->setColumnHidden(CandidateListModel::MatchColumn, !withMatch);
    // The fitter restores the header from the settings: they must say what is shown now.
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
    m_columns = new ColumnFitter(m_table, columnWeights(withMatch), headerKey);
}

void CandidatesPage::fillSavedSearchMenu()
{
    m_savedMenu->clear();
    QAction *save = m_savedMenu->addAction(tr("&Save Current Search…"), this, &CandidatesPage::saveCurrentSearch);
    save->setObjectName(QStringLiteral("saveCurrentSearch"));
    save->setEnabled(!m_search->text().trimmed().isEmpty());
    m_savedMenu->addSeparator();
    auto searches = SavedSearchService(m_session.db(), m_session.actor()).list();
    if (!searches) {
        m_savedMenu->addAction(tr("Saved searches cannot be read"))->setEnabled(false);
    } else if (searches->isEmpty()) {
        m_savedMenu->addAction(tr("No saved searches yet"))->setEnabled(false);
    } else {
        for (const SavedSearch &saved : std::as_const(*searches)) {
            // A menu item's & would become a shortcut: names are data, written as typed.
            QString label = saved.name;
            label.replace(QLatin1Char('&'), QLatin1String("&&"));
            QAction *run = m_savedMenu->addAction(label, this, [this, query = saved.query] { runSearch(query); });
            run->setToolTip(plainToolTip(saved.query));
            run->setData(saved.id);
        }
    }
    m_savedMenu->addSeparator();
    QAction *manage = m_savedMenu->addAction(tr("&Manage…"), this, &CandidatesPage::manageSavedSearches);
    manage->setObjectName(QStringLiteral("manageSavedSearches"));
    manage->setEnabled(searches && !searches->isEmpty());
}

void CandidatesPage::saveCurrentSearch()
{
    const QString query = m_search->text().trimmed();
    if (auto parsed = parseSearchQuery(query); !parsed) { // say what is wrong before asking a name
        showError(this, tr("Save Search"), parsed.error());
        return;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save Search"), tr("Name for this search:"), QLineEdit::Normal, query, &ok);
    if (!ok)
        return;
    SavedSearchService service(m_session.db(), m_session.actor());
    auto saved = service.create(name, query);
    if (!saved) {
        showError(this, tr("Save Search"), saved.error());
        return;
    }
    emit statusMessage(tr("Saved the search “%1”").arg(saved->name));
}

void CandidatesPage::manageSavedSearches()
{
    SavedSearchesDialog dialog(m_session, this);
    connect(&dialog, &SavedSearchesDialog::runRequested, this, &CandidatesPage::runSearch);
    dialog.exec();
}

void CandidatesPage::showSearchHelp()
{
    auto *popup = new SearchHelpPopup(this); // deletes itself when closed
    connect(popup, &SearchHelpPopup::exampleChosen, this, &CandidatesPage::insertExample);
    popup->showBelow(m_help);
}

// An example from the help joins what is typed already (it narrows the search).
void CandidatesPage::insertExample(const QString &example)
{
    const QString current = m_search->text().trimmed();
    runSearch(current.isEmpty() ? example : current + QLatin1Char(' ') + example);
    m_search->setFocus(Qt::OtherFocusReason);
}

void CandidatesPage::updateCount(qint64 count)
{
    const QLocale locale;
    QString text;
    if (!m_model->isSearching()) {
        text = count == 1 ? tr("1 candidate") : tr("%1 candidates").arg(locale.toString(count));
        m_count->setToolTip(QString());
    } else {
        const qint64 matches = std::max(m_model->matchCount(), count);
        text = matches == 1 ? tr("1 match") : tr("%1 matches").arg(locale.toString(matches));
        // A very broad search lists only the best hits; say so rather than look incomplete.
        m_count->setToolTip(matches > count ? tr("Showing the %1 best matches. Add words to narrow the search.")
                                                  .arg(locale.toString(count))
                                            : QString());
        if (matches > count)
            text = tr("%1 (best %2 shown)").arg(text, locale.toString(count));
    }
    m_count->setText(text);
    updateState();
}

void CandidatesPage::updateState()
{
    const bool searching = !m_model->searchText().isEmpty();
    const bool empty = m_model->totalCount() == 0;
    if (empty && !searching) {
        m_listStack->setCurrentWidget(m_noCandidates);
    } else if (empty && m_queryError->isHidden()) {
        m_noMatches->setTitle(tr("No candidates match “%1”").arg(m_model->searchText()));
        m_noMatches->setMessage(tr("Check the spelling, use fewer words, or drop a filter such as city: or skill:."));
        m_listStack->setCurrentWidget(m_noMatches);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    m_count->setVisible(!(empty && !searching));
    // With nobody listed there is no one to select: the empty state gets the room.
    m_detail->setVisible(m_listStack->currentWidget() == m_table);
}

qint64 CandidatesPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : m_detail->candidateId();
}

void CandidatesPage::select(qint64 id)
{
    const int row = id > 0 ? m_model->locate(id) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_detail->showCandidate(row >= 0 ? id : 0);
}

void CandidatesPage::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id != m_detail->candidateId())
        m_detail->showCandidate(id);
}

void CandidatesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = m_model->idAt(index.row());
    // A right click inside the selection acts on all of it; elsewhere on that row alone.
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    const QList<qint64> chosen = selectedIds();
    QMenu menu(this);
    if (chosen.size() > 1) {
        menu.addAction(tr("Add %n Candidate(s) to &Requisition…", nullptr, int(chosen.size())), this,
                       [this, chosen] { addToRequisition(chosen); });
        if (chosen.size() == 2)
            menu.addAction(tr("&Merge These Two…"), this, [this, chosen] { mergeCandidates(chosen[0], chosen[1]); });
        menu.addAction(tr("E&xport %n Candidate(s)…", nullptr, int(chosen.size())), this,
                       [this, chosen] { exportCandidates(chosen); });
        menu.exec(m_table->viewport()->mapToGlobal(position));
        return;
    }
    menu.addAction(tr("&Edit…"), this, [this, id] { editCandidate(id); });
    menu.addAction(tr("Add &note…"), m_detail, &CandidateDetailPane::addNote);
    menu.addAction(tr("Add to &Requisition…"), this, [this, id] { addToRequisition({id}); });
    menu.addAction(tr("E&xport…"), this, [this, id] { exportCandidates({id}); });
    menu.addAction(tr("Merge &History…"), this, [this, id] { showMergeHistory(id); });
    menu.addSeparator();
    menu.addAction(tr("Arc&hive…"), this, [this, id] { archiveCandidate(id); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void CandidatesPage::exportCandidates(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ExportDialog dialog(m_session.db(), ids, this);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString &path, int count) {
        emit statusMessage(tr("Exported %1 to %2").arg(count).arg(QDir::toNativeSeparators(path)));
    });
    dialog.exec();
}

void CandidatesPage::mergeCandidates(qint64 survivorId, qint64 mergedId)
{
    MergeDialog dialog(m_session, survivorId, mergedId, this);
    qint64 kept = 0;
    connect(&dialog, &MergeDialog::merged, this, [&kept](const MergeRecord &record) { kept = record.survivorId; });
    if (dialog.exec() != QDialog::Accepted || kept == 0)
        return;
    reload();
    openCandidate(kept);
}

void CandidatesPage::showMergeHistory(qint64 candidateId)
{
    MergeHistoryDialog dialog(m_session, candidateId, this);
    bool undone = false;
    connect(&dialog, &MergeHistoryDialog::mergeUndone, this, [&undone] { undone = true; });
    dialog.exec();
    if (undone)
        reload();
}

void CandidatesPage::openCandidate(qint64 id)
{
    select(id);
    if (m_detail->candidateId() != id)
        m_detail->showCandidate(id);
}

QList<qint64> CandidatesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->idAt(row.row()); id != 0)
            ids << id;
    }
    return ids;
}

void CandidatesPage::addToRequisition(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QString who = tr("%n candidate(s)", nullptr, int(ids.size()));
    if (ids.size() == 1) {
        if (auto candidate = CandidateService(m_session.db(), m_session.actor()).get(ids.first()))
            who = candidate->displayName();
    }
    AddToRequisitionDialog dialog(m_session, ids, who, this);
    if (dialog.exec() != QDialog::Accepted || dialog.addedCount() == 0)
        return;
    m_detail->reload();
    emit statusMessage(tr("Added %n candidate(s) to the pipeline", nullptr, dialog.addedCount()));
    emit recordsChanged();
}

void CandidatesPage::createNew()
{
    CandidateDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Candidate &created = dialog.candidate();
    m_model->refresh();
    select(created.id);
    // Someone added while a search is on may not match it; still show who was added.
    if (m_detail->candidateId() != created.id)
        m_detail->showCandidate(created.id);
    emit statusMessage(tr("Added %1").arg(created.displayName()));
    emit recordsChanged();
}

void CandidatesPage::editCandidate(qint64 id)
{
    if (id == 0)
        return;
    auto stored = CandidateService(m_session.db(), m_session.actor()).get(id);
    if (!stored) {
        showError(this, tr("Edit candidate"), stored.error());
        return;
    }
    CandidateDialog dialog(m_session, this);
    dialog.setCandidate(*stored);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    select(id);
    if (m_detail->candidateId() != id)
        m_detail->showCandidate(id);
    emit statusMessage(tr("Saved %1").arg(dialog.candidate().displayName()));
    emit recordsChanged();
}

void CandidatesPage::archiveCandidate(qint64 id)
{
    if (id == 0)
        return;
    CandidateService service(m_session.db(), m_session.actor());
    auto stored = service.get(id);
    if (!stored) {
        showError(this, tr("Archive candidate"), stored.error());
        return;
    }
    if (!confirm(this, tr("Archive candidate"), tr("Archive %1?").arg(stored->displayName()),
                 tr("Archived candidates no longer appear in lists and searches. Their record, applications "
                    "and timeline are kept."),
                 tr("&Archive")))
        return;
    auto archived = service.archive(id, stored->version);
    if (!archived) {
        if (archived.error().code == ErrorCode::Conflict) {
            Error error = archived.error();
            error.message = tr("Someone else changed %1 while you were looking at them.").arg(stored->displayName());
            error.hint = tr("Their latest version is shown now. Archive again if you still want to.");
            showError(this, tr("Archive candidate"), error);
            m_detail->reload();
        } else {
            showError(this, tr("Archive candidate"), archived.error());
        }
        return;
    }
    m_model->refresh();
    select(0);
    emit statusMessage(tr("Archived %1").arg(stored->displayName()));
    emit recordsChanged();
}

void CandidatesPage::reload()
{
    const qint64 selected = currentId();
    m_model->refresh();
    updateState();
    select(selected);
}

void CandidatesPage::refreshFromOthers()
{
    m_model->refresh(); // a layout change: current row, selection and scroll stay put
    updateState();
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    // The profile shown may be the record that changed: read it again in any case.
    if (id == m_detail->candidateId())
        m_detail->reload();
    else
        m_detail->showCandidate(id);
}

void CandidatesPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    m_columns->save();
    m_detail->saveSettings();
}

} // namespace Tandem::Ui
