#include "status_pill_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Tandem::Ui {
namespace {

QColor statusColor(const QString &key)
{
    if (key == QLatin1String("open"))
        return QColor(0x16, 0xa3, 0x4a);
    if (key == QLatin1String("on_hold"))
        return QColor(0xd9, 0x77, 0x06);
    if (key == QLatin1String("filled"))
        return QColor(0x25, 0x63, 0xeb);
    if (key == QLatin1String("closed"))
        return QColor(0x47, 0x55, 0x69);
    return QColor(0x94, 0xa3, 0xb8); // draft
}

} // namespace

StatusPillDelegate::StatusPillDelegate(int keyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_keyRole(keyRole)
{
}

void StatusPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QFontMetrics &metrics = option.fontMetrics;
    const int padX = metrics.averageCharWidth();
    const int height = std::min(option.rect.height() - 2, metrics.height() + 2);
    const int width = std::min(option.rect.width() - 2 * padX, metrics.horizontalAdvance(text) + 2 * padX);
    const QRect pill(option.rect.left() + padX / 2, option.rect.center().y() - height / 2 + 1, width, height);
    const QColor color = statusColor(index.data(m_keyRole).toString());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlphaF(0.16f);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                    : dark                                ? color.lighter(160)
                                                          : color.darker(135));
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - padX));
    painter->restore();
}

} // namespace Tandem::Ui
