#pragma once

#include <core/dedupe/duplicate_finder.h>

#include <QDialog>

class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Tandem::Ui {

class EmptyState;
class InlineMessage;
class Session;

// Find Duplicates: searches the whole database on a worker (progress, cancel), lists the
// likely pairs best first (names, score, reasons), and offers "Compare and Merge…" (the
// MergeDialog) and "Not Duplicates" (remembered, never proposed again).
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Session &session, QWidget *parent = nullptr);

    // Starts the search; the list fills when it ends (searchFinished).
    void search();
    int pairCount() const;
    void selectPair(int row);
    // The actions of the two buttons, on the selected pair.
    void dismissSelected();
    void compareSelected();

signals:
    void searchFinished();
    // A merge was made; the window may show the surviving candidate.
    void candidateMerged(qint64 survivorId);

private:
    void showPairs(const QList<DuplicatePair> &pairs);
    void removePairsWith(qint64 candidateId);
    void showAllHandled();
    void updateButtons();

    Session &m_session;
    QTreeWidget *m_list = nullptr; // owned by this dialog (Qt parent), as are the widgets below
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_searchAgain = nullptr;
};

} // namespace Tandem::Ui
