#pragma once

#include <ui/form_snapshot.h>

#include <core/domain/records.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace Tandem::Ui {

class InlineMessage;
class RequisitionSkillField;
class Session;

// Creates or edits a requisition through RequisitionService, on three tabs that fit a
// 1366x768 screen: Details (the position, the people from the UserDirectory, compensation,
// the EEO-1 job category, the status with its opened/filled/closed dates and, when creating,
// the pipeline template to copy), Description, and Requirements (free text plus must-have and
// nice-to-have skills completed from the skills vocabulary). Only the statuses the workflow
// allows next are offered; a status change goes through RequisitionService::setStatus so its
// dates are stamped.
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
    // Create mode, prefilled (e.g. from a job template); `pipelineTemplateId` 0: the default.
    void setDraft(const Requisition &draft, qint64 pipelineTemplateId = 0);
    // What the fields hold now, as a requisition (for "Save as template" from the form).
    Requisition typedRequisition() const { return fromFields(); }

    // "New from template…": lets the user pick a job template, then opens this dialog
    // prefilled with it. Returns the new requisition's id, or nullopt when cancelled.
    static std::optional<qint64> createFromTemplate(Session &session, QWidget *parent);
    // The requisition as stored after a successful save.
    const Requisition &requisition() const { return m_record; }

    void accept() override;

private:
    void createFields();
    void buildLayout();
    void loadUsers();
    void load(const Requisition &requisition);
    void offerStatuses(RequisitionStatus current);
    void loadPipelineTemplates();
    void loadSkillVocabulary();
    void showStatusDates(const Requisition &requisition);
    QWidget *detailsTab();
    QWidget *descriptionTab();
    QWidget *requirementsTab();
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
    QPlainTextEdit *m_requirements = nullptr;
    RequisitionSkillField *m_mustSkills = nullptr;
    RequisitionSkillField *m_niceSkills = nullptr;
    QDoubleSpinBox *m_minYears = nullptr; // 0: none
    QLabel *m_statusDates = nullptr;
    QComboBox *m_pipeline = nullptr; // create mode only; not part of the conflict comparison
    QLabel *m_pipelineLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace Tandem::Ui
