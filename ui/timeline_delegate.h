#pragma once

#include <QStyledItemDelegate>

namespace Tandem::Ui {

// Draws one timeline entry (a TimelineModel row) in three lines:
//   kind · actor                                      local date and time
//   subject
//   the start of the body, on one line
// Everything is painted as plain text; every entry has the same height, so long
// timelines scroll without measuring each row.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int padding(const QStyleOptionViewItem &option);
};

} // namespace Tandem::Ui
