#pragma once

#include <core/domain/enums.h>

#include <QWidget>

class QAction;
class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Tandem {
class BoardModel;
class PipelineListModel;
}

namespace Tandem::Ui {

class BoardColumn;
class EmptyState;
class InlineMessage;
class Session;

// A requisition's pipeline: the kanban board (one column per stage, cards painted by
// BoardCardDelegate) or the same pipeline as a sortable list, with a filter bar (text,
// source, rating, tag) and the recruiter's actions: drag and drop or Ctrl+Left/Right to
// move, Delete to reject, a context menu, and Undo (Ctrl+Z) for the last move, rejection or
// withdrawal.
//
// Owns: a BoardModel (cards and writes) and a PipelineListModel (rows). No widget per card:
// a list view per stage, so 500 cards stay smooth. Thread: the UI thread.
// Errors: a refused action (stale card, missing reason) shows in place above the board and
// the board re-reads what is stored.
class PipelineView : public QWidget
{
    Q_OBJECT
public:
    PipelineView(Session &session, QWidget *parent = nullptr);

    // 0 shows the "choose a requisition" state.
    void showRequisition(qint64 requisitionId);
    qint64 requisitionId() const { return m_requisitionId; }
    // Reads everything again (after someone else's change, a restore, ...).
    void reload();
    // The application ids selected on the board (or in the list, in list mode).
    QList<qint64> selectedApplications() const;
    // Selects these cards on the board (the current one is the first).
    void selectApplications(const QList<qint64> &applicationIds);
    bool isListMode() const;
    void setListMode(bool list);

    BoardModel *boardModel() const { return m_board; }
    PipelineListModel *listModel() const { return m_list; }
    // The board column of a stage (nullptr when the stage is not shown).
    BoardColumn *column(qint64 stageId) const;

    // Actions the context menu and shortcuts run, public for tests and menus.
    bool moveSelected(qint64 stageId);
    bool moveSelectedBy(int delta); // -1 previous stage, +1 next
    void dispositionSelected(ApplicationStatus status);
    bool undo();
    // Opens the screening answers of an application (modal); true when answers were stored.
    bool editScreeningAnswers(qint64 applicationId);

signals:
    void candidateActivated(qint64 candidateId);
    void scheduleInterviewRequested(qint64 applicationId);
    void makeOfferRequested(qint64 applicationId);
    // Something was stored: other pages' counts may be out of date.
    void changed();
    void statusMessage(const QString &text);

private:
    void buildHeader(QHBoxLayout *header);
    void buildFilterBar(QHBoxLayout *bar);
    void rebuildColumns();
    void focusColumn(int index);
    void updateHeader();
    void updateState();
    void refillFilterChoices();
    void applyFilter();
    void onChangeApplied(const QString &summary);
    void showContextMenu(QWidget *view, const QPoint &position);
    void activateCard(const QModelIndex &index);
    void activateRow(const QModelIndex &index);
    qint64 focusApplication() const;

    Session &m_session;
    qint64 m_requisitionId = 0;
    BoardModel *m_board = nullptr;          // owned (Qt parent)
    PipelineListModel *m_list = nullptr;    // owned (Qt parent)
    QItemSelectionModel *m_selection = nullptr; // shared by the column views; owned (Qt parent)
    // Widgets below are owned through the Qt parent chain.
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_undoText = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_listButton = nullptr;
    QButtonGroup *m_mode = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_rating = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_order = nullptr; // card order on the board: time in stage or match
    QWidget *m_filterBar = nullptr;
    QWidget *m_headerBar = nullptr;
    InlineMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_boardArea = nullptr;
    QWidget *m_columnsHost = nullptr;
    QList<BoardColumn *> m_columns;
    QTableView *m_table = nullptr;
    EmptyState *m_noRequisition = nullptr;
    EmptyState *m_noApplicants = nullptr;
    EmptyState *m_noMatch = nullptr;
    QAction *m_undoAction = nullptr;
};

} // namespace Tandem::Ui
