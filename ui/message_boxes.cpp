#include "message_boxes.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Tandem::Ui {
namespace {

// QMessageBox guesses the format of its informative text (only setTextFormat() governs
// the main text); hints and details may quote paths or names, so they are made plain.
void setPlainInformativeText(QMessageBox &box, const QString &text)
{
    box.setInformativeText(text);
    if (auto *label = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        label->setTextFormat(Qt::PlainText);
}

} // namespace

void showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    setPlainInformativeText(box, error.hint);
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
             const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    setPlainInformativeText(box, informativeText);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // The safe answer is the default: Enter on a surprise dialog must not destroy anything.
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void showInformation(QWidget *parent, const QString &title, const QString &text, const QString &informativeText)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    setPlainInformativeText(box, informativeText);
    box.exec();
}

} // namespace Tandem::Ui
