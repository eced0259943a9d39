#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem::Demo {

// A naming tradition: the names drawn together for one person, and where such people
// mostly live (so a "Nguyễn" is more often in Hanoi than in Oslo, though not always).
struct Culture
{
    QString name;
    QStringList firstNames;
    QStringList lastNames;
    QList<int> homeCities; // indices into PeopleData::cities
    int weight = 1;
};

struct City
{
    QString name;
    QString country;
    QString currency; // ISO 4217
    QString dialCode; // "+49"
    double salaryFactor; // local currency per US dollar of a US salary, wage level included
};

struct Source
{
    QString name;
    int weight;
};

struct PeopleData
{
    QList<Culture> cultures;
    QList<int> cultureWeights;
    QList<City> cities;
    QStringList universities;
    QList<Source> sources; // candidates.source / applications.source values
    QList<int> sourceWeights;
    QStringList emailHosts; // reserved example domains: a demo must never mail real people
};

// Built once from the tables in people_data.cpp; read-only afterwards.
const PeopleData &peopleData();

// Lower-case ASCII for an e-mail local part or URL slug: "Søren Łukasz" -> "soren lukasz".
QString asciiFold(const QString &text);

} // namespace Tandem::Demo
