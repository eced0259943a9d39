#pragma once

#include <functional>

class QWidget;

namespace Tandem::Ui {

class Session;

// The File menu's care of the open database: integrity check, backup and restore. Each asks
// what it needs (a file name, a confirmation), then runs on a worker with its own
// connection behind a progress dialog (see BackgroundTask), and reports the outcome in a
// dialog. Nothing here knows how the work is done: that is core/storage/maintenance.h.

// SQLite's integrity and foreign-key checks, the full-text index check and the audit
// trail's hash chain.
void checkIntegrity(QWidget *parent, const Session &session);

// Rebuilds the candidate search index from the records: the repair the integrity check
// points to when the index is out of step.
void rebuildSearchIndex(QWidget *parent, const Session &session);

// A consistent copy of the open database in a file the user picks.
void backupDatabase(QWidget *parent, const Session &session);

// Replaces the open database's contents with a backup after the user confirmed it;
// `restored` runs on the UI thread afterwards so the window can read everything again.
void restoreDatabase(QWidget *parent, const Session &session, std::function<void()> restored);

} // namespace Tandem::Ui
