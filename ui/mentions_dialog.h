#pragma once

#include <QDialog>

class QTreeWidget;

namespace Tandem::Ui {

class Session;

// The notes in which colleagues mentioned the user (@name), newest first, across all
// candidates. Opening one (double click or Open) asks the window to show that candidate.
class MentionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MentionsDialog(Session &session, QWidget *parent = nullptr);
    int mentionCount() const;

signals:
    void openCandidateRequested(qint64 candidateId);

private:
    QTreeWidget *m_list = nullptr; // owned by this dialog (Qt parent)
};

} // namespace Tandem::Ui
