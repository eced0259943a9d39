#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// The Files tab of a candidate's profile: resumes and attachments kept in the database by
// content hash (FileStore). Add with the button or by dropping files on the tab; open one in
// its desktop application (through a temporary copy), save a copy elsewhere, or remove it.
class CandidateFilesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateFilesPanel(Session &session, QWidget *parent = nullptr);

    void showCandidate(qint64 candidateId);
    int fileCount() const;
    // Adds files from disk; reports the ones refused and keeps the others. Returns how many
    // were added.
    int addFiles(const QStringList &paths);

signals:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    qint64 currentFileId() const;
    void updateButtons();
    void chooseFiles();
    void openCurrent();
    void saveCurrent();
    void removeCurrent();

    Session &m_session;
    qint64 m_candidateId = 0;
    // Widgets below are owned by this panel through the Qt parent chain.
    InlineMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_files = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Tandem::Ui
