#include "candidate_applications_panel.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/application_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

enum Column { WhatColumn, StageColumn, StatusColumn, DateColumn, ByColumn };
constexpr int RequisitionIdRole = Qt::UserRole + 1;

QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CandidateApplicationsPanel::CandidateApplicationsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("Not in any requisition yet. Use Add to Requisition… above to start their pipeline."), this))
    , m_openPipeline(new QPushButton(tr("Open Pipeline"), this))
{
    setObjectName(QStringLiteral("applicationsPanel"));
    m_tree->setObjectName(QStringLiteral("applicationsTree"));
    m_tree->setHeaderLabels({tr("Requisition"), tr("Stage"), tr("Status"), tr("Date"), tr("By")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int column : {StageColumn, StatusColumn, DateColumn, ByColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    m_openPipeline->setEnabled(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_openPipeline->setEnabled(item != nullptr); });
    connect(m_openPipeline, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            emit openPipelineRequested(item->data(WhatColumn, RequisitionIdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->parent())
            emit openPipelineRequested(item->data(WhatColumn, RequisitionIdRole).toLongLong());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openPipeline);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
}

void CandidateApplicationsPanel::showCandidate(qint64 candidateId)
{
    m_candidateId = candidateId;
    m_message->clear();
    reload();
}

int CandidateApplicationsPanel::applicationCount() const
{
    return m_tree->topLevelItemCount();
}

void CandidateApplicationsPanel::reload()
{
    m_tree->clear();
    if (m_candidateId == 0)
        return;
    ApplicationService applications(m_session.db(), m_session.actor());
    auto list = applications.forCandidate(m_candidateId);
    if (!list) {
        m_message->showMessage(list.error().text());
        return;
    }
    RequisitionService requisitions(m_session.db(), m_session.actor());
    UserDirectory users(m_session.db());
    QHash<qint64, QString> userNames;
    auto userName = [&](qint64 id) -> QString {
        if (id == 0)
            return tr("Tandem");
        if (!userNames.contains(id)) {
            auto user = users.byId(id);
            userNames.insert(id, user ? user->name : QString());
        }
        return userNames.value(id);
    };
    for (const Application &application : *list) {
        QHash<qint64, QString> stageNames;
        if (auto stages = requisitions.stages(application.requisitionId)) {
            for (const Stage &stage : *stages)
                stageNames.insert(stage.id, stage.name);
        }
        auto requisition = requisitions.get(application.requisitionId);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(WhatColumn, requisition ? requisition->title : tr("Requisition no longer available"));
        item->setData(WhatColumn, RequisitionIdRole, application.requisitionId);
        item->setText(StageColumn, stageNames.value(application.stageId));
        QString status = label(application.status);
        if (!application.dispositionReason.isEmpty())
            status += QStringLiteral(" — ") + application.dispositionReason;
        item->setText(StatusColumn, status);
        item->setToolTip(StatusColumn, status);
        item->setText(DateColumn, shortDate(application.appliedAt));
        item->setToolTip(DateColumn, tr("Applied"));
        if (auto history = applications.history(application.id)) {
            for (const StageMove &move : *history) {
                auto *step = new QTreeWidgetItem(item);
                // A removed stage has no row any more; its history kept the name.
                const QString from = stageNames.value(move.fromStageId, move.fromStageName);
                step->setText(WhatColumn, move.fromStageId == 0 && move.fromStageName.isEmpty()
                                              ? tr("Entered the pipeline")
                                              : tr("Moved from %1").arg(from));
                step->setText(StageColumn, stageNames.value(move.toStageId, move.toStageName));
                step->setText(DateColumn, shortDate(move.movedAt));
                step->setText(ByColumn, userName(move.movedBy));
                step->setData(WhatColumn, RequisitionIdRole, application.requisitionId);
                step->setForeground(WhatColumn, palette().brush(QPalette::PlaceholderText));
            }
        }
    }
    m_stack->setCurrentWidget(list->isEmpty() ? static_cast<QWidget *>(m_empty) : m_tree);
}


} // namespace Tandem::Ui
