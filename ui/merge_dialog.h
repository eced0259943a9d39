#pragma once

#include <core/dedupe/merge_service.h>

#include <QDialog>
#include <QList>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Two candidate records side by side, one choice per field, and Merge. The first record
// survives (Swap exchanges them); the other is archived and everything it holds follows.
// After a successful merge the dialog is accepted and mergeRecord() names the journal entry.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Session &session, qint64 survivorId, qint64 mergedId, QWidget *parent = nullptr);

    // The choices as they stand (column -> side), and a way to set one (tests, keyboard).
    FieldChoices choices() const;
    void choose(const QString &column, MergeSide side);
    qint64 survivorId() const { return m_preview.survivor.id; }
    const MergeRecord &mergeRecord() const { return m_result; }

signals:
    void merged(const Tandem::MergeRecord &record);

private:
    void load(qint64 survivorId, qint64 mergedId);
    void fillFields();
    QString summary() const;
    void mergeNow();

    Session &m_session;
    MergePreview m_preview;
    MergeRecord m_result;
    QList<QButtonGroup *> m_groups; // one per field row, owned by this dialog (Qt parent)
    QGridLayout *m_grid = nullptr; // owned by its widget
    QLabel *m_summary = nullptr; // owned by this dialog (Qt parent)
    InlineMessage *m_message = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace Tandem::Ui
