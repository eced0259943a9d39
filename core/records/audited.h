#pragma once

// Internal to core/records: the step every audited change ends with.

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QJsonObject>

namespace Tandem {
class Database;
class Transaction;
}

namespace Tandem::Internal {

// Appends the audit entry for a change and commits the transaction that made it, so the
// two are stored together or not at all.
Status auditAndCommit(Database &db, Transaction &tx, const Actor &actor, const QString &action,
                      const QString &entityType, const QString &entityUuid, const QJsonObject &before,
                      const QJsonObject &after);

} // namespace Tandem::Internal
