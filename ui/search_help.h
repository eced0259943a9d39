#pragma once

#include <QFrame>

namespace Tandem::Ui {

// The "?" beside the candidate search: a small popup that lists what the search language can
// do (fields, filters, ranges, operators), each with an example. Clicking an example emits
// exampleChosen() so the page can put it into the search field; the popup closes on any
// click outside it, like a menu. Text is ours and shown as plain text.
class SearchHelpPopup : public QFrame
{
    Q_OBJECT
public:
    explicit SearchHelpPopup(QWidget *parent = nullptr);

    // Shows the popup below `anchor`, kept on the anchor's screen.
    void showBelow(QWidget *anchor);

signals:
    void exampleChosen(const QString &example);
};

} // namespace Tandem::Ui
