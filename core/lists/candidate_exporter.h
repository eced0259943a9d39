#pragma once

#include <core/common/error.h>
#include <core/lists/imported_candidate.h>
#include <core/lists/vcard.h>

#include <QIODevice>

namespace Tandem {

class Database;

// Which candidates to export.
struct ExportSelection
{
    enum class Kind {
        Ids,     // `ids`, in that order
        Pool,    // the talent pool called `name`
        Segment, // the saved search called `name` (saved_searches), evaluated now
        Query,   // the search text `name`, evaluated now
        All,     // everyone not archived, oldest first
    };
    Kind kind = Kind::All;
    QList<qint64> ids;
    QString name;
};

// Writes candidate lists to CSV (a fixed column set that the "Generic ATS export" preset
// reads back: names, e-mails, phones, place, title, company, links, skills, tags, source,
// years, stage, created) and to vCard 4.0 (or 3.0). Rows are read one candidate at a time,
// so exporting everyone holds only the id list. CSV cells are formula-neutralised
// (CsvWriter).
//
// Owns: nothing; borrows the Database. Thread: the connection's.
// Errors: Result/Status: NotFound for an unknown pool or saved search, Invalid for a search
// that does not parse, Io for a failed write.
class CandidateExporter
{
public:
    explicit CandidateExporter(Database &db);

    Result<QList<qint64>> select(const ExportSelection &selection);
    // A candidate with everything an export shows (contacts, links, tags).
    Result<ImportedCandidate> load(qint64 id);

    Status writeCsv(const QList<qint64> &ids, QIODevice *out, const ImportProgress &progress = {});
    Status writeVCard(const QList<qint64> &ids, QIODevice *out, VCardVersion version = VCardVersion::V4,
                      const ImportProgress &progress = {});

    static QStringList csvHeader();
    static QStringList csvRow(const ImportedCandidate &person);

private:
    Result<QList<qint64>> searchIds(const QString &text);
    Result<QList<qint64>> queryIds(const QString &sql, const QVariantList &values);

    Database &m_db; // not owned
};

} // namespace Tandem
