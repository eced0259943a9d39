// Open Recent remembers at most eight databases, newest first, and forgets files that are gone.
#include "ui_test_support.h"

#include <ui/recent_files.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class RecentFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }

    QString touch(const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return path;
    }

    QTemporaryDir dir;
};

TEST_F(RecentFilesTest, KeepsTheNewestEightWithoutDuplicates)
{
    Ui::RecentFiles recent;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << touch(QStringLiteral("db%1.sqlite").arg(i));
        recent.add(paths.last());
    }
    recent.add(paths.at(5)); // opened again: moves to the top, not listed twice
    const QStringList listed = recent.list();
    ASSERT_EQ(listed.size(), Ui::RecentFiles::maxEntries);
    EXPECT_EQ(listed.first(), paths.at(5));
    EXPECT_EQ(listed.at(1), paths.at(9));
    EXPECT_EQ(listed.count(paths.at(5)), 1);
    EXPECT_FALSE(listed.contains(paths.at(0)));
}

TEST_F(RecentFilesTest, DropsFilesThatNoLongerExistButKeepsServers)
{
    Ui::RecentFiles recent;
    const QString kept = touch(QStringLiteral("kept.sqlite"));
    const QString gone = touch(QStringLiteral("gone.sqlite"));
    const QString server = QStringLiteral("postgresql://recruiter@db.example.com:5432/tandem");
    recent.add(kept);
    recent.add(gone);
    recent.add(server);
    ASSERT_TRUE(QFile::remove(gone));
    EXPECT_EQ(recent.list(), (QStringList{server, kept}));
}

TEST_F(RecentFilesTest, RemembersTheLastDatabase)
{
    Ui::RecentFiles recent;
    EXPECT_FALSE(recent.hasLast());
    recent.setLast(QStringLiteral("/data/agency.sqlite"));
    EXPECT_EQ(Ui::RecentFiles().last(), QStringLiteral("/data/agency.sqlite"));
}

} // namespace
