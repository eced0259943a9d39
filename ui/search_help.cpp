#include "search_help.h"

#include <ui/tool_tip.h>

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

struct Entry
{
    QString example; // empty: a section heading in `meaning`
    QString meaning;
};

QList<Entry> entries()
{
    return {
        {QString(), SearchHelpPopup::tr("Words")},
        {QStringLiteral("rust kubernetes"), SearchHelpPopup::tr("both words, in any field")},
        {QStringLiteral("\"data engineer\""), SearchHelpPopup::tr("the exact phrase")},
        {QStringLiteral("kube*"), SearchHelpPopup::tr("words starting with kube")},
        {QStringLiteral("python OR go"), SearchHelpPopup::tr("either word; ( ) group")},
        {QStringLiteral("-java"), SearchHelpPopup::tr("leave out who mentions java (also NOT java)")},
        {QString(), SearchHelpPopup::tr("Fields")},
        {QStringLiteral("skill:rust"), SearchHelpPopup::tr("also title: name: email: company: city: resume:")},
        {QStringLiteral("title:(lead OR staff)"), SearchHelpPopup::tr("a field for a whole group")},
        {QString(), SearchHelpPopup::tr("Filters")},
        {QStringLiteral("tag:remote"), SearchHelpPopup::tr("has the tag; tag:\"needs visa\" for two words")},
        {QStringLiteral("source:linkedin"), SearchHelpPopup::tr("came from that source")},
        {QStringLiteral("experience:>5"), SearchHelpPopup::tr("years: >5  >=3  <2  3..8  5")},
        {QStringLiteral("added:>=2025-06"), SearchHelpPopup::tr("added from June 2025 on")},
        {QStringLiteral("added:2024"), SearchHelpPopup::tr("a year, a month (2024-03) or a day")},
        {QStringLiteral("updated:<2024-01-01"), SearchHelpPopup::tr("last changed before 2024")},
        {QStringLiteral("-tag:contacted"), SearchHelpPopup::tr("a filter left out (also NOT added:<2020)")},
    };
}

} // namespace

SearchHelpPopup::SearchHelpPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("searchHelp"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    grid->setVerticalSpacing(2);
    const QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const Entry &e : entries()) {
        auto *meaning = new QLabel(e.meaning, this);
        meaning->setTextFormat(Qt::PlainText);
        if (e.example.isEmpty()) {
            QFont heading = meaning->font();
            heading.setBold(true);
            meaning->setFont(heading);
            if (row > 0)
                grid->setRowMinimumHeight(row++, fontMetrics().height() / 2);
            grid->addWidget(meaning, row++, 0, 1, 2);
            continue;
        }
        auto *example = new QPushButton(e.example, this);
        example->setFlat(true);
        example->setFont(code);
        example->setCursor(Qt::PointingHandCursor);
        example->setToolTip(plainToolTip(tr("Add %1 to the search").arg(e.example)));
        example->setStyleSheet(QStringLiteral("text-align: left; padding: 1px 4px;"));
        connect(example, &QPushButton::clicked, this, [this, text = e.example] {
            emit exampleChosen(text);
            close();
        });
        grid->addWidget(example, row, 0);
        grid->addWidget(meaning, row++, 1);
    }
    auto *footer = new QLabel(tr("Operators AND, OR, NOT are written in capitals. Click an example to add it."), this);
    footer->setTextFormat(Qt::PlainText);
    footer->setWordWrap(true);
    footer->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(fontMetrics().height() / 3);
    layout->addWidget(footer);
}

void SearchHelpPopup::showBelow(QWidget *anchor)
{
    adjustSize();
    QPoint at = anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - width())));
        at.setY(std::min(at.y(), std::max(room.top(), room.bottom() - height())));
    }
    move(at);
    show();
}

} // namespace Tandem::Ui
