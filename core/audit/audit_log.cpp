#include "audit_log.h"

#include <core/common/ids.h>
#include <core/common/logging.h>
#include <core/storage/database.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem {
namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString selectColumns = QStringLiteral(
    "SELECT id, uuid, at, actor, action, entity_type, entity_uuid, before_json, after_json, prev_hash, hash "
    "FROM audit_entries ");

// Keeps the stored JSON text as it is: hashing must see exactly what was stored.
struct StoredEntry
{
    AuditEntry entry;
    QString atText;
    QString beforeText;
    QString afterText;
};

StoredEntry readEntry(const QSqlQuery &q)
{
    StoredEntry s;
    s.entry.id = q.value(0).toLongLong();
    s.entry.uuid = q.value(1).toString();
    s.atText = q.value(2).toString();
    s.entry.at = fromStorageTime(s.atText);
    s.entry.actor = q.value(3).toString();
    s.entry.action = q.value(4).toString();
    s.entry.entityType = q.value(5).toString();
    s.entry.entityUuid = q.value(6).toString();
    s.beforeText = q.value(7).toString();
    s.afterText = q.value(8).toString();
    s.entry.before = parseObject(s.beforeText);
    s.entry.after = parseObject(s.afterText);
    s.entry.prevHash = q.value(9).toString();
    s.entry.hash = q.value(10).toString();
    return s;
}

QString hashOf(const QString &prevHash, const QString &uuid, const QString &at, const QString &actor,
               const QString &action, const QString &entityType, const QString &entityUuid, const QString &before,
               const QString &after)
{
    // A JSON array gives every field an unambiguous boundary.
    const QJsonArray fields{prevHash, uuid, at, actor, action, entityType, entityUuid, before, after};
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return hashOf(entry.prevHash, entry.uuid, toStorageTime(entry.at), entry.actor, entry.action, entry.entityType,
                  entry.entityUuid, compact(entry.before), compact(entry.after));
}

Result<AuditEntry> AuditLog::append(const QString &actor, const QString &action, const QString &entityType,
                                    const QString &entityUuid, const QJsonObject &before, const QJsonObject &after)
{
    if (!m_db.inTransaction())
        return fail(ErrorCode::Invalid,
                    QObject::tr("An audit entry was written outside a transaction (%1 %2).").arg(action, entityType));
    // Serialise appends where the write transaction alone does not (PostgreSQL): without the
    // lock two writers could both read the same tail and fork the chain.
    if (const QString lock = m_db.dialect().lockAuditChain(); !lock.isEmpty()) {
        if (auto locked = m_db.scalar(lock); !locked)
            return std::unexpected(locked.error());
    }
    auto tail = m_db.scalar(m_db.dialect().auditTail());
    if (!tail)
        return std::unexpected(tail.error());

    AuditEntry entry;
    entry.uuid = newUuid();
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actor;
    entry.action = action;
    entry.entityType = entityType;
    entry.entityUuid = entityUuid;
    entry.before = before;
    entry.after = after;
    // No row (SQLite) or a NULL from the tail function (PostgreSQL): the chain starts here.
    entry.prevHash = tail->isValid() && !tail->isNull() ? tail->toString() : QString::fromLatin1(genesisHash);
    entry.hash = computeHash(entry);

    auto id = m_db.insert(QStringLiteral("INSERT INTO audit_entries (uuid, at, actor, action, entity_type, entity_uuid, "
                                      "before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {entry.uuid, toStorageTime(entry.at), actor, action, entityType, entityUuid, compact(before),
                        compact(after), entry.prevHash, entry.hash});
    if (!id)
        return std::unexpected(id.error());
    entry.id = *id;
    return entry;
}

Result<AuditVerification> AuditLog::verify()
{
    AuditVerification result;
    auto q = m_db.exec(selectColumns + QStringLiteral("ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    QString expectedPrev = QString::fromLatin1(genesisHash);
    while (q->next()) {
        const StoredEntry s = readEntry(*q);
        ++result.checked;
        QString problem;
        if (s.entry.prevHash != expectedPrev)
            problem = QObject::tr("audit entry %1 does not follow the entry before it: an entry was removed, "
                                  "inserted or reordered")
                          .arg(s.entry.id);
        else if (hashOf(s.entry.prevHash, s.entry.uuid, s.atText, s.entry.actor, s.entry.action, s.entry.entityType,
                        s.entry.entityUuid, s.beforeText, s.afterText)
                 != s.entry.hash)
            problem = QObject::tr("audit entry %1 (%2 %3) was changed after it was written").arg(s.entry.id).arg(s.entry.action, s.entry.entityType);
        if (!problem.isEmpty()) {
            result.ok = false;
            result.firstBadId = s.entry.id;
            result.problem = problem;
            q->finish();
            qCWarning(lcAudit) << problem;
            return result;
        }
        expectedPrev = s.entry.hash;
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QString &entityUuid)
{
    auto q = m_db.exec(selectColumns + QStringLiteral("WHERE entity_uuid = ? ORDER BY id"), {entityUuid});
    if (!q)
        return std::unexpected(q.error());
    QList<AuditEntry> entries;
    while (q->next())
        entries.append(readEntry(*q).entry);
    return entries;
}

Result<qint64> AuditLog::count()
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_entries"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace Tandem
