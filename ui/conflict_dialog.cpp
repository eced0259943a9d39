#include "conflict_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tandem::Ui {
namespace {

enum Column { FieldColumn, MineColumn, TheirsColumn, ChoiceColumn, ColumnCount };

// A cell shows one line: line breaks become a visible mark, and the view elides what does
// not fit. The whole value is in the tooltip.
QString oneLine(const QString &value)
{
    QString line = value;
    line.replace(QLatin1String("\r\n"), QStringLiteral(" \u21B5 "));
    line.replace(QLatin1Char('\n'), QStringLiteral(" \u21B5 "));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return line;
}

// Tooltips render rich text when it looks like markup; user data must show as typed
// (DESIGN.md section 4), so the value is escaped inside an explicit rich-text wrapper.
QString plainTooltip(const QString &value)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(value.toHtmlEscaped());
}

QTableWidgetItem *valueItem(const QString &value)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (value.isEmpty()) {
        item->setText(ConflictDialog::tr("(empty)"));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setForeground(QPalette().brush(QPalette::Disabled, QPalette::Text));
    } else {
        item->setText(oneLine(value));
        item->setToolTip(plainTooltip(value));
    }
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &recordName, const QList<ConflictField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setWindowTitle(tr("Someone else saved this record"));

    // The name is user data: a plain-text label shows it as typed.
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("Someone else saved “%1” while you were editing it. Nothing has been overwritten. "
                      "Choose for each field which value to keep, then save the merged record.")
                       .arg(recordName));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    buildTable();

    int clashes = 0;
    for (const ConflictField &field : m_fields)
        clashes += bothChanged(field) ? 1 : 0;
    auto *legend = new QLabel(this);
    legend->setWordWrap(true);
    legend->setText(clashes == 0 ? tr("Each of you changed different fields, so both changes are chosen already.")
                                 : tr("Highlighted fields were changed by both of you; your value is chosen for "
                                      "them. Check them before saving."));

    // "All" shortcuts on the left, the usual save / cancel pair on the right.
    auto *keepMine = new QPushButton(tr("&Keep all mine"), this);
    keepMine->setObjectName(QStringLiteral("keepAllMine"));
    keepMine->setAutoDefault(false);
    auto *takeTheirs = new QPushButton(tr("&Take all theirs"), this);
    takeTheirs->setObjectName(QStringLiteral("takeAllTheirs"));
    takeTheirs->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMerged"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keepMine, &QPushButton::clicked, this, &ConflictDialog::keepAllMine);
    connect(takeTheirs, &QPushButton::clicked, this, &ConflictDialog::takeAllTheirs);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(keepMine);
    buttonRow->addWidget(takeTheirs);
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    layout->addLayout(buttonRow);

    // Wide enough for two values side by side; tall enough for the rows, up to a screenful.
    const QFontMetrics metrics = fontMetrics();
    const int rowsShown = std::clamp(int(m_fields.size()), 3, 12);
    resize(metrics.averageCharWidth() * 120,
           m_table->horizontalHeader()->sizeHint().height() + rowsShown * m_table->verticalHeader()->defaultSectionSize()
               + metrics.lineSpacing() * 9);
    if (!m_choices.isEmpty())
        m_choices.first()->setFocus();
}

void ConflictDialog::buildTable()
{
    m_table->setColumnCount(ColumnCount);
    m_table->setRowCount(int(m_fields.size()));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Yours"), tr("Theirs (saved by someone else)"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Tab moves between the choice boxes and the buttons rather than from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // A translucent amber that reads on light and dark palettes alike and is not mistaken
    // for a selection, plus bold text, so the rows both people changed do not depend on
    // colour alone.
    const QColor clash(255, 183, 0, 70);

    for (int row = 0; row < m_fields.size(); ++row) {
        const ConflictField &field = m_fields.at(row);
        auto *name = new QTableWidgetItem(field.label);
        name->setFlags(Qt::ItemIsEnabled);
        QList<QTableWidgetItem *> items{name, valueItem(field.mine), valueItem(field.theirs)};
        if (bothChanged(field)) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("You both changed this field."));
            for (QTableWidgetItem *item : items)
                item->setBackground(clash);
        }
        for (int column = FieldColumn; column <= TheirsColumn; ++column)
            m_table->setItem(row, column, items.at(column));

        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("choice%1").arg(row));
        combo->addItem(tr("Keep mine"), int(Choice::KeepMine));
        combo->addItem(tr("Take theirs"), int(Choice::TakeTheirs));
        combo->setAccessibleName(tr("Value to keep for %1").arg(field.label));
        combo->setCurrentIndex(combo->findData(int(preChoice(field))));
        m_table->setCellWidget(row, ChoiceColumn, combo); // the table takes ownership
        m_choices.append(combo);
    }
    // Rows as tall as the choice boxes, so nothing is clipped.
    if (!m_choices.isEmpty())
        m_table->verticalHeader()->setDefaultSectionSize(m_choices.first()->sizeHint().height() + 4);
}

ConflictDialog::Choice ConflictDialog::preChoice(const ConflictField &field)
{
    const bool mineChanged = field.mine != field.original;
    return mineChanged ? Choice::KeepMine : Choice::TakeTheirs;
}

bool ConflictDialog::bothChanged(const ConflictField &field)
{
    return field.mine != field.original && field.theirs != field.original && field.mine != field.theirs;
}

QList<ConflictDialog::Choice> ConflictDialog::choices() const
{
    QList<Choice> result;
    for (int row = 0; row < m_choices.size(); ++row)
        result.append(choice(row));
    return result;
}

ConflictDialog::Choice ConflictDialog::choice(int row) const
{
    return Choice(m_choices.at(row)->currentData().toInt());
}

void ConflictDialog::setChoice(int row, Choice choice)
{
    QComboBox *combo = m_choices.at(row);
    combo->setCurrentIndex(combo->findData(int(choice)));
}

void ConflictDialog::setAll(Choice choice)
{
    for (int row = 0; row < m_choices.size(); ++row)
        setChoice(row, choice);
}

void ConflictDialog::keepAllMine()
{
    setAll(Choice::KeepMine);
    accept();
}

void ConflictDialog::takeAllTheirs()
{
    setAll(Choice::TakeTheirs);
    accept();
}

} // namespace Tandem::Ui
