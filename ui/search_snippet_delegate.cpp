#include "search_snippet_delegate.h"

#include <core/search/search_snippet.h>

#include <QApplication>
#include <QPainter>

namespace Tandem::Ui {
namespace {

struct Run
{
    QString text;
    bool marked = false;
};

// The snippet cut into plain and highlighted runs, in order.
QList<Run> runsOf(const QString &text, const QList<HighlightRange> &highlights)
{
    QList<Run> runs;
    int at = 0;
    for (const HighlightRange &r : highlights) {
        if (r.start < at || r.start + r.length > text.size())
            continue; // out of order or out of range: paint it plainly
        if (r.start > at)
            runs.append({text.mid(at, r.start - at), false});
        runs.append({text.mid(r.start, r.length), true});
        at = r.start + r.length;
    }
    if (at < text.size())
        runs.append({text.mid(at), false});
    return runs;
}

// When the words before the first match fill more than a third of the width, they are cut
// at a word boundary and replaced by an ellipsis, so the match itself is always in view.
void bringFirstMatchIntoView(QString &text, QList<HighlightRange> &highlights, const QFontMetrics &metrics,
                             int width)
{
    if (highlights.isEmpty())
        return;
    const int first = highlights.front().start;
    if (first <= 0 || metrics.horizontalAdvance(text.left(first)) <= width / 3)
        return;
    int from = first;
    while (from > 0 && metrics.horizontalAdvance(text.mid(from - 1, first - from + 1)) <= width / 4)
        --from;
    // Start at a word: the one cut into, when it still leaves the match in the first half.
    const int before = from > 0 ? int(text.lastIndexOf(u' ', from - 1)) : -1;
    const int after = int(text.indexOf(u' ', from));
    if (before >= 0 && metrics.horizontalAdvance(text.mid(before + 1, first - before - 1)) <= width / 2)
        from = before + 1;
    else if (after >= 0 && after < first)
        from = after + 1;
    const QString ellipsis(QChar(0x2026));
    text = ellipsis + text.mid(from);
    const int shift = int(ellipsis.size()) - from;
    QList<HighlightRange> moved;
    for (const HighlightRange &r : std::as_const(highlights)) {
        if (r.start >= from)
            moved.append({r.start + shift, r.length});
    }
    highlights = moved;
}

} // namespace

SearchSnippetDelegate::SearchSnippetDelegate(int highlightsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_highlightsRole(highlightsRole)
{ }

void SearchSnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString text = opt.text;
    opt.text.clear(); // the style paints background, selection and focus; we paint the text
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mark = opt.palette.color(group, QPalette::Highlight);
    mark.setAlpha(selected ? 0 : 45);
    QFont bold = opt.font;
    bold.setBold(true);

    painter->save();
    painter->setClipRect(area);
    painter->setPen(ink);
    const QFontMetrics plainMetrics(opt.font);
    const QFontMetrics boldMetrics(bold);
    const int ellipsisWidth = plainMetrics.horizontalAdvance(QChar(0x2026));
    const int baseline = area.top() + (area.height() - plainMetrics.height()) / 2 + plainMetrics.ascent();
    int x = area.left();
    auto highlights = index.data(m_highlightsRole).value<QList<HighlightRange>>();
    bringFirstMatchIntoView(text, highlights, plainMetrics, area.width());
    for (const Run &run : runsOf(text, highlights)) {
        const QFontMetrics &metrics = run.marked ? boldMetrics : plainMetrics;
        QString piece = run.text;
        const int room = area.right() - x;
        const bool fits = metrics.horizontalAdvance(piece) <= room;
        if (!fits)
            piece = metrics.elidedText(piece, Qt::ElideRight, std::max(0, room));
        if (piece.isEmpty() && !fits) { // not even one letter fits: end with the ellipsis
            painter->setFont(opt.font);
            painter->drawText(QPoint(std::min(x, area.right() - ellipsisWidth), baseline), QString(QChar(0x2026)));
            break;
        }
        const int width = metrics.horizontalAdvance(piece);
        if (run.marked) {
            painter->fillRect(QRect(x - 1, area.top() + 2, width + 2, area.height() - 4), mark);
            painter->setFont(bold);
        } else {
            painter->setFont(opt.font);
        }
        painter->drawText(QPoint(x, baseline), piece);
        x += width;
        if (!fits)
            break;
    }
    painter->restore();
}

} // namespace Tandem::Ui
