#pragma once

#include <core/common/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tandem {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString uuid;
    QDateTime at;
    QString actor;      // a user's uuid, or "system"
    QString action;     // create, update, archive, restore, move, ...
    QString entityType; // candidate, requisition, application, ...
    QString entityUuid;
    QJsonObject before;
    QJsonObject after;
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool ok = true;
    qint64 checked = 0;      // entries read
    qint64 firstBadId = 0;   // the first entry whose hash or link does not hold
    QString problem;         // in words, when not ok
};

// The append-only, hash-chained audit log (DESIGN.md section 3).
//
// Each entry's hash is SHA-256 over the previous entry's hash and this entry's fields, so
// changing, removing or reordering any stored entry breaks the chain at that point and
// verify() names it. The table itself refuses UPDATE and DELETE (triggers).
// Owns nothing but a reference to the connection; thread: the connection's thread.
// append() must run inside the caller's write transaction, so that a change and its audit
// entry commit together (and the chain's tail cannot move under us).
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    static constexpr const char *genesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    Result<AuditEntry> append(const QString &actor, const QString &action, const QString &entityType,
                              const QString &entityUuid, const QJsonObject &before, const QJsonObject &after);
    Result<AuditVerification> verify();
    Result<QList<AuditEntry>> forEntity(const QString &entityUuid);
    Result<qint64> count();

    // The hash an entry must carry, from its fields and the previous hash.
    static QString computeHash(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace Tandem
