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

// The tail of every audited change: `after` is the record as stored now (read inside the
// transaction); it is audited against `before` and the transaction committed.
template <typename Record>
Result<Record> commitChange(Database &db, Transaction &tx, const Actor &actor, const QString &action,
                            const QString &entityType, const QJsonObject &before, Result<Record> after)
{
    if (!after)
        return after;
    if (auto ok = auditAndCommit(db, tx, actor, action, entityType, after->uuid, before, after->toJson()); !ok)
        return std::unexpected(ok.error());
    return after;
}

} // namespace Tandem::Internal
