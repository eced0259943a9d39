#pragma once

#include <core/lists/csv_mapping.h>
#include <core/lists/csv_reader.h>
#include <core/lists/imported_candidate.h>

namespace Tandem {

// One CSV record turned into a candidate, with what was wrong with its cells.
struct MappedRow
{
    int line = 0;
    ImportedCandidate data;
    QList<RowProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Turns CSV records into ImportedCandidates by a CsvMapping, validating as it goes: e-mails
// must be plausible, phones readable by libphonenumber (stored E.164), dates in one of the
// mapping's formats, years a number, and a row needs a name or an e-mail. A cell the
// exporter neutralised ("'+1415...") is read back without its apostrophe.
// A value type; thread: any. Errors: in MappedRow::problems, one per bad cell.
class CsvRowMapper
{
public:
    // phoneRegion: the region for numbers without "+country" (mapping override, else the setting).
    CsvRowMapper(CsvMapping mapping, QStringList header, QString phoneRegion);

    MappedRow map(const CsvRecord &record) const;
    const QList<CsvField> &fields() const { return m_fields; }

private:
    void apply(CsvField field, const QString &column, const QString &value, MappedRow &row) const;
    void addEmails(const QString &column, const QString &value, bool primary, MappedRow &row) const;
    void addPhones(const QString &column, const QString &value, MappedRow &row) const;
    void addDate(const QString &column, const QString &value, MappedRow &row) const;
    void finish(MappedRow &row) const;

    CsvMapping m_mapping;
    QStringList m_header;
    QList<CsvField> m_fields; // per column
    QString m_phoneRegion;
};

// Splits "Ann Marie Lee" into ("Ann Marie", "Lee") and "Lee, Ann" into ("Ann", "Lee").
QPair<QString, QString> splitFullName(const QString &name);
// Splits "Lisbon, Portugal" into ("Lisbon", "Portugal"); one part is the city.
QPair<QString, QString> splitLocation(const QString &location);
// "linkedin.com/in/x" -> "https://linkedin.com/in/x"; empty stays empty.
QString withScheme(const QString &url);

} // namespace Tandem
