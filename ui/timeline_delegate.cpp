#include "timeline_delegate.h"

#include <core/models/timeline_model.h>

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Tandem::Ui {
namespace {

QString oneLine(const QString &text)
{
    return text.simplified();
}

// Each family of activity keeps one colour, so a recruiter scanning a long timeline spots
// the notes, the emails and the stage changes without reading every line.
QColor kindColor(const QString &kind, const QPalette &palette)
{
    QColor color = palette.color(QPalette::Link);
    if (kind.startsWith(QLatin1String("email")))
        color = QColor(0x0f, 0x76, 0x6e);
    else if (kind == QLatin1String("call") || kind == QLatin1String("meeting"))
        color = QColor(0x15, 0x80, 0x3d);
    else if (kind == QLatin1String("stage_change") || kind == QLatin1String("application")
             || kind == QLatin1String("disposition"))
        color = QColor(0x7e, 0x22, 0xce);
    else if (kind == QLatin1String("event_attended"))
        color = QColor(0xc2, 0x41, 0x0c);
    else if (kind == QLatin1String("system"))
        color = palette.color(QPalette::PlaceholderText);
    // On a dark palette the same hue, lighter, keeps the contrast.
    if (palette.color(QPalette::Base).lightness() < 128)
        color = color.lighter(170);
    return color;
}

} // namespace

int TimelineDelegate::padding(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() / 2;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    return {metrics.averageCharWidth() * 40, metrics.lineSpacing() * 3 + padding(option) * 2 + metrics.leading()};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection come from the style; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const QColor accent = selected ? text : kindColor(index.data(TimelineModel::KindRole).toString(), option.palette);

    const int pad = padding(option);
    const QRect area = option.rect.adjusted(pad, pad, -pad, -pad);
    const QFontMetrics &metrics = option.fontMetrics;
    const int line = metrics.lineSpacing();

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    painter->save();
    // Line 1: kind and actor on the left, the local date on the right.
    const QDateTime occurred = index.data(TimelineModel::OccurredAtRole).toDateTime();
    const QString when = occurred.isValid() ? QLocale().toString(occurred.toLocalTime(), QLocale::ShortFormat) : QString();
    const int whenWidth = metrics.horizontalAdvance(when);
    QRect first(area.left(), area.top(), area.width(), line);
    painter->setPen(dim);
    painter->setFont(option.font);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, when);

    const QString kind = index.data(TimelineModel::KindLabelRole).toString();
    const int headWidth = std::max(0, area.width() - whenWidth - pad);
    const QString kindText = boldMetrics.elidedText(kind, Qt::ElideRight, headWidth);
    painter->setFont(bold);
    painter->setPen(accent);
    painter->drawText(QRect(first.left(), first.top(), headWidth, line), Qt::AlignLeft | Qt::AlignVCenter, kindText);
    const QString actor = index.data(TimelineModel::ActorRole).toString();
    const int kindWidth = boldMetrics.horizontalAdvance(kindText);
    if (!actor.isEmpty() && kindWidth < headWidth) {
        const QString byline = metrics.elidedText(QStringLiteral(" · ") + actor, Qt::ElideRight, headWidth - kindWidth);
        painter->setFont(option.font);
        painter->setPen(dim);
        painter->drawText(QRect(first.left() + kindWidth, first.top(), headWidth - kindWidth, line),
                          Qt::AlignLeft | Qt::AlignVCenter, byline);
    }

    // Line 2: subject. Line 3: the start of the body.
    const QString subject = oneLine(index.data(TimelineModel::SubjectRole).toString());
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(subject, Qt::ElideRight, area.width()));
    const QString body = oneLine(index.data(TimelineModel::BodyRole).toString());
    painter->setPen(dim);
    painter->drawText(QRect(area.left(), area.top() + 2 * line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(body, Qt::ElideRight, area.width()));

    // A hairline between entries keeps a dense timeline readable.
    QColor rule = option.palette.color(group, QPalette::Mid);
    rule.setAlphaF(0.4f);
    painter->setPen(rule);
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace Tandem::Ui
