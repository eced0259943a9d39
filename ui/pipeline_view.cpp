#include "pipeline_view.h"

#include <ui/board_column_view.h>
#include <ui/column_fitter.h>
#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/reject_dialog.h>
#include <ui/screening_answers_dialog.h>
#include <ui/session.h>

#include <core/models/board_model.h>
#include <core/models/pipeline_list_model.h>
#include <core/records/requisition_service.h>

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

QString statusStyle(RequisitionStatus status)
{
    QString color;
    switch (status) {
    case RequisitionStatus::Open: color = QStringLiteral("#15803d"); break;
    case RequisitionStatus::OnHold: color = QStringLiteral("#b45309"); break;
    case RequisitionStatus::Filled: color = QStringLiteral("#1d4ed8"); break;
    case RequisitionStatus::Closed: color = QStringLiteral("#475569"); break;
    case RequisitionStatus::Draft: color = QStringLiteral("#64748b"); break;
    }
    return QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 8px; padding: 1px 8px; }").arg(color);
}

QAction *addShortcut(QWidget *owner, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

PipelineView::PipelineView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_board(new BoardModel(session.db(), session.actor(), this))
    , m_list(new PipelineListModel(session.db(), this))
    , m_selection(new QItemSelectionModel(m_board, this))
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_boardArea(new QScrollArea(m_stack))
    , m_columnsHost(new QWidget)
    , m_table(new QTableView(m_stack))
    , m_noRequisition(new EmptyState(m_stack))
    , m_noApplicants(new EmptyState(m_stack))
    , m_noMatch(new EmptyState(m_stack))
{
    setObjectName(QStringLiteral("pipelineView"));
    m_headerBar = new QWidget(this);
    auto *header = new QHBoxLayout(m_headerBar);
    header->setContentsMargins(0, 0, 0, 0);
    buildHeader(header);
    m_filterBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    buildFilterBar(bar);

    m_boardArea->setObjectName(QStringLiteral("boardArea"));
    m_boardArea->setWidgetResizable(true);
    m_boardArea->setFrameShape(QFrame::NoFrame);
    m_boardArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_columnsHost->setObjectName(QStringLiteral("boardColumns"));
    auto *columns = new QHBoxLayout(m_columnsHost);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(fontMetrics().averageCharWidth());
    columns->addStretch();
    m_boardArea->setWidget(m_columnsHost);

    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setModel(m_list);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + fontMetrics().height() / 2);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(PipelineListModel::StageColumn, Qt::AscendingOrder);
    // Shares of the width: the name widest, numbers narrow beside their labels.
    new ColumnFitter(m_table,
                     {{PipelineListModel::CandidateColumn, 22}, {PipelineListModel::StageColumn, 12},
                      {PipelineListModel::DaysInStageColumn, 10}, {PipelineListModel::RatingColumn, 7},
                      {PipelineListModel::MatchColumn, 7},
                      {PipelineListModel::NextInterviewColumn, 15}, {PipelineListModel::SourceColumn, 12},
                      {PipelineListModel::StatusColumn, 22}},
                     QStringLiteral("pipeline/listHeader"));
    connect(m_table, &QTableView::activated, this, &PipelineView::activateRow);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_table, pos); });

    m_noRequisition->setObjectName(QStringLiteral("noRequisitionState"));
    m_noRequisition->setTitle(tr("No requisition selected"));
    m_noRequisition->setMessage(tr("Choose a requisition to see its pipeline: every applicant by stage."));
    m_noApplicants->setObjectName(QStringLiteral("noApplicantsState"));
    m_noApplicants->setTitle(tr("No active applicants"));
    m_noApplicants->setMessage(tr("Add candidates to this requisition from their profile or from search results; "
                                  "they appear here in the first stage. Rejected and withdrawn applicants stay "
                                  "findable in the list view, showing all."));
    connect(m_noApplicants->addButton(tr("Show all in the list")), &QPushButton::clicked, this, [this] {
        m_scope->setCurrentIndex(m_scope->findData(int(BoardScope::All)));
        setListMode(true);
    });
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setTitle(tr("No candidates match the filter"));
    connect(m_noMatch->addButton(tr("Clear filters")), &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_source->setCurrentIndex(0);
        m_rating->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
    });
    for (QWidget *page : {static_cast<QWidget *>(m_boardArea), static_cast<QWidget *>(m_table),
                          static_cast<QWidget *>(m_noRequisition), static_cast<QWidget *>(m_noApplicants),
                          static_cast<QWidget *>(m_noMatch)})
        m_stack->addWidget(page);

    // Shortcuts work wherever the focus is inside the view.
    QAction *left = addShortcut(this, tr("Move to &previous stage"), QKeySequence(Qt::CTRL | Qt::Key_Left));
    QAction *right = addShortcut(this, tr("Move to &next stage"), QKeySequence(Qt::CTRL | Qt::Key_Right));
    QAction *reject = addShortcut(this, tr("&Reject…"), QKeySequence::Delete);
    QAction *withdraw = addShortcut(this, tr("&Withdraw…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_undoAction = addShortcut(this, tr("&Undo"), QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(left, &QAction::triggered, this, [this] { moveSelectedBy(-1); });
    connect(right, &QAction::triggered, this, [this] { moveSelectedBy(1); });
    connect(reject, &QAction::triggered, this, [this] { dispositionSelected(ApplicationStatus::Rejected); });
    connect(withdraw, &QAction::triggered, this, [this] { dispositionSelected(ApplicationStatus::Withdrawn); });
    connect(m_undoAction, &QAction::triggered, this, &PipelineView::undo);
    connect(m_undoButton, &QToolButton::clicked, this, &PipelineView::undo);

    connect(m_board, &QAbstractItemModel::modelReset, this, &PipelineView::rebuildColumns);
    connect(m_board, &BoardModel::changeApplied, this, &PipelineView::onChangeApplied);
    connect(m_board, &BoardModel::actionFailed, this, [this](const QString &message, const QString &hint) {
        m_message->showMessage(hint.isEmpty() ? message : message + QLatin1Char(' ') + hint);
    });
    connect(m_board, &BoardModel::undoAvailableChanged, this, [this](bool available) {
        m_undoAction->setEnabled(available);
        m_undoButton->setEnabled(available);
        if (!available)
            m_undoText->clear();
    });
    connect(m_list, &PipelineListModel::errorOccurred, this, [this](const QString &message) { m_message->showMessage(message); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headerBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    showRequisition(0);
}

void PipelineView::buildHeader(QHBoxLayout *header)
{
    m_title = new QLabel(m_headerBar);
    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(m_headerBar);
    m_status->setObjectName(QStringLiteral("pipelineStatus"));
    m_counts = new QLabel(m_headerBar);
    m_counts->setObjectName(QStringLiteral("pipelineCounts"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_undoText = new QLabel(m_headerBar);
    m_undoText->setObjectName(QStringLiteral("undoText"));
    m_undoText->setTextFormat(Qt::PlainText);
    m_undoButton = new QToolButton(m_headerBar);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(tr("Undo the last move, rejection or withdrawal (Ctrl+Z)"));
    m_undoButton->setEnabled(false);
    m_boardButton = new QToolButton(m_headerBar);
    m_boardButton->setObjectName(QStringLiteral("boardModeButton"));
    m_boardButton->setText(tr("Board"));
    m_listButton = new QToolButton(m_headerBar);
    m_listButton->setObjectName(QStringLiteral("listModeButton"));
    m_listButton->setText(tr("List"));
    m_mode = new QButtonGroup(this);
    for (QToolButton *b : {m_boardButton, m_listButton}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        m_mode->addButton(b);
    }
    m_boardButton->setChecked(true);
    connect(m_mode, &QButtonGroup::buttonClicked, this, [this] { updateState(); });
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addSpacing(fontMetrics().averageCharWidth());
    header->addWidget(m_counts);
    header->addStretch();
    header->addWidget(m_undoText);
    header->addWidget(m_undoButton);
    header->addSpacing(fontMetrics().averageCharWidth() * 2);
    header->addWidget(m_boardButton);
    header->addWidget(m_listButton);
}

void PipelineView::buildFilterBar(QHBoxLayout *bar)
{
    m_search = new QLineEdit(m_filterBar);
    m_search->setObjectName(QStringLiteral("pipelineSearch"));
    m_search->setPlaceholderText(tr("Filter by name or title"));
    m_search->setClearButtonEnabled(true);
    m_source = new QComboBox(m_filterBar);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_rating = new QComboBox(m_filterBar);
    m_rating->setObjectName(QStringLiteral("ratingFilter"));
    m_rating->addItem(tr("Any rating"), 0);
    for (int r = 1; r <= 4; ++r)
        m_rating->addItem(tr("Rated %1 or more").arg(r), r);
    m_tag = new QComboBox(m_filterBar);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_scope = new QComboBox(m_filterBar);
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_scope->addItem(tr("Active and hired"), int(BoardScope::Active));
    m_scope->addItem(tr("All, with rejected and withdrawn"), int(BoardScope::All));
    m_order = new QComboBox(m_filterBar);
    m_order->setObjectName(QStringLiteral("cardOrder"));
    m_order->setToolTip(tr("How each column orders its cards"));
    m_order->addItem(tr("Longest in stage first"), int(BoardModel::CardOrder::TimeInStage));
    m_order->addItem(tr("Best match first"), int(BoardModel::CardOrder::Match));
    connect(m_order, &QComboBox::currentIndexChanged, this,
            [this] { m_board->setCardOrder(BoardModel::CardOrder(m_order->currentData().toInt())); });
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_search, &QLineEdit::textChanged, this, &PipelineView::applyFilter);
    for (QComboBox *combo : {m_source, m_rating, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &PipelineView::applyFilter);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_list->setScope(BoardScope(m_scope->currentData().toInt()));
        updateState();
    });
    bar->addWidget(m_search, 1);
    bar->addWidget(m_source);
    bar->addWidget(m_rating);
    bar->addWidget(m_tag);
    bar->addWidget(m_scope);
    bar->addWidget(m_order);
    bar->addStretch();
}

void PipelineView::showRequisition(qint64 requisitionId)
{
    m_requisitionId = requisitionId;
    m_message->clear();
    m_undoText->clear();
    m_board->setRequisition(requisitionId);
    m_list->setRequisition(requisitionId);
    refillFilterChoices();
    updateHeader();
    updateState();
}

void PipelineView::reload()
{
    const QList<qint64> selected = selectedApplications();
    m_board->reload();
    m_list->reload();
    refillFilterChoices();
    updateHeader();
    updateState();
    selectApplications(selected);
}

void PipelineView::refillFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all, const QStringList &values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_source, tr("Any source"), m_board->sources());
    refill(m_tag, tr("Any tag"), m_board->tags());
}

void PipelineView::applyFilter()
{
    BoardFilter filter;
    filter.text = m_search->text();
    filter.source = m_source->currentData().toString();
    filter.minimumRating = m_rating->currentData().toInt();
    filter.tag = m_tag->currentData().toString();
    m_board->setFilter(filter);
    m_list->setFilter(filter);
    updateHeader();
    updateState();
}

void PipelineView::rebuildColumns()
{
    const QList<Stage> stages = m_board->stages();
    bool same = stages.size() == m_columns.size();
    for (qsizetype i = 0; same && i < stages.size(); ++i)
        same = m_columns[i]->stageId() == stages[i].id;
    if (!same) {
        qDeleteAll(m_columns);
        m_columns.clear();
        auto *layout = static_cast<QHBoxLayout *>(m_columnsHost->layout());
        for (qsizetype i = 0; i < stages.size(); ++i) {
            auto *column = new BoardColumn(m_columnsHost);
            BoardColumnView *view = column->view();
            column->attach(m_board, m_selection, int(i));
            connect(view, &QListView::activated, this, &PipelineView::activateCard);
            connect(view, &BoardColumnView::neighbourRequested, this, [this, i](int delta) { focusColumn(int(i) + delta); });
            connect(view, &QListView::customContextMenuRequested, this,
                    [this, view](const QPoint &pos) { showContextMenu(view, pos); });
            layout->insertWidget(int(i), column, 1);
            m_columns.append(column);
        }
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_columns[i]->showStage(m_board->stageIndex(int(i)));
}

// Keyboard navigation across the board: the neighbouring column's card at the same height
// (or its last one) becomes current and selected.
void PipelineView::focusColumn(int index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    const int row = std::max(0, m_selection->currentIndex().row());
    const QModelIndex stage = m_board->stageIndex(index);
    const int count = m_board->rowCount(stage);
    BoardColumnView *view = m_columns[index]->view();
    view->setFocus();
    m_boardArea->ensureWidgetVisible(m_columns[index]);
    if (count == 0)
        return;
    const QModelIndex card = m_board->index(std::min(row, count - 1), 0, stage);
    m_selection->setCurrentIndex(card, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(card);
}

BoardColumn *PipelineView::column(qint64 stageId) const
{
    for (BoardColumn *c : m_columns)
        if (c->stageId() == stageId)
            return c;
    return nullptr;
}

void PipelineView::updateHeader()
{
    const bool has = m_requisitionId != 0;
    m_headerBar->setVisible(has);
    m_filterBar->setVisible(has);
    if (!has)
        return;
    auto requisition = RequisitionService(m_session.db(), m_session.actor()).get(m_requisitionId);
    if (requisition) {
        m_title->setText(requisition->title);
        m_status->setText(label(requisition->status));
        m_status->setStyleSheet(statusStyle(requisition->status));
    }
    int stale = 0;
    int hired = 0;
    for (int c = 0; c < m_board->rowCount(); ++c) {
        const QModelIndex stage = m_board->stageIndex(c);
        stale += stage.data(BoardModel::StaleCountRole).toInt();
        if (stage.data(BoardModel::StageKindRole).toString() == QLatin1String("hired"))
            hired += stage.data(BoardModel::TotalCountRole).toInt();
    }
    const QLocale locale;
    const int total = m_board->totalCards();
    QStringList parts{total == 1 ? tr("1 candidate") : tr("%1 candidates").arg(locale.toString(total))};
    if (m_board->shownCards() != total)
        parts << tr("%1 shown").arg(locale.toString(m_board->shownCards()));
    if (stale > 0)
        parts << tr("%1 stale").arg(locale.toString(stale));
    if (hired > 0)
        parts << tr("%1 hired").arg(locale.toString(hired));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

bool PipelineView::isListMode() const
{
    return m_listButton->isChecked();
}

void PipelineView::setListMode(bool list)
{
    (list ? m_listButton : m_boardButton)->setChecked(true);
    updateState();
}

void PipelineView::updateState()
{
    m_scope->setVisible(isListMode());
    if (m_requisitionId == 0) {
        m_stack->setCurrentWidget(m_noRequisition);
        return;
    }
    const bool list = isListMode();
    const bool filtered = !m_board->filter().isEmpty();
    const bool anyApplicant = m_board->totalCards() > 0 || (list && m_list->rowCount() > 0);
    if (!anyApplicant && !(list && m_list->scope() == BoardScope::All && filtered)) {
        m_stack->setCurrentWidget(m_noApplicants);
    } else if (filtered && (list ? m_list->rowCount() == 0 : m_board->shownCards() == 0)) {
        m_noMatch->setMessage(tr("Change or clear the filters above to see the pipeline again."));
        m_stack->setCurrentWidget(m_noMatch);
    } else {
        m_stack->setCurrentWidget(list ? static_cast<QWidget *>(m_table) : m_boardArea);
    }
}

QList<qint64> PipelineView::selectedApplications() const
{
    QList<qint64> ids;
    if (isListMode()) {
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
            ids.append(m_list->applicationIdAt(row.row()));
        return ids;
    }
    for (const QModelIndex &index : m_selection->selectedIndexes())
        if (const qint64 id = index.data(BoardModel::ApplicationIdRole).toLongLong(); id && !ids.contains(id))
            ids.append(id);
    if (ids.isEmpty())
        if (const qint64 id = m_selection->currentIndex().data(BoardModel::ApplicationIdRole).toLongLong())
            ids.append(id);
    return ids;
}

void PipelineView::selectApplications(const QList<qint64> &applicationIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : applicationIds) {
        const QModelIndex index = m_board->indexOfCard(id);
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!first.isValid())
        return;
    m_selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    if (BoardColumn *c = column(first.data(BoardModel::StageIdRole).toLongLong())) {
        c->view()->scrollTo(first);
        if (!isListMode() && isVisible())
            c->view()->setFocus();
        m_boardArea->ensureWidgetVisible(c);
    }
}

qint64 PipelineView::focusApplication() const
{
    const QList<qint64> ids = selectedApplications();
    return ids.isEmpty() ? 0 : ids.first();
}

bool PipelineView::moveSelected(qint64 stageId)
{
    const QList<qint64> ids = selectedApplications();
    if (ids.isEmpty() || stageId == 0)
        return false;
    const bool moved = m_board->moveCards(ids, stageId);
    if (moved)
        selectApplications(ids);
    return moved;
}

bool PipelineView::moveSelectedBy(int delta)
{
    const QList<qint64> ids = selectedApplications();
    if (ids.isEmpty())
        return false;
    // Relative to the first selected card's stage, so a mixed selection lands together.
    const QModelIndex first = m_board->indexOfCard(ids.first());
    const int target = first.parent().row() + delta;
    if (!first.isValid() || target < 0 || target >= m_board->rowCount())
        return false;
    return moveSelected(m_board->stageIndex(target).data(BoardModel::StageIdRole).toLongLong());
}

void PipelineView::dispositionSelected(ApplicationStatus status)
{
    const QList<qint64> ids = selectedApplications();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids)
        names << m_board->indexOfCard(id).data().toString();
    names.removeAll(QString());
    RejectDialog dialog(m_session, status, names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_board->dispositionCards(ids, status, dialog.reason());
}

bool PipelineView::undo()
{
    if (!m_board->canUndo())
        return false;
    return m_board->undo();
}

void PipelineView::onChangeApplied(const QString &summary)
{
    m_message->clear();
    m_list->reload();
    refillFilterChoices();
    updateHeader();
    updateState();
    const bool undoable = m_board->canUndo();
    m_undoText->setText(undoable ? summary : QString());
    emit statusMessage(undoable ? tr("%1 — Undo with Ctrl+Z").arg(summary) : summary);
    emit changed();
}

void PipelineView::activateCard(const QModelIndex &index)
{
    if (const qint64 id = index.data(BoardModel::CandidateIdRole).toLongLong())
        emit candidateActivated(id);
}

void PipelineView::activateRow(const QModelIndex &index)
{
    if (const qint64 id = m_list->candidateIdAt(index.row()))
        emit candidateActivated(id);
}

void PipelineView::showContextMenu(QWidget *view, const QPoint &position)
{
    auto *itemView = qobject_cast<QAbstractItemView *>(view);
    const QModelIndex index = itemView->indexAt(position);
    if (!index.isValid())
        return;
    if (!itemView->selectionModel()->isSelected(index))
        itemView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> ids = selectedApplications();
    if (ids.isEmpty())
        return;
    const qint64 focus = ids.first();
    const qint64 candidate = isListMode() ? m_list->candidateIdAt(index.row()) : index.data(BoardModel::CandidateIdRole).toLongLong();
    const QModelIndex card = m_board->indexOfCard(focus);
    const bool active = card.isValid() && card.data(BoardModel::StatusKeyRole).toString() == QLatin1String("active");

    QMenu menu(this);
    QMenu *moveTo = menu.addMenu(tr("&Move to"));
    for (const Stage &stage : m_board->stages()) {
        QAction *a = moveTo->addAction(stage.name, this, [this, id = stage.id] { moveSelected(id); });
        a->setEnabled(active && !(ids.size() == 1 && card.data(BoardModel::StageIdRole).toLongLong() == stage.id));
    }
    moveTo->setEnabled(active);
    menu.addAction(tr("&Reject…"), QKeySequence::Delete, this, [this] { dispositionSelected(ApplicationStatus::Rejected); })
        ->setEnabled(active);
    menu.addAction(tr("&Withdraw…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), this,
                   [this] { dispositionSelected(ApplicationStatus::Withdrawn); })
        ->setEnabled(active);
    menu.addSeparator();
    menu.addAction(tr("&Schedule interview…"), this, [this, focus] { emit scheduleInterviewRequested(focus); })->setEnabled(active);
    menu.addAction(tr("Make &offer…"), this, [this, focus] { emit makeOfferRequested(focus); })->setEnabled(active);
    menu.addAction(tr("Screening &answers…"), this, [this, focus] { editScreeningAnswers(focus); });
    menu.addSeparator();
    menu.addAction(tr("Open &profile"), this, [this, candidate] { emit candidateActivated(candidate); });
    menu.exec(view->mapToGlobal(position));
}

} // namespace Tandem::Ui

namespace Tandem::Ui {

bool PipelineView::editScreeningAnswers(qint64 applicationId)
{
    ScreeningAnswersDialog dialog(m_session, applicationId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit changed();
    emit statusMessage(dialog.summary());
    return true;
}

} // namespace Tandem::Ui
