#pragma once

#include <QStyledItemDelegate>

namespace Tandem::Ui {

// Paints one pipeline card (a BoardModel card row) in a fixed height, so a column of 500
// cards scrolls without measuring any of them:
//   Name (bold)                                   ●●●○ rating
//   current title
//   12 days in stage · Referral               Interview 3 Mar
//   [tag] [tag]                        [Stale] [Duplicate] [No consent]
// A stale card also gets an amber stripe on its left edge. All text is plain; the flags'
// explanations are the model's tool tip.
class BoardCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The fixed card height for a font (for uniform item sizes).
    static int cardHeight(const QFontMetrics &metrics);
};

} // namespace Tandem::Ui
