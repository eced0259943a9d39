#include "storage_location.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStorageInfo>

namespace Tandem {

LocationVerdict classifyLocation(const QString &path, const QString &fileSystemType)
{
    const QString fs = fileSystemType.toLower();
    static const QStringList networkTypes = {
        QStringLiteral("nfs"),   QStringLiteral("nfs4"),       QStringLiteral("cifs"),
        QStringLiteral("smb"),   QStringLiteral("smbfs"),      QStringLiteral("smb3"),
        QStringLiteral("smb2"),  QStringLiteral("fuse.sshfs"), QStringLiteral("sshfs"),
        QStringLiteral("afpfs"), QStringLiteral("webdav"),     QStringLiteral("davfs"),
        QStringLiteral("fuse.davfs2"), QStringLiteral("9p"),   QStringLiteral("afs"),
        QStringLiteral("ncpfs"), QStringLiteral("fuse.rclone"), QStringLiteral("fuse.gvfsd-fuse"),
        QStringLiteral("ceph"),  QStringLiteral("glusterfs"),  QStringLiteral("fuse.glusterfs"),
    };
    if (networkTypes.contains(fs))
        return LocationVerdict::NetworkShare;
    // Windows UNC paths (\\server\share or //server/share) are shares whatever the type says.
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return LocationVerdict::NetworkShare;

    static const QStringList syncFolders = {
        QStringLiteral("dropbox"),       QStringLiteral("onedrive"),     QStringLiteral("google drive"),
        QStringLiteral("googledrive"),   QStringLiteral("my drive"),     QStringLiteral("icloud drive"),
        QStringLiteral("icloud~"),       QStringLiteral("mobile documents"), QStringLiteral("box sync"),
        QStringLiteral("pcloud drive"),  QStringLiteral("nextcloud"),    QStringLiteral("owncloud"),
        QStringLiteral("megasync"),      QStringLiteral("sync.com"),
    };
    const QStringList parts = QDir::fromNativeSeparators(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString lower = part.toLower();
        for (const QString &folder : syncFolders) {
            // "Dropbox", "Dropbox (Acme)", "OneDrive - Acme Ltd", "GoogleDrive-me@x.com"
            if (lower == folder || lower.startsWith(folder + QLatin1Char(' ')) || lower.startsWith(folder + QLatin1Char('-'))
                || lower.startsWith(folder + QLatin1Char('(')))
                return LocationVerdict::CloudSync;
        }
    }
    if (path.contains(QLatin1String("/Library/CloudStorage/")))
        return LocationVerdict::CloudSync;
    return LocationVerdict::Local;
}

Status checkStorageLocation(const QString &databasePath)
{
    // Judge the nearest folder that exists: the file itself may not be created yet.
    // The folders still to be created are part of the verdict too (".../Dropbox/new/x.sqlite").
    QFileInfo info(databasePath);
    QString folder = info.absolutePath();
    QString missing = info.fileName();
    while (!QFileInfo::exists(folder) && folder != QDir::rootPath()) {
        missing = QFileInfo(folder).fileName() + QLatin1Char('/') + missing;
        folder = QFileInfo(folder).absolutePath();
    }
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QStorageInfo storage(canonical);
    const QString fsType = QString::fromUtf8(storage.fileSystemType());
    switch (classifyLocation(canonical.isEmpty() ? databasePath : QDir(canonical).filePath(missing), fsType)) {
    case LocationVerdict::Local:
        return {};
    case LocationVerdict::NetworkShare:
        return fail(ErrorCode::RefusedLocation,
                    QObject::tr("%1 is on a network share (%2). A Tandem database file must be on this computer's own disk: "
                                "over a share, two people can write it at once and damage it.")
                        .arg(databasePath, fsType),
                    QObject::tr("Keep the file on a local disk, or, to work together, use team mode: "
                                "connect everyone to a shared PostgreSQL server."));
    case LocationVerdict::CloudSync:
        return fail(ErrorCode::RefusedLocation,
                    QObject::tr("%1 is inside a cloud-sync folder. Sync clients copy the file while Tandem writes it, "
                                "which damages it or loses changes.")
                        .arg(databasePath),
                    QObject::tr("Keep the file in a local folder outside the sync folder, and make backups with "
                                "File > Backup. To work together, use team mode with a PostgreSQL server."));
    }
    return {};
}

} // namespace Tandem
