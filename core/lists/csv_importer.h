#pragma once

#include <core/common/error.h>
#include <core/lists/csv_mapping.h>
#include <core/lists/imported_candidate.h>
#include <core/lists/row_mapper.h>
#include <core/records/actor.h>

namespace Tandem {

class Database;

// What the first rows of a file would become, for the wizard's preview.
struct CsvPreview
{
    QString encoding;
    QChar delimiter;
    QStringList header;
    int headerLine = 0;
    QList<CsvRecord> records; // the raw cells
    QList<MappedRow> rows;    // the same rows mapped, with their problems
};

// Imports candidates from a CSV file through a CsvMapping: reads it streaming (CsvReader),
// maps and validates each row (CsvRowMapper), stores the good rows in chunks
// (ImportSession) and reports every bad row with its physical line and the reason. Never
// all-or-nothing: a bad row is skipped, the rest imported; a cancel keeps what was stored.
//
// Phone region: the mapping's phoneRegion, else the setting intake.default_region, else
// fallbackPhoneRegion().
// Owns: nothing; borrows the Database. Thread: the connection's (run it on a worker with its
// own connection for big files). Errors: Result for what stops the whole file (unreadable,
// database gone); row problems are in ImportSummary::failed.
class CsvImporter
{
public:
    CsvImporter(Database &db, Actor actor);

    Result<CsvPreview> preview(const QString &path, const CsvMapping &mapping, int rows = 20);
    Result<ImportSummary> run(const QString &path, const CsvMapping &mapping, const ImportOptions &options,
                              const ImportProgress &progress = {});

    // The region for numbers without a country code under this mapping.
    QString phoneRegion(const CsvMapping &mapping);
    static CsvReadOptions readOptions(const CsvMapping &mapping);
    // The bad rows of an import as CSV (Line, Column, Reason), for "Save report".
    static Status writeReport(const QList<RowProblem> &problems, QIODevice *out);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
