#include "duplicates_dialog.h"

#include <ui/background_task.h>
#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/merge_dialog.h>
#include <ui/session.h>
#include <ui/tool_tip.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Tandem::Ui {

namespace {

enum Column { NameA, NameB, Score, Reasons };
constexpr int idA = Qt::UserRole;
constexpr int idB = Qt::UserRole + 1;

} // namespace

DuplicatesDialog::DuplicatesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    m_list->setObjectName(QStringLiteral("duplicatePairs"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Candidate"), tr("Possible duplicate"), tr("Score"), tr("Why")});
    m_list->header()->setStretchLastSection(true);
    for (int column : {NameA, NameB, Score})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_compare = buttons->addButton(tr("Compare and Merge…"), QDialogButtonBox::ActionRole);
    m_dismiss = buttons->addButton(tr("Not Duplicates"), QDialogButtonBox::ActionRole);
    m_searchAgain = buttons->addButton(tr("Search Again"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("These are different people: never propose this pair again"));
    connect(m_compare, &QPushButton::clicked, this, &DuplicatesDialog::compareSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissSelected);
    connect(m_searchAgain, &QPushButton::clicked, this, &DuplicatesDialog::search);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicatesDialog::compareSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    m_empty->setTitle(tr("Searching…"));
    m_stack->setCurrentWidget(m_empty);
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 36);
}

void DuplicatesDialog::search()
{
    m_message->clear();
    m_searchAgain->setEnabled(false);
    auto found = std::make_shared<QList<DuplicatePair>>();
    BackgroundTask::start(
        this, tr("Find Duplicates"), tr("Comparing candidates…"), m_session.settings(),
        [found](Database &db, TaskProgress &progress) -> Result<QString> {
            auto pairs = DuplicateFinder(db).findAll(
                [&progress](qint64 done, qint64 total) { return progress.report(done, total); });
            if (!pairs)
                return std::unexpected(pairs.error());
            *found = *pairs;
            return QString();
        },
        [this, found](const Result<QString> &result) {
            m_searchAgain->setEnabled(true);
            if (!result && result.error().code != ErrorCode::Cancelled)
                m_message->showMessage(result.error().text());
            showPairs(*found);
            if (!result && result.error().code == ErrorCode::Cancelled) {
                m_empty->setTitle(tr("The search was stopped"));
                m_empty->setMessage(tr("Choose Search Again to look through every candidate."));
            }
            emit searchFinished();
        });
}

void DuplicatesDialog::showPairs(const QList<DuplicatePair> &pairs)
{
    m_list->clear();
    const QLocale locale;
    for (const DuplicatePair &p : pairs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameA, p.nameA);
        item->setText(NameB, p.nameB);
        item->setText(Score, locale.toString(qRound(p.score * 100)) + locale.percent());
        item->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Reasons, p.reasons.join(QStringLiteral("; ")));
        item->setToolTip(Reasons, plainToolTip(p.reasons.join(QLatin1Char('\n'))));
        item->setData(NameA, idA, p.candidateA);
        item->setData(NameA, idB, p.candidateB);
    }
    m_empty->setTitle(tr("No likely duplicates"));
    m_empty->setMessage(
        tr("No two candidates share an e-mail, phone or LinkedIn profile, or a similar name with the "
           "same employer or city."));
    m_stack->setCurrentWidget(pairs.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    if (!pairs.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int DuplicatesDialog::pairCount() const
{
    return m_list->topLevelItemCount();
}

void DuplicatesDialog::selectPair(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

void DuplicatesDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_compare->setEnabled(selected);
    m_dismiss->setEnabled(selected);
}

void DuplicatesDialog::dismissSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 a = item->data(NameA, idA).toLongLong(), b = item->data(NameA, idB).toLongLong();
    if (auto ok = DuplicateFinder(m_session.db()).dismiss(a, b, m_session.actor()); !ok) {
        m_message->showMessage(ok.error().text());
        return;
    }
    delete item;
    if (pairCount() == 0)
        showAllHandled();
    updateButtons();
}

void DuplicatesDialog::compareSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    // The older record (the smaller id) survives by default; the dialog can swap them.
    auto *dialog = new MergeDialog(m_session, item->data(NameA, idA).toLongLong(),
                                   item->data(NameA, idB).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this](const MergeRecord &record) {
        removePairsWith(record.mergedId);
        emit candidateMerged(record.survivorId);
    });
    dialog->open();
}

void DuplicatesDialog::removePairsWith(qint64 candidateId)
{
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameA, idA).toLongLong() == candidateId
            || item->data(NameA, idB).toLongLong() == candidateId)
            delete item;
    }
    if (pairCount() == 0)
        showAllHandled();
    updateButtons();
}

void DuplicatesDialog::showAllHandled()
{
    showPairs({});
    m_empty->setTitle(tr("No likely duplicates left"));
    m_empty->setMessage(tr("Merged records and pairs marked as different people are not proposed again."));
}

} // namespace Tandem::Ui
