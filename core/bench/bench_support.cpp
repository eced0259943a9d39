#include "bench_support.h"

#include "raw_postgres.h"
#include "raw_sqlite.h"

namespace Tandem::Bench {

std::unique_ptr<RawConnection> openRaw(const ConnectionSettings &settings, Error *error)
{
    if (settings.engine == Engine::Postgres) {
        auto raw = RawPostgres::open(settings);
        if (!raw) {
            *error = raw.error();
            return nullptr;
        }
        return std::unique_ptr<RawConnection>(*raw);
    }
    auto raw = RawSqlite::open(settings.path);
    if (!raw) {
        *error = raw.error();
        return nullptr;
    }
    return std::unique_ptr<RawConnection>(*raw);
}

} // namespace Tandem::Bench
