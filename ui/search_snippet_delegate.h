#pragma once

#include <QStyledItemDelegate>

namespace Tandem::Ui {

// Paints a search snippet (CandidateListModel::MatchColumn) on one line with the matched
// words in bold on a soft highlight, so a recruiter sees at a glance why someone was found.
// The text is the model's DisplayRole, painted as plain text (never markup); the ranges come
// from `highlightsRole` (QList<HighlightRange>). Text that does not fit ends in an ellipsis.
class SearchSnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchSnippetDelegate(int highlightsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_highlightsRole;
};

} // namespace Tandem::Ui
