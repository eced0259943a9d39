#include "board_card_delegate.h"

#include <core/models/board_model.h>

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Tandem::Ui {
namespace {

constexpr int outerMargin = 4; // around each card, inside its row
constexpr int innerPadding = 8;

const QColor staleColor(0xd9, 0x77, 0x06);
const QColor duplicateColor(0x7c, 0x3a, 0xed);
const QColor consentColor(0xdc, 0x26, 0x26);
const QColor ratingColor(0x25, 0x63, 0xeb);
const QColor knockoutColor(0xbe, 0x12, 0x3c);

// The match badge's colour by band: strong (75+), partial (50-74), weak.
QColor matchColor(int score)
{
    if (score >= 75)
        return {0x16, 0xa3, 0x4a};
    if (score >= 50)
        return {0xb4, 0x53, 0x09};
    return {0x64, 0x74, 0x8b};
}

struct Pill
{
    QString text;
    QColor color;
};

// Draws a small rounded label; returns its width.
int drawPill(QPainter *painter, const QFontMetrics &metrics, int x, int centreY, const Pill &pill, bool dark)
{
    const int padX = metrics.averageCharWidth() - 1;
    const int height = metrics.height();
    const QRect rect(x, centreY - height / 2, metrics.horizontalAdvance(pill.text) + 2 * padX, height);
    QColor fill = pill.color;
    fill.setAlphaF(0.15f);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect), 4, 4);
    painter->fillPath(path, fill);
    painter->setPen(dark ? pill.color.lighter(160) : pill.color.darker(130));
    painter->drawText(rect, Qt::AlignCenter, pill.text);
    return rect.width();
}

void drawRating(QPainter *painter, const QRect &line, const QVariant &rating, const QPalette &palette)
{
    if (!rating.isValid())
        return;
    const double value = rating.toDouble();
    const int d = std::max(6, line.height() / 2 - 1);
    const int gap = d / 2 + 1;
    int x = line.right() - 4 * d - 3 * gap;
    const int y = line.center().y() - d / 2;
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 1; i <= 4; ++i, x += d + gap) {
        const QRectF dot(x, y, d, d);
        if (value + 0.25 >= i) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(ratingColor);
        } else {
            painter->setPen(QPen(palette.color(QPalette::Mid), 1));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawEllipse(dot);
    }
}

} // namespace

int BoardCardDelegate::cardHeight(const QFontMetrics &metrics)
{
    return 4 * metrics.lineSpacing() + 2 * innerPadding + 2 * outerMargin + 6;
}

QSize BoardCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {std::max(160, option.rect.width()), cardHeight(option.fontMetrics)};
}

void BoardCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QRect card = option.rect.adjusted(outerMargin, outerMargin, -outerMargin, -outerMargin);

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QColor fill = palette.color(QPalette::Base);
    if (selected)
        fill = palette.color(QPalette::Highlight).lighter(dark ? 60 : 190);
    painter->fillPath(outline, fill);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(outline);
    if (index.data(BoardModel::StaleRole).toBool()) {
        painter->save();
        painter->setClipPath(outline);
        painter->fillRect(QRect(card.left(), card.top(), 4, card.height()), staleColor);
        painter->restore();
    }
    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_Active) {
        QPen focus(palette.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->drawRoundedRect(QRectF(card).adjusted(2.5, 2.5, -2.5, -2.5), 4, 4);
    }

    const QRect inner = card.adjusted(innerPadding + 2, innerPadding - 2, -innerPadding, -innerPadding + 2);
    const QFontMetrics &metrics = option.fontMetrics;
    const int line = metrics.lineSpacing() + 1;
    const QRect row1(inner.left(), inner.top(), inner.width(), line);
    const QRect row2 = row1.translated(0, line);
    const QRect row3 = row2.translated(0, line + 1);
    const QRect row4 = row3.translated(0, line + 2);
    const QColor text = palette.color(QPalette::Text);
    const QColor quiet = palette.color(QPalette::PlaceholderText);

    // Row 1: name, then the match badge and the rating dots on the right.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const QVariant rating = index.data(BoardModel::RatingRole);
    int rightSide = rating.isValid() ? row1.height() * 3 : 0;
    drawRating(painter, row1, rating, palette);
    if (const QVariant match = index.data(BoardModel::MatchRole); match.isValid()) {
        const Pill badge{tr("%1%").arg(match.toInt()), matchColor(match.toInt())};
        const int width = smallMetrics.horizontalAdvance(badge.text) + 2 * (smallMetrics.averageCharWidth() - 1);
        rightSide += width + (rating.isValid() ? smallMetrics.averageCharWidth() : 0);
        painter->setFont(small);
        drawPill(painter, smallMetrics, row1.right() + 1 - rightSide, row1.center().y(), badge, dark);
        rightSide += smallMetrics.averageCharWidth();
    }
    const int ratingWidth = rightSide;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(row1.adjusted(0, 0, -ratingWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, row1.width() - ratingWidth));
    painter->setFont(option.font);

    // Row 2: current title.
    painter->setPen(quiet);
    const QString title = index.data(BoardModel::TitleRole).toString();
    painter->drawText(row2, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title.isEmpty() ? tr("No title") : title, Qt::ElideRight, row2.width()));

    // Row 3: days in stage and source; the next interview on the right.
    const int days = index.data(BoardModel::DaysInStageRole).toInt();
    QString facts = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    const QString source = index.data(BoardModel::SourceRole).toString();
    if (!source.isEmpty())
        facts += QStringLiteral(" · ") + source;
    QString interview;
    if (const QDateTime at = index.data(BoardModel::NextInterviewRole).toDateTime(); at.isValid())
        interview = QLocale().toString(at.toLocalTime().date(), QStringLiteral("d MMM"));
    const int icon = metrics.ascent();
    const int interviewWidth = interview.isEmpty() ? 0 : metrics.horizontalAdvance(interview) + icon + 2 * metrics.averageCharWidth();
    painter->setPen(index.data(BoardModel::StaleRole).toBool() ? (dark ? staleColor.lighter(150) : staleColor.darker(120)) : text);
    painter->drawText(row3.adjusted(0, 0, -interviewWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(facts, Qt::ElideRight, row3.width() - interviewWidth));
    if (!interview.isEmpty()) {
        // A small calendar leaf, then the date: the next scheduled interview.
        const QColor blue = dark ? ratingColor.lighter(160) : ratingColor.darker(110);
        const int textWidth = metrics.horizontalAdvance(interview);
        const QRect leaf(row3.right() - textWidth - icon - metrics.averageCharWidth() / 2, row3.center().y() - icon / 2, icon, icon);
        painter->setPen(QPen(blue, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(leaf).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->fillRect(QRect(leaf.left(), leaf.top(), leaf.width(), std::max(2, icon / 4)), blue);
        painter->drawText(row3, Qt::AlignRight | Qt::AlignVCenter, interview);
    }

    // Row 4: flags from the right, tag chips from the left in what is left.
    painter->setFont(small);
    QList<Pill> flags;
    if (!index.data(BoardModel::KnockoutsRole).toStringList().isEmpty())
        flags.append({tr("Knockout"), knockoutColor});
    if (index.data(BoardModel::StaleRole).toBool())
        flags.append({tr("Stale"), staleColor});
    if (index.data(BoardModel::DuplicateRole).toBool())
        flags.append({tr("Duplicate"), duplicateColor});
    if (index.data(BoardModel::ConsentMissingRole).toBool())
        flags.append({tr("No consent"), consentColor});
    if (index.data(BoardModel::StatusKeyRole).toString() == QLatin1String("hired"))
        flags.append({tr("Hired"), QColor(0x16, 0xa3, 0x4a)});
    const int gap = smallMetrics.averageCharWidth() / 2 + 2;
    int right = row4.right() + 1;
    for (auto it = flags.crbegin(); it != flags.crend(); ++it) {
        const int width = smallMetrics.horizontalAdvance(it->text) + 2 * (smallMetrics.averageCharWidth() - 1);
        right -= width;
        drawPill(painter, smallMetrics, right, row4.center().y(), *it, dark);
        right -= gap;
    }
    int x = row4.left();
    for (const QString &tag : index.data(BoardModel::TagsRole).toStringList()) {
        const int width = smallMetrics.horizontalAdvance(tag) + 2 * (smallMetrics.averageCharWidth() - 1);
        if (x + width > right - gap)
            break;
        x += drawPill(painter, smallMetrics, x, row4.center().y(), {tag, palette.color(QPalette::WindowText)}, dark) + gap;
    }
    painter->restore();
}

} // namespace Tandem::Ui
