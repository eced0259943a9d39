#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Tandem::Ui {

// Asks for the text of a note on a candidate's timeline. (QInputDialog would render the
// candidate's name in its label as rich text when it looks like markup.)
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &candidateName, QWidget *parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit *m_text = nullptr; // owned by this dialog (Qt parent)
};

} // namespace Tandem::Ui
