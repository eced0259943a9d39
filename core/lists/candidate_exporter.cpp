#include "candidate_exporter.h"

#include <core/lists/csv_writer.h>
#include <core/records/candidate_service.h>
#include <core/records/tag_service.h>
#include <core/records/talent_pool_service.h>
#include <core/search/candidate_search.h>
#include <core/storage/database.h>

#include <QLocale>

namespace Tandem {

namespace {

QString linksOf(const ImportedCandidate &p, const QString &kind)
{
    QStringList urls;
    for (const auto &[k, url] : p.links) {
        if (k == kind)
            urls.append(url);
    }
    return urls.join(QStringLiteral("; "));
}

Status written(QIODevice *out, qint64 n, qint64 expected)
{
    if (n == expected)
        return {};
    return fail(ErrorCode::Io, QObject::tr("Could not write the export: %1").arg(out->errorString()),
                QObject::tr("Check that the disk is not full and that you may write there."));
}

} // namespace

CandidateExporter::CandidateExporter(Database &db)
    : m_db(db)
{
}

Result<QList<qint64>> CandidateExporter::queryIds(const QString &sql, const QVariantList &values)
{
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> CandidateExporter::searchIds(const QString &text)
{
    auto query = parseSearchQuery(text);
    if (!query)
        return std::unexpected(query.error());
    CandidateSearch search(m_db);
    QList<qint64> ids;
    SearchOptions options;
    options.order = SearchOrder::Newest;
    options.limit = 1000;
    for (;; options.offset += options.limit) {
        auto hits = search.search(*query, options);
        if (!hits)
            return std::unexpected(hits.error());
        for (const CandidateHit &h : *hits)
            ids.append(h.id);
        if (hits->size() < options.limit)
            return ids;
    }
}

Result<QList<qint64>> CandidateExporter::select(const ExportSelection &s)
{
    switch (s.kind) {
    case ExportSelection::Kind::Ids: return s.ids;
    case ExportSelection::Kind::All:
        return queryIds(QStringLiteral("SELECT id FROM candidates WHERE archived_at IS NULL ORDER BY id"), {});
    case ExportSelection::Kind::Query: return searchIds(s.name);
    case ExportSelection::Kind::Pool: {
        auto pool = TalentPoolService(m_db, Actor::system()).byName(s.name);
        if (!pool)
            return std::unexpected(pool.error());
        auto members = TalentPoolService(m_db, Actor::system()).members(pool->id);
        if (!members)
            return std::unexpected(members.error());
        QList<qint64> ids;
        for (const TalentPoolMember &m : *members)
            ids.append(m.candidateId);
        return ids;
    }
    case ExportSelection::Kind::Segment: {
        // Anyone's saved search of that name: an export from the command line has no user.
        auto query = m_db.scalar(QStringLiteral("SELECT query FROM saved_searches WHERE name = ? COLLATE NOCASE ORDER BY id"),
                                 {s.name.simplified()});
        if (!query)
            return std::unexpected(query.error());
        if (!query->isValid())
            return fail(ErrorCode::NotFound, QObject::tr("There is no saved search called \"%1\".").arg(s.name),
                        QObject::tr("Check the name on the Candidates page, or export a search text instead."));
        return searchIds(query->toString());
    }
    }
    return QList<qint64>();
}

Result<ImportedCandidate> CandidateExporter::load(qint64 id)
{
    ImportedCandidate p;
    auto c = CandidateService(m_db, Actor::system()).get(id);
    if (!c)
        return std::unexpected(c.error());
    p.candidate = *c;
    auto tags = TagService(m_db, Actor::system()).tagsOf(id);
    if (!tags)
        return std::unexpected(tags.error());
    p.tags = *tags;
    auto q = m_db.exec(QStringLiteral("SELECT kind, value FROM candidate_contacts WHERE candidate_id = ? ORDER BY kind, position, id"),
                       {id});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString kind = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (kind == QLatin1String("email") && value.compare(c->email, Qt::CaseInsensitive) != 0)
            p.extraEmails.append(value);
        else if (kind == QLatin1String("phone") && value != c->phone)
            p.extraPhones.append(value);
        else if (kind != QLatin1String("email") && kind != QLatin1String("phone") && value != c->linkedinUrl)
            p.links.append({kind, value});
    }
    return p;
}

QStringList CandidateExporter::csvHeader()
{
    return {QStringLiteral("UUID"),          QStringLiteral("First Name"),      QStringLiteral("Last Name"),
            QStringLiteral("Email"),         QStringLiteral("Other Emails"),    QStringLiteral("Phone"),
            QStringLiteral("Other Phones"),  QStringLiteral("City"),            QStringLiteral("Country"),
            QStringLiteral("Current Title"), QStringLiteral("Current Company"), QStringLiteral("LinkedIn"),
            QStringLiteral("GitHub"),        QStringLiteral("Website"),         QStringLiteral("Skills"),
            QStringLiteral("Tags"),          QStringLiteral("Source"),          QStringLiteral("Years of Experience"),
            QStringLiteral("Stage"),         QStringLiteral("Created")};
}

QStringList CandidateExporter::csvRow(const ImportedCandidate &p)
{
    const Candidate &c = p.candidate;
    const QString sep = QStringLiteral("; ");
    return {c.uuid,
            c.firstName,
            c.lastName,
            c.email,
            p.extraEmails.join(sep),
            c.phone,
            p.extraPhones.join(sep),
            c.city,
            c.country,
            c.currentTitle,
            c.currentCompany,
            c.linkedinUrl,
            linksOf(p, QStringLiteral("github")),
            linksOf(p, QStringLiteral("website")),
            c.skills.join(sep),
            p.tags.join(sep),
            c.source,
            c.yearsExperience ? QLocale::c().toString(*c.yearsExperience) : QString(),
            toKey(c.stage),
            c.createdAt.isValid() ? c.createdAt.toUTC().date().toString(Qt::ISODate) : QString()};
}

Status CandidateExporter::writeCsv(const QList<qint64> &ids, QIODevice *out, const ImportProgress &progress)
{
    CsvWriter writer(out);
    if (auto ok = writer.writeRow(csvHeader()); !ok)
        return ok;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto p = load(ids.at(i));
        if (!p)
            return std::unexpected(p.error());
        if (auto ok = writer.writeRow(csvRow(*p)); !ok)
            return ok;
        if (progress && !progress(int(i + 1), int(ids.size())))
            return fail(ErrorCode::Cancelled, QObject::tr("The export was cancelled."), QObject::tr("The file is incomplete."));
    }
    return {};
}

Status CandidateExporter::writeVCard(const QList<qint64> &ids, QIODevice *out, VCardVersion version,
                                    const ImportProgress &progress)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto p = load(ids.at(i));
        if (!p)
            return std::unexpected(p.error());
        const QByteArray card = VCardWriter::card(*p, version);
        if (auto ok = written(out, out->write(card), card.size()); !ok)
            return ok;
        if (progress && !progress(int(i + 1), int(ids.size())))
            return fail(ErrorCode::Cancelled, QObject::tr("The export was cancelled."), QObject::tr("The file is incomplete."));
    }
    return {};
}

} // namespace Tandem
