#include "merge_steps.h"

#include <core/storage/database.h>

#include <QCoreApplication>
#include <QSqlRecord>

namespace Tandem::Dedupe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::MergeService", text);
}

// The tables a merge touches: names in a journal must be one of these.
const QStringList journalTables = {
    QStringLiteral("applications"),         QStringLiteral("activities"),
    QStringLiteral("candidate_files"),      QStringLiteral("consents"),
    QStringLiteral("candidate_experience"), QStringLiteral("candidate_education"),
    QStringLiteral("candidate_tags"),       QStringLiteral("talent_pool_members"),
    QStringLiteral("candidate_skills"),     QStringLiteral("candidate_contacts"),
    QStringLiteral("candidates"),
};

Status checkNames(Database &db, const QString &table, const QStringList &columns)
{
    if (!journalTables.contains(table))
        return fail(ErrorCode::Corrupt, tr("The merge journal names an unknown table \"%1\".").arg(table),
                    tr("The journal entry cannot be undone."));
    const QSqlRecord record = db.connection().record(table);
    for (const QString &column : columns) {
        if (!record.contains(column))
            return fail(ErrorCode::Corrupt,
                        tr("The merge journal names an unknown column \"%1.%2\".").arg(table, column),
                        tr("The journal entry cannot be undone."));
    }
    return {};
}

QString conditions(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << c + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

QVariantList valuesOf(const QJsonObject &object)
{
    QVariantList values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values << bindable(it.value());
    return values;
}

Result<int> deleteWhere(Database &db, const QString &table, const QJsonObject &key)
{
    if (auto ok = checkNames(db, table, key.keys()); !ok)
        return std::unexpected(ok.error());
    auto q = db.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, conditions(key.keys())),
                     valuesOf(key));
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

Status insertRow(Database &db, const QString &table, const QJsonObject &row)
{
    if (auto ok = checkNames(db, table, row.keys()); !ok)
        return ok;
    QStringList marks;
    for (qsizetype i = 0; i < row.size(); ++i)
        marks << QStringLiteral("?");
    auto q = db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, row.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                     valuesOf(row));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Error changedSince(const QString &table)
{
    return Error {
        ErrorCode::Conflict,
        tr("A record the merge changed (in %1) was changed again after the merge.").arg(table),
        tr("Undo would overwrite that later change, so nothing was undone. Put the records right by hand.")};
}

Status undoMove(Database &db, const QJsonObject &step)
{
    const QString table = step.value(QStringLiteral("table")).toString();
    if (auto ok = checkNames(db, table, {QStringLiteral("id"), QStringLiteral("candidate_id")}); !ok)
        return ok;
    const qint64 from = step.value(QStringLiteral("from")).toInteger();
    const qint64 to = step.value(QStringLiteral("to")).toInteger();
    for (const QJsonValue id : step.value(QStringLiteral("ids")).toArray()) {
        auto q = db.exec(
            QStringLiteral("UPDATE %1 SET candidate_id = ? WHERE id = ? AND candidate_id = ?").arg(table),
            {from, id.toInteger(), to});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 1)
            continue;
        auto exists = db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id.toInteger()});
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->isValid())
            return std::unexpected(changedSince(table));
    }
    return {};
}

Status undoStep(Database &db, const QJsonObject &step)
{
    const QString op = step.value(QStringLiteral("op")).toString();
    const QString table = step.value(QStringLiteral("table")).toString();
    if (op == QLatin1String("move"))
        return undoMove(db, step);
    if (op == QLatin1String("update")) {
        QJsonObject where = step.value(QStringLiteral("key")).toObject();
        const QJsonObject now = step.value(QStringLiteral("new")).toObject();
        for (auto it = now.begin(); it != now.end(); ++it)
            where.insert(it.key(), it.value());
        auto n = updateWhere(db, table, step.value(QStringLiteral("old")).toObject(), where);
        if (!n)
            return std::unexpected(n.error());
        if (*n != 1)
            return std::unexpected(changedSince(table));
        return {};
    }
    if (op == QLatin1String("delete"))
        return insertRow(db, table, step.value(QStringLiteral("row")).toObject());
    if (op == QLatin1String("insert")) {
        auto n = deleteWhere(db, table, step.value(QStringLiteral("key")).toObject());
        if (!n)
            return std::unexpected(n.error());
        return {};
    }
    return fail(ErrorCode::Corrupt, tr("The merge journal holds an unknown step \"%1\".").arg(op),
                tr("The journal entry cannot be undone."));
}

} // namespace

Result<QList<QJsonObject>> readRows(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<QJsonObject> rows;
    while (q->next()) {
        const QSqlRecord record = q->record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q->value(i);
            row.insert(record.fieldName(i),
                       v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
        }
        rows.append(row);
    }
    return rows;
}

QVariant bindable(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Double: {
        // Integers stay integers (a bigint column on PostgreSQL refuses "5.0").
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value.toVariant();
    }
}

Result<int> updateWhere(Database &db, const QString &table, const QJsonObject &set, const QJsonObject &where)
{
    if (auto ok = checkNames(db, table, set.keys() + where.keys()); !ok)
        return std::unexpected(ok.error());
    QStringList assignments;
    for (const QString &c : set.keys())
        assignments << c + QStringLiteral(" = ?");
    auto q = db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                         .arg(table, assignments.join(QStringLiteral(", ")), conditions(where.keys())),
                     valuesOf(set) + valuesOf(where));
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

Status MergeSteps::move(const QString &table, const QList<qint64> &ids, qint64 from, qint64 to)
{
    if (ids.isEmpty())
        return {};
    QJsonArray moved;
    for (qint64 id : ids) {
        auto q = m_db.exec(
            QStringLiteral("UPDATE %1 SET candidate_id = ? WHERE id = ? AND candidate_id = ?").arg(table),
            {to, id, from});
        if (!q)
            return std::unexpected(q.error());
        moved.append(id);
    }
    m_steps.append(QJsonObject {{QStringLiteral("op"), QStringLiteral("move")},
                                {QStringLiteral("table"), table},
                                {QStringLiteral("from"), from},
                                {QStringLiteral("to"), to},
                                {QStringLiteral("ids"), moved}});
    return {};
}

Status MergeSteps::update(const QString &table, const QJsonObject &where, const QJsonObject &set,
                          const QJsonObject &old)
{
    auto n = updateWhere(m_db, table, set, where);
    if (!n)
        return std::unexpected(n.error());
    // The row is found again after the merge by its key with the new values in it.
    QJsonObject key = where;
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (key.contains(it.key()))
            key.insert(it.key(), it.value());
    }
    m_steps.append(QJsonObject {{QStringLiteral("op"), QStringLiteral("update")},
                                {QStringLiteral("table"), table},
                                {QStringLiteral("key"), key},
                                {QStringLiteral("new"), set},
                                {QStringLiteral("old"), old}});
    return {};
}

Status MergeSteps::remove(const QString &table, const QJsonObject &key, const QJsonObject &row)
{
    auto n = deleteWhere(m_db, table, key);
    if (!n)
        return std::unexpected(n.error());
    m_steps.append(QJsonObject {{QStringLiteral("op"), QStringLiteral("delete")},
                                {QStringLiteral("table"), table},
                                {QStringLiteral("row"), row}});
    return {};
}

Result<qint64> MergeSteps::insert(const QString &table, const QJsonObject &row)
{
    if (auto ok = checkNames(m_db, table, row.keys()); !ok)
        return std::unexpected(ok.error());
    QStringList marks;
    for (qsizetype i = 0; i < row.size(); ++i)
        marks << QStringLiteral("?");
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, row.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        valuesOf(row));
    if (!id)
        return std::unexpected(id.error());
    m_steps.append(QJsonObject {{QStringLiteral("op"), QStringLiteral("insert")},
                                {QStringLiteral("table"), table},
                                {QStringLiteral("key"), QJsonObject {{QStringLiteral("id"), *id}}}});
    return id;
}

Status MergeSteps::undo(Database &db, const QJsonArray &steps)
{
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        if (auto ok = undoStep(db, steps.at(i).toObject()); !ok)
            return ok;
    }
    return {};
}

} // namespace Tandem::Dedupe
