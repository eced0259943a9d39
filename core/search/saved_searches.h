#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tandem {

class Database;

// A candidate search kept under a name by one user, run again from the Candidates page.
struct SavedSearch
{
    qint64 id = 0;
    QString uuid;
    qint64 ownerId = 0; // 0: the system / an unnamed local user
    QString name;
    QString query; // as typed; it parsed when stored (SearchQuery)
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    QJsonObject toJson() const;
};

// The actor's saved searches (table saved_searches; owner_id = actor.userId, NULL for the
// system actor): create, rename, change the query, remove, list and look up by name. Names
// are unique per owner, ignoring case; a query must parse as a candidate search
// (parseSearchQuery) to be stored, so a saved search always runs. Every change is audited
// in its own transaction (entity "saved_search") and notifies other windows.
//
// Owns: nothing; borrows the Database, which must outlive it.
// Thread: the thread of its Database.
// Errors: Result with ErrorCode::Invalid (empty or duplicate name, a query that does not
// parse: the message names the problem, the hint the fix), NotFound (not the actor's or
// gone), Conflict (changed by someone else since it was read: `expectedVersion`), Database.
class SavedSearchService
{
public:
    SavedSearchService(Database &db, Actor actor);

    Result<SavedSearch> create(const QString &name, const QString &query);
    Result<SavedSearch> rename(qint64 id, const QString &name, int expectedVersion);
    Result<SavedSearch> updateQuery(qint64 id, const QString &query, int expectedVersion);
    Status remove(qint64 id);

    Result<SavedSearch> get(qint64 id);
    Result<SavedSearch> byName(const QString &name); // NotFound when the actor has none of that name
    Result<QList<SavedSearch>> list(); // by name, ignoring case

private:
    QString ownerCondition() const;
    QVariantList ownerValues() const;
    Status checkName(const QString &name, qint64 exceptId);
    Result<SavedSearch> update(qint64 id, int expectedVersion, const QString &action, const QString &column,
                               const QString &value);

    Database &m_db; // not owned
    Actor m_actor;
};

} // namespace Tandem
