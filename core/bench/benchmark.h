#pragma once

#include <core/bench/timing.h>
#include <core/common/error.h>
#include <core/storage/connection_settings.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tandem {

struct BenchOperation
{
    QString name;
    Timing app;                // through Tandem's layers
    std::optional<Timing> raw; // the same work through the engine's C API (sqlite3 / libpq)
    QString note;              // e.g. throughput in rows per second

    double ratio() const { return raw && raw->median > 0 ? app.median / raw->median : 0.0; }
    QJsonObject toJson() const;
};

struct BenchReport
{
    QString engine;
    QJsonObject dataset; // row counts of the main tables
    QList<BenchOperation> operations;
    qint64 peakRssKb = 0;
    QStringList notes; // what the run left out and why


    // {"engine", "dataset", "operations": [{"name", "app_ms", "raw_ms", "ratio"}], "peak_rss_kb"}
    QJsonObject toJson() const;
    QString toText() const;
    // Several runs (e.g. the same dataset on SQLite and on PostgreSQL) in one table: each
    // operation's app and raw medians per run.
    static QString sideBySide(const QList<BenchReport> &reports);
};

struct BenchOptions
{
    int repeats = 15;    // runs per read operation (after one warm-up run)
    int writeRows = 100; // candidates inserted and updated by the write operations
    int importResumes = 60;     // resumes per format for the import benchmark (0: left out)
    int importCsvRows = 100000; // rows of the CSV import benchmark (0: left out)
    // Where the write operations work on a copy of the database (a temporary folder when
    // empty): the benchmark never changes the database it measures.
    QString scratchDir;
    std::function<void(const QString &operation)> progress;
};

// The benchmark behind `tandem-cli bench`: each operation timed several times through the
// app's own code (services, search, models) and, in the same run, as the same statements
// through the engine's C API (sqlite3 for a file, libpq for a PostgreSQL server), reported as
// min/median/p95 and the ratio app / raw.
//
// Owns: its own connections, opened and closed per operation. Thread: any, but one at a
// time; it blocks for a while (seconds to a minute at 100,000 candidates).
// Errors: Result. On a server the writes run in a scratch database cloned from the measured
// one and dropped after; without the CREATEDB right they are skipped with a note.
class Benchmark
{
public:
    Benchmark(ConnectionSettings settings, BenchOptions options);
    Result<BenchReport> run();

    // The fixed search mix, by category: single terms, prefixes, phrases, 3-skill ANDs.
    static QList<std::pair<QString, QStringList>> searchMix();

private:
    Status measureOpen(BenchReport &report);
    Status measureSearch(BenchReport &report);
    Status measureListPage(BenchReport &report);
    Status measureBoard(BenchReport &report);
    Status measureWrites(BenchReport &report);
    Status measureServerWrites(BenchReport &report);
    Status measureWritesOn(const ConnectionSettings &scratch, BenchReport &report);
    void step(const QString &operation) const;

    ConnectionSettings m_settings;
    BenchOptions m_options;
};

} // namespace Tandem
