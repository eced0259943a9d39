#pragma once

#include <QString>

namespace Tandem::Ui {

class MainWindow;

// What the command line asked for at start.
struct LaunchOptions
{
    QString database;          // --db: open this database
    bool demo = false;         // --demo: fill the database with a demo agency when it is empty
    int demoCandidates = 10000; // --demo-candidates
};

// How many people "Explore sample data" on the first start generates: enough to feel real,
// quick enough to wait for.
constexpr int firstLaunchSampleCandidates = 2000;

// Decides which database the window opens at start: the one asked for, else the one open
// last time, else the default one; on the very first start it asks whether to begin empty
// or with sample data.
void launch(MainWindow &window, const LaunchOptions &options);

} // namespace Tandem::Ui
