#include "session.h"

#include <core/records/user_directory.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Tandem::Ui {
namespace {

// The desktop user acts under their login name, so audit entries say who did what even on
// a single-user installation.
QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QDir::home().dirName();
    if (name.isEmpty())
        name = QCoreApplication::translate("Tandem::Ui::Session", "Local user");
    return name;
}

} // namespace

Session::Session(std::unique_ptr<Database> db, Actor actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

Result<std::unique_ptr<Session>> Session::open(const QString &location)
{
    auto settings = ConnectionSettings::parse(location);
    if (!settings)
        return std::unexpected(settings.error());
    if (settings->engine == Engine::Sqlite && !settings->isInMemory()) {
        // Relative paths from the command line mean the working folder, and Open Recent
        // must find them again from anywhere.
        settings->path = QFileInfo(settings->path).absoluteFilePath();
    }
    auto db = Database::open(*settings);
    if (!db)
        return std::unexpected(db.error());
    auto user = UserDirectory(**db).ensureLocalUser(localUserName());
    if (!user)
        return std::unexpected(user.error());
    return std::unique_ptr<Session>(new Session(std::move(*db), UserDirectory::actorFor(*user)));
}

QString Session::location() const
{
    const ConnectionSettings &s = settings();
    if (s.engine == Engine::Sqlite)
        return s.path;
    return s.displayName();
}

QString Session::displayName() const
{
    const ConnectionSettings &s = settings();
    if (s.engine == Engine::Sqlite && !s.isInMemory())
        return QFileInfo(s.path).fileName();
    return s.displayName();
}

} // namespace Tandem::Ui
