#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Tandem::Ui {

class Session;

// Manage… of the Candidates page's saved searches: the user's searches by name with their
// query text, to run, rename or delete. Works through SavedSearchService (audited); a refused
// change (a duplicate name, a search changed elsewhere) is explained and nothing is lost.
class SavedSearchesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SavedSearchesDialog(Session &session, QWidget *parent = nullptr);

signals:
    void runRequested(const QString &query); // the dialog closes after it
    void changed(); // a search was renamed or deleted

private:
    void reload(qint64 selectId = 0);
    void updateButtons();
    qint64 currentId() const;
    void runCurrent();
    void renameCurrent();
    void deleteCurrent();

    Session &m_session;
    QTreeWidget *m_list = nullptr; // owned through the Qt parent chain, as are the buttons
    QPushButton *m_run = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Tandem::Ui
