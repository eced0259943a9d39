#include "requisitions_page.h"

#include <ui/column_fitter.h>
#include <ui/empty_state.h>
#include <ui/job_template_dialogs.h>
#include <ui/message_boxes.h>
#include <ui/pipeline_editor_dialog.h>
#include <ui/pipeline_editor_templates.h>
#include <ui/pipeline_view.h>
#include <ui/posting_dialog.h>
#include <ui/scorecard_attributes_dialog.h>
#include <ui/requisition_dialog.h>
#include <ui/screening_questions_dialog.h>
#include <ui/session.h>
#include <ui/status_pill_delegate.h>

#include <core/models/requisition_list_model.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QToolButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

const QString headerKey = QStringLiteral("requisitions/header");
const QString filterKey = QStringLiteral("requisitions/filter");

} // namespace

RequisitionsPage::RequisitionsPage(Session &session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new RequisitionListModel(session.db(), this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("&New requisition…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_open(new QPushButton(tr("Open &Pipeline"), this))
    , m_views(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("requisitionsPage"));
    m_listArea = buildListArea();
    m_pipelineArea = buildPipelineArea();
    m_views->addWidget(m_listArea);
    m_views->addWidget(m_pipelineArea);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    applyFilter();
}

QWidget *RequisitionsPage::buildListArea()
{
    auto *area = new QWidget(m_views);
    m_stack = new QStackedWidget(area);
    m_table = new QTableView(m_stack);
    m_noRequisitions = new EmptyState(m_stack);
    m_noneWithStatus = new EmptyState(m_stack);
    m_filter->setObjectName(QStringLiteral("statusFilter"));
    m_filter->addItem(tr("All statuses"), QString());
    for (RequisitionStatus status : {RequisitionStatus::Draft, RequisitionStatus::Open, RequisitionStatus::OnHold,
                                     RequisitionStatus::Filled, RequisitionStatus::Closed})
        m_filter->addItem(label(status), toKey(status));
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(QSettings().value(filterKey).toString())));
    auto *filterLabel = new QLabel(tr("&Show:"), area);
    filterLabel->setBuddy(m_filter);
    m_count->setObjectName(QStringLiteral("requisitionCount"));
    m_edit->setEnabled(false);
    m_open->setObjectName(QStringLiteral("openPipelineButton"));
    m_open->setToolTip(tr("Show this requisition's applicants on its pipeline board (Enter)"));
    m_open->setEnabled(false);

    m_table->setObjectName(QStringLiteral("requisitionsTable"));
    m_table->setModel(m_model);
    configureTable();

    m_noRequisitions->setObjectName(QStringLiteral("noRequisitionsState"));
    m_noRequisitions->setTitle(tr("No requisitions yet"));
    m_noRequisitions->setMessage(tr("A requisition is an opening to fill: its title, hiring manager, headcount "
                                    "and pipeline. Create one to start tracking applicants."));
    connect(m_noRequisitions->addButton(tr("New requisition…")), &QPushButton::clicked, this,
            &RequisitionsPage::createNew);
    connect(m_noneWithStatus->addButton(tr("Show all requisitions")), &QPushButton::clicked, this,
            [this] { m_filter->setCurrentIndex(0); });
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_noRequisitions);
    m_stack->addWidget(m_noneWithStatus);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RequisitionsPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &RequisitionsPage::createNew);
    connect(m_edit, &QPushButton::clicked, this, [this] { editRequisition(currentId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openPipeline(currentId()); });
    connect(m_model, &RequisitionListModel::errorOccurred, this, [this](const QString &message) {
        showError(this, tr("Requisitions"), Error{ErrorCode::Database, message, {}});
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequisitionsPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequisitionsPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RequisitionsPage::updateState);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_count);
    bar->addStretch();
    auto *more = new QToolButton(area);
    more->setObjectName(QStringLiteral("moreRequisitionActions"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setMenu(buildMoreMenu());
    bar->addWidget(m_open);
    bar->addWidget(m_edit);
    bar->addWidget(more);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(area);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    return area;
}

QWidget *RequisitionsPage::buildPipelineArea()
{
    auto *area = new QWidget(m_views);
    auto *back = new QToolButton(area);
    back->setObjectName(QStringLiteral("backToRequisitions"));
    back->setText(tr("‹ All Requisitions"));
    back->setToolTip(tr("Back to the list of requisitions (Alt+Left)"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, [this] { openPipeline(0); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), area);
    connect(shortcut, &QShortcut::activated, this, [this] { openPipeline(0); });
    auto *edit = new QPushButton(tr("&Edit Requisition…"), area);
    connect(edit, &QPushButton::clicked, this, [this] { editRequisition(m_pipeline->requisitionId()); });
    auto *stages = new QPushButton(tr("Edit &Stages…"), area);
    stages->setToolTip(tr("Rename, reorder, add or remove this pipeline's stages"));
    connect(stages, &QPushButton::clicked, this, [this] { editPipeline(m_pipeline->requisitionId()); });
    auto *scorecard = new QPushButton(tr("S&corecard…"), area);
    scorecard->setToolTip(tr("The attributes interviewers rate for this requisition"));
    connect(scorecard, &QPushButton::clicked, this, [this] { editScorecard(m_pipeline->requisitionId()); });
    auto *publishButton = new QPushButton(tr("P&ublish…"), area);
    publishButton->setToolTip(tr("Publish this requisition as a job posting page or feed"));
    connect(publishButton, &QPushButton::clicked, this, [this] { publish(m_pipeline->requisitionId()); });

    m_pipeline = new PipelineView(m_session, area);
    connect(m_pipeline, &PipelineView::candidateActivated, this, &RequisitionsPage::openCandidateRequested);
    connect(m_pipeline, &PipelineView::scheduleInterviewRequested, this, &RequisitionsPage::scheduleInterviewRequested);
    connect(m_pipeline, &PipelineView::makeOfferRequested, this, &RequisitionsPage::makeOfferRequested);
    connect(m_pipeline, &PipelineView::statusMessage, this, &Page::statusMessage);
    connect(m_pipeline, &PipelineView::changed, this, [this] {
        m_model->refresh();
        emit recordsChanged();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch();
    bar->addWidget(publishButton);
    bar->addWidget(scorecard);
    bar->addWidget(stages);
    bar->addWidget(edit);
    auto *layout = new QVBoxLayout(area);
    layout->addLayout(bar);
    layout->addWidget(m_pipeline, 1);
    return area;
}

void RequisitionsPage::openPipeline(qint64 id)
{
    if (id == 0) {
        m_views->setCurrentWidget(m_listArea);
        const qint64 shown = m_pipeline->requisitionId();
        m_pipeline->showRequisition(0);
        m_model->refresh();
        updateState();
        select(shown);
        m_table->setFocus();
        return;
    }
    m_pipeline->showRequisition(id);
    m_views->setCurrentWidget(m_pipelineArea);
    m_pipeline->setFocus();
}

QMenu *RequisitionsPage::buildMoreMenu()
{
    auto *menu = new QMenu(this);
    menu->addAction(tr("New from &Template…"), this, &RequisitionsPage::createFromTemplate);
    m_selectionActions << menu->addAction(tr("&Save as Template…"), this, [this] { saveAsTemplate(currentId()); });
    m_selectionActions << menu->addAction(tr("Edit &Stages…"), this, [this] { editPipeline(currentId()); });
    m_selectionActions << menu->addAction(tr("S&corecard…"), this, [this] { editScorecard(currentId()); });
    m_selectionActions << menu->addAction(tr("Screening &Questions…"), this, [this] {
        if (currentId() != 0)
            ScreeningQuestionsDialog(m_session, currentId(), this).exec();
    });
    m_selectionActions << menu->addAction(tr("P&ublish…"), this, [this] { publish(currentId()); });
    menu->addSeparator();
    menu->addAction(tr("&Job Templates…"), this, [this] { JobTemplatesDialog::manage(m_session, this); });
    menu->addAction(tr("&Pipeline Templates…"), this, [this] { PipelineTemplatesDialog::manage(m_session, this); });
    return menu;
}

void RequisitionsPage::createFromTemplate()
{
    const std::optional<qint64> created = RequisitionDialog::createFromTemplate(m_session, this);
    if (!created)
        return;
    m_filter->setCurrentIndex(0); // a new draft must not hide behind a status filter
    refreshAfterChange(*created);
    emit statusMessage(tr("Created a requisition from a template"));
}

void RequisitionsPage::saveAsTemplate(qint64 id)
{
    if (id != 0 && JobTemplateSaveDialog::saveRequisition(m_session, id, this))
        emit statusMessage(tr("Saved as a job template"));
}

void RequisitionsPage::editPipeline(qint64 id)
{
    if (id != 0 && PipelineEditorDialog::editRequisition(m_session, id, this)) {
        refreshAfterChange(id);
        emit statusMessage(tr("Saved the pipeline's stages"));
    }
}

void RequisitionsPage::publish(qint64 id)
{
    if (id == 0)
        return;
    PostingDialog::showFor(m_session, id, this);
    refreshAfterChange(id);
}

void RequisitionsPage::editScorecard(qint64 id)
{
    if (id == 0)
        return;
    auto requisition = RequisitionService(m_session.db(), m_session.actor()).get(id);
    if (!requisition) {
        showError(this, tr("Scorecard"), requisition.error());
        return;
    }
    ScorecardAttributesDialog dialog(m_session, id, requisition->title, this);
    dialog.exec();
}

void RequisitionsPage::refreshAfterChange(qint64 id)
{
    m_model->refresh();
    updateState();
    select(id);
    if (isShowingPipeline())
        m_pipeline->reload();
    emit recordsChanged();
}

bool RequisitionsPage::isShowingPipeline() const
{
    return m_views->currentWidget() == m_pipelineArea;
}

void RequisitionsPage::configureTable()
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(RequisitionListModel::StatusColumn,
                                      new StatusPillDelegate(RequisitionListModel::StatusKeyRole, m_table));
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().lineSpacing() + fontMetrics().height() / 2);
    rows->hide();

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setSortIndicator(RequisitionListModel::TitleColumn, Qt::AscendingOrder);
    // Shares of the width: text columns wide, the numbers narrow and close to their labels.
    m_columns = new ColumnFitter(
        m_table,
        {{RequisitionListModel::TitleColumn, 26}, {RequisitionListModel::DepartmentColumn, 13},
         {RequisitionListModel::LocationColumn, 17}, {RequisitionListModel::StatusColumn, 8},
         {RequisitionListModel::HiringManagerColumn, 15}, {RequisitionListModel::OpeningsColumn, 7},
         {RequisitionListModel::ApplicantsColumn, 7}, {RequisitionListModel::AgeColumn, 7}},
        headerKey);
    m_table->setSortingEnabled(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequisitionsPage::updateSelectionActions);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openPipeline(m_model->idAt(index.row())); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &RequisitionsPage::showContextMenu);
}

void RequisitionsPage::applyFilter()
{
    const QString key = m_filter->currentData().toString();
    m_model->setStatusFilter(key.isEmpty() ? std::nullopt : fromKey<RequisitionStatus>(key));
    updateState();
}

void RequisitionsPage::updateState()
{
    const int count = m_model->rowCount();
    const QLocale locale;
    m_count->setText(count == 1 ? tr("1 requisition") : tr("%1 requisitions").arg(locale.toString(count)));
    const bool filtered = m_model->statusFilter().has_value();
    if (count > 0) {
        m_stack->setCurrentWidget(m_table);
    } else if (filtered) {
        m_noneWithStatus->setTitle(tr("No requisitions are “%1”").arg(label(*m_model->statusFilter())));
        m_noneWithStatus->setMessage(tr("Choose another status above, or show them all."));
        m_stack->setCurrentWidget(m_noneWithStatus);
    } else {
        m_stack->setCurrentWidget(m_noRequisitions);
    }
    m_count->setVisible(count > 0 || filtered);
    updateSelectionActions();
}

void RequisitionsPage::updateSelectionActions()
{
    const bool chosen = currentId() != 0;
    m_edit->setEnabled(chosen);
    m_open->setEnabled(chosen);
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(chosen);
}

qint64 RequisitionsPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void RequisitionsPage::select(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    updateSelectionActions();
}

void RequisitionsPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = m_model->idAt(index.row());
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open &Pipeline"), this, [this, id] { openPipeline(id); });
    menu.addAction(tr("&Edit…"), this, [this, id] { editRequisition(id); });
    menu.addAction(tr("Edit &Stages…"), this, [this, id] { editPipeline(id); });
    menu.addAction(tr("&Save as Template…"), this, [this, id] { saveAsTemplate(id); });
    menu.addAction(tr("S&corecard…"), this, [this, id] { editScorecard(id); });
    menu.addAction(tr("P&ublish…"), this, [this, id] { publish(id); });
    menu.addSeparator();
    menu.addAction(tr("Arc&hive…"), this, [this, id] { archiveRequisition(id); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void RequisitionsPage::createNew()
{
    RequisitionDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Requisition &created = dialog.requisition();
    // A new requisition hidden by the filter would look lost: show every status instead.
    if (m_model->statusFilter() && *m_model->statusFilter() != created.status)
        m_filter->setCurrentIndex(0);
    m_model->refresh();
    updateState();
    select(created.id);
    emit statusMessage(tr("Created requisition %1").arg(created.title));
    emit recordsChanged();
}

void RequisitionsPage::editRequisition(qint64 id)
{
    if (id == 0)
        return;
    auto stored = RequisitionService(m_session.db(), m_session.actor()).get(id);
    if (!stored) {
        showError(this, tr("Edit requisition"), stored.error());
        return;
    }
    RequisitionDialog dialog(m_session, this);
    dialog.setRequisition(*stored);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    updateState();
    select(id);
    if (isShowingPipeline())
        m_pipeline->reload();
    emit statusMessage(tr("Saved requisition %1").arg(dialog.requisition().title));
    emit recordsChanged();
}

void RequisitionsPage::archiveRequisition(qint64 id)
{
    if (id == 0)
        return;
    RequisitionService service(m_session.db(), m_session.actor());
    auto stored = service.get(id);
    if (!stored) {
        showError(this, tr("Archive requisition"), stored.error());
        return;
    }
    if (!confirm(this, tr("Archive requisition"), tr("Archive the requisition “%1”?").arg(stored->title),
                 tr("Archived requisitions leave the list. Their applications and history are kept."),
                 tr("&Archive")))
        return;
    auto archived = service.archive(id, stored->version);
    if (!archived) {
        showError(this, tr("Archive requisition"), archived.error());
        m_model->refresh();
        return;
    }
    m_model->refresh();
    updateState();
    emit statusMessage(tr("Archived requisition %1").arg(stored->title));
    emit recordsChanged();
}

void RequisitionsPage::reload()
{
    const qint64 selected = currentId();
    m_model->refresh();
    updateState();
    select(selected);
    if (isShowingPipeline())
        m_pipeline->reload();
}

void RequisitionsPage::refreshFromOthers()
{
    m_model->refresh(); // selections stay on their requisition
    updateState();
    if (isShowingPipeline())
        m_pipeline->reload();
}

void RequisitionsPage::saveSettings() const
{
    QSettings settings;
    m_columns->save();
    settings.setValue(filterKey, m_filter->currentData().toString());
}

} // namespace Tandem::Ui
