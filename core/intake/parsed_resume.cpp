#include <core/intake/parsed_resume.h>

#include <QJsonArray>

namespace Tandem {

namespace {

QJsonObject fieldJson(const ParsedField &field)
{
    return QJsonObject{{QStringLiteral("value"), field.value}, {QStringLiteral("confidence"), field.confidence}};
}

ParsedField fieldFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return ParsedField{o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("confidence")).toDouble()};
}

QJsonArray fieldsJson(const QList<ParsedField> &fields)
{
    QJsonArray out;
    for (const ParsedField &f : fields)
        out.append(fieldJson(f));
    return out;
}

QList<ParsedField> fieldsFrom(const QJsonValue &value)
{
    QList<ParsedField> out;
    for (const QJsonValue &v : value.toArray())
        out.append(fieldFrom(v));
    return out;
}

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<int> intFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

QJsonObject ParsedResume::toJson() const
{
    QJsonArray linkArray;
    for (const ParsedLink &l : links)
        linkArray.append(QJsonObject{{QStringLiteral("kind"), l.kind},
                                     {QStringLiteral("url"), l.url},
                                     {QStringLiteral("confidence"), l.confidence}});
    QJsonArray workArray;
    for (const ParsedWork &w : work)
        workArray.append(QJsonObject{{QStringLiteral("employer"), w.employer},
                                     {QStringLiteral("title"), w.title},
                                     {QStringLiteral("start"), w.startMonth},
                                     {QStringLiteral("end"), w.endMonth},
                                     {QStringLiteral("current"), w.isCurrent},
                                     {QStringLiteral("confidence"), w.confidence}});
    QJsonArray educationArray;
    for (const ParsedEducation &e : education)
        educationArray.append(QJsonObject{{QStringLiteral("institution"), e.institution},
                                          {QStringLiteral("degree"), e.degree},
                                          {QStringLiteral("field"), e.field},
                                          {QStringLiteral("startYear"), optionalInt(e.startYear)},
                                          {QStringLiteral("endYear"), optionalInt(e.endYear)},
                                          {QStringLiteral("confidence"), e.confidence}});
    QJsonObject o;
    o.insert(QStringLiteral("firstName"), fieldJson(firstName));
    o.insert(QStringLiteral("lastName"), fieldJson(lastName));
    o.insert(QStringLiteral("emails"), fieldsJson(emails));
    o.insert(QStringLiteral("phones"), fieldsJson(phones));
    o.insert(QStringLiteral("city"), fieldJson(city));
    o.insert(QStringLiteral("country"), fieldJson(country));
    o.insert(QStringLiteral("links"), linkArray);
    o.insert(QStringLiteral("currentTitle"), fieldJson(currentTitle));
    o.insert(QStringLiteral("currentCompany"), fieldJson(currentCompany));
    o.insert(QStringLiteral("work"), workArray);
    o.insert(QStringLiteral("education"), educationArray);
    o.insert(QStringLiteral("skills"), fieldsJson(skills));
    o.insert(QStringLiteral("yearsExperience"), yearsExperience ? QJsonValue(*yearsExperience) : QJsonValue());
    o.insert(QStringLiteral("yearsConfidence"), yearsConfidence);
    return o;
}

ParsedResume ParsedResume::fromJson(const QJsonObject &o)
{
    ParsedResume r;
    r.firstName = fieldFrom(o.value(QStringLiteral("firstName")));
    r.lastName = fieldFrom(o.value(QStringLiteral("lastName")));
    r.emails = fieldsFrom(o.value(QStringLiteral("emails")));
    r.phones = fieldsFrom(o.value(QStringLiteral("phones")));
    r.city = fieldFrom(o.value(QStringLiteral("city")));
    r.country = fieldFrom(o.value(QStringLiteral("country")));
    for (const QJsonValue &v : o.value(QStringLiteral("links")).toArray()) {
        const QJsonObject l = v.toObject();
        r.links.append(ParsedLink{l.value(QStringLiteral("kind")).toString(), l.value(QStringLiteral("url")).toString(),
                                  l.value(QStringLiteral("confidence")).toDouble()});
    }
    r.currentTitle = fieldFrom(o.value(QStringLiteral("currentTitle")));
    r.currentCompany = fieldFrom(o.value(QStringLiteral("currentCompany")));
    for (const QJsonValue &v : o.value(QStringLiteral("work")).toArray()) {
        const QJsonObject w = v.toObject();
        r.work.append(ParsedWork{w.value(QStringLiteral("employer")).toString(), w.value(QStringLiteral("title")).toString(),
                                 w.value(QStringLiteral("start")).toString(), w.value(QStringLiteral("end")).toString(),
                                 w.value(QStringLiteral("current")).toBool(), w.value(QStringLiteral("confidence")).toDouble()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("education")).toArray()) {
        const QJsonObject e = v.toObject();
        r.education.append(ParsedEducation{e.value(QStringLiteral("institution")).toString(),
                                           e.value(QStringLiteral("degree")).toString(),
                                           e.value(QStringLiteral("field")).toString(),
                                           intFrom(e.value(QStringLiteral("startYear"))),
                                           intFrom(e.value(QStringLiteral("endYear"))),
                                           e.value(QStringLiteral("confidence")).toDouble()});
    }
    r.skills = fieldsFrom(o.value(QStringLiteral("skills")));
    const QJsonValue years = o.value(QStringLiteral("yearsExperience"));
    if (years.isDouble())
        r.yearsExperience = years.toDouble();
    r.yearsConfidence = o.value(QStringLiteral("yearsConfidence")).toDouble();
    return r;
}

} // namespace Tandem
