// tandem-cli publish / feed end to end: the real binary on a real database file.
#include <core/records/requisition_service.h>
#include <core/storage/connection_settings.h>
#include <core/storage/database.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include "cli_run.h"

using namespace Tandem;

namespace {

using Tandem::Testing::cli;
using Tandem::Testing::CliRun;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class PostingCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        auto settings = ConnectionSettings::parse(db);
        ASSERT_TRUE(settings);
        auto opened = Database::open(*settings);
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        RequisitionService service(**opened, Actor::system());
        Requisition r;
        r.title = QStringLiteral("Site <Reliability> Engineer");
        r.location = QStringLiteral("Lisbon");
        r.salaryMin = 50000;
        r.salaryMax = 65000;
        r.salaryCurrency = QStringLiteral("EUR");
        auto created = service.create(r);
        ASSERT_TRUE(created);
        draftUuid = created->uuid;
        auto second = service.create(r);
        auto open = service.setStatus(second->id, second->version, RequisitionStatus::Open);
        ASSERT_TRUE(open);
        openId = QString::number(open->id);
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    QString draftUuid;
    QString openId;
};

} // namespace

TEST_F(PostingCli, HelpNamesTheCommands)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("publish")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("feed")));
    const CliRun one = cli({QStringLiteral("publish"), QStringLiteral("--help")});
    EXPECT_EQ(one.code, 0);
    EXPECT_TRUE(one.out.contains(QStringLiteral("--jsonld")));
}

TEST_F(PostingCli, PublishWritesHtmlAndJsonLdThenTheFeedListsIt)
{
    const QString html = dir.filePath(QStringLiteral("job.html"));
    const QString jsonld = dir.filePath(QStringLiteral("job.jsonld"));
    const CliRun run = cli({QStringLiteral("--db"), db, QStringLiteral("publish"), openId, QStringLiteral("--html"), html,
                            QStringLiteral("--jsonld"), jsonld, QStringLiteral("--organization"), QStringLiteral("Acme Talent")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject posting = QJsonDocument::fromJson(readAll(jsonld)).object();
    EXPECT_EQ(posting.value(QStringLiteral("@type")).toString(), QStringLiteral("JobPosting"));
    EXPECT_EQ(posting.value(QStringLiteral("title")).toString(), QStringLiteral("Site <Reliability> Engineer"));
    EXPECT_EQ(posting.value(QStringLiteral("hiringOrganization")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Acme Talent"));
    const QString page = QString::fromUtf8(readAll(html));
    EXPECT_TRUE(page.contains(QStringLiteral("<h1>Site &lt;Reliability&gt; Engineer</h1>")));

    const QString feed = dir.filePath(QStringLiteral("jobs.xml"));
    const CliRun written = cli({QStringLiteral("--db"), db, QStringLiteral("feed"), feed});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.contains(QStringLiteral("1 job")));
    QXmlStreamReader xml(readAll(feed));
    int jobs = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("job"))
            ++jobs;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(jobs, 1);
}

TEST_F(PostingCli, ADraftIsRefusedAndWrongCommandLinesExitWithTwo)
{
    const QString html = dir.filePath(QStringLiteral("draft.html"));
    const CliRun draft = cli({QStringLiteral("--db"), db, QStringLiteral("publish"), draftUuid, QStringLiteral("--html"), html});
    EXPECT_EQ(draft.code, 1);
    EXPECT_TRUE(draft.err.contains(QStringLiteral("draft"))) << draft.err.toStdString();
    EXPECT_FALSE(QFile::exists(html));
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("publish"), openId}).code, 2) << "no output named";
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("feed")}).code, 2);
    const CliRun missing = cli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("nope"),
                                QStringLiteral("--html"), html});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope")));
}
