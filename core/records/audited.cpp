#include "audited.h"

#include <core/audit/audit_log.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem::Internal {

Status auditAndCommit(Database &db, Transaction &tx, const Actor &actor, const QString &action,
                      const QString &entityType, const QString &entityUuid, const QJsonObject &before,
                      const QJsonObject &after)
{
    if (auto audited = AuditLog(db).append(actor.auditName(), action, entityType, entityUuid, before, after); !audited)
        return std::unexpected(audited.error());
    // Every audited change passes here, so this is where other connections hear of it
    // (ChangeFeed). Inside the transaction: delivered at commit, dropped on rollback.
    if (const QString notify = db.dialect().notifyChange(); !notify.isEmpty()) {
        if (auto sent = db.scalar(notify, {entityType + QLatin1Char(' ') + entityUuid}); !sent)
            return std::unexpected(sent.error());
    }
    return tx.commit();
}

} // namespace Tandem::Internal
