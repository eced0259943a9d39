// search: the full-text candidate search from the command line.
#include "command.h"

#include <core/search/candidate_search.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Tandem::Cli {
namespace {

int search(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return c.usage(QObject::tr("search needs a query, e.g. tandem-cli search \"skill:rust city:berlin\"."));
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 10000)
        return c.usage(QObject::tr("--limit needs a whole number from 1 to 10000."));
    auto query = SearchQuery::parse(args.join(QLatin1Char(' ')));
    if (!query)
        return c.report(query.error(), Usage);
    Database *db = c.open();
    if (!db)
        return Failed;
    CandidateSearch searcher(*db);
    SearchOptions options;
    options.limit = limit;
    options.includeArchived = p.isSet(QStringLiteral("archived"));
    auto hits = searcher.search(*query, options);
    if (!hits)
        return c.report(hits.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CandidateHit &h : std::as_const(*hits))
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("uuid"), h.uuid},
                                     {QStringLiteral("name"), h.name},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("company"), h.company},
                                     {QStringLiteral("city"), h.city},
                                     {QStringLiteral("score"), h.score}});
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto total = searcher.count(*query, options.includeArchived);
    if (!total)
        return c.report(total.error());
    const QLocale locale;
    if (hits->isEmpty()) {
        c.out << "No candidates match " << query->toString() << ".\n";
        return Ok;
    }
    for (const CandidateHit &h : std::as_const(*hits)) {
        QString where = h.title;
        if (!h.company.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(" at ")) + h.company;
        c.out << QString::number(h.score, 'f', 2).rightJustified(7) << "  " << h.name.leftJustified(28, QLatin1Char(' '), true)
              << "  " << where.leftJustified(44, QLatin1Char(' '), true) << "  " << h.city << '\n';
    }
    c.out << "\n" << locale.toString(hits->size()) << " of " << locale.toString(*total) << " matching candidates shown.\n";
    return Ok;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        {QStringLiteral("search"), QStringLiteral("search \"QUERY\" [--limit K] [--json]"),
         QObject::tr("Full-text candidate search: words, \"phrases\", prefix*, AND/OR/NOT, skill:, city:, title:, ..."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("QUERY"), QObject::tr("What to look for."));
             p.addOption({QStringLiteral("limit"), QObject::tr("How many hits at most (default 20)."), QStringLiteral("K"),
                          QStringLiteral("20")});
             p.addOption({QStringLiteral("json"), QObject::tr("Print an array of hits as JSON (id, uuid, name, score, ...).")});
             p.addOption({QStringLiteral("archived"), QObject::tr("Include archived candidates.")});
         },
         search},
    };
}

} // namespace Tandem::Cli
