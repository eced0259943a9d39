#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QByteArray>
#include <QString>

namespace Tandem {

class Database;

// Keeps an exported offer letter among the candidate's files (FileStore, kind offer_letter:
// the bytes once by SHA-256, a `file` entry on the timeline, audited as "candidate_file").
// Returns the candidate_files id.
Result<qint64> keepOfferLetterFile(Database &db, const Actor &actor, qint64 offerId, const QString &fileName,
                                   const QByteArray &pdf);

} // namespace Tandem
