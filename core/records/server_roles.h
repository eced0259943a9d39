#pragma once

#include <core/common/error.h>

#include <QString>

namespace Tandem {

class Database;

// Team mode's server roles (see PostgreSQL migration 1): each Tandem role (admin, recruiter,
// hiring_manager, interviewer, compliance) is a PostgreSQL role with its own GRANTs, so the
// server itself refuses what a role must not read or change.
//
// grantServerRole() gives the server login `login` the Tandem role `role`; only a tandem_admin
// (or the database's owner) may. A local SQLite file has no server roles: whoever can open the
// file can read it, so it answers ErrorCode::Unsupported.
// Thread: the connection's. Errors: Result, with the server's refusal in words.
Status grantServerRole(Database &db, const QString &login, const QString &role);

} // namespace Tandem
