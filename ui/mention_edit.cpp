#include "mention_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace Tandem::Ui {

MentionEdit::MentionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &MentionEdit::insertMention);
}

void MentionEdit::setNames(const QStringList &names)
{
    m_names->setStringList(names);
}

QString MentionEdit::mentionPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype at = line.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || (at > 0 && line.at(at - 1).isLetterOrNumber()))
        return {};
    const QString typed = line.mid(at + 1);
    // A mention is at most a first and a last name: two spaces end it.
    if (typed.count(QLatin1Char(' ')) > 1 || typed.contains(QLatin1Char('@')))
        return {};
    return typed.isEmpty() ? QStringLiteral("@") : typed;
}

void MentionEdit::keyPressEvent(QKeyEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            // The completer's popup handles these (choose, or close).
            event->ignore();
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        emit submitRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    updatePopup();
}

void MentionEdit::updatePopup()
{
    const QString prefix = mentionPrefix();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix == QLatin1String("@") ? QString() : prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void MentionEdit::insertMention(const QString &name)
{
    QTextCursor cursor = textCursor();
    const QString typed = mentionPrefix();
    const int length = typed == QLatin1String("@") ? 0 : int(typed.size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, length);
    cursor.insertText(name + QLatin1Char(' '));
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace Tandem::Ui
