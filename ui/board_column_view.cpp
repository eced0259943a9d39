#include "board_column_view.h"

#include <ui/board_card_delegate.h>

#include <core/models/board_model.h>

#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QVBoxLayout>

namespace Tandem::Ui {

BoardColumnView::BoardColumnView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("boardColumnView"));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // the whole column lights up instead: order inside a stage is by time
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegate(new BoardCardDelegate(this));
    viewport()->setAutoFillBackground(false);
}

void BoardColumnView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList cards;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (model()->flags(index) & Qt::ItemIsDragEnabled)
            cards.append(index);
    if (cards.isEmpty())
        return;
    QMimeData *mime = model()->mimeData(cards);
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    // A small label instead of a picture of every card.
    const QString text = cards.size() == 1 ? cards.first().data().toString() : tr("%1 candidates").arg(cards.size());
    const QFontMetrics metrics = fontMetrics();
    QPixmap pixmap(metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() + 2, metrics.height() + 8);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(pixmap.rect()), 6, 6);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, text);
    painter.end();
    drag->setPixmap(pixmap);
    emit dragStarting(mime);
    drag->exec(supportedActions & Qt::MoveAction, Qt::MoveAction);
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    QListView::dragEnterEvent(event);
    m_dropHighlight = event->source() != this && event->mimeData()->hasFormat(BoardModel::mimeType);
    viewport()->update();
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QListView::dragLeaveEvent(event);
    m_dropHighlight = false;
    viewport()->update();
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    m_dropHighlight = false;
    QListView::dropEvent(event);
    viewport()->update();
}

void BoardColumnView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        emit neighbourRequested(event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    QListView::keyPressEvent(event);
}

void BoardColumnView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (model() && rootIndex().isValid() && model()->rowCount(rootIndex()) == 0) {
        // An empty stage says what it is for instead of looking broken.
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 24, -8, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         tr("No one here. Drag cards into this stage."));
    }
    if (!m_dropHighlight)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(2, 2, -2, -2), 6, 6);
}

BoardColumn::BoardColumn(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_count(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_view(new BoardColumnView(this))
{
    setObjectName(QStringLiteral("boardColumn"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    // Columns share the width: six stages fit a laptop screen side by side; more scroll.
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    setMaximumWidth(fontMetrics().averageCharWidth() * 44);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (QLabel *label : {m_name, m_count, m_stale})
        label->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_count->setObjectName(QStringLiteral("stageCount"));
    m_count->setStyleSheet(QStringLiteral("QLabel { background: rgba(100, 116, 139, 0.18); border-radius: 8px; padding: 0px 7px; }"));
    m_stale->setStyleSheet(QStringLiteral("color: #b45309;"));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 2);
    header->addWidget(m_name);
    header->addWidget(m_count);
    header->addStretch();
    header->addWidget(m_stale);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void BoardColumn::attach(QAbstractItemModel *model, QItemSelectionModel *selection, int row)
{
    m_row = row;
    m_view->setModel(model);
    m_view->setSelectionModel(selection);
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        if (m_row < model->rowCount())
            showStage(model->index(m_row, 0));
    });
    showStage(model->index(row, 0));
}

void BoardColumn::showStage(const QModelIndex &stage)
{
    m_stageId = stage.data(BoardModel::StageIdRole).toLongLong();
    const QString name = stage.data(BoardModel::StageNameRole).toString();
    m_name->setText(name);
    m_name->setToolTip(QString());
    const int shown = stage.data(BoardModel::CardCountRole).toInt();
    const int total = stage.data(BoardModel::TotalCountRole).toInt();
    const QLocale locale;
    m_count->setText(shown == total ? locale.toString(total) : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
    const int stale = stage.data(BoardModel::StaleCountRole).toInt();
    m_stale->setText(stale > 0 ? tr("%1 stale").arg(locale.toString(stale)) : QString());
    m_stale->setVisible(stale > 0);
    const QVariant limit = stage.data(BoardModel::StaleAfterRole);
    m_stale->setToolTip(limit.isValid() ? tr("Cards here longer than %1 days").arg(limit.toInt()) : QString());
    m_view->setObjectName(QStringLiteral("boardColumnView_%1").arg(stage.row()));
    m_view->setRootIndex(stage);
}

} // namespace Tandem::Ui
