#pragma once

#include <core/domain/enums.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Asks why one or more applications end: a reason from the agency's list (see
// DispositionReasons) or one typed freely. A rejection needs a reason; a withdrawal may go
// without. The dialog only asks; the caller stores the disposition.
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    // status: Rejected or Withdrawn; names: the candidates concerned (plain text).
    RejectDialog(Session &session, ApplicationStatus status, const QStringList &names, QWidget *parent = nullptr);

    QString reason() const;
    void accept() override;

private:
    void updateOther();

    ApplicationStatus m_status;
    QComboBox *m_reasons = nullptr;   // owned by this dialog (Qt parent)
    QLineEdit *m_other = nullptr;     // owned by this dialog (Qt parent)
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent)
};

} // namespace Tandem::Ui
