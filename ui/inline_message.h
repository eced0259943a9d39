#pragma once

#include <QFrame>

class QLabel;

namespace Tandem::Ui {

// A message shown in place, above the thing it is about (a search field, a form), instead
// of a modal box that would take the focus away from what the user is typing.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit InlineMessage(QWidget *parent = nullptr);

    // Shows the message (plain text: it may quote user input); an empty text hides it.
    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clear();
    QString text() const;

private:
    QLabel *m_icon = nullptr;  // owned by this frame (Qt parent)
    QLabel *m_text = nullptr;  // owned by this frame (Qt parent)
};

} // namespace Tandem::Ui
