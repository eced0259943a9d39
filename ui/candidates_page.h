#pragma once

#include <ui/page.h>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Tandem {
class CandidateListModel;
}

namespace Tandem::Ui {

class CandidateDetailPane;
class ColumnFitter;
class EmptyState;
class InlineMessage;
class Session;

// The Candidates section: search-as-you-type over everyone in the database, the list of
// people found, and the selected person's profile beside it.
//
// The list is CandidateListModel (lazy, fine at 100,000 rows with fixed row heights); the
// search syntax is the model's (skill:rust city:berlin "data engineer" kube* -java
// tag:remote experience:>5 added:>=2025-06), and a query it cannot read is explained above
// the list while the user keeps typing. While searching, a Match column shows why each
// person was found (a snippet with the matched words highlighted). Beside the search field:
// "Saved Searches" (save the current search, run one, manage them) and "?" (the syntax).

class CandidatesPage : public Page
{
    Q_OBJECT
public:
    explicit CandidatesPage(Session &session, QWidget *parent = nullptr);

    void createNew() override;
    void reload() override;
    // Re-reads after someone else's change (live updates): unlike reload() it leaves the
    // scroll position alone, so a list the user is reading does not jump.
    void refreshFromOthers();
    void saveSettings() const override;
    void focusSearch();
    // Puts `query` into the search field and runs it at once (a saved search, an example).
    void runSearch(const QString &query);

    void editCandidate(qint64 id);
    void archiveCandidate(qint64 id);
    // Puts the candidates into a requisition's pipeline (asks which).
    void addToRequisition(const QList<qint64> &ids);
    CandidateDetailPane *detailPane() const { return m_detail; }
    // Shows this candidate's profile (selecting the row when the list holds it).
    void openCandidate(qint64 id);
    // CSV / vCard of these candidates (asks for format and file).
    void exportCandidates(const QList<qint64> &ids);
    // Side by side, field by field; the list shows the surviving record afterwards.
    void mergeCandidates(qint64 survivorId, qint64 mergedId);
    void showMergeHistory(qint64 candidateId);
    QList<qint64> selectedIds() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildListArea();
    void configureTable();
    void applySearch();
    void updateCount(qint64 count);
    void updateState();
    void select(qint64 id);
    void showCurrent();
    qint64 currentId() const;
    void showContextMenu(const QPoint &position);
    void fillSavedSearchMenu();
    void saveCurrentSearch();
    void manageSavedSearches();
    void showSearchHelp();
    void insertExample(const QString &example);
    void updateMatchColumn();
    void refitColumns(bool withMatch);

    Session &m_session;
    CandidateListModel *m_model = nullptr;   // owned by this page (Qt parent)
    // Widgets below are owned by this page through the Qt parent chain.
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QToolButton *m_savedSearches = nullptr;
    QMenu *m_savedMenu = nullptr;
    QToolButton *m_help = nullptr;
    InlineMessage *m_queryError = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_columns = nullptr; // replaced when the Match column shows or hides
    bool m_matchShown = false;
    EmptyState *m_noCandidates = nullptr;
    EmptyState *m_noMatches = nullptr;
    CandidateDetailPane *m_detail = nullptr;
};

} // namespace Tandem::Ui
