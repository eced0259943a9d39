#include "test_database.h"

#include <QDir>

#include <gtest/gtest.h>

namespace Tandem::Testing {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(ConnectionSettings::sqliteFile(m_path));
    if (!db) {
        ADD_FAILURE() << "cannot open test database: " << db.error().text().toStdString();
        return;
    }
    m_db = std::move(*db);
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
