// tandem-cli end to end: the real binary on real database files.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include "cli_run.h"

namespace {

using Tandem::Testing::cli;
using Tandem::Testing::CliRun;

class Cli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));

    CliRun demo(int candidates = 150)
    {
        return cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--candidates"),
                    QString::number(candidates), QStringLiteral("--seed"), QStringLiteral("3")});
    }
};

} // namespace

TEST_F(Cli, HelpListsEveryCommand)
{
    const CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char *command : {"init", "check", "reindex", "backup", "restore", "migrate", "demo", "search", "bench"})
        EXPECT_TRUE(r.out.contains(QLatin1String(command))) << command;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exit codes")));
    const CliRun one = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    EXPECT_EQ(one.code, 0);
    EXPECT_TRUE(one.out.contains(QStringLiteral("--candidates")));
}

TEST_F(Cli, WrongCommandLinesExitWithTwo)
{
    EXPECT_EQ(cli({}).code, 2);
    const CliRun unknown = cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--candidates"), QStringLiteral("lots")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("backup")}).code, 2);
    EXPECT_FALSE(QFile::exists(db)); // nothing was created by a wrong command line
}

TEST_F(Cli, InitThenCheck)
{
    const CliRun init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(QFile::exists(db));
    const CliRun check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Audit chain: ok")));
}

TEST_F(Cli, MissingDatabaseIsAClearError)
{
    const CliRun r = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("check")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no database"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("init")));
}

TEST_F(Cli, RefusesACloudSyncFolder)
{
    QDir(dir.path()).mkpath(QStringLiteral("Dropbox"));
    const CliRun r = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("Dropbox/agency.sqlite")), QStringLiteral("init")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("team mode"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("Dropbox/agency.sqlite"))));
}

TEST_F(Cli, DemoSearchAndJson)
{
    const CliRun d = demo();
    ASSERT_EQ(d.code, 0) << d.err.toStdString();
    EXPECT_TRUE(d.out.contains(QStringLiteral("150 candidates")));

    const CliRun s = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("engineer"), QStringLiteral("--json"),
                       QStringLiteral("--limit"), QStringLiteral("5")});
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(s.out.toUtf8());
    ASSERT_TRUE(doc.isArray()) << s.out.toStdString();
    const QJsonArray hits = doc.array();
    ASSERT_GT(hits.size(), 0);
    EXPECT_LE(hits.size(), 5);
    double previous = 1e300;
    for (const QJsonValue &v : hits) {
        const QJsonObject hit = v.toObject();
        EXPECT_GT(hit.value(QStringLiteral("id")).toInteger(), 0);
        EXPECT_FALSE(hit.value(QStringLiteral("name")).toString().isEmpty());
        ASSERT_TRUE(hit.contains(QStringLiteral("score")));
        EXPECT_LE(hit.value(QStringLiteral("score")).toDouble(), previous); // ranked, best first
        previous = hit.value(QStringLiteral("score")).toDouble();
    }

    const CliRun bad = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("\"unclosed phrase")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_FALSE(bad.err.isEmpty());

    const CliRun twice = demo();
    EXPECT_EQ(twice.code, 1); // refuses to mix a demo into existing people
    EXPECT_FALSE(twice.err.isEmpty());
}

TEST_F(Cli, BackupRestoreRoundTrip)
{
    ASSERT_EQ(demo(60).code, 0);
    const QString out = dir.filePath(QStringLiteral("backups/monday.sqlite"));
    const CliRun b = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), out});
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    const CliRun again = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), out});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")) || again.err.contains(QStringLiteral("exists"))) << again.err.toStdString();

    const QString other = dir.filePath(QStringLiteral("restored.sqlite"));
    const CliRun r = cli({QStringLiteral("--db"), other, QStringLiteral("restore"), out});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const CliRun s = cli({QStringLiteral("--db"), other, QStringLiteral("search"), QStringLiteral("engineer"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(s.out.toUtf8()).array().size(),
              QJsonDocument::fromJson(cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("engineer"),
                                           QStringLiteral("--json")})
                                          .out.toUtf8())
                  .array()
                  .size());
    EXPECT_EQ(cli({QStringLiteral("--db"), other, QStringLiteral("check")}).code, 0);

    QFile garbage(dir.filePath(QStringLiteral("garbage.sqlite")));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a database at all, just some text that goes on for a while.");
    garbage.close();
    const CliRun refused = cli({QStringLiteral("--db"), other, QStringLiteral("restore"), garbage.fileName()});
    EXPECT_EQ(refused.code, 1);
    EXPECT_EQ(cli({QStringLiteral("--db"), other, QStringLiteral("check")}).code, 0); // untouched
}

TEST_F(Cli, CheckFindsATamperedAuditLog)
{
    ASSERT_EQ(demo(30).code, 0);
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        conn.setDatabaseName(db);
        ASSERT_TRUE(conn.open());
        QSqlQuery q(conn);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_entries_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_entries SET actor = 'mallory'")));
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.out.contains(QStringLiteral("audit chain broken"))) << r.out.toStdString();
}

TEST_F(Cli, BenchPrintsOneJsonObject)
{
    ASSERT_EQ(demo(120).code, 0);
    const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("--repeats"),
                       QStringLiteral("2"), QStringLiteral("--write-rows"), QStringLiteral("3"), QStringLiteral("--import-resumes"),
                       QStringLiteral("2"), QStringLiteral("--import-rows"), QStringLiteral("300"), QStringLiteral("--scratch"),
                       dir.path()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
    EXPECT_EQ(report.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("candidates")).toInteger(), 120);
    QStringList names;
    for (const QJsonValue &v : report.value(QStringLiteral("operations")).toArray()) {
        const QJsonObject op = v.toObject();
        names << op.value(QStringLiteral("name")).toString();
        const QJsonObject app = op.value(QStringLiteral("app_ms")).toObject();
        EXPECT_LE(app.value(QStringLiteral("min")).toDouble(), app.value(QStringLiteral("median")).toDouble());
        EXPECT_LE(app.value(QStringLiteral("median")).toDouble(), app.value(QStringLiteral("p95")).toDouble());
        if (op.value(QStringLiteral("name")).toString().startsWith(QLatin1String("import "))) {
            // Imports have no raw twin (there is no raw-API resume parser): they report throughput.
            EXPECT_TRUE(op.value(QStringLiteral("note")).toString().contains(QStringLiteral("/s")));
            continue;
        }
        EXPECT_TRUE(op.contains(QStringLiteral("raw_ms"))) << op.value(QStringLiteral("name")).toString().toStdString();
        EXPECT_GT(op.value(QStringLiteral("ratio")).toDouble(), 0.0);
    }
    for (const char *expected : {"open to first query", "search: single term", "search: prefix", "search: phrase",
                                 "search: 3-skill AND", "candidate list first page", "pipeline board load",
                                 "candidate insert (audited)", "candidate update (audited)", "import resume (txt)",
                                 "import resume (docx)", "import resume (pdf)", "import CSV (300 rows)"})
        EXPECT_TRUE(names.contains(QLatin1String(expected))) << expected;
}

TEST_F(Cli, ReindexRebuildsTheSearchIndex)
{
    ASSERT_EQ(demo(40).code, 0);
    const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("reindex")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("40 candidates indexed"))) << r.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
}

TEST_F(Cli, MigrateCopiesAFileAndRefusesAFullTarget)
{
    ASSERT_EQ(demo(60).code, 0);
    const QString target = dir.filePath(QStringLiteral("moved.sqlite"));
    const CliRun r = cli({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), target});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("verified"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("candidates"))) << r.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("--db"), target, QStringLiteral("check")}).code, 0);
    const CliRun before = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("engineer"),
                               QStringLiteral("--json")});
    const CliRun after = cli({QStringLiteral("--db"), target, QStringLiteral("search"), QStringLiteral("engineer"),
                              QStringLiteral("--json")});
    EXPECT_EQ(before.out, after.out);

    const CliRun again = cli({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), target});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("migrate"), QStringLiteral("--from"), db}).code, 2);
}

// Team mode: the same benchmark on a server, raw side through libpq. Needs the PostgreSQL
// test server (CTest's "postgres" fixture hands its URL over in TANDEM_TEST_PG_URL).
TEST_F(Cli, BenchMeasuresAPostgresDatabase)
{
    const QByteArray url = qgetenv("TANDEM_TEST_PG_URL");
    if (url.isEmpty())
        GTEST_SKIP() << "TANDEM_TEST_PG_URL is not set: no PostgreSQL test server for this run";
    ASSERT_EQ(demo(120).code, 0);
    const QUrl server(QString::fromUtf8(url));
    const QString name = QStringLiteral("tandem_cli_bench_%1").arg(QCoreApplication::applicationPid());
    const QString connection = QStringLiteral("cli-bench-admin");
    const auto admin = [&](const QString &sql) {
        QSqlDatabase maintenance = QSqlDatabase::database(connection, false);
        if (!maintenance.isValid()) {
            maintenance = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            maintenance.setHostName(server.host());
            maintenance.setPort(server.port(5432));
            maintenance.setUserName(server.userName());
            maintenance.setPassword(server.password());
            maintenance.setDatabaseName(server.path().mid(1));
        }
        if (!maintenance.isOpen() && !maintenance.open())
            return false;
        QSqlQuery q(maintenance);
        return q.exec(sql);
    };
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); // a crashed earlier run
    ASSERT_TRUE(admin(QStringLiteral("CREATE DATABASE %1").arg(name)));
    QUrl target = server;
    target.setPath(QLatin1Char('/') + name);
    const QString location = target.toString();

    const CliRun moved = cli({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), location});
    EXPECT_EQ(moved.code, 0) << moved.err.toStdString();
    const QStringList small = {QStringLiteral("--import-resumes"), QStringLiteral("1"), QStringLiteral("--import-rows"),
                               QStringLiteral("50")};
    const CliRun local = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("bench"), QStringLiteral("--json"),
                                         QStringLiteral("--repeats"), QStringLiteral("2"), QStringLiteral("--write-rows"),
                                         QStringLiteral("3"), QStringLiteral("--scratch"), dir.path()}
                             + small);
    const CliRun r = cli(QStringList{QStringLiteral("--db"), location, QStringLiteral("bench"), QStringLiteral("--json"),
                                     QStringLiteral("--repeats"), QStringLiteral("2"), QStringLiteral("--write-rows"),
                                     QStringLiteral("3")}
                         + small);
    // The benchmark works in a scratch clone: the measured database keeps its candidates.
    const CliRun after = cli(QStringList{QStringLiteral("--db"), location, QStringLiteral("bench"), QStringLiteral("--json"),
                                         QStringLiteral("--repeats"), QStringLiteral("1"), QStringLiteral("--write-rows"),
                                         QStringLiteral("1")}
                             + small);
    EXPECT_TRUE(admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)));
    QSqlDatabase::removeDatabase(connection);

    ASSERT_EQ(local.code, 0) << local.err.toStdString();
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject sqlite = QJsonDocument::fromJson(local.out.toUtf8()).object();
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
    EXPECT_EQ(report.value(QStringLiteral("dataset")).toObject(), sqlite.value(QStringLiteral("dataset")).toObject());
    EXPECT_EQ(report.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("candidates")).toInteger(), 120);
    EXPECT_FALSE(report.contains(QStringLiteral("notes"))) << r.out.toStdString();
    QStringList names;
    for (const QJsonValue &v : report.value(QStringLiteral("operations")).toArray()) {
        const QJsonObject op = v.toObject();
        names << op.value(QStringLiteral("name")).toString();
        if (names.last().startsWith(QLatin1String("import ")))
            continue; // throughput only, no raw twin
        EXPECT_GT(op.value(QStringLiteral("raw_ms")).toObject().value(QStringLiteral("median")).toDouble(), 0.0)
            << op.value(QStringLiteral("name")).toString().toStdString();
        EXPECT_GT(op.value(QStringLiteral("ratio")).toDouble(), 0.0);
    }
    for (const char *expected : {"open to first query", "search: single term", "search: prefix", "search: phrase",
                                 "search: 3-skill AND", "candidate list first page", "pipeline board load",
                                 "candidate insert (audited)", "candidate update (audited)"})
        EXPECT_TRUE(names.contains(QLatin1String(expected))) << expected;
    ASSERT_EQ(after.code, 0) << after.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("dataset")),
              report.value(QStringLiteral("dataset")));
}
