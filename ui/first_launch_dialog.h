#pragma once

#include <QDialog>

namespace Tandem::Ui {

// Shown on the very first start (no database remembered, none at the default place): lets
// the user begin with an empty database or explore a generated demo agency first.
class FirstLaunchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, EmptyDatabase, SampleData };

    // `databasePath` is where the new database will be created; shown so nobody has to
    // guess where their data lives.
    FirstLaunchDialog(const QString &databasePath, int sampleCandidates, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::None;
};

} // namespace Tandem::Ui
