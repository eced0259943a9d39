#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// The people who use Tandem (recruiters, hiring managers, interviewers, ...).
// Thread: the connection's. Errors: Result with a message naming the user.
class UserDirectory
{
public:
    explicit UserDirectory(Database &db);

    Result<QList<User>> list(bool activeOnly = true);
    Result<User> byId(qint64 id);
    // Creates the user (audited as `actor`).
    Result<User> create(const User &draft, const Actor &actor);
    // Stores name, email, role and active of `edited` (audited); Conflict when its version
    // is not the stored one.
    Result<User> update(const User &edited, const Actor &actor);
    // Deactivated users keep their history (interviews, audit entries) but are no longer
    // offered as interviewers, managers or recruiters.
    Result<User> setActive(qint64 id, int version, bool active, const Actor &actor);
    // The role keys, in the order a picker offers them.
    static QStringList roles();
    static QString roleLabel(const QString &role);
    // The user this desktop session acts as: found by name, created as an admin on first use.
    Result<User> ensureLocalUser(const QString &name);
    static Actor actorFor(const User &user) { return Actor {user.id, user.uuid, user.name}; }

private:
    Result<qint64> roleId(const QString &role);

    Database &m_db;
};

} // namespace Tandem
