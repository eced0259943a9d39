#pragma once

#include <ui/form_snapshot.h>

#include <core/domain/records.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Creates or edits a requisition through RequisitionService: the position, the people
// (hiring manager and recruiter from the UserDirectory), compensation, the EEO-1 job
// category and the status. Only the statuses the workflow allows next are offered; a status
// change goes through RequisitionService::setStatus so its dates are stamped.
// The dialog closes only when everything was saved; a refused save is explained inside it
// and keeps what was typed. When someone else saved first, a ConflictDialog compares both
// versions field by field before anything is saved.
class RequisitionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RequisitionDialog(Session &session, QWidget *parent = nullptr);

    // Edit mode: shows the stored requisition; without this call the dialog creates one.
    void setRequisition(const Requisition &requisition);
    // The requisition as stored after a successful save.
    const Requisition &requisition() const { return m_record; }

    void accept() override;

private:
    void createFields();
    void buildLayout();
    void loadUsers();
    void load(const Requisition &requisition);
    void offerStatuses(RequisitionStatus current);
    Requisition fromFields() const;
    RequisitionStatus chosenStatus() const;
    bool saveStatus(RequisitionStatus status);
    // Shows the ConflictDialog for a save that met a newer stored version; true when the
    // fields now hold the merge, based on the stored version, ready to save.
    bool resolveConflict();
    QString fieldLabel(const QString &name) const;
    void focusFieldNamedIn(const QString &message);

    Session &m_session;
    Requisition m_record;        // the stored version the edit is based on (id 0 when new)
    FormSnapshot m_base;         // the fields as loaded, to tell the user's edits from the rest
    QList<QWidget *> m_fields;   // the input widgets, owned by this dialog (Qt parent)
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are the fields below
    QLineEdit *m_title = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_location = nullptr;
    QCheckBox *m_remote = nullptr;
    QComboBox *m_employment = nullptr;
    QComboBox *m_hiringManager = nullptr;
    QComboBox *m_recruiter = nullptr;
    QSpinBox *m_headcount = nullptr;
    QSpinBox *m_salaryMin = nullptr;
    QSpinBox *m_salaryMax = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_eeo1 = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace Tandem::Ui
