// CandidateExporter and CsvWriter: formula neutralisation, selections, and a CSV / vCard
// export that imports back unchanged (both engines).
#include <core/lists/candidate_exporter.h>
#include <core/lists/csv_importer.h>
#include <core/lists/csv_reader.h>
#include <core/lists/csv_writer.h>
#include <core/lists/import_session.h>
#include <core/records/candidate_service.h>
#include <core/records/tag_service.h>
#include <core/records/talent_pool_service.h>

#include "support/test_database.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace Tandem;

TEST(CsvWriter, NeutralisesFormulasAndQuotesPerRfc4180)
{
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")),
              QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"));
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("+cmd|' /C calc'!A0")), QStringLiteral("'+cmd|' /C calc'!A0"));
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("@SUM(1+1)")), QStringLiteral("'@SUM(1+1)"));
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("\r=1")), QStringLiteral("'\r=1"));
    EXPECT_EQ(CsvWriter::neutralize(QStringLiteral("Ann = Lee")), QStringLiteral("Ann = Lee"));
    EXPECT_EQ(CsvWriter::unneutralize(QStringLiteral("'=1")), QStringLiteral("=1"));
    EXPECT_EQ(CsvWriter::unneutralize(QStringLiteral("'quoted'")), QStringLiteral("'quoted'"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    ASSERT_TRUE(writer.writeRow({QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"), QStringLiteral("a\nb"),
                                 QStringLiteral("plain"), QStringLiteral(" padded")}));
    EXPECT_EQ(buffer.data(), QByteArray("\xEF\xBB\xBF\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"a\nb\",plain,\" padded\"\r\n"));
}

namespace {

class CsvExport : public ::testing::Test
{
protected:
    Candidate add(const QString &first, const QString &last, const QString &email, const QString &title = {})
    {
        Candidate c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        c.currentTitle = title;
        auto created = CandidateService(t.db(), actor).create(c);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return *created;
    }

    Testing::TestDatabase t;
    Actor actor = Actor::system();
};

} // namespace

TEST_F(CsvExport, HostileCellsAreNeutralisedInTheFile)
{
    const Candidate evil = add(QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("@SUM(A1)"),
                               QStringLiteral("evil@example.com"), QStringLiteral("-2+3"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(CandidateExporter(t.db()).writeCsv({evil.id}, &buffer));
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    ASSERT_TRUE(reader.open(&buffer));
    auto row = reader.next();
    ASSERT_TRUE(row);
    const QStringList header = reader.header();
    EXPECT_EQ(row->fields.at(header.indexOf(QStringLiteral("First Name"))), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(row->fields.at(header.indexOf(QStringLiteral("Last Name"))), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(row->fields.at(header.indexOf(QStringLiteral("Current Title"))), QStringLiteral("'-2+3"));
}

TEST_F(CsvExport, SelectionsByIdsPoolSearchAndSegment)
{
    const Candidate ann = add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"), QStringLiteral("Rust developer"));
    const Candidate bo = add(QStringLiteral("Bo"), QStringLiteral("Ek"), QStringLiteral("bo@example.com"), QStringLiteral("Recruiter"));
    const Candidate cy = add(QStringLiteral("Cy"), QStringLiteral("Tw"), QStringLiteral("cy@example.com"), QStringLiteral("Rust lead"));
    TalentPoolService pools(t.db(), actor);
    auto pool = pools.create(QStringLiteral("Rustaceans"));
    ASSERT_TRUE(pools.addMember(pool->id, cy.id, {}));
    ASSERT_TRUE(pools.addMember(pool->id, ann.id, {}));
    Testing::runSql(t.db(), QStringLiteral("INSERT INTO saved_searches (uuid, name, query, created_at, updated_at) "
                                           "VALUES ('u1', 'Rust people', 'title:rust', '2026-01-01T00:00:00.000Z', "
                                           "'2026-01-01T00:00:00.000Z')"));
    CandidateExporter exporter(t.db());
    using Kind = ExportSelection::Kind;
    EXPECT_EQ(*exporter.select({Kind::Ids, {bo.id, ann.id}, {}}), (QList<qint64>{bo.id, ann.id}));
    EXPECT_EQ(*exporter.select({Kind::All, {}, {}}), (QList<qint64>{ann.id, bo.id, cy.id}));
    auto inPool = exporter.select({Kind::Pool, {}, QStringLiteral("rustaceans")});
    ASSERT_TRUE(inPool);
    EXPECT_EQ(QSet<qint64>(inPool->begin(), inPool->end()), (QSet<qint64>{ann.id, cy.id}));
    auto segment = exporter.select({Kind::Segment, {}, QStringLiteral("rust PEOPLE")});
    ASSERT_TRUE(segment) << segment.error().text().toStdString();
    EXPECT_EQ(QSet<qint64>(segment->begin(), segment->end()), (QSet<qint64>{ann.id, cy.id}));
    auto query = exporter.select({Kind::Query, {}, QStringLiteral("recruiter")});
    ASSERT_TRUE(query);
    EXPECT_EQ(*query, QList<qint64>{bo.id});
    EXPECT_EQ(exporter.select({Kind::Segment, {}, QStringLiteral("nope")}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(exporter.select({Kind::Pool, {}, QStringLiteral("nope")}).error().code, ErrorCode::NotFound);
}

TEST_F(CsvExport, CsvAndVCardExportsImportBackUnchanged)
{
    // Imported first, so the record has contacts, links, tags and skills.
    const QString source = t.dir() + QStringLiteral("/in.csv");
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Name,Email,Other Email,Phone,Location,Current Title,Current Company,LinkedIn,GitHub,Skills,Tags,Source,Years of Experience\n"
                "Zoë Lee,zoe@example.com,z@home.example,+49 151 23456789,\"Köln, Germany\",\"Lead, Platform\",Acme,"
                "linkedin.com/in/zoe,github.com/zoe,C++;Qt,silver;remote,Referral,12.5\n");
    }
    CsvImporter importer(t.db(), actor);
    auto first = importer.run(source, CsvPresets::genericAtsExport(), {});
    ASSERT_TRUE(first);
    ASSERT_EQ(first->created, 1) << (first->failed.isEmpty() ? "" : first->failed.first().text().toStdString());
    CandidateExporter exporter(t.db());
    const QList<qint64> ids = *exporter.select({});
    const ImportedCandidate original = *exporter.load(ids.first());
    EXPECT_EQ(original.links.size(), 1);

    const QString csvPath = t.dir() + QStringLiteral("/out.csv");
    {
        QFile out(csvPath);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_TRUE(exporter.writeCsv(ids, &out));
    }
    QFile check(csvPath);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_TRUE(check.readAll().contains("'+4915123456789")); // the documented phone form
    const QString vcfPath = t.dir() + QStringLiteral("/out.vcf");
    {
        QFile out(vcfPath);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_TRUE(exporter.writeVCard(ids, &out));
    }

    auto compare = [&](qint64 id) {
        const ImportedCandidate back = *exporter.load(id);
        EXPECT_NE(back.candidate.uuid, original.candidate.uuid);
        for (auto [a, b] : {std::pair{back.candidate.firstName, original.candidate.firstName},
                            {back.candidate.lastName, original.candidate.lastName},
                            {back.candidate.email, original.candidate.email},
                            {back.candidate.phone, original.candidate.phone},
                            {back.candidate.city, original.candidate.city},
                            {back.candidate.country, original.candidate.country},
                            {back.candidate.currentTitle, original.candidate.currentTitle},
                            {back.candidate.currentCompany, original.candidate.currentCompany},
                            {back.candidate.linkedinUrl, original.candidate.linkedinUrl},
                            {back.candidate.source, original.candidate.source}})
            EXPECT_EQ(a, b);
        EXPECT_EQ(back.candidate.skills, original.candidate.skills);
        EXPECT_EQ(back.extraEmails, original.extraEmails);
        EXPECT_EQ(back.links, original.links);
        EXPECT_EQ(back.tags, original.tags);
    };
    ImportOptions create;
    create.onDuplicate = DuplicatePolicy::CreateAnyway;
    auto fromCsv = importer.run(csvPath, CsvPresets::genericAtsExport(), create);
    ASSERT_TRUE(fromCsv);
    ASSERT_EQ(fromCsv->created, 1) << (fromCsv->failed.isEmpty() ? "" : fromCsv->failed.first().text().toStdString());
    const QList<qint64> afterCsv = *exporter.select({});
    compare(afterCsv.last());
    EXPECT_EQ(exporter.load(afterCsv.last())->candidate.yearsExperience, 12.5);

    auto fromVcf = VCardImporter(t.db(), actor).run(vcfPath, create);
    ASSERT_TRUE(fromVcf);
    ASSERT_EQ(fromVcf->created, 1) << (fromVcf->failed.isEmpty() ? "" : fromVcf->failed.first().text().toStdString());
    compare(exporter.select({})->last());

    ImportOptions skip;
    skip.findExisting = ImportSession::matchByEmail(t.db());
    EXPECT_EQ(VCardImporter(t.db(), actor).run(vcfPath, skip)->skippedDuplicates, 1);
}
