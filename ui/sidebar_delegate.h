#pragma once

#include <QStyledItemDelegate>

namespace Tandem::Ui {

// Draws a section of the window's sidebar: the name with room around it, and the current
// section as a rounded highlight inset from the edges, as navigation lists usually look
// (a plain list item would read as data).
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Tandem::Ui
