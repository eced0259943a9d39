#pragma once

#include <core/common/error.h>
#include <core/domain/enums.h>

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Settings > Rejection reasons: edits the two reason lists (rejected, withdrawn: add, rename,
// reorder, deactivate) and the silver-medalist rule. Every change is stored at once (each
// audited), so Close only closes. Open it with DispositionReasonsDialog::edit(session, parent).
class DispositionReasonsDialog : public QDialog
{
    Q_OBJECT
public:
    DispositionReasonsDialog(Session &session, QWidget *parent = nullptr);
    static void edit(Session &session, QWidget *parent);

private:
    struct List
    {
        ApplicationStatus status;
        QListWidget *widget = nullptr; // owned by the dialog (Qt parent)
    };
    QWidget *makeListPage(List &list);
    void reload(List &list, qint64 selectId = 0);
    void add(List &list);
    void rename(List &list);
    void moveBy(List &list, int delta);
    void toggleActive(List &list);
    qint64 currentId(const List &list) const;
    void report(const Status &status);

    Session &m_session;
    List m_rejected{ApplicationStatus::Rejected};
    List m_withdrawn{ApplicationStatus::Withdrawn};
    QComboBox *m_silverRule = nullptr; // owned by the dialog (Qt parent)
    InlineMessage *m_message = nullptr; // owned by the dialog (Qt parent)
};

} // namespace Tandem::Ui
