#pragma once

#include <core/dedupe/merge_service.h>

#include <QDialog>

class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Tandem::Ui {

class EmptyState;
class InlineMessage;
class Session;

// Merge History: every merge (or one candidate's), newest first, with who made it and
// whether it was undone. Undo is offered for the user's own merges; a colleague's merge is
// listed with Undo disabled and a tooltip naming who made it.
class MergeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // candidateId 0: the whole journal.
    MergeHistoryDialog(Session &session, qint64 candidateId = 0, QWidget *parent = nullptr);

    int mergeCount() const;
    void selectMerge(int row);
    QPushButton *undoButton() const { return m_undo; }
    // Undoes the selected merge after asking (ask = false: without asking, for tests).
    void undoSelected(bool ask = true);

signals:
    // A merge was undone: both candidates changed.
    void mergeUndone(qint64 survivorId, qint64 mergedId);

private:
    void reload();
    void updateButtons();

    Session &m_session;
    qint64 m_candidateId = 0;
    QList<MergeRecord> m_records;
    QTreeWidget *m_list = nullptr; // owned by this dialog (Qt parent), as are the widgets below
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace Tandem::Ui
