#include "test_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace Tandem::Testing {

namespace {

[[noreturn]] void badEnvironment(const QString &text)
{
    std::fprintf(stderr, "tandem tests: %s\n", qPrintable(text));
    std::fflush(stderr);
    std::abort();
}

// The server settings from TANDEM_TEST_PG_URL, pointed at another database on that server.
ConnectionSettings serverSettings(const QString &database)
{
    QUrl url(postgresUrl());
    url.setPath(QLatin1Char('/') + database);
    auto settings = ConnectionSettings::parse(url.toString());
    if (!settings)
        badEnvironment(QStringLiteral("TANDEM_TEST_PG_URL=\"%1\" is not usable: %2")
                           .arg(postgresUrl(), settings.error().text()));
    return *settings;
}

// Runs one statement on the server's maintenance database ("postgres" or whatever the URL
// names) through a short-lived QPSQL connection. Returns an error text, empty on success.
QString onMaintenanceDatabase(const QString &sql)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is not installed (Debian package libqt6sql6-psql)");
    const ConnectionSettings server = serverSettings(QUrl(postgresUrl()).path().mid(1));
    static int counter = 0;
    const QString name = QStringLiteral("tandem-test-maintenance-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            error = QStringLiteral("cannot reach the PostgreSQL test server %1: %2")
                        .arg(server.displayName(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = QStringLiteral("%1 failed: %2").arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

Engine engine()
{
    static const Engine value = [] {
        const QString name = qEnvironmentVariable("TANDEM_TEST_ENGINE").trimmed().toLower();
        if (name.isEmpty() || name == QLatin1String("sqlite"))
            return Engine::Sqlite;
        if (name == QLatin1String("postgres") || name == QLatin1String("postgresql")) {
            if (qEnvironmentVariableIsEmpty("TANDEM_TEST_PG_URL"))
                badEnvironment(QStringLiteral("TANDEM_TEST_ENGINE=postgres needs TANDEM_TEST_PG_URL, "
                                              "e.g. postgresql://tandem@127.0.0.1:25432/postgres"));
            return Engine::Postgres;
        }
        badEnvironment(QStringLiteral("TANDEM_TEST_ENGINE=\"%1\" is neither sqlite nor postgres").arg(name));
    }();
    return value;
}

bool isPostgres()
{
    return engine() == Engine::Postgres;
}

QString postgresUrl()
{
    return isPostgres() ? qEnvironmentVariable("TANDEM_TEST_PG_URL").trimmed() : QString();
}

TestDatabase::TestDatabase(Database::OpenOptions options)
    : m_options(options)
{
    if (!isPostgres()) {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
        m_settings = ConnectionSettings::sqliteFile(m_path);
        reopen();
        return;
    }
    // Unique across the test programs CTest runs side by side, and across runs.
    m_pgDatabase = QStringLiteral("tandem_test_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_settings = serverSettings(m_pgDatabase);
    m_path = m_settings.displayName();
    const QString error = onMaintenanceDatabase(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
    if (!error.isEmpty()) {
        ADD_FAILURE() << "cannot create the test database: " << error.toStdString();
        m_pgDatabase.clear();
        return;
    }
    reopen();
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_pgDatabase.isEmpty())
        return;
    const QString error = onMaintenanceDatabase(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
    if (!error.isEmpty())
        ADD_FAILURE() << "cannot drop the test database: " << error.toStdString();
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(m_settings, m_options);
    if (!db) {
        ADD_FAILURE() << "cannot open test database " << m_path.toStdString() << ": "
                      << db.error().text().toStdString();
        return;
    }
    m_db = std::move(*db);
    if (m_db->engine() != engine())
        ADD_FAILURE() << "test database " << m_path.toStdString() << " opened on the wrong engine";
}

qint64 runSql(Database &db, const QString &sql, const QVariantList &values)
{
    if (sql.startsWith(QLatin1String("INSERT"))) {
        auto id = db.insert(sql, values);
        if (!id) {
            ADD_FAILURE() << id.error().text().toStdString() << "\n" << sql.toStdString();
            return 0;
        }
        return *id;
    }
    auto q = db.exec(sql, values);
    if (!q) {
        ADD_FAILURE() << q.error().text().toStdString() << "\n" << sql.toStdString();
        return 0;
    }
    q->finish();
    return 0;
}

QString testOutputDir()
{
#ifdef TANDEM_TEST_OUTPUT_DIR
    const QString dir = QStringLiteral(TANDEM_TEST_OUTPUT_DIR);
#else
    const QString dir = QDir::temp().filePath(QStringLiteral("tandem-test-output"));
#endif
    QDir().mkpath(dir);
    return dir;
}

} // namespace Tandem::Testing
