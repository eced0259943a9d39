#pragma once

#include <QWidget>

namespace Tandem::Ui {

// One section of the main window (Candidates, Requisitions, ...). The window routes its
// section-wide commands to the page on show: Ctrl+N creates the page's kind of record.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Opens the "new record" dialog of this section.
    virtual void createNew() = 0;
    // Reads everything again: the database changed under the page (restore, demo data).
    virtual void reload() = 0;
    // Keeps splitter and column layout for the next run.
    virtual void saveSettings() const = 0;

signals:
    // Something was created, edited or archived: counts elsewhere may be out of date.
    void recordsChanged();
    // A short confirmation for the status bar ("Saved Ada Lovelace").
    void statusMessage(const QString &text);
};

} // namespace Tandem::Ui
