#include "session.h"

#include <core/common/logging.h>
#include <core/records/user_directory.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

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
    , m_changes(std::make_unique<ChangeFeed>(*m_db))
{
    // Without live updates the window still works, as it did before team mode; the user
    // sees others' changes on the next reload.
    if (auto started = m_changes->start(); !started)
        qCWarning(lcUi) << "no live updates:" << started.error().message;
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
    return open(*settings);
}

Result<std::unique_ptr<Session>> Session::open(const ConnectionSettings &settings)
{
    auto db = Database::open(settings);
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
    // The URL without the password, with the connect options (TLS mode), so Open Recent
    // connects the same way again.
    QUrl url(s.displayName());
    if (!s.options.isEmpty())
        url.setQuery(QString(s.options).replace(QLatin1Char(';'), QLatin1Char('&')));
    return url.toString();
}

QString Session::displayName() const
{
    const ConnectionSettings &s = settings();
    if (s.engine == Engine::Sqlite && !s.isInMemory())
        return QFileInfo(s.path).fileName();
    return s.displayName();
}

} // namespace Tandem::Ui
