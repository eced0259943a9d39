#include "raw_postgres.h"

#include <QHash>
#include <QObject>

#include <libpq-fe.h>

namespace Tandem::Bench {

namespace {

// Type OIDs from pg_type: numbers go out typed, so `SELECT ?, id ...` inserts into a bigint
// column like QPSQL's bound values do; text goes out untyped and the server infers it.
constexpr Oid Int8Oid = 20;
constexpr Oid Float8Oid = 701;

QString errorOf(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

struct RawPostgres::Cache
{
    QHash<QString, QByteArray> statements; // SQL text -> prepared statement name
};

RawPostgres::RawPostgres(PGconn *conn)
    : m_conn(conn)
    , m_cache(new Cache)
{
}

RawPostgres::~RawPostgres()
{
    delete m_cache;
    PQfinish(m_conn);
}

Result<RawPostgres *> RawPostgres::open(const ConnectionSettings &settings)
{
    QList<QByteArray> keys;
    QList<QByteArray> values;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.append(key);
            values.append(value.toUtf8());
        }
    };
    add("host", settings.host);
    add("port", QString::number(settings.port));
    add("dbname", settings.database);
    add("user", settings.user);
    add("password", settings.password);
    // The driver's connect options are "key=value" pairs separated by ';' (QPSQL's form).
    for (const QString &pair : settings.options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0) {
            keys.append(pair.left(eq).trimmed().toUtf8());
            values.append(pair.mid(eq + 1).trimmed().toUtf8());
        }
    }
    QList<const char *> keyPtrs;
    QList<const char *> valuePtrs;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyPtrs.append(keys[i].constData());
        valuePtrs.append(values[i].constData());
    }
    keyPtrs.append(nullptr);
    valuePtrs.append(nullptr);
    PGconn *conn = PQconnectdbParams(keyPtrs.constData(), valuePtrs.constData(), 0);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const QString message = conn ? errorOf(conn) : QStringLiteral("out of memory");
        PQfinish(conn);
        return fail(ErrorCode::Database,
                    QObject::tr("The benchmark cannot connect to %1: %2").arg(settings.displayName(), message));
    }
    return new RawPostgres(conn);
}

QString RawPostgres::numberPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    QChar quote;
    for (const QChar ch : sql) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            out += ch;
        } else if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            quote = ch;
            out += ch;
        } else if (ch == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
        } else {
            out += ch;
        }
    }
    return out;
}

Status RawPostgres::exec(const QString &script)
{
    PGresult *result = PQexec(m_conn, script.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return fail(ErrorCode::Database, errorOf(m_conn));
    return {};
}

Result<qint64> RawPostgres::run(const QString &sql, const QVariantList &values)
{
    return runReading(sql, values, nullptr);
}

Result<qint64> RawPostgres::insert(const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    if (auto r = runReading(sql + QStringLiteral(" RETURNING id"), values, &id); !r)
        return std::unexpected(r.error());
    return id;
}

Result<qint64> RawPostgres::runReading(const QString &sql, const QVariantList &values, qint64 *firstValue)
{
    QList<Oid> types;
    QList<QByteArray> texts;
    for (const QVariant &v : values) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            types.append(Int8Oid);
            texts.append(QByteArray::number(v.toLongLong()));
            break;
        case QMetaType::Double:
            types.append(Float8Oid);
            texts.append(QByteArray::number(v.toDouble(), 'g', 17));
            break;
        default:
            types.append(0);
            texts.append(!v.isValid() || v.isNull() ? QByteArray() : v.toString().toUtf8());
        }
    }
    QByteArray name = m_cache->statements.value(sql);
    if (name.isEmpty()) {
        name = "tandem_bench_" + QByteArray::number(m_cache->statements.size() + 1);
        PGresult *prepared = PQprepare(m_conn, name.constData(), numberPlaceholders(sql).toUtf8().constData(),
                                       int(types.size()), types.constData());
        const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
        PQclear(prepared);
        if (!ok)
            return fail(ErrorCode::Database, errorOf(m_conn));
        m_cache->statements.insert(sql, name);
    }
    QList<const char *> params;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QVariant &v = values.at(i);
        params.append(!v.isValid() || v.isNull() ? nullptr : texts[i].constData());
    }
    PGresult *result = PQexecPrepared(m_conn, name.constData(), int(params.size()), params.constData(), nullptr,
                                      nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        PQclear(result);
        return fail(ErrorCode::Database, errorOf(m_conn));
    }
    const int rows = PQntuples(result);
    const int columns = PQnfields(result);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            // Read each value as a caller would, so the raw side pays for the text too.
            if (!PQgetisnull(result, r, c))
                PQgetvalue(result, r, c);
        }
    }
    if (firstValue && rows > 0 && columns > 0)
        *firstValue = QByteArray(PQgetvalue(result, 0, 0)).toLongLong();
    PQclear(result);
    return qint64(rows);
}

} // namespace Tandem::Bench
