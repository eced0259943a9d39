#pragma once

// Internal to core/records: the step every audited change ends with.

#include <core/common/error.h>
#include <core/common/ids.h>
#include <core/records/actor.h>
#include <core/storage/database.h>

#include <QJsonObject>

namespace Tandem {
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

// Renames a versioned record (a row of `table` with name, updated_at and version) that the
// caller read as `before` inside `tx` and checked for staleness, audits "rename" and commits.
// `table` is one of the services' own literal names, never input. `reread(id)` reads it back.
template <typename Record, typename Reread>
Result<Record> renameVersioned(Database &db, Transaction &tx, const Actor &actor, const QString &table,
                               const QString &entityType, const Record &before, const QString &name, Reread reread)
{
    auto q = db.exec(QStringLiteral("UPDATE %1 SET name = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                         .arg(table),
                     {name.simplified(), nowStorageTime(), before.id, before.version});
    if (!q)
        return std::unexpected(q.error());
    return commitChange(db, tx, actor, QStringLiteral("rename"), entityType, before.toJson(), reread(before.id));
}

} // namespace Tandem::Internal
