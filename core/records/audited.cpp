#include "audited.h"

#include <core/audit/audit_log.h>
#include <core/storage/transaction.h>

namespace Tandem::Internal {

Status auditAndCommit(Database &db, Transaction &tx, const Actor &actor, const QString &action,
                      const QString &entityType, const QString &entityUuid, const QJsonObject &before,
                      const QJsonObject &after)
{
    if (auto audited = AuditLog(db).append(actor.auditName(), action, entityType, entityUuid, before, after); !audited)
        return std::unexpected(audited.error());
    return tx.commit();
}

} // namespace Tandem::Internal
