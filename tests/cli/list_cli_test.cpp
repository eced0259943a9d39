// tandem-cli import / export end to end: the real binary on a real database file.
#include <core/records/talent_pool_service.h>
#include <core/storage/connection_settings.h>
#include <core/storage/database.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_run.h"

using namespace Tandem;

namespace {

using Tandem::Testing::cli;
using Tandem::Testing::CliRun;

class ListCli : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(run({QStringLiteral("init")}).code, 0); }

    CliRun run(QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));
};

} // namespace

TEST_F(ListCli, ImportCsvReportsBadLinesAndFailsAndSkipsDuplicatesOnTheSecondRun)
{
    const QString csv = write(QStringLiteral("people.csv"), "Name,Email,Phone\n"
                                                            "Ann Lee,ann@example.com,+1 415 555 0132\n"
                                                            "Bo Ek,bo@,\n"
                                                            "Cy Tw,cy@example.com,\n");
    const CliRun first = run({QStringLiteral("import"), QStringLiteral("csv"), csv});
    EXPECT_EQ(first.code, 1) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("2 created, 0 updated, 0 skipped as duplicates, 1 failed."))) << first.out.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("line 3: 'Email' is 'bo@', not an e-mail address"))) << first.err.toStdString();

    const QString good = write(QStringLiteral("good.csv"), "Name,Email\nAnn L.,ANN@example.com\nDee Dee,dee@example.com\n");
    const CliRun second = run({QStringLiteral("import"), QStringLiteral("csv"), good});
    EXPECT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("1 created, 0 updated, 1 skipped as duplicates, 0 failed."))) << second.out.toStdString();

    const CliRun update = run({QStringLiteral("import"), QStringLiteral("csv"), good, QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    EXPECT_TRUE(update.out.contains(QStringLiteral("0 created, 2 updated"))) << update.out.toStdString();

    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("csv"), good, QStringLiteral("--on-duplicate"), QStringLiteral("merge")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("pdf"), good}).code, 2);
    const CliRun missing = run({QStringLiteral("import"), QStringLiteral("csv"), dir.filePath(QStringLiteral("nope.csv"))});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Could not read"))) << missing.err.toStdString();
    const CliRun badMapping = run({QStringLiteral("import"), QStringLiteral("csv"), good, QStringLiteral("--mapping"), QStringLiteral("Nope")});
    EXPECT_EQ(badMapping.code, 1);
    EXPECT_TRUE(badMapping.err.contains(QStringLiteral("There is no CSV mapping called \"Nope\"")));
}

TEST_F(ListCli, LinkedInExportIsRecognisedWithoutAMappingName)
{
    const QString csv = write(QStringLiteral("Connections.csv"),
                              "Notes:\n\"When exporting your connection data, you may notice that some of the email "
                              "addresses are missing.\"\n\n"
                              "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                              "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,15 Mar 2024\n");
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("csv"), csv});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 created"))) << r.out.toStdString();
}

TEST_F(ListCli, ExportCsvAndVCardOfAPoolAndEveryoneAndImportTheVCardBack)
{
    const QString csv = write(QStringLiteral("people.csv"), "Name,Email,Title\n"
                                                            "Ann Lee,ann@example.com,=HYPERLINK(\"x\")\n"
                                                            "Bo Ek,bo@example.com,Recruiter\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("csv"), csv}).code, 0);
    {
        auto settings = ConnectionSettings::parse(db);
        auto opened = Database::open(*settings);
        ASSERT_TRUE(opened);
        TalentPoolService pools(**opened, Actor::system());
        auto pool = pools.create(QStringLiteral("Recruiters"));
        auto bo = (*opened)->scalar(QStringLiteral("SELECT id FROM candidates WHERE email = 'bo@example.com'"));
        ASSERT_TRUE(pools.addMember(pool->id, bo->toLongLong(), {}));
    }
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    const CliRun a = run({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--all"), all});
    ASSERT_EQ(a.code, 0) << a.err.toStdString();
    EXPECT_TRUE(a.out.contains(QStringLiteral("Wrote 2 candidates"))) << a.out.toStdString();
    const QByteArray allBytes = read(all);
    EXPECT_TRUE(allBytes.contains("\"'=HYPERLINK(\"\"x\"\")\"")) << allBytes.constData();

    const QString pool = dir.filePath(QStringLiteral("pool.vcf"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("vcard"), QStringLiteral("--pool"), QStringLiteral("recruiters"), pool}).code, 0);
    const QByteArray card = read(pool);
    EXPECT_EQ(card.count("BEGIN:VCARD"), 1);
    EXPECT_TRUE(card.contains("FN:Bo Ek\r\n"));
    EXPECT_TRUE(card.contains("VERSION:4.0\r\n"));

    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("csv"), all}).code, 2); // no selection
    const CliRun noSegment = run({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--segment"), QStringLiteral("Nope"), all});
    EXPECT_EQ(noSegment.code, 1);
    EXPECT_TRUE(noSegment.err.contains(QStringLiteral("There is no saved search called \"Nope\"")));

    const CliRun back = run({QStringLiteral("import"), QStringLiteral("vcard"), pool});
    EXPECT_EQ(back.code, 0) << back.err.toStdString();
    EXPECT_TRUE(back.out.contains(QStringLiteral("0 created, 0 updated, 1 skipped as duplicates"))) << back.out.toStdString();
}
