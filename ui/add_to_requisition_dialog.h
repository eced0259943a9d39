#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace Tandem {
class RequisitionListModel;
}

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Puts one or more candidates into a requisition's pipeline: from the profile ("Add to
// Requisition…") or from search results (several rows at once). Only requisitions that take
// applicants are offered (draft, open, on hold); the stage defaults to the first. A
// candidate already in that pipeline is skipped and named; the others are added.
class AddToRequisitionDialog : public QDialog
{
    Q_OBJECT
public:
    // `who` names the candidates in the title: "Ada Lovelace" or "3 candidates".
    AddToRequisitionDialog(Session &session, QList<qint64> candidateIds, const QString &who, QWidget *parent = nullptr);

    qint64 requisitionId() const;
    qint64 stageId() const;
    int addedCount() const { return m_added; }
    void accept() override;

private:
    void fillStages();

    Session &m_session;
    QList<qint64> m_candidates;
    int m_added = 0;
    RequisitionListModel *m_requisitions = nullptr;    // owned by this dialog (Qt parent)
    QSortFilterProxyModel *m_open = nullptr;           // owned by this dialog (Qt parent)
    // Widgets below are owned by this dialog through the Qt parent chain.
    QLabel *m_intro = nullptr;
    QComboBox *m_requisition = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_source = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Tandem::Ui
