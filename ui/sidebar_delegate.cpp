#include "sidebar_delegate.h"

#include <QPainter>
#include <QPainterPath>

namespace Tandem::Ui {

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    const QString text = index.data(Qt::DisplayRole).toString();
    return {metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 8, metrics.lineSpacing() * 2};
}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    const int inset = metrics.averageCharWidth();
    const QRect pill = option.rect.adjusted(inset, inset / 2, -inset, -inset / 2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hovered) {
        QColor fill = option.palette.color(QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.15f);
        QPainterPath path;
        path.addRoundedRect(QRectF(pill), inset * 0.8, inset * 0.8);
        painter->fillPath(path, fill);
    }
    if (option.state & QStyle::State_HasFocus) {
        // Keyboard users see where the focus is.
        QColor ring = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
        ring.setAlphaF(0.7f);
        painter->setPen(QPen(ring, 1.0, Qt::DotLine));
        painter->drawRoundedRect(QRectF(pill).adjusted(2, 2, -2, -2), inset * 0.6, inset * 0.6);
    }
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
    const QRect textRect = pill.adjusted(inset, 0, -inset / 2, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace Tandem::Ui
