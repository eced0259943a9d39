#include "server_roles.h"

#include <core/storage/database.h>

#include <QStringList>

namespace Tandem {

Status grantServerRole(Database &db, const QString &login, const QString &role)
{
    static const QStringList roles = {QStringLiteral("admin"), QStringLiteral("recruiter"),
                                      QStringLiteral("hiring_manager"), QStringLiteral("interviewer"),
                                      QStringLiteral("compliance")};
    if (!roles.contains(role))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a Tandem role.").arg(role),
                    QObject::tr("Use one of: %1.").arg(roles.join(QStringLiteral(", "))));
    if (login.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("No server login was given."),
                    QObject::tr("Name the PostgreSQL login that should get the role."));
    if (db.engine() != Engine::Postgres)
        return fail(ErrorCode::Unsupported, QObject::tr("A local database file has no server roles."),
                    QObject::tr("Whoever can open the file can read it: keep it in a folder only you can open, "
                                "or move the agency to a team server."));
    auto granted = db.exec(QStringLiteral("SELECT tandem_grant_role(?, ?)"), {login.trimmed(), role});
    if (!granted)
        return std::unexpected(granted.error());
    granted->finish();
    return {};
}

} // namespace Tandem
