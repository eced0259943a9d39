#pragma once

#include <core/lists/imported_candidate.h>
#include <core/records/actor.h>

#include <functional>

class QWidget;

namespace Tandem {
class Database;
}

namespace Tandem::Ui {

// File > Import > vCard…: imports a .vcf file on a worker (progress, cancel) and tells the
// user what happened, listing the cards that could not be imported with their lines.
// `findExisting` makes the duplicate check for the worker's connection (default: the same
// normalised e-mail); `done` receives the summary on the UI thread (after the message).
void importVCardFile(QWidget *parent, Database &db, const Actor &actor, const QString &path,
                     std::function<FindExisting(Database &)> findExisting = {},
                     std::function<void(const ImportSummary &)> done = {});
// Asks for the file first; does nothing when the user cancels the file dialog.
void importVCard(QWidget *parent, Database &db, const Actor &actor,
                 std::function<FindExisting(Database &)> findExisting = {},
                 std::function<void(const ImportSummary &)> done = {});

// The summary as the message shows it: counts, then up to `maxLines` bad cards.
QString importSummaryDetails(const ImportSummary &summary, int maxLines = 20);

} // namespace Tandem::Ui
