#include "launcher.h"

#include <ui/first_launch_dialog.h>
#include <ui/main_window.h>
#include <ui/recent_files.h>

#include <core/storage/connection_settings.h>

#include <QFileInfo>

namespace Tandem::Ui {
namespace {

bool reachable(const QString &location)
{
    return location.startsWith(QStringLiteral("postgres"), Qt::CaseInsensitive) || QFileInfo::exists(location);
}

} // namespace

void launch(MainWindow &window, const LaunchOptions &options)
{
    const QString defaultPath = defaultDatabasePath();
    if (options.demo) {
        window.openWithDemoData(options.database.isEmpty() ? defaultPath : options.database, options.demoCandidates);
        return;
    }
    if (!options.database.isEmpty()) {
        window.openDatabase(options.database);
        return;
    }
    const RecentFiles recent;
    if (recent.hasLast() && reachable(recent.last())) {
        if (window.openDatabase(recent.last()))
            return;
    }
    if (QFileInfo::exists(defaultPath)) {
        window.openDatabase(defaultPath);
        return;
    }
    FirstLaunchDialog welcome(defaultPath, firstLaunchSampleCandidates, &window);
    welcome.exec();
    switch (welcome.choice()) {
    case FirstLaunchDialog::Choice::EmptyDatabase:
        window.openDatabase(defaultPath);
        break;
    case FirstLaunchDialog::Choice::SampleData:
        window.openWithDemoData(defaultPath, firstLaunchSampleCandidates);
        break;
    case FirstLaunchDialog::Choice::None:
        break; // the window offers New and Open
    }
}

} // namespace Tandem::Ui
