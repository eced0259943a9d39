#pragma once

#include <core/intake/resume_import.h>

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Tandem::Ui {

class InlineMessage;
class ResumeReviewForm;
class Session;

// Import resumes: files, a folder or files dropped on the window.
//
// start() reads every file on a worker thread (its own connection) behind a cancellable
// progress dialog: text extraction, parsing, and the search for people already in the
// database. The review page lists the files with what will happen to each (create, add to
// an existing candidate, skip as a duplicate, failed and why); selecting one shows its
// parsed fields, uncertain ones tinted, for correction. Import stores them on a worker
// thread and the summary page says what was created, updated, skipped or failed.
class ResumeImportDialog : public QDialog
{
    Q_OBJECT

public:
    ResumeImportDialog(Session &session, QStringList paths, QWidget *parent = nullptr);
    ~ResumeImportDialog() override;

    // Reads the files and shows the dialog when done (or explains why there is nothing to
    // import). Returns at once.
    void start();

    // For tests and the drop handler: the reviews as read, and running the import.
    const QList<ResumeReview> &reviews() const { return m_reviews; }
    void setReviews(QList<ResumeReview> reviews);
    void importReviewed();
    const ResumeImportSummary &summary() const { return m_summary; }
    ResumeReviewForm *form() const { return m_form; }
    QTableWidget *fileTable() const { return m_files; }

signals:
    // After an import stored something: the candidates created or updated.
    void imported(const QList<qint64> &candidateIds);

private:
    QWidget *buildReviewPage();
    QWidget *buildSummaryPage();
    void fillFileTable();
    void updateRow(int row);
    void showReview(int row);
    void keepFormEdits();
    void chooseAction(int index);
    void showSummary();
    QString actionText(const ResumeReview &review) const;
    QString statusText(const ResumeReview &review) const;
    void showExtractedText();

    Session &m_session;
    QStringList m_paths;
    QStringList m_ignored;
    QList<ResumeReview> m_reviews;
    ResumeImportSummary m_summary;
    int m_current = -1;
    // Owned through the Qt parent chain.
    QStackedWidget *m_pages = nullptr;
    QLabel *m_heading = nullptr;
    QTableWidget *m_files = nullptr;
    ResumeReviewForm *m_form = nullptr;
    QComboBox *m_action = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_showText = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_summaryText = nullptr;
    QTableWidget *m_outcomes = nullptr;
};

} // namespace Tandem::Ui
