#include "mentions_dialog.h"

#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/session.h>
#include <ui/tool_tip.h>

#include <core/records/activity_log.h>
#include <core/records/candidate_service.h>

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

MentionsDialog::MentionsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Mentions of %1").arg(session.actor().name));
    setObjectName(QStringLiteral("mentionsDialog"));
    m_list->setObjectName(QStringLiteral("mentionsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Candidate"), tr("Note"), tr("By"), tr("When")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int column : {0, 2, 3})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *message = new InlineMessage(this);
    auto *empty = new EmptyState(this);
    empty->setTitle(tr("Nobody has mentioned you yet"));
    empty->setMessage(tr("When a colleague writes @%1 in a note, the note appears here.").arg(session.actor().name));
    auto *stack = new QStackedWidget(this);
    stack->addWidget(m_list);
    stack->addWidget(empty);

    auto notes = ActivityLog(session.db(), session.actor()).mentioning(session.actor().userId);
    if (!notes) {
        message->showMessage(notes.error().text());
    } else {
        CandidateService candidates(session.db(), session.actor());
        QHash<qint64, QString> names;
        for (const Activity &note : *notes) {
            if (!names.contains(note.candidateId)) {
                auto candidate = candidates.get(note.candidateId);
                names.insert(note.candidateId, candidate ? candidate->displayName() : tr("Candidate %1").arg(note.candidateId));
            }
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, names.value(note.candidateId));
            item->setText(1, QString(note.body).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            item->setToolTip(1, plainToolTip(note.body));
            item->setText(2, note.actorName);
            item->setText(3, QLocale().toString(note.occurredAt.toLocalTime(), QLocale::ShortFormat));
            item->setData(0, Qt::UserRole, note.candidateId);
        }
    }
    stack->setCurrentWidget(m_list->topLevelItemCount() > 0 ? static_cast<QWidget *>(m_list) : empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open Candidate"), QDialogButtonBox::AcceptRole);
    open->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, open, [open](QTreeWidgetItem *item) { open->setEnabled(item); });
    auto openCurrent = [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem()) {
            emit openCandidateRequested(item->data(0, Qt::UserRole).toLongLong());
            accept();
        }
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(stack, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
}

int MentionsDialog::mentionCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace Tandem::Ui
