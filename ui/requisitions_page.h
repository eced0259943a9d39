#pragma once

#include <ui/page.h>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Tandem {
class RequisitionListModel;
}

namespace Tandem::Ui {

class ColumnFitter;
class EmptyState;
class PipelineView;
class Session;

// The Requisitions section: the openings being filled, filtered by status, with hiring
// manager, openings left, active applicants and age; new and edit through RequisitionDialog.
// Opening a requisition (double click, Enter, Open Pipeline) shows its pipeline in place of
// the list (PipelineView: the board or the list of its applicants); "All Requisitions" or
// Alt+Left goes back.
class RequisitionsPage : public Page
{
    Q_OBJECT
public:
    explicit RequisitionsPage(Session &session, QWidget *parent = nullptr);

    void createNew() override;
    void reload() override;
    // Re-reads after someone else's change (live updates), keeping selection and scroll.
    void refreshFromOthers();
    void saveSettings() const override;

    void editRequisition(qint64 id);
    void archiveRequisition(qint64 id);
    void createFromTemplate();
    void saveAsTemplate(qint64 id);
    void editPipeline(qint64 id);
    void publish(qint64 id);
    void editScorecard(qint64 id);
    // Shows the pipeline of this requisition (0: back to the list).
    void openPipeline(qint64 id);
    PipelineView *pipelineView() const { return m_pipeline; }
    bool isShowingPipeline() const;

signals:
    // The user wants to see a candidate's profile (from a card on the board).
    void openCandidateRequested(qint64 candidateId);
    void scheduleInterviewRequested(qint64 applicationId);
    void makeOfferRequested(qint64 applicationId);

private:
    QWidget *buildListArea();
    QWidget *buildPipelineArea();
    void configureTable();
    void applyFilter();
    void updateState();
    void updateSelectionActions();
    void select(qint64 id);
    qint64 currentId() const;
    void showContextMenu(const QPoint &position);
    QMenu *buildMoreMenu();
    // After a dialog stored something about this requisition: lists, pipeline and counts.
    void refreshAfterChange(qint64 id);

    Session &m_session;
    RequisitionListModel *m_model = nullptr; // owned by this page (Qt parent)
    // Widgets below are owned by this page through the Qt parent chain.
    QComboBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_open = nullptr;
    QList<QAction *> m_selectionActions; // need a selected requisition
    QStackedWidget *m_views = nullptr;     // the list, or one requisition's pipeline
    QWidget *m_listArea = nullptr;
    QWidget *m_pipelineArea = nullptr;
    PipelineView *m_pipeline = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_columns = nullptr;
    EmptyState *m_noRequisitions = nullptr;
    EmptyState *m_noneWithStatus = nullptr;
};

} // namespace Tandem::Ui
