#include "empty_state.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_message}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_buttons);
    layout->addStretch(3);
    m_buttons->hide();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    auto *button = new QPushButton(text, m_buttons);
    // Insert before the trailing stretch so the buttons stay centred together.
    layout->insertWidget(layout->count() - 1, button);
    if (layout->count() == 3)
        button->setDefault(true);
    m_buttons->show();
    return button;
}

} // namespace Tandem::Ui
