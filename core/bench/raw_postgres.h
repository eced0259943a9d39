#pragma once

#include <core/bench/raw_connection.h>
#include <core/storage/connection_settings.h>

typedef struct pg_conn PGconn;

namespace Tandem::Bench {

// The benchmark's raw side on a server: a plain libpq connection (the library Qt's QPSQL
// driver wraps) that prepares the app's statements once, runs them with text parameters and
// reads every value, so the ratio app / raw shows what our layers cost on top of the server.
class RawPostgres final : public RawConnection
{
public:
    static Result<RawPostgres *> open(const ConnectionSettings &settings); // caller owns the result
    ~RawPostgres() override;
    RawPostgres(const RawPostgres &) = delete;
    RawPostgres &operator=(const RawPostgres &) = delete;

    Result<qint64> run(const QString &sql, const QVariantList &values = {}) override;
    Result<qint64> insert(const QString &sql, const QVariantList &values) override;
    Status exec(const QString &script) override;
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }

    // The app's SQL uses `?` placeholders (QPSQL converts them); libpq wants $1..$n.
    static QString numberPlaceholders(const QString &sql);

private:
    explicit RawPostgres(PGconn *conn);
    Result<qint64> runReading(const QString &sql, const QVariantList &values, qint64 *firstValue);
    struct Cache;
    PGconn *m_conn = nullptr; // owned
    Cache *m_cache = nullptr; // owned: prepared statement names by SQL text
};

} // namespace Tandem::Bench
