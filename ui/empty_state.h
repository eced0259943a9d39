#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Tandem::Ui {

// What a list shows when it has nothing to show: a headline that says why, a sentence on
// what to do, and the buttons that do it. Centred, so it reads as a state, not as an error.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Texts are plain: they may quote a search the user typed.
    void setTitle(const QString &title);
    void setMessage(const QString &message);
    // Adds a button below the message; the first one added is the default action.
    QPushButton *addButton(const QString &text);

private:
    QLabel *m_title = nullptr;       // owned by this widget (Qt parent)
    QLabel *m_message = nullptr;     // owned by this widget (Qt parent)
    QWidget *m_buttons = nullptr;    // owned by this widget (Qt parent)
};

} // namespace Tandem::Ui
