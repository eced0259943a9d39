#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace Tandem::Ui {

class Session;

// The window's ways of getting people in and out: File > Import (resumes, a resume folder,
// CSV, vCard), File > Export, Settings > Intake, the duplicate finder and files dropped
// on the window. Owns its actions; the window puts them in menus and passes drops on.
class IntakeActions : public QObject
{
    Q_OBJECT

public:
    using SessionGetter = std::function<Session *()>;
    IntakeActions(QWidget *window, SessionGetter session);

    void addImportMenu(QMenu *file);
    // File > Export Selected Candidates…: `selection` gives the ids chosen in the list.
    void addExportAction(QMenu *file, std::function<QList<qint64>()> selection);
    // Find Duplicates…, Merge History….
    void addTools(QMenu *tools);
    void addSettings(QMenu *settings);
    void setEnabled(bool enabled);

    // Drag and drop onto the window: true for files Tandem can import.
    static bool canImport(const QMimeData *data);
    void importDropped(const QMimeData *data);
    // Match scores compare skills through the session's vocabulary (k8s = Kubernetes):
    // call after a database is opened; the vocabulary editor calls it after changes.
    void useVocabulary();
    // Resumes (or folders of them) → the import review.
    void importResumes(const QStringList &paths);

signals:
    // Candidates were created or updated by an import (ids may be empty for list imports:
    // then only the count is known).
    void imported(const QList<qint64> &candidateIds);
    // Records were merged or a merge undone: lists and profiles should reread.
    void merged(qint64 survivorId);
    void message(const QString &text);

private:
    void chooseResumes();
    void chooseResumeFolder();
    void importCsv();
    void importVCard();
    void findDuplicates();
    void showMergeHistory();
    void choosePhoneRegion();

    QWidget *m_window;
    SessionGetter m_session;
    QList<QAction *> m_actions; // owned by this object (Qt parent)
};

} // namespace Tandem::Ui
