#pragma once

#include <core/common/error.h>

#include <functional>

class QWidget;

namespace Tandem::Ui {

class Session;

// Fills the open database with a generated demo agency of `candidates` people (with
// requisitions, pipelines and timelines) on a worker with its own connection, behind a
// cancellable progress dialog. `done` runs on the UI thread with a summary for the status
// bar, or the error (ErrorCode::Cancelled when the user stopped it).
void generateDemoData(QWidget *parent, const Session &session, int candidates,
                      std::function<void(const Result<QString> &)> done);

} // namespace Tandem::Ui
