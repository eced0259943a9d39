#include "csv_importer.h"

#include <core/lists/csv_writer.h>
#include <core/lists/import_session.h>

namespace Tandem {

CsvImporter::CsvImporter(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

CsvReadOptions CsvImporter::readOptions(const CsvMapping &mapping)
{
    CsvReadOptions o;
    o.delimiter = mapping.delimiter;
    o.hasHeader = mapping.hasHeader;
    o.skipUntilHeader = mapping.skipUntilHeader;
    return o;
}

QString CsvImporter::phoneRegion(const CsvMapping &mapping)
{
    if (!mapping.phoneRegion.isEmpty())
        return mapping.phoneRegion;
    return ImportSession::defaultPhoneRegion(m_db);
}

namespace {

QStringList headerOf(const CsvReader &reader, const CsvRecord *first)
{
    if (!reader.header().isEmpty())
        return reader.header();
    QStringList names;
    const qsizetype n = first ? first->fields.size() : 0;
    for (qsizetype i = 0; i < n; ++i)
        names.append(QObject::tr("Column %1").arg(i + 1));
    return names;
}

} // namespace

Status CsvImporter::writeReport(const QList<RowProblem> &problems, QIODevice *out)
{
    CsvWriter writer(out);
    if (auto ok = writer.writeRow({QObject::tr("Line"), QObject::tr("Column"), QObject::tr("Reason")}); !ok)
        return ok;
    for (const RowProblem &p : problems) {
        if (auto ok = writer.writeRow({QString::number(p.line), p.column, p.reason}); !ok)
            return ok;
    }
    return {};
}

Result<CsvPreview> CsvImporter::preview(const QString &path, const CsvMapping &mapping, int rows)
{
    CsvReader reader(readOptions(mapping));
    if (auto ok = reader.open(path); !ok)
        return std::unexpected(ok.error());
    CsvPreview p;
    p.encoding = reader.encodingName();
    p.delimiter = reader.delimiter();
    p.headerLine = reader.headerLine();
    while (p.records.size() < rows) {
        auto record = reader.next();
        if (!record)
            break;
        p.records.append(*record);
    }
    p.header = headerOf(reader, p.records.isEmpty() ? nullptr : &p.records.first());
    const CsvRowMapper mapper(mapping, p.header, phoneRegion(mapping));
    for (const CsvRecord &r : p.records)
        p.rows.append(mapper.map(r));
    return p;
}

Result<ImportSummary> CsvImporter::run(const QString &path, const CsvMapping &mapping, const ImportOptions &options,
                                       const ImportProgress &progress)
{
    auto total = CsvReader::countRecords(path, readOptions(mapping));
    if (!total)
        return std::unexpected(total.error());
    CsvReader reader(readOptions(mapping));
    if (auto ok = reader.open(path); !ok)
        return std::unexpected(ok.error());
    std::optional<CsvRecord> record = reader.next();
    const CsvRowMapper mapper(mapping, headerOf(reader, record ? &*record : nullptr), phoneRegion(mapping));
    ImportSession session(m_db, m_actor, options);
    for (; record; record = reader.next()) {
        session.countRead();
        const MappedRow row = mapper.map(*record);
        if (!row.ok()) {
            for (const RowProblem &problem : row.problems)
                session.addProblem(problem);
        } else if (auto ok = session.add(row.line, row.data); !ok) {
            return std::unexpected(ok.error());
        }
        if (progress && !progress(session.summary().rowsRead, *total)) {
            session.summary().cancelled = true;
            break;
        }
    }
    if (auto ok = session.finish(); !ok)
        return std::unexpected(ok.error());
    return session.summary();
}

} // namespace Tandem
