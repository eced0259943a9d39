#include "csv_mapping.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

namespace Tandem {

namespace {

struct FieldInfo
{
    CsvField field;
    const char *key;
    const char *label;
};

const FieldInfo kFields[] = {
    {CsvField::Ignore, "ignore", QT_TRANSLATE_NOOP("CsvField", "(ignore)")},
    {CsvField::FirstName, "first_name", QT_TRANSLATE_NOOP("CsvField", "First name")},
    {CsvField::LastName, "last_name", QT_TRANSLATE_NOOP("CsvField", "Last name")},
    {CsvField::FullName, "full_name", QT_TRANSLATE_NOOP("CsvField", "Full name (split)")},
    {CsvField::Email, "email", QT_TRANSLATE_NOOP("CsvField", "E-mail")},
    {CsvField::ExtraEmail, "extra_email", QT_TRANSLATE_NOOP("CsvField", "Other e-mail")},
    {CsvField::Phone, "phone", QT_TRANSLATE_NOOP("CsvField", "Phone")},
    {CsvField::City, "city", QT_TRANSLATE_NOOP("CsvField", "City")},
    {CsvField::Country, "country", QT_TRANSLATE_NOOP("CsvField", "Country")},
    {CsvField::Location, "location", QT_TRANSLATE_NOOP("CsvField", "Location (City, Country)")},
    {CsvField::Title, "title", QT_TRANSLATE_NOOP("CsvField", "Current title")},
    {CsvField::Company, "company", QT_TRANSLATE_NOOP("CsvField", "Current company")},
    {CsvField::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("CsvField", "LinkedIn URL")},
    {CsvField::GitHub, "github", QT_TRANSLATE_NOOP("CsvField", "GitHub URL")},
    {CsvField::Website, "website", QT_TRANSLATE_NOOP("CsvField", "Website")},
    {CsvField::Source, "source", QT_TRANSLATE_NOOP("CsvField", "Source")},
    {CsvField::Skills, "skills", QT_TRANSLATE_NOOP("CsvField", "Skills")},
    {CsvField::Tags, "tags", QT_TRANSLATE_NOOP("CsvField", "Tags")},
    {CsvField::YearsExperience, "years_experience", QT_TRANSLATE_NOOP("CsvField", "Years of experience")},
    {CsvField::Notes, "notes", QT_TRANSLATE_NOOP("CsvField", "Note")},
    {CsvField::Date, "date", QT_TRANSLATE_NOOP("CsvField", "Date (kept in the note)")},
};

// Header words, lower case without punctuation, that mean a field.
struct Synonym
{
    const char *header;
    CsvField field;
};

const Synonym kSynonyms[] = {
    {"first name", CsvField::FirstName}, {"firstname", CsvField::FirstName}, {"first", CsvField::FirstName},
    {"given name", CsvField::FirstName}, {"forename", CsvField::FirstName},
    {"last name", CsvField::LastName}, {"lastname", CsvField::LastName}, {"last", CsvField::LastName},
    {"surname", CsvField::LastName}, {"family name", CsvField::LastName},
    {"name", CsvField::FullName}, {"full name", CsvField::FullName}, {"candidate name", CsvField::FullName},
    {"candidate", CsvField::FullName},
    {"email", CsvField::Email}, {"e mail", CsvField::Email}, {"email address", CsvField::Email},
    {"e mail address", CsvField::Email}, {"primary email", CsvField::Email}, {"mail", CsvField::Email},
    {"other email", CsvField::ExtraEmail}, {"secondary email", CsvField::ExtraEmail},
    {"alternate email", CsvField::ExtraEmail}, {"other emails", CsvField::ExtraEmail},
    {"other phones", CsvField::Phone}, {"other phone", CsvField::Phone}, {"personal email", CsvField::ExtraEmail},
    {"phone", CsvField::Phone}, {"phone number", CsvField::Phone}, {"mobile", CsvField::Phone},
    {"mobile phone", CsvField::Phone}, {"telephone", CsvField::Phone}, {"cell", CsvField::Phone},
    {"tel", CsvField::Phone},
    {"city", CsvField::City}, {"town", CsvField::City},
    {"country", CsvField::Country},
    {"location", CsvField::Location}, {"address", CsvField::Location}, {"current location", CsvField::Location},
    {"title", CsvField::Title}, {"current title", CsvField::Title}, {"job title", CsvField::Title},
    {"position", CsvField::Title}, {"headline", CsvField::Title}, {"role", CsvField::Title},
    {"company", CsvField::Company}, {"current company", CsvField::Company}, {"employer", CsvField::Company},
    {"current employer", CsvField::Company}, {"organization", CsvField::Company},
    {"organisation", CsvField::Company},
    {"linkedin", CsvField::LinkedIn}, {"linkedin url", CsvField::LinkedIn}, {"linkedin profile", CsvField::LinkedIn},
    {"url", CsvField::LinkedIn}, {"profile url", CsvField::LinkedIn},
    {"github", CsvField::GitHub}, {"github url", CsvField::GitHub},
    {"website", CsvField::Website}, {"web", CsvField::Website}, {"homepage", CsvField::Website},
    {"portfolio", CsvField::Website},
    {"source", CsvField::Source}, {"candidate source", CsvField::Source}, {"origin", CsvField::Source},
    {"skills", CsvField::Skills}, {"skill", CsvField::Skills}, {"key skills", CsvField::Skills},
    {"tags", CsvField::Tags}, {"tag", CsvField::Tags}, {"labels", CsvField::Tags},
    {"years of experience", CsvField::YearsExperience}, {"years experience", CsvField::YearsExperience},
    {"experience years", CsvField::YearsExperience}, {"experience", CsvField::YearsExperience},
    {"yoe", CsvField::YearsExperience},
    {"notes", CsvField::Notes}, {"note", CsvField::Notes}, {"comments", CsvField::Notes},
    {"comment", CsvField::Notes},
    {"connected on", CsvField::Date}, {"created", CsvField::Date}, {"created at", CsvField::Date},
    {"created on", CsvField::Date}, {"date added", CsvField::Date}, {"added on", CsvField::Date},
    {"date", CsvField::Date},
};

QString headerWords(const QString &header)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    return header.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

} // namespace

QString toKey(CsvField field)
{
    for (const FieldInfo &f : kFields) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return QStringLiteral("ignore");
}

CsvField csvFieldFromKey(const QString &key)
{
    for (const FieldInfo &f : kFields) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return CsvField::Ignore;
}

QString csvFieldLabel(CsvField field)
{
    for (const FieldInfo &f : kFields) {
        if (f.field == field)
            return QObject::tr(f.label);
    }
    return {};
}

QList<CsvField> allCsvFields()
{
    QList<CsvField> fields;
    for (const FieldInfo &f : kFields)
        fields.append(f.field);
    return fields;
}

CsvField CsvMapping::fieldFor(const QString &header) const
{
    for (const CsvColumn &c : columns) {
        if (c.header.compare(header.trimmed(), Qt::CaseInsensitive) == 0)
            return c.field;
    }
    return suggestUnlisted ? suggestField(header) : CsvField::Ignore;
}

QJsonObject CsvMapping::toJson() const
{
    QJsonArray cols;
    for (const CsvColumn &c : columns)
        cols.append(QJsonObject{{QStringLiteral("header"), c.header}, {QStringLiteral("field"), toKey(c.field)}});
    return {
        {QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter)},
        {QStringLiteral("has_header"), hasHeader},
        {QStringLiteral("skip_until_header"), skipUntilHeader},
        {QStringLiteral("date_formats"), QJsonArray::fromStringList(dateFormats)},
        {QStringLiteral("default_source"), defaultSource},
        {QStringLiteral("phone_region"), phoneRegion},
        {QStringLiteral("separators"), separators},
        {QStringLiteral("suggest_unlisted"), suggestUnlisted},
        {QStringLiteral("columns"), cols},
    };
}

Result<CsvMapping> CsvMapping::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("columns")).isArray())
        return fail(ErrorCode::Corrupt, QObject::tr("The saved CSV mapping has no column list."),
                    QObject::tr("Delete the mapping and save it again from the import wizard."));
    CsvMapping m;
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    m.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    m.hasHeader = json.value(QStringLiteral("has_header")).toBool(true);
    m.skipUntilHeader = json.value(QStringLiteral("skip_until_header")).toString();
    m.dateFormats.clear();
    for (const QJsonValue &f : json.value(QStringLiteral("date_formats")).toArray())
        m.dateFormats.append(f.toString());
    m.defaultSource = json.value(QStringLiteral("default_source")).toString();
    m.phoneRegion = json.value(QStringLiteral("phone_region")).toString();
    m.separators = json.value(QStringLiteral("separators")).toString(QStringLiteral(",;|"));
    m.suggestUnlisted = json.value(QStringLiteral("suggest_unlisted")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        m.columns.append({c.value(QStringLiteral("header")).toString(), csvFieldFromKey(c.value(QStringLiteral("field")).toString())});
    }
    return m;
}

CsvField suggestField(const QString &header)
{
    const QString words = headerWords(header);
    for (const Synonym &s : kSynonyms) {
        if (words == QLatin1String(s.header))
            return s.field;
    }
    return CsvField::Ignore;
}

CsvMapping suggestMapping(const QStringList &headers)
{
    CsvMapping m;
    for (const QString &h : headers)
        m.columns.append({h, suggestField(h)});
    return m;
}

CsvMapping autoMapping(const QStringList &headers)
{
    for (const CsvMapping &preset : CsvPresets::all()) {
        if (preset.suggestUnlisted)
            continue;
        const bool all = std::all_of(preset.columns.begin(), preset.columns.end(), [&](const CsvColumn &c) {
            return headers.contains(c.header, Qt::CaseInsensitive);
        });
        if (all)
            return preset;
    }
    CsvMapping m = suggestMapping(headers);
    m.name = QObject::tr("Automatic");
    m.dateFormats = CsvPresets::genericAtsExport().dateFormats;
    return m;
}

namespace CsvPresets {

CsvMapping linkedInConnections()
{
    CsvMapping m;
    m.name = QString::fromLatin1(LinkedIn);
    m.delimiter = QLatin1Char(',');
    m.skipUntilHeader = QStringLiteral("First Name");
    m.dateFormats = {QStringLiteral("dd MMM yyyy"), QStringLiteral("d MMM yyyy")};
    m.defaultSource = QStringLiteral("LinkedIn");
    m.columns = {
        {QStringLiteral("First Name"), CsvField::FirstName}, {QStringLiteral("Last Name"), CsvField::LastName},
        {QStringLiteral("URL"), CsvField::LinkedIn},         {QStringLiteral("Email Address"), CsvField::Email},
        {QStringLiteral("Company"), CsvField::Company},      {QStringLiteral("Position"), CsvField::Title},
        {QStringLiteral("Connected On"), CsvField::Date},
    };
    return m;
}

CsvMapping genericAtsExport()
{
    const QStringList headers = {
        QStringLiteral("Name"), QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
        QStringLiteral("Other Email"), QStringLiteral("Phone"), QStringLiteral("Location"), QStringLiteral("City"),
        QStringLiteral("Country"), QStringLiteral("Current Title"), QStringLiteral("Current Company"),
        QStringLiteral("LinkedIn"), QStringLiteral("GitHub"), QStringLiteral("Website"), QStringLiteral("Skills"),
        QStringLiteral("Tags"), QStringLiteral("Source"), QStringLiteral("Years of Experience"), QStringLiteral("Notes"),
        QStringLiteral("Created"),
    };
    CsvMapping m = suggestMapping(headers);
    m.name = QString::fromLatin1(GenericAts);
    m.suggestUnlisted = true;
    m.dateFormats = {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("MM/dd/yyyy"),
                     QStringLiteral("dd.MM.yyyy")};
    return m;
}

QList<CsvMapping> all()
{
    return {linkedInConnections(), genericAtsExport()};
}

bool isPreset(const QString &name)
{
    const QString n = name.trimmed();
    return n.compare(QLatin1String(LinkedIn), Qt::CaseInsensitive) == 0
           || n.compare(QLatin1String(GenericAts), Qt::CaseInsensitive) == 0;
}

} // namespace CsvPresets

} // namespace Tandem
