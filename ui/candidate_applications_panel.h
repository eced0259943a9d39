#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// The Applications tab of a candidate's profile: every requisition they are or were in, with
// the stage, status (and reason when rejected or withdrawn) and dates; unfolding one shows
// its stage history, each move with when and who.
class CandidateApplicationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateApplicationsPanel(Session &session, QWidget *parent = nullptr);

    void showCandidate(qint64 candidateId);
    int applicationCount() const;

signals:
    // The user wants to see this requisition's pipeline.
    void openPipelineRequested(qint64 requisitionId);

private:
    void reload();

    Session &m_session;
    qint64 m_candidateId = 0;
    // Widgets below are owned by this panel through the Qt parent chain.
    InlineMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_openPipeline = nullptr;
};

} // namespace Tandem::Ui
