#include "settings_store.h"

#include "audited.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

using namespace Internal;

SettingsStore::SettingsStore(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<QString> SettingsStore::value(const QString &key, const QString &defaultValue)
{
    auto stored = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored)
        return std::unexpected(stored.error());
    return stored->isValid() ? stored->toString() : defaultValue;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A setting needs a name."), QObject::tr("This is a program error; report it."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!before)
        return std::unexpected(before.error());
    // Upsert: both engines understand ON CONFLICT ... DO UPDATE.
    auto q = m_db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
                       {key, value, nowStorageTime()});
    if (!q)
        return std::unexpected(q.error());
    const QJsonObject old = before->isValid() ? QJsonObject{{QStringLiteral("value"), before->toString()}} : QJsonObject{};
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("update"), QStringLiteral("setting"), key, old,
                          {{QStringLiteral("value"), value}});
}

} // namespace Tandem
