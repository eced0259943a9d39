#include "command.h"

namespace Tandem::Cli {

Context::Context(QString loc, QTextStream &o, QTextStream &e)
    : out(o)
    , err(e)
    , location(std::move(loc))
{
}

Database *Context::open(bool create)
{
    if (m_db)
        return m_db.get();
    auto settings = ConnectionSettings::parse(location);
    if (!settings) {
        report(settings.error(), Usage);
        return nullptr;
    }
    Database::OpenOptions options;
    options.create = create;
    auto db = Database::open(*settings, options);
    if (!db) {
        report(db.error());
        return nullptr;
    }
    m_db = std::move(*db);
    return m_db.get();
}

int Context::report(const Error &error, int code)
{
    err << "tandem-cli: " << error.message << '\n';
    if (!error.hint.isEmpty())
        err << "  " << error.hint << '\n';
    err.flush();
    return code;
}

int Context::usage(const QString &message)
{
    err << "tandem-cli: " << message << '\n' << "  Run \"tandem-cli --help\" for the commands and their options.\n";
    err.flush();
    return Usage;
}

QList<Command> allCommands()
{
    QList<Command> all;
    all << databaseCommands() << demoCommands() << searchCommands() << benchCommands() << transferCommands();
    all << postingCommands();
    all << listCommands();
    return all;
}

} // namespace Tandem::Cli
