#pragma once

#include <core/common/error.h>
#include <core/lists/csv_mapping.h>
#include <core/records/actor.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Tandem {

class Database;

struct StoredCsvMapping
{
    qint64 id = 0;
    QString uuid;
    QString name;
    CsvMapping mapping;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
};

// The CSV column mappings users saved from the import wizard (table csv_mappings, the
// mapping as JSON). The presets (CsvPresets) are built in, not rows: get() finds them too,
// and a saved mapping may not take a preset's name. Names are unique without case.
// Every change is audited (entity "csv_mapping"); a stale rename returns Conflict.
// Thread: the connection's. Errors: Result / Status.
class CsvMappingStore
{
public:
    CsvMappingStore(Database &db, Actor actor);

    // Saves under `name`, replacing the saved mapping of that name if there is one.
    Result<StoredCsvMapping> save(const QString &name, const CsvMapping &mapping);
    Result<QList<StoredCsvMapping>> list();
    // A preset or a saved mapping by name (any case); NotFound otherwise.
    Result<CsvMapping> get(const QString &name);
    Result<StoredCsvMapping> rename(qint64 id, int version, const QString &name);
    Status remove(qint64 id);
    // Preset names, then saved names: what a chooser offers.
    Result<QStringList> names();

private:
    Result<StoredCsvMapping> byId(qint64 id);
    Result<std::optional<StoredCsvMapping>> byName(const QString &name);
    Status checkName(const QString &name, qint64 exceptId);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
