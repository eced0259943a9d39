#pragma once

#include <ui/page.h>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Tandem {
class RequisitionListModel;
}

namespace Tandem::Ui {

class ColumnFitter;
class EmptyState;
class Session;

// The Requisitions section: the openings being filled, filtered by status, with hiring
// manager, openings left, active applicants and age; new and edit through RequisitionDialog.
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

private:
    void configureTable();
    void applyFilter();
    void updateState();
    void select(qint64 id);
    qint64 currentId() const;
    void showContextMenu(const QPoint &position);

    Session &m_session;
    RequisitionListModel *m_model = nullptr; // owned by this page (Qt parent)
    // Widgets below are owned by this page through the Qt parent chain.
    QComboBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_columns = nullptr;
    EmptyState *m_noRequisitions = nullptr;
    EmptyState *m_noneWithStatus = nullptr;
};

} // namespace Tandem::Ui
