#pragma once

#include <QString>

namespace Tandem {

// Who is making a change: written into audit entries, stage history and activities.
struct Actor
{
    qint64 userId = 0; // 0 for the system (cron jobs, imports without a user)
    QString uuid;      // the user's uuid, or "system"
    QString name;

    static Actor system() { return Actor{0, QStringLiteral("system"), QStringLiteral("Tandem")}; }
    QString auditName() const { return uuid.isEmpty() ? QStringLiteral("system") : uuid; }
};

} // namespace Tandem
