#include "resume_parser_parts.h"

#include <QHash>
#include <QRegularExpression>

namespace Tandem::Internal::ResumeParsing {

namespace {

using Table = QHash<QString, QString>; // lower-case spelling -> canonical name

Table table(std::initializer_list<const char *> rows)
{
    Table t;
    for (const char *row : rows) {
        const QStringList names = QString::fromUtf8(row).split(u'|');
        for (const QString &name : names)
            t.insert(name.toLower(), names.first());
    }
    return t;
}

const Table &countries()
{
    static const Table t = table({
        "United States|USA|US|U.S.|U.S.A.|United States of America|Vereinigte Staaten",
        "United Kingdom|UK|U.K.|England|Scotland|Wales|Great Britain|Großbritannien",
        "Germany|Deutschland|DE",
        "France|Frankreich",
        "Spain|España|Spanien",
        "Italy|Italia|Italien",
        "Netherlands|The Netherlands|Holland|Niederlande",
        "Belgium|Belgien",
        "Switzerland|Schweiz|Suisse",
        "Austria|Österreich",
        "Ireland|Irland",
        "Portugal",
        "Poland|Polen",
        "Sweden|Schweden",
        "Norway|Norwegen",
        "Denmark|Dänemark",
        "Finland|Finnland",
        "Czech Republic|Czechia|Tschechien",
        "Luxembourg|Luxemburg",
        "India|Indien",
        "China",
        "Japan",
        "Singapore|Singapur",
        "Australia|Australien",
        "New Zealand",
        "Canada|Kanada",
        "Mexico|México",
        "Brazil|Brasil|Brasilien",
        "Argentina",
        "South Africa",
        "Nigeria",
        "Kenya",
        "Egypt",
        "Israel",
        "United Arab Emirates|UAE",
        "Turkey|Türkiye|Türkei",
        "Greece|Griechenland",
        "Romania|Rumänien",
        "Hungary|Ungarn",
        "Ukraine",
        "South Korea|Korea",
        "Philippines",
        "Indonesia",
        "Vietnam",
        "Thailand",
        "Malaysia",
        "Pakistan",
        "Bangladesh",
        "Chile",
        "Colombia",
    });
    return t;
}

// Well-known cities and their countries: "Berlin" alone is a location, "Austin" too.
const QHash<QString, QPair<QString, QString>> &cities()
{
    static const QHash<QString, QPair<QString, QString>> t = [] {
        QHash<QString, QPair<QString, QString>> m;
        const char *const rows[] = {
            "Germany:Berlin|Munich/München|Hamburg|Frankfurt/Frankfurt am "
            "Main|Cologne/Köln|Stuttgart|Düsseldorf|Leipzig|Dresden|Hanover/Hannover|Nuremberg/"
            "Nürnberg|Bremen|Bonn|Karlsruhe|Mannheim",
            "Austria:Vienna/Wien|Graz|Salzburg|Linz",
            "Switzerland:Zurich/Zürich|Geneva/Genf|Basel|Bern|Lausanne",
            "France:Paris|Lyon|Marseille|Toulouse|Nice|Bordeaux",
            "United Kingdom:London|Manchester|Edinburgh|Birmingham|Glasgow|Bristol|Leeds|Cambridge|Oxford",
            "Ireland:Dublin|Cork",
            "Netherlands:Amsterdam|Rotterdam|Utrecht|The Hague|Eindhoven",
            "Belgium:Brussels/Bruxelles|Antwerp",
            "Spain:Madrid|Barcelona|Valencia|Seville",
            "Portugal:Lisbon/Lisboa|Porto",
            "Italy:Rome/Roma|Milan/Milano|Turin|Florence",
            "Sweden:Stockholm|Gothenburg",
            "Norway:Oslo",
            "Denmark:Copenhagen",
            "Finland:Helsinki",
            "Poland:Warsaw/Warszawa|Kraków/Krakow|Wrocław/Wroclaw",
            "Czech Republic:Prague/Praha|Brno",
            "Hungary:Budapest",
            "United States:New York|San Francisco|Los "
            "Angeles|Chicago|Boston|Seattle|Austin|Denver|Atlanta|Miami|Dallas|Houston|Portland|Philadelphia|"
            "San Diego|San Jose|Phoenix|Minneapolis|Washington|Nashville|Pittsburgh|Detroit|Raleigh|Salt "
            "Lake City",
            "Canada:Toronto|Vancouver|Montreal|Ottawa|Calgary",
            "Australia:Sydney|Melbourne|Brisbane|Perth",
            "India:Bangalore/Bengaluru|Mumbai|Delhi|New "
            "Delhi|Hyderabad|Pune|Chennai|Kolkata|Gurgaon/Gurugram|Noida",
            "Singapore:Singapore",
            "Japan:Tokyo|Osaka",
            "South Korea:Seoul",
            "United Arab Emirates:Dubai|Abu Dhabi",
            "Israel:Tel Aviv",
            "Brazil:São Paulo/Sao Paulo|Rio de Janeiro",
            "Mexico:Mexico City",
            "South Africa:Cape Town|Johannesburg",
            "Nigeria:Lagos",
            "Kenya:Nairobi",
        };
        for (const char *row : rows) {
            const QString r = QString::fromUtf8(row);
            const QString country = r.section(u':', 0, 0);
            for (const QString &names : r.section(u':', 1).split(u'|')) {
                const QStringList spellings = names.split(u'/');
                for (const QString &s : spellings)
                    m.insert(s.toLower(), {spellings.first(), country});
            }
        }
        return m;
    }();
    return t;
}

const Table &usStates()
{
    static const Table t = table({
        "AL|Alabama",       "AK|Alaska",      "AZ|Arizona",        "AR|Arkansas",      "CA|California",
        "CO|Colorado",      "CT|Connecticut", "DE|Delaware",       "FL|Florida",       "GA|Georgia",
        "HI|Hawaii",        "ID|Idaho",       "IL|Illinois",       "IN|Indiana",       "IA|Iowa",
        "KS|Kansas",        "KY|Kentucky",    "LA|Louisiana",      "ME|Maine",         "MD|Maryland",
        "MA|Massachusetts", "MI|Michigan",    "MN|Minnesota",      "MS|Mississippi",   "MO|Missouri",
        "MT|Montana",       "NE|Nebraska",    "NV|Nevada",         "NH|New Hampshire", "NJ|New Jersey",
        "NM|New Mexico",    "NY|New York",    "NC|North Carolina", "ND|North Dakota",  "OH|Ohio",
        "OK|Oklahoma",      "OR|Oregon",      "PA|Pennsylvania",   "RI|Rhode Island",  "SC|South Carolina",
        "SD|South Dakota",  "TN|Tennessee",   "TX|Texas",          "UT|Utah",          "VT|Vermont",
        "VA|Virginia",      "WA|Washington",  "WV|West Virginia",  "WI|Wisconsin",     "WY|Wyoming",
        "DC|D.C.",
    });
    return t;
}

// "TX" (a code in capitals, a ZIP code may follow) or "Texas".
bool isUsState(const QString &text)
{
    const QString code = text.section(u' ', 0, 0);
    if (code.size() == 2)
        return code == code.toUpper() && usStates().contains(code.toLower());
    return usStates().contains(text.toLower());
}

struct Location
{
    QString city;
    QString country;
    double confidence = 0.0;
};

// "10115 Berlin" -> "Berlin", "London SW1A 1AA" stays (letters), "Austin TX 78701" -> "Austin TX".
QString withoutPostcode(const QString &part)
{
    static const QRegularExpression digits(QStringLiteral("\\b\\d{4,6}\\b"));
    return QString(part).remove(digits).simplified();
}

bool isPlace(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\p{Lu}[\\p{L} .'\u2019-]{1,40}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

std::optional<Location> readLocationText(const QString &segment, bool labelled)
{
    QStringList parts = segment.split(u',', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = withoutPostcode(p);
    parts.removeAll(QString());
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    // A known city anywhere in the line, with or without its country.
    for (int i = 0; i < parts.size(); ++i) {
        const QPair<QString, QString> city = cities().value(parts[i].toLower());
        if (city.first.isEmpty())
            continue;
        QString country = city.second;
        if (i + 1 < parts.size()) {
            const QString last = parts.last();
            if (countries().contains(last.toLower()))
                country = countries().value(last.toLower());
            else if (isUsState(last))
                country = QStringLiteral("United States");
        }
        return Location {city.first, country, 0.9};
    }
    if (parts.size() < 2 || !isPlace(parts.first()))
        return labelled && isPlace(parts.first()) ? std::optional<Location>(Location {parts.first(), {}, 0.5})
                                                  : std::nullopt;
    const QString last = parts.last();
    if (const QString c = countries().value(last.toLower());
        !c.isEmpty() && (last.size() > 2 || last == last.toUpper()))
        return Location {parts.first(), c, 0.8};
    if (isUsState(last))
        return Location {parts.first(), QStringLiteral("United States"), 0.75};
    return labelled ? std::optional<Location>(Location {parts.first(), {}, 0.4}) : std::nullopt;
}

} // namespace

bool isRegionName(const QString &phrase)
{
    const QString t = phrase.trimmed();
    return countries().contains(t.toLower()) || isUsState(t);
}

bool looksLikeLocation(const QString &phrase)
{
    const QString t = phrase.trimmed();
    static const QRegularExpression remote(
        QStringLiteral("^(?:remote|hybrid|on-?site|homeoffice|home office)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (remote.match(t).hasMatch() || countries().contains(t.toLower()) || cities().contains(t.toLower())
        || isUsState(t))
        return true;
    const auto location = readLocationText(t, false);
    return location && location->confidence >= 0.75;
}

void readLocation(const QList<ResumeLine> &lines, ParsedResume &out)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:location|address|based "
                       "in|residence|city|wohnort|standort|adresse|anschrift|ort)\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(
        QStringLiteral("\\s*[|\u2022\u00b7\t\u25aa]\\s*|\\s+[\u2013\u2014-]\\s+|\\s{3,}"));
    std::optional<Location> best;
    for (const ResumeLine &line : lines) {
        if (auto m = label.match(line.text); m.hasMatch()) {
            best = readLocationText(m.captured(1).trimmed(), true);
            if (best)
                break;
        }
        if (best || (line.section != ResumeSection::Header && line.section != ResumeSection::Contact))
            continue;
        for (const QString &segment : line.text.split(separator, Qt::SkipEmptyParts)) {
            if (segment.contains(u'@') || segment.contains(u'/'))
                continue;
            if ((best = readLocationText(segment.trimmed(), false)))
                break;
        }
    }
    if (!best)
        return;
    out.city = ParsedField {best->city, best->confidence};
    if (!best->country.isEmpty())
        out.country = ParsedField {best->country, best->confidence};
}

} // namespace Tandem::Internal::ResumeParsing
