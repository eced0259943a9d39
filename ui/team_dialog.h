#pragma once

#include <core/domain/records.h>

#include <QDialog>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// The people who use Tandem and interview (UserDirectory): name, email, role and whether
// they are active, with Add, Edit and Deactivate/Reactivate. Deactivated people keep their
// history but are no longer offered as interviewers. Meant for a Settings/File menu entry.
class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamDialog(Session &session, QWidget *parent = nullptr);

    int rowCount() const;
    void selectUser(qint64 userId);
    // Deactivates or reactivates the selected person; false (with a message) when refused.
    bool toggleSelectedActive();
    // Adds or stores `user` (id 0: new) as the edit form would; false with a message on error.
    bool save(const User &user);
    QString message() const;

signals:
    // Something was stored: lists of interviewers elsewhere may refresh.
    void changed();

private:
    void reload();
    void updateButtons();
    void addClicked();
    void editClicked();
    qint64 selectedId() const;
    User selectedUser() const;

    Session &m_session;
    QList<User> m_users;
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are all below
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
};

} // namespace Tandem::Ui
