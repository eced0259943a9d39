#pragma once

#include <QDialog>

namespace Tandem::Ui {

// Help > About Tandem: which Tandem this is and what it runs on, for support requests.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `databaseDescription` names the open database ("SQLite file /home/…/tandem.sqlite"),
    // empty when none is open.
    explicit AboutDialog(const QString &databaseDescription, QWidget *parent = nullptr);

    static QString version();
};

} // namespace Tandem::Ui
