#pragma once

#include <ui/form_snapshot.h>

#include <core/domain/records.h>

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Creates or edits one candidate through CandidateService. The dialog closes only when the
// save succeeded; a refused save (a rule broken, a newer version stored by someone else)
// is explained inside the dialog and everything typed stays in the fields. When someone else
// saved first, a ConflictDialog compares both versions field by field before anything is saved.
class CandidateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CandidateDialog(Session &session, QWidget *parent = nullptr);

    // Edit mode: shows the stored candidate; without this call the dialog creates one.
    void setCandidate(const Candidate &candidate);
    // The candidate as stored after a successful save.
    const Candidate &candidate() const { return m_record; }

    void accept() override;

private:
    QLineEdit *addLineEdit(const char *name, const QString &placeholder);
    void buildLayout();
    void load(const Candidate &candidate);
    std::optional<Candidate> fromFields();
    // Shows the ConflictDialog for a save that met a newer stored version; true when the
    // fields now hold the merge, based on the stored version, ready to save.
    bool resolveConflict();
    void focusFieldNamedIn(const QString &message);
    QString fieldLabel(const QString &name) const;

    Session &m_session;
    Candidate m_record;      // the stored version the edit is based on (id 0 when new)
    FormSnapshot m_base;     // the fields as loaded, to tell the user's edits from the rest
    QList<QWidget *> m_fields; // the input widgets, owned by this dialog (Qt parent)
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent)
    QLineEdit *m_firstName = nullptr;   // owned by this dialog, as are the fields below
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_linkedin = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_years = nullptr;
    QLineEdit *m_skills = nullptr;
};

} // namespace Tandem::Ui
