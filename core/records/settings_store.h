#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QString>

namespace Tandem {

class Database;

// Agency-wide settings kept in the `settings` table (key -> text), shared by everyone using
// the database. Each key is documented beside the code that reads it; value() falls back to
// the caller's default when the key was never set. set() is audited (entity "setting").
// Thread: the connection's. Errors: Result / Status.
class SettingsStore
{
public:
    SettingsStore(Database &db, Actor actor);

    Result<QString> value(const QString &key, const QString &defaultValue = {});
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
