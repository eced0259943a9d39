#include "search_functions.h"

#include <core/common/logging.h>

#include <QObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace Tandem {
namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;
// In the order of candidate_fts's columns: name, email, title, company, skills, city,
// resume, state. A name, skill or title hit says far more about a candidate than the same
// word somewhere in a resume; state only marks archived rows and never counts.
constexpr std::array<double, 8> ColumnWeights = {10.0, 4.0, 6.0, 3.0, 8.0, 2.0, 1.0, 0.0};

// Per query (FTS5 keeps it with the cursor through xSetAuxdata).
struct QueryStats
{
    std::vector<double> idf; // per phrase; 0 for phrases that do not count
    std::vector<double> frequency; // per phrase, scratch for the current row
    double averageLength = 1.0; // tokens per row
};

struct HitCount
{
    sqlite3_int64 hits = 0;
    sqlite3_int64 enough = 1;
};

int countHit(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    auto *count = static_cast<HitCount *>(user);
    return ++count->hits >= count->enough ? SQLITE_DONE : SQLITE_OK;
}

void deleteStats(void *stats)
{
    delete static_cast<QueryStats *>(stats);
}

int computeStats(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *maskValue, QueryStats &stats)
{
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 rows = 0;
    if (int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK)
        return rc;
    sqlite3_int64 tokens = 0;
    if (int rc = api->xColumnTotalSize(fts, -1, &tokens); rc != SQLITE_OK)
        return rc;
    if (rows > 0 && tokens > 0)
        stats.averageLength = static_cast<double>(tokens) / static_cast<double>(rows);

    // A mask that does not fit the query (a hand-written statement) counts every phrase.
    std::vector<bool> counts(static_cast<std::size_t>(phrases), true);
    if (maskValue && sqlite3_value_type(maskValue) == SQLITE_TEXT
        && sqlite3_value_bytes(maskValue) == phrases) {
        const unsigned char *mask = sqlite3_value_text(maskValue);
        for (int i = 0; i < phrases; ++i)
            counts[static_cast<std::size_t>(i)] = mask[i] == '1';
    }
    int counting = 0;
    for (const bool c : counts)
        counting += c ? 1 : 0;

    stats.idf.assign(static_cast<std::size_t>(phrases), 0.0);
    stats.frequency.assign(static_cast<std::size_t>(phrases), 0.0);
    for (int i = 0; i < phrases; ++i) {
        const auto at = static_cast<std::size_t>(i);
        if (!counts[at])
            continue;
        if (counting == 1) { // a constant factor: the order is the same without it
            stats.idf[at] = 1.0;
            continue;
        }
        HitCount count;
        count.enough = std::max<sqlite3_int64>(1, (rows + 1) / 2);
        if (int rc = api->xQueryPhrase(fts, i, &count, countHit); rc != SQLITE_OK)
            return rc;
        const double n = static_cast<double>(rows);
        const double hits = static_cast<double>(count.hits);
        const double idf = std::log((n - hits + 0.5) / (hits + 0.5));
        stats.idf[at] = idf > 0.0 ? idf : 1e-6; // as bm25(): common phrases still count a little
    }
    return SQLITE_OK;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
          sqlite3_value **argv)
{
    auto *stats = static_cast<QueryStats *>(api->xGetAuxdata(fts, 0));
    if (!stats) {
        auto fresh = std::make_unique<QueryStats>();
        if (int rc = computeStats(api, fts, argc > 0 ? argv[0] : nullptr, *fresh); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        stats = fresh.get();
        // On failure FTS5 deletes what it was given.
        if (int rc = api->xSetAuxdata(fts, fresh.release(), deleteStats); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }

    std::fill(stats->frequency.begin(), stats->frequency.end(), 0.0);
    int instances = 0;
    if (int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        const double weight = column >= 0 && static_cast<std::size_t>(column) < ColumnWeights.size()
            ? ColumnWeights[static_cast<std::size_t>(column)]
            : 1.0;
        if (phrase >= 0 && static_cast<std::size_t>(phrase) < stats->frequency.size())
            stats->frequency[static_cast<std::size_t>(phrase)] += weight;
    }
    int length = 0;
    if (int rc = api->xColumnSize(fts, -1, &length); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = K1 * (1.0 - B + B * static_cast<double>(length) / stats->averageLength);
    double score = 0.0;
    for (std::size_t i = 0; i < stats->idf.size(); ++i) {
        const double f = stats->frequency[i];
        if (f > 0.0)
            score += stats->idf[i] * (f * (K1 + 1.0)) / (f + norm);
    }
    sqlite3_result_double(context, score);
}

} // namespace

Status registerSearchFunctions(sqlite3 *handle)
{
    if (!handle)
        return fail(ErrorCode::Database, QObject::tr("The SQLite connection is not open."));

    // FTS5 declares its functions to SQLite, so an unknown name fails to prepare.
    sqlite3_stmt *probe = nullptr;
    const int probed = sqlite3_prepare_v2(handle, "SELECT tandem_rank(0) WHERE 0", -1, &probe, nullptr);
    sqlite3_finalize(probe);
    if (probed == SQLITE_OK)
        return {};

    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail(
            ErrorCode::Unsupported, QObject::tr("This SQLite library has no full-text search (FTS5)."),
            QObject::tr("Install a SQLite built with FTS5, as every major Linux distribution ships it."));
    if (api->xCreateFunction(api, "tandem_rank", nullptr, rank, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database,
                    QObject::tr("Could not register the search ranking function: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    qCDebug(lcSearch) << "registered tandem_rank";
    return {};
}

} // namespace Tandem
