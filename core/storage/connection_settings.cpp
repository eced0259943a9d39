#include "connection_settings.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace Tandem {

ConnectionSettings ConnectionSettings::sqliteFile(const QString &path)
{
    ConnectionSettings s;
    s.engine = Engine::Sqlite;
    s.path = path;
    return s;
}

ConnectionSettings ConnectionSettings::inMemory()
{
    return sqliteFile(QStringLiteral(":memory:"));
}

Result<ConnectionSettings> ConnectionSettings::parse(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("No database was given."),
                    QObject::tr("Pass a file path or a postgresql:// address."));
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(ErrorCode::Invalid, QObject::tr("The server address \"%1\" is not valid.").arg(url.toString(QUrl::RemovePassword)),
                        QObject::tr("Write it as postgresql://user@host:5432/database."));
        ConnectionSettings s;
        s.engine = Engine::Postgres;
        s.host = url.host();
        s.port = url.port(5432);
        s.database = url.path().mid(1);
        s.user = url.userName();
        s.password = url.password();
        s.options = url.query(QUrl::FullyDecoded).replace(QLatin1Char('&'), QLatin1Char(';'));
        return s;
    }
    if (trimmed.contains(QLatin1String("://")))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a database Tandem can open.").arg(trimmed),
                    QObject::tr("Use a local file path, or postgresql://user@host/database for a team server."));
    if (trimmed == QLatin1String(":memory:"))
        return inMemory();
    return sqliteFile(QDir::cleanPath(QDir::current().absoluteFilePath(trimmed)));
}

QString ConnectionSettings::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("tandem.sqlite"));
}

} // namespace Tandem
