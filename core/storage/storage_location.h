#pragma once

#include <core/common/error.h>

#include <QString>

namespace Tandem {

// Why a SQLite file may not live somewhere. SQLite's locking needs a local disk: on a
// network share or inside a folder that a sync client copies behind our back, two machines
// can write the same file at once and corrupt it.
enum class LocationVerdict { Local, NetworkShare, CloudSync };

// Judges a folder from its canonical path and the file system type the OS reports
// (QStorageInfo::fileSystemType(): "ext4", "nfs4", "cifs", "fuse.sshfs", ...). Pure, so tests
// can feed it any mount.
LocationVerdict classifyLocation(const QString &path, const QString &fileSystemType);

// Refuses a database path on a network share or in a cloud-sync folder with a message that
// names the place and points to team mode.
Status checkStorageLocation(const QString &databasePath);

} // namespace Tandem
