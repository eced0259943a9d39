#pragma once

#include <core/storage/database.h>

#include <QTemporaryDir>

#include <memory>

namespace Tandem::Testing {

// A fresh, migrated Tandem database in its own temporary folder, removed afterwards.
// Tests that need a real file use this; tests that only need SQL semantics may use
// ConnectionSettings::inMemory().
class TestDatabase
{
public:
    TestDatabase();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the same file (to prove something was really stored).
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Folder where tests drop artefacts a developer should look at (screenshots, exports).
QString testOutputDir();

} // namespace Tandem::Testing
