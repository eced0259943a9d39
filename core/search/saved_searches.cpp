#include "saved_searches.h"

#include "search_query.h"

#include <core/common/ids.h>
#include <core/records/audited.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QSqlQuery>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("saved_search");
const QString columns
    = QStringLiteral("id, uuid, owner_id, name, query, created_at, updated_at, version FROM saved_searches");

SavedSearch readSaved(const QSqlQuery &q)
{
    SavedSearch s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.ownerId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    s.name = q.value(3).toString();
    s.query = q.value(4).toString();
    s.createdAt = fromStorageTime(q.value(5).toString());
    s.updatedAt = fromStorageTime(q.value(6).toString());
    s.version = q.value(7).toInt();
    return s;
}

Status checkQuery(const QString &query)
{
    if (query.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A saved search needs something to search for."),
                    QObject::tr("Type a search first, for example skill:rust experience:>5."));
    auto parsed = parseSearchQuery(query);
    if (!parsed)
        return fail(ErrorCode::Invalid,
                    QObject::tr("The search cannot be saved: %1").arg(parsed.error().message),
                    parsed.error().hint);
    if (parsed->isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("The search \"%1\" has nothing to look for.").arg(query.trimmed()),
                    QObject::tr("Add a word or a filter, for example tag:remote."));
    return {};
}

} // namespace

QJsonObject SavedSearch::toJson() const
{
    return QJsonObject {{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("owner_id"), ownerId},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("query"), query},
                        {QStringLiteral("version"), version}};
}

SavedSearchService::SavedSearchService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

// The system actor's searches have no owner; SQL's = never matches NULL.
QString SavedSearchService::ownerCondition() const
{
    return m_actor.userId > 0 ? QStringLiteral("owner_id = ?") : QStringLiteral("owner_id IS NULL");
}

QVariantList SavedSearchService::ownerValues() const
{
    return m_actor.userId > 0 ? QVariantList {m_actor.userId} : QVariantList {};
}

Status SavedSearchService::checkName(const QString &name, qint64 exceptId)
{
    if (name.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A saved search needs a name."),
                    QObject::tr("Type a name, for example \"Senior Rust, remote\"."));
    QVariantList values {name};
    values << ownerValues() << exceptId;
    auto taken = m_db.scalar(QStringLiteral("SELECT name FROM saved_searches WHERE name = ? COLLATE NOCASE AND ")
                                 + ownerCondition() + QStringLiteral(" AND id <> ?"),
                             values);
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->isValid())
        return fail(ErrorCode::Invalid,
                    QObject::tr("You already have a saved search named \"%1\".").arg(taken->toString()),
                    QObject::tr("Choose another name, or change the query of that search instead."));
    return {};
}

Result<SavedSearch> SavedSearchService::create(const QString &name, const QString &query)
{
    const QString cleanName = name.simplified();
    if (auto ok = checkQuery(query); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkName(cleanName, 0); !ok)
        return std::unexpected(ok.error());
    const QString now = nowStorageTime();
    auto id = m_db.insert(QStringLiteral("INSERT INTO saved_searches (uuid, owner_id, name, query, created_at, updated_at,"
                                         " version) VALUES (?, ?, ?, ?, ?, ?, 1)"),
                          {newUuid(), m_actor.userId > 0 ? QVariant(m_actor.userId) : QVariant(), cleanName,
                           query.trimmed(), now, now});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(*id));
}

Result<SavedSearch> SavedSearchService::update(qint64 id, int expectedVersion, const QString &action,
                                               const QString &column, const QString &value)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    if (before->version != expectedVersion)
        return fail(ErrorCode::Conflict, QObject::tr("The saved search \"%1\" was changed elsewhere.").arg(before->name),
                    QObject::tr("Nothing was changed. Reopen the list and try again."));
    if (column == QLatin1String("name")) {
        if (auto ok = checkName(value, id); !ok)
            return std::unexpected(ok.error());
    }
    // column is one of this file's two literals, never input.
    auto q = m_db.exec(QStringLiteral("UPDATE saved_searches SET %1 = ?, updated_at = ?, version = version + 1"
                                      " WHERE id = ? AND version = ?")
                           .arg(column),
                       {value, nowStorageTime(), id, expectedVersion});
    if (!q)
        return std::unexpected(q.error());
    return commitChange(m_db, *tx, m_actor, action, entityType, before->toJson(), get(id));
}

Result<SavedSearch> SavedSearchService::rename(qint64 id, const QString &name, int expectedVersion)
{
    return update(id, expectedVersion, QStringLiteral("rename"), QStringLiteral("name"), name.simplified());
}

Result<SavedSearch> SavedSearchService::updateQuery(qint64 id, const QString &query, int expectedVersion)
{
    if (auto ok = checkQuery(query); !ok)
        return std::unexpected(ok.error());
    return update(id, expectedVersion, QStringLiteral("update"), QStringLiteral("query"), query.trimmed());
}

Status SavedSearchService::remove(qint64 id)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return std::unexpected(before.error());
    auto q = m_db.exec(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), entityType, before->uuid, before->toJson(), {});
}

Result<SavedSearch> SavedSearchService::get(qint64 id)
{
    QVariantList values {id};
    values << ownerValues();
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE id = ? AND ") + ownerCondition(),
                       values);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("That saved search no longer exists."),
                    QObject::tr("Reopen the list of saved searches."));
    return readSaved(*q);
}

Result<SavedSearch> SavedSearchService::byName(const QString &name)
{
    QVariantList values {name.simplified()};
    values << ownerValues();
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE name = ? COLLATE NOCASE AND ")
                           + ownerCondition(),
                       values);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("There is no saved search named \"%1\".").arg(name.simplified()),
                    QObject::tr("Check the name in the list of saved searches."));
    return readSaved(*q);
}

Result<QList<SavedSearch>> SavedSearchService::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE ") + ownerCondition()
                           + QStringLiteral(" ORDER BY lower(name), id"),
                       ownerValues());
    if (!q)
        return std::unexpected(q.error());
    QList<SavedSearch> out;
    while (q->next())
        out.append(readSaved(*q));
    return out;
}

} // namespace Tandem
