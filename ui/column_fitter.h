#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QTableView;

namespace Tandem::Ui {

// Keeps a table's columns filling its width in fixed proportions (name wider than stage, ...)
// as the window and splitters change size, until the user drags a column border: from then
// on the user's widths win, and are remembered with the column order and sort.
//
// Fixed character widths cannot do this: what fits a wide window clips a narrow one, and a
// stretched last column pushes numbers far from their labels.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // `weights`: (column, share) pairs; columns not named keep their width.
    // `settingsKey`: where the header is remembered, e.g. "candidates/header".
    ColumnFitter(QTableView *table, QList<std::pair<int, int>> weights, QString settingsKey);

    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTableView *m_table; // not owned: the fitter is the table's child
    QList<std::pair<int, int>> m_weights;
    QString m_settingsKey;
    bool m_customized = false; // the user resized a column by hand
    bool m_fitting = false;    // our own resizeSection calls are not the user's
};

} // namespace Tandem::Ui
