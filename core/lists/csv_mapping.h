#pragma once

#include <core/common/error.h>

#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem {

// The candidate field a CSV column feeds.
enum class CsvField {
    Ignore,
    FirstName,
    LastName,
    FullName,        // split at the last space, or "Last, First"
    Email,           // one or more, separated by ; or ,: the first is primary, the rest extra
    ExtraEmail,
    Phone,           // one or more; stored in E.164
    City,
    Country,
    Location,        // "City, Country": the first part is the city, the last the country
    Title,
    Company,
    LinkedIn,
    GitHub,
    Website,
    Source,
    Skills,          // split at the mapping's separators
    Tags,            // split at the mapping's separators
    YearsExperience,
    Notes,           // becomes a note on the candidate's timeline
    Date,            // checked against the mapping's date formats and kept in the note
};

QString toKey(CsvField field);                         // "first_name", ... (stored in JSON)
CsvField csvFieldFromKey(const QString &key);          // unknown keys are Ignore
QString csvFieldLabel(CsvField field);                 // translated, for the wizard's combo
QList<CsvField> allCsvFields();

struct CsvColumn
{
    QString header; // the column's header text (matched without case), or "Column 3"
    CsvField field = CsvField::Ignore;
};

// How a CSV file becomes candidates: which column feeds which field, and the options to read
// the file with. A plain value; stored as JSON in csv_mappings (CsvMappingStore).
struct CsvMapping
{
    QString name;
    QChar delimiter;                 // null: sniff
    bool hasHeader = true;
    QString skipUntilHeader;         // see CsvReadOptions
    QStringList dateFormats = {QStringLiteral("yyyy-MM-dd")}; // QDate formats, tried in order
    QString defaultSource;           // when no column gives one
    QString phoneRegion;             // ISO 3166; empty: the setting intake.default_region
    QString separators = QStringLiteral(",;|"); // between skills and between tags
    QList<CsvColumn> columns;
    // Columns the list does not name get suggestField()'s guess (the generic preset, which
    // cannot know every ATS's headers); otherwise they are ignored.
    bool suggestUnlisted = false;

    CsvField fieldFor(const QString &header) const;
    QJsonObject toJson() const;
    static Result<CsvMapping> fromJson(const QJsonObject &json);
};

namespace CsvPresets {
inline constexpr const char *LinkedIn = "LinkedIn connections";
inline constexpr const char *GenericAts = "Generic ATS export";

CsvMapping linkedInConnections();
CsvMapping genericAtsExport();
QList<CsvMapping> all();
bool isPreset(const QString &name); // without case
} // namespace CsvPresets

// The field a header most likely means ("E-mail Address" -> Email, "Current Title" -> Title),
// from common synonyms, without case; Ignore when unsure.
CsvField suggestField(const QString &header);
// A mapping for these headers: every column suggested, other options default.
CsvMapping suggestMapping(const QStringList &headers);
// What to use when the user chose nothing: a preset whose columns all appear in the header
// (LinkedIn's export), else suggestMapping() with the generic preset's date formats.
CsvMapping autoMapping(const QStringList &headers);

} // namespace Tandem
