#pragma once

#include <core/domain/requisition_templates.h>

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// "Pipeline templates…": the templates new requisitions copy their stages from. Create (from
// the default's stages), rename, copy, make the default, edit stages (PipelineEditorDialog)
// and delete; the default is marked and cannot be deleted. Refusals are shown inside.
class PipelineTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PipelineTemplatesDialog(Session &session, QWidget *parent = nullptr);

    static void manage(Session &session, QWidget *parent);

    void reload();
    // Select a template by id (tests, and after creating one).
    void select(qint64 templateId);

private:
    const PipelineTemplate *selected() const;
    void showSelected();
    void create();
    void renameSelected();
    void copySelected();
    void makeDefault();
    void editStages();
    void deleteSelected();
    // Asks for a name; empty when cancelled.
    QString askName(const QString &title, const QString &suggestion);

    Session &m_session;
    QList<PipelineTemplate> m_templates;
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are the widgets below
    QListWidget *m_list = nullptr;
    QLabel *m_stages = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Tandem::Ui
