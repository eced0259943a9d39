#pragma once

#include <QStyledItemDelegate>

namespace Tandem::Ui {

// Paints one pipeline card (a BoardModel card row) in a fixed height, so a column of 500
// cards scrolls without measuring any of them:
//   Name (bold)                             [87%] ●●●○ rating
//   current title
//   12 days in stage · Referral               Interview 3 Mar
//   [tag] [tag]             [Knockout] [Stale] [Duplicate] [No consent]
// The match badge is green from 75, amber from 50, grey below; no badge when the
// requisition asks nothing to score.
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
