#pragma once

#include <core/domain/requisition_templates.h>

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Tandem::Ui {

class EmptyState;
class InlineMessage;
class Session;

// Lists the job templates (JobTemplateService) with what each one holds; rename and delete
// them. In Pick mode the default button takes the selected template ("New from template…").
// Refusals (a taken name, someone else's change) are shown inside the dialog.
class JobTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Manage, Pick };
    JobTemplatesDialog(Session &session, Mode mode, QWidget *parent = nullptr);

    // The template chosen in Pick mode (after exec() returned Accepted).
    std::optional<JobTemplate> chosen() const { return m_chosen; }

    // "Manage templates…": the dialog in Manage mode.
    static void manage(Session &session, QWidget *parent);
    // The template the user picked, or nullopt when cancelled.
    static std::optional<JobTemplate> pick(Session &session, QWidget *parent);

    void accept() override;
    void reload();

private:
    void showSelected();
    void renameSelected();
    void deleteSelected();
    const JobTemplate *selected() const;

    Session &m_session;
    Mode m_mode;
    QList<JobTemplate> m_templates;
    std::optional<JobTemplate> m_chosen;
    QHash<qint64, QString> m_pipelineName; // pipeline template names by id, for the details
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are the widgets below
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_use = nullptr;
};

// "Save as template…": names the template and picks the pipeline template requisitions made
// from it start with, then stores the requisition's fields and skills (JobTemplateService).
class JobTemplateSaveDialog : public QDialog
{
    Q_OBJECT
public:
    JobTemplateSaveDialog(Session &session, const Requisition &fields, QWidget *parent = nullptr);

    // The stored template after a successful save.
    const JobTemplate &saved() const { return m_saved; }
    void accept() override;

    // Saves the stored requisition `requisitionId` as a template; the new template's id, or
    // nullopt when cancelled or the requisition cannot be read (an error box says why).
    static std::optional<qint64> saveRequisition(Session &session, qint64 requisitionId, QWidget *parent);

private:
    Session &m_session;
    Requisition m_fields;
    JobTemplate m_saved;
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are the fields below
    QLineEdit *m_name = nullptr;
    QComboBox *m_pipeline = nullptr;
};

} // namespace Tandem::Ui
