#include "merge_history_dialog.h"

#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/session.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

MergeHistoryDialog::MergeHistoryDialog(Session &session, qint64 candidateId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_candidateId(candidateId)
    , m_list(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("mergeHistoryDialog"));
    setWindowTitle(tr("Merge History"));
    m_list->setObjectName(QStringLiteral("mergeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("Kept"), tr("Merged into it"), tr("By"), tr("Undone")});
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 4; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_empty->setTitle(tr("No merges yet"));
    m_empty->setMessage(
        tr("When two records of one person are merged, the merge is listed here and can be undone by "
           "the person who made it."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("Undo Merge…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(true); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MergeHistoryDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    reload();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 22);
}

void MergeHistoryDialog::reload()
{
    MergeService merges(m_session.db(), m_session.actor());
    auto records = m_candidateId ? merges.history(m_candidateId) : merges.journal();
    m_list->clear();
    m_records.clear();
    if (!records) {
        m_message->showMessage(records.error().text());
    } else {
        m_records = *records;
        const QLocale locale;
        for (const MergeRecord &r : std::as_const(m_records)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, locale.toString(r.mergedAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, r.survivorName);
            item->setText(2, r.mergedName);
            item->setText(3, r.mergedByName);
            if (r.isUndone())
                item->setText(4,
                              tr("%1 by %2")
                                  .arg(locale.toString(r.undoneAt.toLocalTime(), QLocale::ShortFormat),
                                       r.undoneByName.isEmpty() ? tr("Tandem") : r.undoneByName));
        }
    }
    m_stack->setCurrentWidget(m_records.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    if (!m_records.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int MergeHistoryDialog::mergeCount() const
{
    return m_list->topLevelItemCount();
}

void MergeHistoryDialog::selectMerge(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

void MergeHistoryDialog::updateButtons()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_records.size()) {
        m_undo->setEnabled(false);
        m_undo->setToolTip(QString());
        return;
    }
    const MergeRecord &r = m_records.at(row);
    const bool mine = MergeService(m_session.db(), m_session.actor()).canUndo(r);
    m_undo->setEnabled(mine);
    if (r.isUndone())
        m_undo->setToolTip(tr("This merge was undone already."));
    else if (!mine)
        m_undo->setToolTip(tr("%1 made this merge; only they can undo it.").arg(r.mergedByName));
    else
        m_undo->setToolTip(tr("Separate %1 from %2 again, as they were before the merge.")
                               .arg(r.mergedName, r.survivorName));
}

void MergeHistoryDialog::undoSelected(bool ask)
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_records.size())
        return;
    const MergeRecord r = m_records.at(row);
    if (ask
        && !confirm(
            this, tr("Undo Merge"), tr("Separate %1 from %2 again?").arg(r.mergedName, r.survivorName),
            tr("Everything that moved with the merge goes back, and %1 is restored.").arg(r.mergedName),
            tr("Undo Merge")))
        return;
    auto undone = MergeService(m_session.db(), m_session.actor()).undo(r.id);
    if (!undone) {
        m_message->showMessage(undone.error().text());
        return;
    }
    m_message->clear();
    reload();
    emit mergeUndone(r.survivorId, r.mergedId);
}

} // namespace Tandem::Ui
