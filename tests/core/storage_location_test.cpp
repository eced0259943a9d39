#include <core/storage/database.h>
#include <core/storage/storage_location.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Mount
{
    const char *path;
    const char *fileSystemType;
};

std::string describe(const Mount &m)
{
    return std::string(m.path) + " [" + m.fileSystemType + "]";
}

LocationVerdict classify(const Mount &m)
{
    return classifyLocation(QString::fromUtf8(m.path), QString::fromUtf8(m.fileSystemType));
}

} // namespace

TEST(StorageLocation, NetworkFileSystemsAreShares)
{
    for (const Mount &m : {Mount{"/mnt/hr/tandem.sqlite", "nfs"}, Mount{"/mnt/hr/tandem.sqlite", "nfs4"},
                           Mount{"/mnt/hr/tandem.sqlite", "cifs"}, Mount{"/mnt/hr/tandem.sqlite", "smb3"},
                           Mount{"/home/ann/remote/tandem.sqlite", "fuse.sshfs"}, Mount{"/mnt/hr/tandem.sqlite", "NFS4"}})
        EXPECT_EQ(classify(m), LocationVerdict::NetworkShare) << describe(m);
}

TEST(StorageLocation, UncPathsAreSharesWhateverTheType)
{
    for (const Mount &m : {Mount{"\\\\fileserver\\hr\\tandem.sqlite", "ntfs"}, Mount{"//fileserver/hr/tandem.sqlite", ""},
                           Mount{"//fileserver/hr/tandem.sqlite", "ext4"}})
        EXPECT_EQ(classify(m), LocationVerdict::NetworkShare) << describe(m);
}

TEST(StorageLocation, CloudSyncFoldersAreRefused)
{
    for (const Mount &m : {
             Mount{"/home/ann/Dropbox/tandem.sqlite", "ext4"},
             Mount{"/home/ann/Dropbox (Acme)/hiring/tandem.sqlite", "ext4"},
             Mount{"C:/Users/ann/OneDrive - Acme/tandem.sqlite", "NTFS"},
             Mount{"/Users/ann/OneDrive/tandem.sqlite", "apfs"},
             Mount{"/Users/ann/Google Drive/tandem.sqlite", "apfs"},
             Mount{"/Volumes/GoogleDrive/My Drive/tandem.sqlite", "fuse"},
             Mount{"/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/tandem.sqlite", "apfs"},
             Mount{"/Users/ann/iCloud Drive/tandem.sqlite", "apfs"},
             Mount{"/Users/ann/Library/CloudStorage/Box-Box/tandem.sqlite", "apfs"},
         })
        EXPECT_EQ(classify(m), LocationVerdict::CloudSync) << describe(m);
}

TEST(StorageLocation, OrdinaryLocalPathsAreLocal)
{
    for (const Mount &m : {
             Mount{"/home/ann/.local/share/Tandem/tandem.sqlite", "ext4"},
             Mount{"/home/ann/tandem.sqlite", "btrfs"},
             Mount{"/data/recruiting/tandem.sqlite", "xfs"},
             Mount{"/tmp/tandem-test/tandem.sqlite", "tmpfs"},
             // Names that merely resemble a sync folder.
             Mount{"/home/ann/dropboxes-notes/tandem.sqlite", "ext4"},
             Mount{"/home/ann/onedriveish/tandem.sqlite", "ext4"},
             Mount{"/home/ann/my-drive-notes/tandem.sqlite", "ext4"},
         })
        EXPECT_EQ(classify(m), LocationVerdict::Local) << describe(m);
}

TEST(StorageLocation, RealTemporaryFolderIsAccepted)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto checked = checkStorageLocation(dir.filePath(QStringLiteral("tandem.sqlite")));
    EXPECT_TRUE(checked) << (checked ? std::string() : checked.error().text().toStdString());
    // Folders still to be created are judged by what exists above them.
    auto nested = checkStorageLocation(dir.filePath(QStringLiteral("new/deeper/tandem.sqlite")));
    EXPECT_TRUE(nested) << (nested ? std::string() : nested.error().text().toStdString());
}

TEST(StorageLocation, FileAtTheTopOfTheFileSystemIsNotTakenForAUncPath)
{
    // Walking up from a missing folder ends at "/": joining that with the name must not
    // produce "//name", which reads as a Windows share.
    const QString missing = QStringLiteral("/tandem-missing-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_FALSE(QFileInfo::exists(missing));
    auto checked = checkStorageLocation(missing + QStringLiteral("/tandem.sqlite"));
    EXPECT_TRUE(checked) << (checked ? std::string() : checked.error().text().toStdString());
}

TEST(StorageLocation, SyncFolderNotYetCreatedIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Dropbox/hiring/tandem.sqlite"));
    auto checked = checkStorageLocation(path);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().code, ErrorCode::RefusedLocation);

    auto db = Database::open(ConnectionSettings::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::RefusedLocation);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("Dropbox")))) << "the refused folder was created";
}

TEST(StorageLocation, OpeningInsideDropboxIsRefusedWithoutCreatingAFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("Dropbox")));
    const QString folder = dir.filePath(QStringLiteral("Dropbox"));
    const QString path = QDir(folder).filePath(QStringLiteral("tandem.sqlite"));

    auto db = Database::open(ConnectionSettings::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::RefusedLocation);
    EXPECT_TRUE(db.error().message.contains(path)) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().text().contains(QLatin1String("team mode"))) << db.error().text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST(StorageLocation, LocationCheckCanBeSkippedForAnAlreadyCheckedDatabase)
{
    // openAnother() relies on this: the first connection checked, later ones do not refuse.
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("Dropbox")));
    Database::OpenOptions options;
    options.checkLocation = false;
    auto db = Database::open(ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("Dropbox/tandem.sqlite"))), options);
    EXPECT_TRUE(db) << (db ? std::string() : db.error().text().toStdString());
}
