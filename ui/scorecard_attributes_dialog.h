#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// The attributes interviewers rate (1–4) on this requisition's scorecards: add, rename (with
// a description of what to look for), reorder and remove. Each change is stored at once
// through ScorecardService; an attribute that cards already rate cannot be removed, and the
// refusal says so in place.
class ScorecardAttributesDialog : public QDialog
{
    Q_OBJECT
public:
    ScorecardAttributesDialog(Session &session, qint64 requisitionId, const QString &title, QWidget *parent = nullptr);

    int attributeCount() const;
    bool addAttribute(const QString &name, const QString &description = {});
    bool moveCurrent(int delta);
    bool removeCurrent();
    bool saveCurrent();
    QListWidget *list() const { return m_list; }

private:
    void reload(qint64 selectId = 0);
    void showCurrent();
    qint64 currentId() const;

    Session &m_session;
    qint64 m_requisitionId = 0;
    // Widgets below are owned by this dialog through the Qt parent chain.
    InlineMessage *m_message = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Tandem::Ui
