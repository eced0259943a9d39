#pragma once

#include <QFrame>
#include <QListView>

class QItemSelectionModel;
class QMimeData;
class QLabel;

namespace Tandem::Ui {

// One stage of the board: a list view rooted at the stage's row of a BoardModel. All column
// views of a board share one selection model, so a drag or a keyboard move takes every
// selected card, whichever column it sits in.
class BoardColumnView : public QListView
{
    Q_OBJECT
public:
    explicit BoardColumnView(QWidget *parent = nullptr);

signals:
    // A drag of these cards begins (the data the drop will receive); for tests and hints.
    void dragStarting(const QMimeData *data);
    // Left or Right without modifiers: the keyboard goes to the neighbouring column.
    void neighbourRequested(int delta);

protected:
    // Drags the whole shared selection, not only this column's part; the drop target's
    // model stores the move, so nothing is removed here afterwards.
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_dropHighlight = false;
};

// The column around a BoardColumnView: the stage's name, its card count and stale count.
class BoardColumn : public QFrame
{
    Q_OBJECT
public:
    explicit BoardColumn(QWidget *parent = nullptr);

    BoardColumnView *view() const { return m_view; }
    qint64 stageId() const { return m_stageId; }
    // Shows the model's stage at `row` and follows it through resets of the model. The
    // connection is made after the view's own, so the view's reset (which drops its root)
    // runs first and this one roots it again.
    void attach(QAbstractItemModel *model, QItemSelectionModel *selection, int row);
    // Reads name and counts from the stage's row of the model and roots the view there.
    void showStage(const QModelIndex &stage);

private:
    QLabel *m_name = nullptr;    // owned by this frame (Qt parent)
    QLabel *m_count = nullptr;   // owned by this frame (Qt parent)
    QLabel *m_stale = nullptr;   // owned by this frame (Qt parent)
    BoardColumnView *m_view = nullptr; // owned by this frame (Qt parent)
    qint64 m_stageId = 0;
    int m_row = -1;
};

} // namespace Tandem::Ui
