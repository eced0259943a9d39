#pragma once

// Internal to core/dedupe: the journalled row changes a merge makes, and their reversal.

#include <core/common/error.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QVariantList>

namespace Tandem {
class Database;
}

namespace Tandem::Dedupe {

// Every row of a query as column -> value (SQL NULL as JSON null), read to the end.
Result<QList<QJsonObject>> readRows(Database &db, const QString &sql, const QVariantList &values = {});
QVariant bindable(const QJsonValue &value);

// Changes rows and remembers each change (the merge journal's `moved`), so that undo()
// can reverse them in the opposite order. Table and column names come from this folder's
// code, never from input; undo() checks the journal's names against the live schema.
class MergeSteps
{
public:
    explicit MergeSteps(Database &db)
        : m_db(db)
    { }

    // candidate_id of rows `ids` (by id) from `from` to `to`.
    Status move(const QString &table, const QList<qint64> &ids, qint64 from, qint64 to);
    // One row found by `where` gets `set`; `old` holds the values `set` replaces.
    Status update(const QString &table, const QJsonObject &where, const QJsonObject &set,
                  const QJsonObject &old);
    // Deletes one row found by `key`; the journal keeps the whole row to put it back.
    Status remove(const QString &table, const QJsonObject &key, const QJsonObject &row);
    // Inserts a row into a table with an id column; undo deletes it again.
    Result<qint64> insert(const QString &table, const QJsonObject &row);

    const QJsonArray &steps() const { return m_steps; }

    // Reverses `steps` newest first. A row that changed since (moved on, or no longer as the
    // merge left it) is a Conflict; a moved row deleted since is skipped.
    static Status undo(Database &db, const QJsonArray &steps);

private:
    Database &m_db;
    QJsonArray m_steps;
};

// UPDATE table SET <set> WHERE <where>; returns the rows affected. Names are checked
// against the table's columns.
Result<int> updateWhere(Database &db, const QString &table, const QJsonObject &set, const QJsonObject &where);

} // namespace Tandem::Dedupe
