#pragma once

#include <core/common/error.h>
#include <core/domain/requisition_templates.h>

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QPushButton;
class QTableWidget;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Edits the stages of a pipeline: a pipeline template's (PipelineTemplateService) or one
// requisition's own copy (StageEditor). Rows can be renamed, given a kind and a stale limit,
// added, moved up and down, and removed; nothing is stored until Save, which stores the whole
// pipeline in one transaction. In a requisition, removing a stage that holds applications
// (active or not) asks where to move them first (chooser below), naming how many there are;
// the move is recorded in each application's stage history when saved.
class PipelineEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PipelineEditorDialog(Session &session, QWidget *parent = nullptr);

    // Loads what to edit; the error when it cannot be read.
    Status loadTemplate(qint64 templateId);
    Status loadRequisition(qint64 requisitionId);

    // Asked when a removed stage holds applications: the stage's name, how many, and the
    // stages they may go to (id, name). Returns the chosen id, or nullopt to keep the stage.
    // The default asks with a list; tests replace it.
    using MoveTargetChooser = std::function<std::optional<qint64>(const QString &stage, int applications,
                                                                  const QList<std::pair<qint64, QString>> &targets)>;
    void setMoveTargetChooser(MoveTargetChooser chooser) { m_chooseTarget = std::move(chooser); }

    // The stages as the rows show them now.
    QList<TemplateStage> stages() const;

    void accept() override;

    // The entry points: true when something was saved.
    static bool editTemplate(Session &session, qint64 templateId, QWidget *parent);
    static bool editRequisition(Session &session, qint64 requisitionId, QWidget *parent);

private:
    void addRow(const TemplateStage &stage, int applications);
    void addStage();
    void removeStage();
    void moveStage(int delta);
    void updateButtons();
    void setRows(const QList<TemplateStage> &stages, const QList<int> &applications);

    Session &m_session;
    qint64 m_templateId = 0;
    int m_templateVersion = 0;
    qint64 m_requisitionId = 0;
    QHash<qint64, qint64> m_moveTo; // removed stage id -> stage its applications go to
    QList<qint64> m_loadedIds;      // the requisition's stages when loaded (StageEditor::apply basedOn)
    MoveTargetChooser m_chooseTarget;
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are the widgets below
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace Tandem::Ui
